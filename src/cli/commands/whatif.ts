/** `parindex whatif`: the same submissions under a second criteria set or changed field weights, side by side. Its
 * options and help; what it does loads only when it runs (whatif-action.ts). */
import { InvalidArgumentError, type Command } from 'commander';
import { parseDecimal } from '../../core/decimal.js';
import type { WhatIfFormat } from '../../sensitivity/formats.js';
import type { CliIO } from '../io.js';
import type { Lang } from '../../core/lang.js';
import { helpWord } from '../help-words.js';
import { say } from '../messages.js';
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
const reweightArg =
  (lang: Lang) =>
  (value: string, prev: { field: string; max: number }[] | undefined): { field: string; max: number }[] => {
    const m = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(value);
    const points = m ? parseDecimal(m[2]!) : undefined;
    if (!m || !points?.ok || points.value <= 0) throw new InvalidArgumentError(say('expectedReweight', lang));
    return [...(prev ?? []), { field: m[1]!, max: points.value }];
  };

export function registerWhatIf(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang = 'en'): void {
  const formats = WHATIF_FORMATS;
  const cmd = program
    .command('whatif')
    .description(helpWord('whatif', lang))
    .argument('<sheets...>', helpWord('sheets', lang))
    .addOption(formatOption(formats, 'scoreFormat', lang))
    .option('--compare-criteria <file>', helpWord('compareCriteria', lang))
    .option('--reweight <field=points>', helpWord('reweight', lang), reweightArg(lang));
  addInputOptions(cmd, io, lang)
    .addHelpText('after', helpWord('whatifAfter', lang))
    .action(async (sheets: string[], opts: WhatIfCliOptions) => {
      setExit(await (await import('./whatif-action.js')).whatIfAction(io, sheets, opts, version));
    });
}
