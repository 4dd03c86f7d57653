/** `parindex explain`: the whole trace of one unit's index, from the cells of its sheet to its rank and band. The work
 * is in explain-action.ts, loaded only when the command runs. */
import { Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import type { ExplainFormat } from '../../explain/render.js';
import type { CliIO } from '../io.js';
import { choice, once } from '../options.js';
import { addInputOptions, sheetsArgument, type RunCliOptions } from '../run-options.js';

/** The --format names (the compiler checks them against the explain formats' registry). */
const FORMATS = { text: true, md: true, json: true, html: true } satisfies Record<ExplainFormat, true>;
export const EXPLAIN_FORMAT_NAMES = Object.keys(FORMATS) as ExplainFormat[];

export const WORDS = {
  description: {
    en: "show how one unit's index is made, cell by cell, up to its rank and band",
    vi: 'giải trình chỉ số của một đơn vị, từ từng ô đến thứ hạng và xếp loại',
  },
  unit: { en: 'the unit: its code, or its name (any case, with or without diacritics)', vi: 'đơn vị: mã, hoặc tên (không phân biệt hoa thường, có dấu hay không dấu)' },
  format: { en: 'output format', vi: 'định dạng kết quả' },
  after: {
    en:
      '\nExamples:\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit X001\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit "xa dong son" --lang en\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit X001 --format html -o giai-trinh.html\n' +
      '\nExit codes: 0 the unit is ranked; 1 the unit has errors and is not ranked; 2 the run could not happen (no such unit, a name matching several).',
    vi:
      '\nVí dụ:\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit X001\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit "xa dong son"\n' +
      '  parindex explain fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --unit X001 --format html -o giai-trinh.html\n' +
      '\nMã thoát: 0 đơn vị được xếp hạng; 1 đơn vị có lỗi, không được xếp hạng; 2 không chạy được (không có đơn vị đó, tên khớp nhiều đơn vị).',
  },
  notFound: { en: "no unit has the code or name '{0}'", vi: "không có đơn vị nào có mã hoặc tên '{0}'" },
  ambiguous: { en: "'{0}' matches {1} units; give one of their codes:\n{2}", vi: "'{0}' khớp với {1} đơn vị; hãy ghi mã của một trong số đó:\n{2}" },
} as const;
export const w = (key: keyof typeof WORDS, lang: Lang, ...args: (string | number)[]): string => WORDS[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

export type ExplainOptions = RunCliOptions & { unit: string; format?: ExplainFormat };

export function registerExplain(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang): void {
  const cmd = program
    .command('explain')
    .description(w('description', lang))
    .addArgument(sheetsArgument('scoreSheets', lang))
    .addOption(new Option('--unit <code|name>', w('unit', lang)).makeOptionMandatory().argParser(once((v: string) => v, lang)))
    .addOption(new Option('-f, --format <format>', `${w('format', lang)}: ${EXPLAIN_FORMAT_NAMES.join(', ')}`).argParser(once(choice(EXPLAIN_FORMAT_NAMES, lang), lang)));
  addInputOptions(cmd, io, lang)
    .addHelpText('after', w('after', lang))
    .action(async (sheets: string[], opts: ExplainOptions) => {
      setExit(await (await import('./explain-action.js')).explainAction(io, version, sheets, opts));
    });
}
