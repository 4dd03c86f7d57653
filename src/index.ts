/**
 * parindex as a library: load a criteria set, evaluate score sheets against it, and read the plain result.
 *
 *   const { set } = loadCriteriaSet(text, 'xa-2024.json');
 *   const outcome = await evaluate(set, files.map(sourceOf), { purpose: 'score' });
 */
export { loadCriteriaSet } from './criteria/load.js';
export type { CriteriaSet, Criterion, Leaf } from './criteria/model.js';
export type { Diagnostic, Location, Severity } from './diagnostics/types.js';
export {
  evaluate,
  InputUsageError,
  scoreInputs,
  sourceOf,
  type DiagnosticList,
  type EvaluateOptions,
  type InputFile,
  type ScoreOutcome,
  type SheetSource,
  type UsageErrorData,
} from './pipeline/index.js';
export type { BlockTable, RankedRow } from './ranking/rank.js';
export type { UnitScore } from './scoring/score.js';
export { LAYOUT_NAMES } from './submission/layouts/index.js';
export { unitHasErrors, type Layout, type UnitPoints, type UnitRecord, type WrittenTotal } from './submission/record.js';
