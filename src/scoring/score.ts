/** Submission → scores: points per field, subtotals, adjustments, effective maximum and the exact index. */
import { NOT_APPLICABLE, type Micro, type Ratio } from '../core/decimal.js';
import type { Criterion, CriteriaSet } from '../criteria/model.js';
import type { UnitRecord } from '../submission/record.js';

export interface UnitScore {
  readonly unit: UnitRecord;
  /** Points per field (top-level criterion), in the set's order */
  readonly fieldPoints: readonly Micro[];
  /** Effective maximum per field: its max without non-applicable leaves */
  readonly fieldMax: readonly Micro[];
  readonly appraisal: Micro;
  readonly survey: Micro;
  readonly bonus: Micro;
  readonly penalty: Micro;
  /** appraisal + survey */
  readonly achieved: Micro;
  /** achieved + bonus − penalty, kept within [0, effectiveMax] unless the set allows an index above 100 */
  readonly total: Micro;
  /** The set's total minus the maxima of non-applicable leaves */
  readonly effectiveMax: Micro;
  /** total / effectiveMax, exact; × 100 gives the index in % */
  readonly index: Ratio;
}

const fieldMaxima = new WeakMap<CriteriaSet, readonly Micro[]>();

/** The fields' maxima, shared by every unit with no non-applicable leaf. */
function fullFieldMax(set: CriteriaSet): readonly Micro[] {
  let m = fieldMaxima.get(set);
  if (!m) fieldMaxima.set(set, (m = Object.freeze(set.fields.map((f) => f.max))));
  return m;
}

/**
 * The effective maximum: the set's total minus the maxima of the leaves that do not apply to the unit, overall and
 * per field (the fields' shared maxima when every leaf applies).
 */
export function effectiveMaximum(unit: UnitRecord, set: CriteriaSet): { readonly total: Micro; readonly perField: readonly Micro[] } {
  const shared = fullFieldMax(set);
  let perField = shared;
  let total = set.total;
  for (const leaf of set.leaves) {
    if (unit.points.leaf(leaf.leafIndex) !== NOT_APPLICABLE) continue;
    total -= leaf.max;
    if (perField === shared) perField = shared.slice();
    (perField as Micro[])[leaf.fieldIndex]! -= leaf.max;
  }
  return { total, perField };
}

/** Points per field (top-level criterion) of a unit, in the set's order; non-applicable leaves count nothing. */
export function fieldPointsOf(unit: UnitRecord, set: CriteriaSet): Micro[] {
  const fieldPoints = new Array<Micro>(set.fields.length).fill(0);
  for (const leaf of set.leaves) {
    const p = unit.points.leaf(leaf.leafIndex);
    if (p !== NOT_APPLICABLE) fieldPoints[leaf.fieldIndex]! += p;
  }
  return fieldPoints;
}

/**
 * A scored unit as the pipeline keeps it, one per unit of a run: the totals, and what follows from them and from
 * the unit's points (per-field points and maxima, the index) made when read rather than kept (about 200 bytes less
 * per unit).
 */
class Score implements UnitScore {
  constructor(
    readonly unit: UnitRecord,
    private readonly set: CriteriaSet,
    readonly appraisal: Micro,
    readonly survey: Micro,
    readonly bonus: Micro,
    readonly penalty: Micro,
    readonly achieved: Micro,
    readonly total: Micro,
    readonly effectiveMax: Micro,
  ) {}

  get fieldPoints(): readonly Micro[] {
    return fieldPointsOf(this.unit, this.set);
  }

  get fieldMax(): readonly Micro[] {
    return effectiveMaximum(this.unit, this.set).perField;
  }

  get index(): Ratio {
    return { num: this.total, den: this.effectiveMax };
  }
}

/** Scores one unit, or undefined when every leaf is non-applicable (no index can exist). */
export function scoreUnit(unit: UnitRecord, set: CriteriaSet): UnitScore | undefined {
  // The effective maximum has one definition, above (a second pass over the leaves costs about 0.3 µs a unit).
  const effectiveMax = effectiveMaximum(unit, set).total;
  if (effectiveMax <= 0) return undefined;
  const leaves = set.leaves;
  const points = unit.points;
  let appraisal = 0;
  let survey = 0;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]!;
    const p = points.leaf(leaf.leafIndex);
    if (p === NOT_APPLICABLE) continue;
    if (leaf.method === 'survey') survey += p;
    else appraisal += p;
  }
  let bonus = 0;
  let penalty = 0;
  for (const adj of set.adjustments) {
    const v = points.adjustment(adj.index);
    if (adj.kind === 'bonus') bonus += v;
    else penalty += v;
  }
  const achieved = appraisal + survey;
  let total = achieved + bonus - penalty;
  if (!set.allowIndexAbove100 && total > effectiveMax) total = effectiveMax;
  if (total < 0) total = 0;
  return new Score(unit, set, appraisal, survey, bonus, penalty, achieved, total, effectiveMax);
}

/** Points and effective maximum of any criterion for a unit (for detailed reports and checks of subtotals). */
export function nodePoints(node: Criterion, unit: UnitRecord): { points: Micro; max: Micro } {
  if (node.children.length === 0) {
    const p = node.leafIndex === undefined ? 0 : unit.points.leaf(node.leafIndex);
    return p === NOT_APPLICABLE ? { points: 0, max: 0 } : { points: p, max: node.max };
  }
  let points = 0;
  let max = 0;
  for (const c of node.children) {
    const r = nodePoints(c, unit);
    points += r.points;
    max += r.max;
  }
  return { points, max };
}
