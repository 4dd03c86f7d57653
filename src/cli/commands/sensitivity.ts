/** `parindex sensitivity`: how fragile the ranking is under drawn field weights, drawn scores and a field left out. Its
 * options and help; what it does loads only when it runs (sensitivity-action.ts). */
import { InvalidArgumentError, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import type { SensitivityFormat } from '../../sensitivity/formats.js';
import type { CliIO } from '../io.js';
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
export function spreadPercent(value: string): number {
  const n = Number(value.replace(/^(±|\+-|\+\/-)/, '').replace(/\s*%$/, '').replace(',', '.').trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a percentage 0–100, such as 20 or ±20%');
  return n;
}

/** --draws: a whole number 0 … 1,000,000 (the per-draw ρ of each block is kept for its percentile). */
function drawCount(value: string): number {
  const n = positiveInt('en')(value);
  if (n > 1_000_000) throw new InvalidArgumentError('expected at most 1000000 draws');
  return n;
}

export function registerSensitivity(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang = 'en'): void {
  const formats = SENSITIVITY_FORMATS;
  const cmd = program
    .command('sensitivity')
    .description(
      lang === 'vi'
        ? 'độ bền của thứ hạng: mô phỏng Monte Carlo trên trọng số lĩnh vực (và điểm), và bỏ từng lĩnh vực'
        : 'how fragile the ranking is: Monte Carlo over field weights (and scores), and each field left out',
    )
    .argument('<sheets...>', lang === 'vi' ? 'bảng điểm (.xlsx, .csv) hoặc thư mục chứa bảng điểm' : 'score sheets (.xlsx, .csv) or folders of them')
    .addOption(formatOption(formats, 'scoreFormat', lang))
    .option('--draws <n>', 'number of Monte Carlo draws, up to 1,000,000 (0: only --drop-field)', drawCount, 1000)
    .option('--weights <±P%>', "each field's maximum × a uniform factor in 1 ± P %, renormalised to the set's total", spreadPercent, 20)
    .option('--noise <P>', "each leaf's points × a uniform factor in 1 ± P %, clamped to 0 … the leaf's maximum", spreadPercent, 0)
    .option('--drop-field', 'also rank with each field left out in turn (the others renormalised)')
    .option('--seed <n>', 'seed of the draws: the same seed gives the same output', positiveInt(lang), 1);
  addInputOptions(cmd, io, lang)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  parindex sensitivity fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json\n' +
        '  parindex sensitivity xa.xlsx -c criteria-xa.json --draws 10000 --weights ±25% --noise 5 --seed 7\n' +
        '  parindex sensitivity xa.xlsx -c criteria-xa.json --draws 0 --drop-field --format csv > bo-linh-vuc.csv\n' +
        '  parindex sensitivity bang-diem/ -c criteria-xa.json --drop-field -o do-nhay.xlsx\n' +
        '\nExit codes: 0 analysed with no problem at or above --fail-on; 1 problems found in the data; 2 the run could not happen.',
    )
    .action(async (sheets: string[], opts: SensitivityCliOptions) => {
      setExit(await (await import('./sensitivity-action.js')).sensitivityAction(io, sheets, opts, version));
    });
}
