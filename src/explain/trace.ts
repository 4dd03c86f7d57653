/** One unit of a run, explained: its trace built from the run's outcome and the cells of its sheet read again. */
import type { CriteriaSet } from '../criteria/model.js';
import type { ScoreOutcome } from '../pipeline/evaluate.js';
import type { RawSheet } from '../sheet/types.js';
import type { UnitRecord } from '../submission/record.js';
import { buildTrace } from './build.js';
import type { ExplainTrace } from './model.js';
import { readLeafCells } from './raw.js';

export { findUnit, type Match } from './match.js';
export { explainFormats, EXPLAIN_FORMATS, type ExplainFormat } from './render.js';
export type { ExplainTrace } from './model.js';

/**
 * The trace of `unit`. `sheets` are the sheets of the file the unit was read from (to show each cell as written);
 * without them the trace says where each cell is but not what it holds.
 */
export async function explainUnit(set: CriteriaSet, outcome: ScoreOutcome, unit: UnitRecord, sheets?: AsyncIterable<RawSheet>): Promise<ExplainTrace> {
  const raw = sheets && unit.cells ? await readLeafCells(sheets, unit, set) : new Map<string, string | null>();
  return buildTrace(set, outcome, unit, raw);
}
