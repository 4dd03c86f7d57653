/** `parindex sensitivity`: how fragile the ranking is under drawn field weights, drawn scores and a field left out. Its
 * options and help; what it does loads only when it runs (sensitivity-action.ts). */
import { InvalidArgumentError, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import type { SensitivityFormat } from '../../sensitivity/formats.js';
import type { CliIO } from '../io.js';
import { helpWord } from '../help-words.js';
import { say } from '../messages.js';
import { positiveInt } from '../options.js';
import { addInputOptions, formatOption, type RunCliOptions } from '../run-options.js';

/** The formats' names, in the order of sensitivityFormats (checked both ways by the compiler; the order by tests/cli). */
const FORMAT_NAMES = { table: true, csv: true, json: true, xlsx: true } satisfies Record<SensitivityFormat, true>;
export const SENSITIVITY_FORMATS = Object.keys(FORMAT_NAMES) as SensitivityFormat[];

export interface SensitivityCliOptions extends RunCliOptions {
  format?: SensitivityFormat[];
  draws: number;
  weights: number;
  noise: number;
  seed: number;
  dropField?: boolean;
}

/** A half-width in %: "20", "20%", "±20 %", "+-20"; 0 … 100. */
export const spreadPercent =
  (lang: Lang) =>
  (value: string): number => {
    const n = Number(value.replace(/^(±|\+-|\+\/-)/, '').replace(/\s*%$/, '').replace(',', '.').trim());
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(say('expectedPercent', lang, lang === 'vi' ? '20 hoặc ±20%' : '20 or ±20%'));
    return n;
  };

/** --draws: a whole number 0 … 1,000,000 (the per-draw ρ of each block is kept for its percentile). */
const drawCount =
  (lang: Lang) =>
  (value: string): number => {
    const n = positiveInt(lang)(value);
    if (n > 1_000_000) throw new InvalidArgumentError(say('expectedDraws', lang));
    return n;
  };

export function registerSensitivity(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang = 'en'): void {
  const formats = SENSITIVITY_FORMATS;
  const cmd = program
    .command('sensitivity')
    .description(helpWord('sensitivity', lang))
    .argument('<sheets...>', helpWord('sheets', lang))
    .addOption(formatOption(formats, 'scoreFormat', lang))
    .option('--draws <n>', helpWord('draws', lang), drawCount(lang), 1000)
    .option('--weights <±P%>', helpWord('weights', lang), spreadPercent(lang), 20)
    .option('--noise <P>', helpWord('noise', lang), spreadPercent(lang), 0)
    .option('--drop-field', helpWord('dropField', lang))
    .option('--seed <n>', helpWord('seed', lang), positiveInt(lang), 1);
  addInputOptions(cmd, io, lang)
    .addHelpText('after', helpWord('sensitivityAfter', lang))
    .action(async (sheets: string[], opts: SensitivityCliOptions) => {
      setExit(await (await import('./sensitivity-action.js')).sensitivityAction(io, sheets, opts, version));
    });
}
