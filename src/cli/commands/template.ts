/** `parindex template`: the workbook units fill in, made from a criteria set (wide sheet or per-unit forms). Its
 * options and help; what it does loads only when it runs (template-action.ts). */
import { Option, type Command } from 'commander';
import type { Lang } from '../../diagnostics/types.js';
import type { CliIO } from '../io.js';
import { langOption, type CommonOptions } from '../options.js';

export interface TemplateCliOptions extends CommonOptions {
  layout: 'wide' | 'form';
  units?: string;
  output?: string;
  outDir?: string;
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
    .action(async (file: string, opts: TemplateCliOptions) => {
      setExit(await (await import('./template-action.js')).templateAction(io, file, opts));
    });
}
