/** What `criteria import` and `criteria export` do, loaded only when one runs (criteria-import.ts declares them). */
import path from 'node:path';
import { annexDocx } from '../../annex/export-docx.js';
import { annexMarkdown } from '../../annex/export-md.js';
import { annexXlsx } from '../../annex/export-xlsx.js';
import { annexOf } from '../../annex/export.js';
import { importAnnex } from '../../annex/import.js';
import type { Lang } from '../../diagnostics/types.js';
import { countBySeverity, countsText, diagnosticLine } from '../../report/diagnostics-text.js';
import { CannotRun, ExitCode, type CliIO } from '../io.js';
import { chalkFor } from '../colour.js';
import { capOf, readSource } from '../inputs.js';
import { writeOutput } from '../outputs.js';
import { say } from '../messages.js';
import { readCriteria } from './criteria-read.js';
import type { ExportCliOptions, ExportFormat, ImportCliOptions } from './criteria-import.js';

const WORDS = {
  annexFile: { en: 'annex', vi: 'tệp phụ lục' },
  imported: { en: 'criteria set written; check it with', vi: 'đã ghi bộ chỉ số; kiểm tra bằng' },
  notValid: { en: 'the imported set does not pass `criteria check` yet (see above); it was written so you can finish it', vi: 'bộ chỉ số nhập vào chưa đạt `criteria check` (xem ở trên); tệp vẫn được ghi để hoàn thiện' },
  binaryToTerminal: { en: 'refusing to print a binary file to a terminal; use -o annex.xlsx or -o annex.docx', vi: 'không in tệp nhị phân ra màn hình; dùng -o phu-luc.xlsx hoặc -o phu-luc.docx' },
} as const;

const word = (key: keyof typeof WORDS, lang: Lang): string => WORDS[key][lang];

/** `criteria import`: writes the set read from the annex; returns the exit code. */
export async function importAction(io: CliIO, file: string, opts: ImportCliOptions): Promise<number> {
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
  return result.ok ? ExitCode.ok : ExitCode.problems;
}

function exportFormatOf(file: string | undefined, given: ExportFormat | undefined): ExportFormat {
  if (given) return given;
  const ext = file === undefined ? '.md' : path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.docx' || ext === '.md') return ext.slice(1) as ExportFormat;
  throw new CannotRun(say('unknownOutputFormat', 'en', file ?? ''));
}

/** `criteria export`: writes the set's annex; returns the exit code. */
export async function exportAction(io: CliIO, file: string, opts: ExportCliOptions): Promise<number> {
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
  return ExitCode.ok;
}
