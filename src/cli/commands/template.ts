/** `parindex template`: the workbook units fill in, made from a criteria set (wide sheet or per-unit forms). */
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Lang } from '../../diagnostics/types.js';
import { fingerprintOf } from '../../template/fingerprint.js';
import { formFileName, formTemplate } from '../../template/form.js';
import { wideTemplate, type TemplateInput, type TemplateUnit } from '../../template/wide.js';
import { CannotRun, ExitCode, type CliIO } from '../io.js';
import { writeOutput } from '../outputs.js';
import { say } from '../messages.js';
import { langOption, type CommonOptions } from '../options.js';
import { readCriteria } from './criteria-actions.js';
import { loadUnitList } from './run.js';

interface TemplateCliOptions extends CommonOptions {
  layout: 'wide' | 'form';
  units?: string;
  output?: string;
  outDir?: string;
}

const WORDS = {
  needOutput: {
    en: 'a template is a workbook: give -o FILE.xlsx (or --out-dir DIR for one form per unit)',
    vi: 'biểu mẫu là tệp Excel: dùng -o TỆP.xlsx (hoặc --out-dir THƯ-MỤC để có mỗi đơn vị một biểu)',
  },
  outDirNeedsUnits: { en: '--out-dir needs --units (one file per unit)', vi: '--out-dir cần --units (mỗi đơn vị một tệp)' },
} as const;

async function unitsOf(io: CliIO, file: string, lang: Lang): Promise<TemplateUnit[]> {
  const list = await loadUnitList(io, file, lang);
  return [...list.byCode.values()].sort((a, b) => a.row - b.row).map((u) => ({ code: u.code, name: u.name, ...(u.block ? { block: u.block } : {}) }));
}

async function runTemplate(io: CliIO, file: string, opts: TemplateCliOptions, setExit: (code: number) => void): Promise<void> {
  const lang = opts.lang;
  if (opts.output !== undefined && opts.outDir !== undefined) throw new CannotRun(say('outputOrOutDir', lang));
  if (opts.output === undefined && opts.outDir === undefined) throw new CannotRun(WORDS.needOutput[lang]);
  const { set, bytes } = await readCriteria(io, file, lang);
  if (!set) throw new CannotRun(say('setHasErrorsSeeCheck', lang, file));
  const units = opts.units !== undefined ? await unitsOf(io, opts.units, lang) : undefined;
  const input: TemplateInput = { set, fingerprint: fingerprintOf(set, bytes), ...(units ? { units } : {}) };
  const inputs = [file, ...(opts.units !== undefined ? [opts.units] : [])];
  const write = async (target: string, data: Uint8Array): Promise<void> => {
    await writeOutput(io, target, data, inputs, lang);
    io.stderr(`parindex: ${say('wrote', lang, target)}\n`);
  };
  if (opts.output !== undefined) await write(opts.output, opts.layout === 'wide' ? await wideTemplate(input) : await formTemplate(input));
  else if (opts.layout === 'wide') await write(path.join(opts.outDir as string, `${set.id}.xlsx`), await wideTemplate(input));
  else {
    if (!units) throw new CannotRun(WORDS.outDirNeedsUnits[lang]);
    for (const u of units) await write(path.join(opts.outDir as string, formFileName(u)), await formTemplate(input, [u]));
  }
  setExit(ExitCode.ok);
}

export function registerTemplate(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): void {
  program
    .command('template')
    .description(
      lang === 'vi'
        ? 'tạo biểu mẫu cho đơn vị điền từ bộ chỉ số: một bảng tổng hợp hoặc biểu tự đánh giá cho từng đơn vị'
        : 'make the workbook units fill in from a criteria set: a wide sheet or per-unit self-assessment forms',
    )
    .argument('<set>', 'criteria set (JSON)')
    .addOption(new Option('--layout <layout>', 'wide (a row per unit) or form (a form per unit, A4 portrait)').choices(['wide', 'form']).default('wide'))
    .option('--units <file>', 'the official unit list (CSV/XLSX: Mã đơn vị, Tên đơn vị, Khối): a row or a form per unit')
    .option('-o, --output <file>', 'the workbook to write (.xlsx); forms: a sheet per unit')
    .option('--out-dir <dir>', 'forms: one workbook per unit in this folder ("25102 - Xã An Bình.xlsx")')
    .addOption(langOption(io, lang))
    .addHelpText(
      'after',
      '\nExamples:\n  parindex template fixtures/demo/criteria-xa.json --layout wide --units don-vi.csv -o bang-diem-xa.xlsx\n  parindex template fixtures/demo/criteria-xa.json --layout form --units don-vi.csv --out-dir bieu/',
    )
    .action((file: string, opts: TemplateCliOptions) => runTemplate(io, file, opts, setExit));
}
