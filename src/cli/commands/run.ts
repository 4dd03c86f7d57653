/**
 * What `score` and `validate` do, loaded only when one of them runs: reading the criteria and the sheets, running
 * the pipeline, writing reports.
 */
import { asciiKey } from '../../core/text.js';
import type { Lang } from '../../core/lang.js';
import {
  countsText,
  diagnosticLine,
  evaluate,
  fingerprintOf,
  InputUsageError,
  reportDiagnostics,
  scoreReports,
  surveyScoring,
  surveyWord,
  unitListFrom,
  validateReports,
  type CriteriaSet,
  type ReportKind,
  type RunResult,
  type ScoreOptions,
  type UnitList,
} from '../engine.js';
import type { ScoreFormat, ValidateFormat } from '../format-names.js';
import { capOf, expandInputs, readSheets, readSource } from '../inputs.js';
import { lazySha256 } from '../../core/sha256.js';
import { CannotRun, type CliIO } from '../io.js';
import { chalkFor } from '../colour.js';
import { say } from '../messages.js';
import type { RenderContext } from '../../report/context.js';
import { reportContext, type AnnexCliOptions } from './report-options.js';
import { emitOutput, planOutputs, type PlannedOutput } from '../outputs.js';
import { checkStdinOnce, exitFor, recordedOptions, toPipelineOptions, type RunCliOptions } from '../run-options.js';
import { readCriteria } from './criteria-read.js';

/** The official unit list; one that cannot be read stops the run with the reason (exit 2). */
export async function loadUnitList(io: CliIO, file: string, lang: Lang): Promise<UnitList> {
  const bytes = await readSource(io, file, say('unitList', lang), lang, capOf(io, 'sheet'));
  let read: Awaited<ReturnType<typeof unitListFrom>>;
  try {
    read = await unitListFrom(file, bytes, lang);
  } catch (e) {
    throw new CannotRun(say('unitListUnreadable', lang, file, e instanceof Error ? e.message : String(e)));
  }
  if (!read.list) throw new CannotRun(`${file}: ${read.problem ?? ''}`);
  return read.list;
}

function checkBlock(block: string | undefined, blocks: readonly { id: string; name: string }[], lang: Lang): void {
  if (block === undefined || blocks.length === 0) return;
  if (blocks.some((b) => asciiKey(b.id) === asciiKey(block) || asciiKey(b.name) === asciiKey(block))) return;
  throw new CannotRun(say('unknownBlock', lang, block, blocks.map((b) => `${b.id} (${b.name})`).join(', ')));
}

/** Reads the criteria set and every input, runs the pipeline, and prints the criteria set's problems if any. */
export async function runFromCli(
  io: CliIO,
  sheets: readonly string[],
  opts: RunCliOptions,
  version: string,
  mode: { ranking: boolean; keepDiagnostics?: number },
): Promise<RunResult> {
  const lang = opts.lang;
  checkStdinOnce(opts, sheets);
  const { set, diagnostics: setProblems, bytes: criteriaBytes } = await readCriteria(io, opts.criteria, lang);
  if (!set) {
    const chalk = chalkFor(io, 'stderr', opts.color);
    for (const d of setProblems) io.stderr(`${diagnosticLine(d, { lang, chalk })}\n`);
    throw new CannotRun(say('setHasErrors', lang, opts.criteria));
  }
  checkBlock(opts.block, set.blocks, lang);
  const what = say('scoreSheet', lang);
  // A unit list, self-assessment sheet or questionnaire kept in the submissions folder is not a submission.
  const aside = [...(opts.units !== undefined ? [opts.units] : []), ...(opts.self ?? []), ...(opts.survey ?? [])];
  const inputs = await readSheets(io, await expandInputs(io, sheets, lang, aside), what, lang);
  const selfInputs = opts.self ? await readSheets(io, await expandInputs(io, opts.self, lang), what, lang) : [];
  const responses = opts.survey ? await readSheets(io, await expandInputs(io, opts.survey, lang), surveyWord('responseFile', lang), lang) : [];
  const units = opts.units !== undefined ? await loadUnitList(io, opts.units, lang) : undefined;
  const options = toPipelineOptions(opts, { ...(units ? { units } : {}), selfInputs }, mode);
  const survey = await surveyScoring(set, inputs, responses, {
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.keepDiagnostics !== undefined ? { keepDiagnostics: options.keepDiagnostics } : {}),
  });
  if (survey.merge && (opts.layout === 'form' || opts.layout === 'long')) throw new CannotRun(say('surveyNeedsWide', lang, opts.layout));
  const outcome = await evaluateOrStop(set, survey.appraisal, lang, {
    ...options,
    template: fingerprintOf(set, criteriaBytes),
    ...(survey.merge ? { merge: survey.merge } : {}),
    earlier: survey.sink.kept,
  });
  const criteriaHash = lazySha256(criteriaBytes);
  return {
    tool: { name: 'parindex', version },
    // the hashes are made when a report first reads them (the terminal table does not)
    criteria: { file: opts.criteria, get sha256() { return criteriaHash(); }, bytes: criteriaBytes.length, set },
    inputs: [...inputs, ...selfInputs, ...responses].map((i) => ({ file: i.name, get sha256() { return i.sha256; }, bytes: i.size })),
    options: recordedOptions(opts),
    outcome,
  };
}

/** The pipeline's run; an input option naming what the input lacks (`--code-column Z`) stops it in one line (exit 2). */
async function evaluateOrStop(set: CriteriaSet, inputs: Parameters<typeof evaluate>[1], lang: Lang, options: ScoreOptions): Promise<RunResult['outcome']> {
  try {
    return await evaluate(set, inputs, options);
  } catch (e) {
    if (e instanceof InputUsageError) throw new CannotRun(lang === 'vi' ? e.messageVi : e.message);
    throw e;
  }
}

/** Renders each planned output and sends it to stdout or its file; says which files were written. */
export async function emitReports<F extends string>(
  io: CliIO,
  kind: ReportKind<F>,
  outputs: readonly PlannedOutput<F>[],
  result: RunResult,
  opts: RunCliOptions,
  context: (file: string | undefined) => Omit<RenderContext, 'lang' | 'chalk'> = () => ({}),
): Promise<void> {
  const lang = opts.lang;
  const inputs = [...result.inputs.map((i) => i.file), opts.criteria, ...(opts.units !== undefined ? [opts.units] : [])];
  for (const { format, file } of outputs) {
    await emitOutput(io, file, () => kind.render(format, result, { lang, chalk: chalkFor(io, 'stdout', file === undefined ? opts.color : false), ...context(file) }), inputs, lang);
    if (file !== undefined) io.stderr(`parindex: ${say('wrote', lang, file)}\n`);
  }
}

/** `score`: the diagnostics on stderr (at most --max-diagnostics), the ranked report where it was asked for. */
export async function scoreAction(io: CliIO, version: string, sheets: string[], opts: RunCliOptions & AnnexCliOptions & { format?: ScoreFormat[] }): Promise<number> {
  const k = scoreReports;
  const outputs = planOutputs(opts, opts.format ?? [], k.outDirDefaults, k.fileName, k.formatForFile);
  if (outputs.length === 0) outputs.push({ format: 'table' });
  if (outputs.some((o) => o.file === undefined && o.format === 'xlsx') && io.stdoutIsTTY) throw new CannotRun(say('noXlsxOnTerminal', opts.lang));
  const result = await runFromCli(io, sheets, opts, version, { ranking: true });
  const diagnostics = reportDiagnostics(result);
  const chalk = chalkFor(io, 'stderr', opts.color);
  const shown = diagnostics.kept.slice(0, opts.maxDiagnostics);
  for (const d of shown) io.stderr(`${diagnosticLine(d, { lang: opts.lang, chalk })}\n`);
  const total = diagnostics.kept.length + diagnostics.dropped;
  if (total > 0) io.stderr(`${countsText(diagnostics.counts, opts.lang, total - shown.length)}\n`);
  // The terminal's width shapes the table only on a terminal: a pipe or a file gets every column.
  await emitReports(io, k, outputs, result, opts, (file) => reportContext(opts, file === undefined && io.stdoutIsTTY ? (io.stdoutColumns ?? 80) : undefined));
  return exitFor(diagnostics.counts, opts.failOn);
}

/** `validate`: every problem in the report formats asked for (stylish on stdout by default). */
export async function validateAction(
  io: CliIO,
  version: string,
  sheets: string[],
  opts: RunCliOptions & { format?: ValidateFormat[] },
  keepDiagnostics: number | undefined,
): Promise<number> {
  const k = validateReports;
  const outputs = planOutputs(opts, opts.format ?? [], k.outDirDefaults, k.fileName, k.formatForFile);
  if (outputs.length === 0) outputs.push({ format: 'stylish' });
  const result = await runFromCli(io, sheets, opts, version, { ranking: false, ...(keepDiagnostics !== undefined ? { keepDiagnostics } : {}) });
  await emitReports(io, k, outputs, result, opts);
  return exitFor(reportDiagnostics(result).counts, opts.failOn);
}
