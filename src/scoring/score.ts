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

/** What one pass over a unit's leaves gives: the effective maximum (overall, per field) and the points by method. */
interface Tally {
  readonly total: Micro;
  readonly perField: readonly Micro[];
  readonly appraisal: Micro;
  readonly survey: Micro;
}

/**
 * The one pass over a unit's leaves: the set's total minus the maxima of the leaves that do not apply to the unit,
 * overall and per field (the fields' shared maxima when every leaf applies), the points by method, and (given a
 * place in a block) the points per field added into it.
 */
function tally(unit: UnitRecord, set: CriteriaSet, fields?: Float64Array, at = 0): Tally {
  const shared = fullFieldMax(set);
  const leaves = set.leaves;
  const points = unit.points;
  let perField = shared;
  let total = set.total;
  let appraisal = 0;
  let survey = 0;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]!;
    const p = points.leaf(leaf.leafIndex);
    if (p === NOT_APPLICABLE) {
      total -= leaf.max;
      if (perField === shared) perField = shared.slice();
      (perField as Micro[])[leaf.fieldIndex]! -= leaf.max;
      continue;
    }
    if (fields) fields[at + leaf.fieldIndex]! += p;
    if (leaf.method === 'survey') survey += p;
    else appraisal += p;
  }
  return { total, perField, appraisal, survey };
}

/**
 * The effective maximum: the set's total minus the maxima of the leaves that do not apply to the unit, overall and
 * per field (the fields' shared maxima when every leaf applies).
 */
export function effectiveMaximum(unit: UnitRecord, set: CriteriaSet): { readonly total: Micro; readonly perField: readonly Micro[] } {
  const { total, perField } = tally(unit, set);
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
 * The points per field of the scored units, in shared blocks (a Float64Array of 1,024 units' fields, not an array per
 * unit): exact integers of micro-points (sums of Int32 leaves, far below 2^53).
 */
class FieldBlocks {
  private block = new Float64Array(0);
  private used = 0;
  constructor(private readonly width: number) {}

  /** A place for one unit's fields in `current` (which it may replace), zeroed. */
  next(): number {
    if (this.used + this.width > this.block.length) {
      this.block = new Float64Array(Math.max(this.width, 1) * 1024);
      this.used = 0;
    }
    const at = this.used;
    this.used += this.width;
    return at;
  }

  get current(): Float64Array {
    return this.block;
  }
}

/** One FieldBlocks per set: places are only handed out, never taken back, so runs sharing a set never share a place. */
const fieldBlocks = new WeakMap<CriteriaSet, FieldBlocks>();
function fieldBlocksOf(set: CriteriaSet): FieldBlocks {
  let b = fieldBlocks.get(set);
  if (!b) fieldBlocks.set(set, (b = new FieldBlocks(set.fields.length)));
  return b;
}

/**
 * A scored unit as the pipeline keeps it, one per unit of a run: the totals, its points per field (made in the one
 * pass that scored it, kept as a place in a shared block) and its fields' effective maxima (the set's shared list
 * unless a leaf does not apply). The index follows from the totals when read.
 */
class Score implements UnitScore {
  constructor(
    readonly unit: UnitRecord,
    private readonly fieldBlock: Float64Array,
    private readonly fieldAt: number,
    readonly fieldMax: readonly Micro[],
    readonly appraisal: Micro,
    readonly survey: Micro,
    readonly bonus: Micro,
    readonly penalty: Micro,
    readonly achieved: Micro,
    readonly total: Micro,
    readonly effectiveMax: Micro,
  ) {}

  get fieldPoints(): readonly Micro[] {
    const n = this.fieldMax.length;
    const out = new Array<Micro>(n);
    for (let i = 0; i < n; i++) out[i] = this.fieldBlock[this.fieldAt + i]!;
    return out;
  }

  get index(): Ratio {
    return { num: this.total, den: this.effectiveMax };
  }
}

/** Scores one unit, or undefined when every leaf is non-applicable (no index can exist). */
export function scoreUnit(unit: UnitRecord, set: CriteriaSet): UnitScore | undefined {
  const blocks = fieldBlocksOf(set);
  const at = blocks.next();
  const block = blocks.current;
  // One pass over the leaves: the effective maximum (its one definition, `tally`), the points, the fields' points.
  const { total: effectiveMax, perField, appraisal, survey } = tally(unit, set, block, at);
  if (effectiveMax <= 0) return undefined;
  const points = unit.points;
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
  return new Score(unit, block, at, perField, appraisal, survey, bonus, penalty, achieved, total, effectiveMax);
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
