/** `parindex compare`: results of two or more years, unit by unit, with the unit map of mergers and splits. Its
 * options and help; what it does loads only when it runs (compare-action.ts). */
import { Option, type Command } from 'commander';
import type { CompareFormat } from '../../compare/formats.js';
import type { Lang } from '../../core/lang.js';
import type { CliIO } from '../io.js';
import { choice, langOption, noColorOption } from '../options.js';

/** The formats' names, in the order of compareFormats (checked both ways by the compiler; the order by tests/cli). */
const FORMAT_NAMES = { table: true, csv: true, md: true, json: true, xlsx: true, html: true } satisfies Record<CompareFormat, true>;
export const COMPARE_FORMATS = Object.keys(FORMAT_NAMES) as CompareFormat[];
const FORMATS = COMPARE_FORMATS;

export interface CompareOptions {
  map?: string;
  format?: CompareFormat;
  output?: string;
  lang: Lang;
  color?: boolean;
}

export function registerCompare(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang = 'en'): void {
  program
    .command('compare')
    .description(
      lang === 'vi'
        ? 'so sánh kết quả hai năm trở lên: thay đổi chỉ số, thứ hạng, xếp loại, lĩnh vực, đơn vị mới và đơn vị không còn, sáp nhập'
        : 'compare results reports of two or more years: index, rank and band changes, fields, new and gone units, mergers',
    )
    .argument(
      '<reports...>',
      lang === 'vi'
        ? 'hai báo cáo kết quả trở lên (JSON hoặc XLSX do parindex score ghi), theo thứ tự năm'
        : 'two or more results reports (JSON or XLSX written by parindex score), in year order',
    )
    .option('--map <file>', 'unit map (CSV/XLSX: old code, new code, optional weight such as population) for mergers and splits')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).argParser(choice(FORMATS, lang)))
    .option('-o, --output <file>', 'write the report to this file (format from its extension unless --format)')
    .addOption(langOption(io, lang))
    .addOption(noColorOption(lang))
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  parindex compare ket-qua-2023.json ket-qua-2024.json\n' +
        '  parindex compare ket-qua-2023.json ket-qua-2024.xlsx ket-qua-2025.json --map sap-nhap.csv -o so-sanh.html\n' +
        '\nExit codes: 0 compared; 1 problems in the unit map; 2 the run could not happen.',
    )
    .action(async (files: string[], opts: CompareOptions) => {
      setExit(await (await import('./compare-action.js')).compareAction(io, files, opts));
    });
}
