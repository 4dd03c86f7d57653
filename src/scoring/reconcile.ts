/** Self-assessed against appraised points: per unit the two totals, and each leaf where they differ. */
import { formatExact, NOT_APPLICABLE, NOT_GIVEN, type Micro } from '../core/decimal.js';
import type { CriteriaSet, Leaf } from '../criteria/model.js';
import { diag } from '../diagnostics/catalogue.js';
import type { DiagnosticSink } from '../diagnostics/sink.js';
import { leafLocation } from '../submission/locate.js';
import { unitHasErrors, type UnitRecord } from '../submission/record.js';

export interface LeafDifference {
  readonly leaf: Leaf;
  /** NaN where marked non-applicable */
  readonly self: number;
  readonly appraised: number;
}

export interface Reconciliation {
  readonly unit: UnitRecord;
  readonly selfTotal: Micro;
  /** Over the criteria that have both scores */
  readonly appraisedTotal: Micro;
  readonly differences: readonly LeafDifference[];
}


/** NaN stands for non-applicable in what this module returns. */
const shown = (p: number): number => (p === NOT_APPLICABLE ? NaN : p);

/**
 * Compares a unit's self-assessed and appraised points. Warns where the council gave more than the unit claimed,
 * and, with a threshold, where the two differ by more than it.
 */
export function reconcile(unit: UnitRecord, set: CriteriaSet, sink: DiagnosticSink, threshold?: Micro): Reconciliation | undefined {
  const points = unit.points;
  // A unit with errors has cells that could not be read: comparing what remains would mislead.
  if (!points.hasSelf || unitHasErrors(unit)) return undefined;
  const differences: LeafDifference[] = [];
  let selfTotal = 0;
  let appraisedTotal = 0;
  const at = { file: unit.source.file, ...(unit.source.sheet !== undefined ? { sheet: unit.source.sheet } : {}), unit: unit.code };
  for (const leaf of set.leaves) {
    // Criteria the unit gave no self-assessed score for (survey items) are not compared.
    if (points.self(leaf.leafIndex) === NOT_GIVEN) continue;
    const s = shown(points.self(leaf.leafIndex));
    const a = shown(points.leaf(leaf.leafIndex));
    if (!Number.isNaN(s)) selfTotal += s;
    if (!Number.isNaN(a)) appraisedTotal += a;
    if (Object.is(s, a)) continue;
    differences.push({ leaf, self: s, appraised: a });
    if (Number.isNaN(s) || Number.isNaN(a)) continue;
    const details = { code: leaf.code, self: formatExact(s), appraised: formatExact(a) };
    // At the appraised cell: the council's score is the one questioned.
    const where = leafLocation(unit, leaf.leafIndex, leaf.code, false) ?? { ...at, criterion: leaf.code };
    if (a > s) sink.push(diag('reconcile/appraised-above-self', where, details));
    else if (threshold !== undefined && Math.abs(a - s) > threshold)
      sink.push(diag('reconcile/large-difference', where, { ...details, diff: formatExact(Math.abs(a - s)), threshold: formatExact(threshold) }));
  }
  return { unit, selfTotal, appraisedTotal, differences };
}
