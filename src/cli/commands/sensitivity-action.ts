/** What `parindex sensitivity` does, loaded only when it runs (sensitivity.ts declares the command); also the
 * output helpers `whatif` shares. */
import type { Lang } from '../../core/lang.js';
import { countsText, diagnosticLine } from '../../report/diagnostics-text.js';
import { buildReport } from '../../report/model/build.js';
import type { RunResult } from '../../report/result.js';
import { formatOfFile, sensitivityFormats } from '../../sensitivity/formats.js';
import { buildSensitivity } from '../../sensitivity/model.js';
import { CannotRun, type CliIO, type Output } from '../io.js';
import { chalkFor } from '../colour.js';
import { say } from '../messages.js';
import { planOutputs, writeOutput } from '../outputs.js';
import { exitFor, type RunCliOptions } from '../run-options.js';
import { runFromCli } from './run.js';
import type { SensitivityCliOptions } from './sensitivity.js';

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

/** Runs the scoring, then the analysis, and writes each output; returns the exit code. */
export async function sensitivityAction(io: CliIO, sheets: readonly string[], opts: SensitivityCliOptions, version: string): Promise<number> {
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
  return exitFor(result.outcome.sink.counts, opts.failOn);
}
