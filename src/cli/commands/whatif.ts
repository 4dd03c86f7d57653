/** `parindex whatif`: the same submissions under a second criteria set or changed field weights, side by side. Its
 * options and help; what it does loads only when it runs (whatif-action.ts). */
import { InvalidArgumentError, type Command } from 'commander';
import { parseDecimal } from '../../core/decimal.js';
import type { WhatIfFormat } from '../../sensitivity/formats.js';
import type { CliIO } from '../io.js';
import type { Lang } from '../../core/lang.js';
import { addInputOptions, formatOption, type RunCliOptions } from '../run-options.js';

/** The formats' names, in the order of whatIfFormats (checked both ways by the compiler; the order by tests/cli). */
const FORMAT_NAMES = { table: true, csv: true, json: true, xlsx: true } satisfies Record<WhatIfFormat, true>;
export const WHATIF_FORMATS = Object.keys(FORMAT_NAMES) as WhatIfFormat[];

export interface WhatIfCliOptions extends RunCliOptions {
  format?: WhatIfFormat[];
  compareCriteria?: string;
  reweight?: { field: string; max: number }[];
}

/** `7=25`: a field (code) and its new maximum in points. */
function reweightArg(value: string, prev: { field: string; max: number }[] | undefined): { field: string; max: number }[] {
  const m = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(value);
  const points = m ? parseDecimal(m[2]!) : undefined;
  if (!m || !points?.ok || points.value <= 0) throw new InvalidArgumentError('expected FIELD=POINTS, such as 7=25 (a field code and its new maximum, > 0)');
  return [...(prev ?? []), { field: m[1]!, max: points.value }];
}

export function registerWhatIf(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang = 'en'): void {
  const formats = WHATIF_FORMATS;
  const cmd = program
    .command('whatif')
    .description(
      lang === 'vi'
        ? 'cùng các bảng điểm với bộ chỉ số khác hoặc trọng số lĩnh vực khác: thứ hạng và xếp loại của từng đơn vị, đặt cạnh nhau'
        : "the same submissions under a second criteria set or changed field weights: each unit's rank and band, side by side",
    )
    .argument('<sheets...>', lang === 'vi' ? 'bảng điểm (.xlsx, .csv) hoặc thư mục chứa bảng điểm' : 'score sheets (.xlsx, .csv) or folders of them')
    .addOption(formatOption(formats, 'scoreFormat', lang))
    .option('--compare-criteria <file>', 'a second criteria set (a draft for next year) to score the same sheets with')
    .option('--reweight <field=points>', "a field's new maximum: its points scale with it, other fields are unchanged (repeatable)", reweightArg);
  addInputOptions(cmd, io, lang)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  parindex whatif fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --reweight 7=25\n' +
        '  parindex whatif xa.xlsx -c criteria-xa.json --reweight 1=10 --reweight 8=20 --format csv > thay-trong-so.csv\n' +
        '  parindex whatif xa.xlsx -c criteria-xa-2024.json --compare-criteria du-thao-2025.json -o so-sanh.xlsx\n' +
        '\nExit codes: 0 compared with no problem at or above --fail-on; 1 problems found in the data; 2 the run could not happen.',
    )
    .action(async (sheets: string[], opts: WhatIfCliOptions) => {
      setExit(await (await import('./whatif-action.js')).whatIfAction(io, sheets, opts, version));
    });
}
