/** `parindex sensitivity`: how fragile the ranking is under drawn field weights, drawn scores and a field left out. */
import { InvalidArgumentError, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { countsText, diagnosticLine } from '../../report/diagnostics-text.js';
import { buildReport } from '../../report/model/build.js';
import type { RunResult } from '../../report/result.js';
import { formatOfFile, sensitivityFormats, type SensitivityFormat } from '../../sensitivity/formats.js';
import { buildSensitivity } from '../../sensitivity/model.js';
import { CannotRun, chalkFor, type CliIO, type Output } from '../io.js';
import { say } from '../messages.js';
import { positiveInt } from '../options.js';
import { planOutputs, writeOutput } from '../outputs.js';
import { addInputOptions, exitFor, formatOption, type RunCliOptions } from '../run-options.js';
import { runFromCli } from './run.js';

interface SensitivityCliOptions extends RunCliOptions {
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

/** The run's diagnostics on stderr, as `score` prints them. */
export function printDiagnostics(io: CliIO, result: RunResult, opts: RunCliOptions): void {
  const sink = result.outcome.sink;
  const chalk = chalkFor(io, 'stderr', opts.color);
  const shown = sink.kept.slice(0, opts.maxDiagnostics);
  for (const d of shown) io.stderr(`${diagnosticLine(d, { lang: opts.lang, chalk })}\n`);
  if (sink.total > 0) io.stderr(`${countsText(sink.counts, opts.lang, sink.total - shown.length)}\n`);
}

/** Where each --format goes (a table on stdout when none is asked for); no workbook is printed to a terminal. */
export function planFormats<F extends string>(io: CliIO, opts: RunCliOptions, requested: readonly F[], registry: Record<F, { fileName: string; extensions: readonly string[]; binary: boolean }>): { format: F; file?: string }[] {
  const all = Object.keys(registry) as F[];
  const outputs = planOutputs(opts, requested, all.filter((f) => f !== 'table'), (f) => registry[f].fileName, (f) => formatOfFile(registry, f));
  if (outputs.length === 0) outputs.push({ format: 'table' as F });
  if (outputs.some((o) => o.file === undefined && registry[o.format].binary && io.stdoutIsTTY)) throw new CannotRun(say('noXlsxOnTerminal', opts.lang));
  return outputs;
}

/** Renders each planned output to stdout or its file (never over an input). */
export async function writeOutputs<F extends string>(io: CliIO, outputs: readonly { format: F; file?: string }[], render: (f: F) => Output | Promise<Output>, inputs: readonly string[], lang: Lang): Promise<void> {
  for (const { format, file } of outputs) {
    const out = await render(format);
    if (file === undefined) await io.stdoutAll(out);
    else {
      await writeOutput(io, file, out, inputs, lang);
      io.stderr(`parindex: ${say('wrote', lang, file)}\n`);
    }
  }
}

/** A bar on stderr, redrawn in place; only on a terminal. */
function progressBar(io: CliIO): ((done: number, total: number) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  return (done, total) => {
    const filled = Math.round((done / total) * 30);
    io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${Math.floor((done / total) * 100)} %`);
    if (done === total) io.stderr('\r\u001b[K');
  };
}

export function registerSensitivity(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang = 'en'): void {
  const formats = Object.keys(sensitivityFormats) as SensitivityFormat[];
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
      const lang = opts.lang;
      const outputs = planFormats(io, opts, opts.format ?? [], sensitivityFormats);
      const result = await runFromCli(io, sheets, opts, version, { ranking: true });
      printDiagnostics(io, result, opts);
      const options = { draws: opts.draws, weightsPercent: opts.weights, noisePercent: opts.noise, seed: opts.seed, dropField: opts.dropField === true };
      let model;
      try {
        model = buildSensitivity(buildReport(result), options, progressBar(io));
      } catch (e) {
        if (e instanceof RangeError) throw new CannotRun(e.message);
        throw e;
      }
      const inputs = [...result.inputs.map((i) => i.file), opts.criteria];
      await writeOutputs(io, outputs, (f) => sensitivityFormats[f].render(model, { lang }), inputs, lang);
      setExit(exitFor(result.outcome.sink.counts, opts.failOn));
    });
}
