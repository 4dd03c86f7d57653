/**
 * The command line's only door into the layers below it (criteria, sheets, pipeline, reports). Everything the
 * commands need from them is named here, so a change of those layers' shape is one edit in one file.
 */
import { countBySeverity, countsText, diagnosticLine } from '../report/diagnostics-text.js';
import { formatForFile as scoreFormatForFile, scoreFormats, type ScoreFormat } from '../report/score-formats.js';
import { validateFormats, type ValidateFormat } from '../report/validate-formats.js';
import { scoreInputs, sheetsOf, type ScoreOptions } from '../pipeline/score.js';
import { readUnitList, type UnitList } from '../submission/units-list.js';
import { DiagnosticSink } from '../diagnostics/sink.js';
import { messageOf } from '../diagnostics/catalogue.js';
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/lang.js';
import type { RunResult } from '../report/result.js';
import type { Output } from './io.js';

export { loadCriteriaSet } from '../criteria/load.js';
export type { CriteriaSet } from '../criteria/model.js';
export { criteriaSetJsonSchema } from '../criteria/schema.js';
export { criteriaShowFormats, type CriteriaShowFormat } from '../report/criteria-show.js';
export { formatLocation } from '../diagnostics/location.js';
export { word } from '../report/words.js';
export { formatPoints, micro } from '../core/decimal.js';
export type { Diagnostic } from '../diagnostics/types.js';
export type { Layout } from '../submission/ingest.js';
export type { RunResult, UnitList, ScoreOptions };
export { countBySeverity, countsText, diagnosticLine, messageOf };

/** Scores (or only validates) the sheets read by the command line. */
export const evaluate = scoreInputs;

/** A report family as the command line sees it: its formats, their file names, and rendering one. */
export interface ReportKind<F extends string> {
  readonly formats: readonly F[];
  /** Formats written by --out-dir without --format */
  readonly outDirDefaults: readonly F[];
  readonly fileName: (format: F) => string;
  readonly formatForFile: (file: string) => F | undefined;
  readonly render: (format: F, result: RunResult, ctx: { lang: Lang; chalk: ChalkInstance }) => Output | Promise<Output>;
}

export const scoreReports: ReportKind<ScoreFormat> = {
  formats: Object.keys(scoreFormats) as ScoreFormat[],
  outDirDefaults: ['csv', 'json', 'md', 'xlsx'],
  fileName: (f) => `par-index${scoreFormats[f].extension}`,
  formatForFile: scoreFormatForFile,
  render: (f, result, ctx) => scoreFormats[f].render(result, ctx),
};

/** Output file names in --out-dir: two formats are text, so the name says which. */
const VALIDATE_FILE_NAMES: Record<ValidateFormat, string> = {
  stylish: 'validation.txt',
  json: 'validation.json',
  junit: 'validation.junit.xml',
  sarif: 'validation.sarif',
  github: 'validation.github.txt',
  md: 'validation.md',
};

function validateFormatForFile(file: string): ValidateFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.sarif') || lower.endsWith('.sarif.json')) return 'sarif';
  if (lower.endsWith('.xml')) return 'junit';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.md')) return 'md';
  if (lower.endsWith('.txt')) return 'stylish';
  return undefined;
}

export const validateReports: ReportKind<ValidateFormat> = {
  formats: Object.keys(validateFormats) as ValidateFormat[],
  outDirDefaults: Object.keys(validateFormats) as ValidateFormat[],
  fileName: (f) => VALIDATE_FILE_NAMES[f],
  formatForFile: validateFormatForFile,
  render: (f, result, ctx) => validateFormats[f].render(result, ctx),
};

/** The official unit list from its bytes: the list, or why it cannot be used (the first error, in words). */
export async function unitListFrom(name: string, bytes: Uint8Array, lang: Lang): Promise<{ list?: UnitList; problem?: string }> {
  const sink = new DiagnosticSink();
  const read = await readUnitList(sheetsOf({ name, bytes }, sink), name);
  const problem = sink.kept.find((d) => d.severity === 'error');
  if (problem) return { problem: messageOf(problem, lang) };
  if (!read.ok) return { problem: lang === 'vi' ? read.reasonVi : read.reason };
  return { list: read.list };
}
