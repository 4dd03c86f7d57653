/**
 * The command line's door into the layers below it (criteria, sheets, pipeline, reports) for what `score`,
 * `validate` and `criteria` do. Every module it imports is loaded with it: a command that needs more (explain,
 * verify, compare, survey…) imports that layer from its own action module, so `score` does not load it.
 */
import { countBySeverity, countsText, diagnosticLine } from '../report/diagnostics-text.js';
import { fileNameOf, formatForFile, formatNames, formats, type CriteriaFormat, type FormatKind, type FormatName } from '../report/formats.js';
import { buildCriteriaReport, buildReport } from '../report/model/build.js';
import type { RunReport } from '../report/model/schema.js';
import type { RenderContext } from '../report/context.js';
import { scoreInputs, type ScoreOptions } from '../pipeline/score.js';
import { openSheets } from '../sheet/open.js';
import { readUnitList, type UnitList } from '../submission/units-list.js';
import { DiagnosticSink } from '../diagnostics/sink.js';
import { messageOf } from '../diagnostics/catalogue.js';
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/lang.js';
import type { CriteriaSet } from '../criteria/model.js';
import type { RunResult } from '../report/result.js';
import type { Output } from './io.js';

export { loadCriteriaBytesLazily } from '../criteria/load-lazy.js';
export { InputUsageError } from '../submission/usage-error.js';
export { fingerprintOf } from '../template/fingerprint.js';
export { surveyScoring } from '../survey/merge.js';
export { surveyWord } from '../survey/words.js';
export type { CriteriaSet } from '../criteria/model.js';
export { formatLocation } from '../diagnostics/location.js';
export { word } from '../report/words.js';
export { formatPoints, micro } from '../core/decimal.js';
export type { Diagnostic } from '../diagnostics/types.js';
export type { Layout } from '../submission/ingest.js';
export type { RunResult, UnitList, ScoreOptions };
export { countBySeverity, countsText, diagnosticLine, messageOf };
export type CriteriaShowFormat = CriteriaFormat;

/** Scores (or only validates) the sheets read by the command line. */
export const evaluate = scoreInputs;

/** A report family as the command line sees it: its formats, their file names, and rendering one. */
export interface ReportKind<F extends string> {
  readonly formats: readonly F[];
  /** Formats written by --out-dir without --format */
  readonly outDirDefaults: readonly F[];
  readonly fileName: (format: F) => string;
  readonly formatForFile: (file: string) => F | undefined;
  readonly render: (format: F, result: RunResult, ctx: RenderContext) => Output | Promise<Output>;
}

/** The report model of a run, built once however many formats are written from it. */
const reports = new WeakMap<RunResult, RunReport>();
function reportOf(result: RunResult): RunReport {
  let report = reports.get(result);
  if (!report) reports.set(result, (report = buildReport(result)));
  return report;
}

/** The diagnostics of a run as its report holds them: the ones kept, the counts, how many were not kept. */
export function reportDiagnostics(result: RunResult): RunReport['diagnostics'] {
  return reportOf(result).diagnostics;
}

function reportKind<K extends 'score' | 'validate'>(kind: K, outDirDefaults: readonly FormatName<K>[]): ReportKind<FormatName<K>> {
  const registry = formats[kind] as Record<string, { render: (report: RunReport, ctx: RenderContext) => Output | Promise<Uint8Array> }>;
  return {
    formats: formatNames(kind),
    outDirDefaults,
    fileName: (f) => fileNameOf(kind as FormatKind, f as never),
    formatForFile: (file) => formatForFile(kind, file),
    render: (f, result, ctx) => registry[f]!.render(reportOf(result), ctx),
  };
}

export const scoreReports: ReportKind<FormatName<'score'>> = reportKind('score', ['csv', 'html', 'json', 'md', 'xlsx']);
export const validateReports: ReportKind<FormatName<'validate'>> = reportKind('validate', formatNames('validate'));

/** `criteria show` in one of its formats. */
export function renderCriteria(format: CriteriaFormat, set: CriteriaSet, ctx: { lang: Lang; chalk: ChalkInstance }): string {
  return formats.criteria[format].render(buildCriteriaReport(set), ctx);
}

/** The official unit list from its bytes: the list, or why it cannot be used (the first error, in words). */
export async function unitListFrom(name: string, bytes: Uint8Array, lang: Lang): Promise<{ list?: UnitList; problem?: string }> {
  const sink = new DiagnosticSink();
  const read = await readUnitList(openSheets({ name, bytes }, sink), name);
  const problem = sink.kept.find((d) => d.severity === 'error');
  if (problem) return { problem: messageOf(problem, lang) };
  if (!read.ok) return { problem: lang === 'vi' ? read.reasonVi : read.reason };
  return { list: read.list };
}

export { openSheets };
/** The report model of a run (what every format renders). */
export const reportModel = reportOf;
