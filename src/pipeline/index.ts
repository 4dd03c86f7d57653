/** The pipeline stage's public names. */
export { evaluate, ROWS_PER_CALLBACK, type DiagnosticList, type EvaluateOptions, type ScoreOutcome, type SheetMerge, type SheetSource } from './evaluate.js';
export { scoreInputs, sourceOf, type InputFile, type ScoreOptions } from './score.js';
export { fileKind, openSheets } from '../sheet/open.js';
export { InputUsageError, type UsageErrorData, type UsageProblem } from '../submission/usage-error.js';
