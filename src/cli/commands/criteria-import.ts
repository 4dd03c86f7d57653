/** `criteria import` (an annex → a criteria set) and `criteria export` (a set → its annex, as people print it). */
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { annexDocx } from '../../annex/export-docx.js';
import { annexMarkdown } from '../../annex/export-md.js';
import { annexXlsx } from '../../annex/export-xlsx.js';
import { annexOf } from '../../annex/export.js';
import { importAnnex } from '../../annex/import.js';
import type { ImportOptions } from '../../annex/parse.js';
import type { Level } from '../../criteria/model.js';
import type { Lang } from '../../diagnostics/types.js';
import { countBySeverity, countsText, diagnosticLine } from '../../report/diagnostics-text.js';
import { CannotRun, chalkFor, ExitCode, type CliIO } from '../io.js';
import { capOf, readSource } from '../inputs.js';
import { writeOutput } from '../outputs.js';
import { say } from '../messages.js';
import { choice, langOption, type CommonOptions } from '../options.js';
import { readCriteria } from './criteria-actions.js';

const WORDS = {
  annexFile: { en: 'annex', vi: 'tệp phụ lục' },
  imported: { en: 'criteria set written; check it with', vi: 'đã ghi bộ chỉ số; kiểm tra bằng' },
  notValid: { en: 'the imported set does not pass `criteria check` yet (see above); it was written so you can finish it', vi: 'bộ chỉ số nhập vào chưa đạt `criteria check` (xem ở trên); tệp vẫn được ghi để hoàn thiện' },
  binaryToTerminal: { en: 'refusing to print a binary file to a terminal; use -o annex.xlsx or -o annex.docx', vi: 'không in tệp nhị phân ra màn hình; dùng -o phu-luc.xlsx hoặc -o phu-luc.docx' },
} as const;

const word = (key: keyof typeof WORDS, lang: Lang): string => WORDS[key][lang];

const LEVELS: readonly Level[] = ['department', 'district', 'commune', 'province', 'ministry'];

function year(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new InvalidArgumentError('expected a year between 2000 and 2100');
  return n;
}

interface ImportCliOptions extends CommonOptions, ImportOptions {
  output?: string;
}

async function runImport(io: CliIO, file: string, opts: ImportCliOptions, setExit: (code: number) => void): Promise<void> {
  const lang = opts.lang;
  const bytes = await readSource(io, file, word('annexFile', lang), lang, capOf(io, 'sheet'));
  const { output, lang: _l, color, ...options } = opts;
  const result = await importAnnex(bytes, file, options, output ?? 'set.json');
  const chalk = chalkFor(io, 'stderr', color);
  for (const d of result.diagnostics) io.stderr(`${diagnosticLine(d, { lang, chalk })}\n`);
  if (result.json === undefined) throw new CannotRun(`${file}: ${countsText(countBySeverity(result.diagnostics), lang)}`);
  if (output === undefined) io.stdout(result.json);
  else {
    await writeOutput(io, output, result.json, [file], lang);
    io.stderr(`parindex: ${say('wrote', lang, output)}\n`);
  }
  if (!result.ok) io.stderr(`parindex: ${word('notValid', lang)}\n`);
  else if (output !== undefined) io.stderr(`parindex: ${word('imported', lang)} parindex criteria check ${output}\n`);
  setExit(result.ok ? ExitCode.ok : ExitCode.problems);
}

type ExportFormat = 'xlsx' | 'docx' | 'md';

function exportFormatOf(file: string | undefined, given: ExportFormat | undefined): ExportFormat {
  if (given) return given;
  const ext = file === undefined ? '.md' : path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.docx' || ext === '.md') return ext.slice(1) as ExportFormat;
  throw new CannotRun(say('unknownOutputFormat', 'en', file ?? ''));
}

export function registerCriteriaAnnex(criteria: Command, io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): void {
  criteria
    .command('import')
    .description(
      lang === 'vi'
        ? 'đọc phụ lục của quyết định (bảng STT, tiêu chí, điểm tối đa, hướng dẫn chấm) thành bộ chỉ số'
        : 'read the annex of a decision (the table STT, criterion, max, scoring guide) into a criteria set',
    )
    .argument('<annex>', 'annex table: .xlsx, .csv or .docx')
    .option('-o, --output <file>', 'write the set to this file (default: stdout)')
    .option('--id <id>', 'the set id (default: level and year, e.g. xa-2024)')
    .option('--title <title>', 'the title (default: the annex title row)')
    .option('--year <year>', 'the year assessed, when the title does not say it', year)
    .option('--level <level>', `which units it scores: ${LEVELS.join(', ')}`, choice(LEVELS, lang))
    .option('--decision <number>', 'the decision that issued the set, e.g. 125/QĐ-UBND')
    .addOption(langOption(io, lang))
    .option('--no-color', 'no colours')
    .addHelpText('after', '\nExamples:\n  parindex criteria import fixtures/annex/huyen-2024.csv -o huyen-2024.json\n  parindex criteria import phu-luc.docx --year 2025 --level commune -o xa-2025.json')
    .action((file: string, opts: ImportCliOptions) => runImport(io, file, opts, setExit));

  criteria
    .command('export')
    .description(
      lang === 'vi'
        ? 'ghi bộ chỉ số thành phụ lục để in: STT, tiêu chí, điểm tối đa, hướng dẫn chấm; lĩnh vực in đậm, cộng điểm tối đa'
        : 'write a criteria set as the annex people print: STT, criterion, max, scoring guide; fields bold, maxima summed',
    )
    .argument('<file>', 'criteria set (JSON)')
    .option('-o, --output <file>', 'annex.xlsx, annex.docx or annex.md (default: Markdown on stdout)')
    .option('--format <format>', 'xlsx, docx or md (default: from the file name)', choice(['xlsx', 'docx', 'md'] as const, lang))
    .addOption(langOption(io, lang))
    .addHelpText('after', '\nExamples:\n  parindex criteria export fixtures/criteria/xa-2024.json -o phu-luc.docx\n  parindex criteria export fixtures/criteria/xa-2024.json --format md')
    .action(async (file: string, opts: CommonOptions & { output?: string; format?: ExportFormat }) => {
      const { set } = await readCriteria(io, file, opts.lang);
      if (!set) throw new CannotRun(say('setHasErrorsSeeCheck', opts.lang, file));
      const format = exportFormatOf(opts.output, opts.format);
      const annex = annexOf(set);
      const out = format === 'md' ? annexMarkdown(annex) : format === 'xlsx' ? await annexXlsx(annex) : await annexDocx(annex);
      if (opts.output === undefined) {
        if (typeof out !== 'string' && io.stdoutIsTTY) throw new CannotRun(word('binaryToTerminal', opts.lang));
        await io.stdoutAll(out);
      } else {
        await writeOutput(io, opts.output, out, [file], opts.lang);
        io.stderr(`parindex: ${say('wrote', opts.lang, opts.output)}\n`);
      }
      setExit(ExitCode.ok);
    });
}
