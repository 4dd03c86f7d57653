/**
 * The report model → the flat typed arrays the Monte Carlo engine runs over: units in nominal order, block by
 * block, each with its field points and effective maxima, its leaves' points (for --noise) and its nominal rank
 * and band. Built once per run; the engine never allocates per draw.
 */
import type { CriterionNode, RunReport } from '../report/model/schema.js';

export interface SensitivityInput {
  readonly fields: number;
  readonly leaves: number;
  /** The set's total (micro-points) */
  readonly total: number;
  /** Each field's maximum in the set (micro-points) */
  readonly fieldMax: Float64Array;
  /** The field of each leaf, in the set's leaf order */
  readonly leafField: Int32Array;
  readonly leafMax: Float64Array;
  readonly allowIndexAbove100: boolean;
  readonly decimals: number;
  /** Units of block b are blockStart[b] … blockStart[b + 1] − 1, in nominal order */
  readonly blockStart: Int32Array;
  /** [unit × fields + field]: points and effective maximum */
  readonly points: Float64Array;
  readonly effectiveMax: Float64Array;
  /** [unit × leaves + leaf]: points, NaN where non-applicable */
  readonly leafPoints: Float64Array;
  /** 1 where every leaf of the unit is applicable (its field maxima are the set's) */
  readonly complete: Uint8Array;
  /** bonus − penalty */
  readonly adjustment: Float64Array;
  readonly nominalRank: Int32Array;
  /** Index of the unit's band in its block's bands; −1 for none */
  readonly nominalBand: Int32Array;
  /** Per block: the bands' lower bounds as index × 10^decimals (the displayed index must reach it) */
  readonly bandMin: readonly Float64Array[];
}

/** Leaf code → field index and maximum, from the criteria tree. */
function leafInfo(fields: readonly CriterionNode[]): Map<string, { field: number; max: number }> {
  const out = new Map<string, { field: number; max: number }>();
  const visit = (n: CriterionNode, field: number): void => {
    if (n.children.length === 0) out.set(n.code, { field, max: n.max });
    for (const c of n.children) visit(c, field);
  };
  fields.forEach((f, i) => visit(f, i));
  return out;
}

export function sensitivityInput(report: RunReport): SensitivityInput {
  const set = report.criteria.set;
  const F = set.fields.length;
  const L = set.leaves.length;
  const info = leafInfo(set.fields);
  const leafField = new Int32Array(L);
  const leafMax = new Float64Array(L);
  set.leaves.forEach((l, i) => {
    const x = info.get(l.code);
    leafField[i] = x?.field ?? 0;
    leafMax[i] = x?.max ?? 0;
  });
  const N = report.blocks.reduce((n, b) => n + b.rows.length, 0);
  const points = new Float64Array(N * F);
  const effectiveMax = new Float64Array(N * F);
  const leafPoints = new Float64Array(N * L);
  const adjustment = new Float64Array(N);
  const complete = new Uint8Array(N);
  const nominalRank = new Int32Array(N);
  const nominalBand = new Int32Array(N);
  const blockStart = new Int32Array(report.blocks.length + 1);
  const bandMin: Float64Array[] = [];
  const scale = 10 ** set.decimals / 1e6;
  let u = 0;
  report.blocks.forEach((block, b) => {
    blockStart[b] = u;
    const bands = set.blocks.find((x) => x.id === block.id)?.bands ?? [];
    const own = bands.length > 0 ? bands : set.bands;
    bandMin.push(Float64Array.from(own, (x) => x.min * scale));
    for (const row of block.rows) {
      row.fields.forEach((f, i) => {
        points[u * F + i] = f.points;
        effectiveMax[u * F + i] = f.max;
      });
      row.leaves.forEach((p, i) => (leafPoints[u * L + i] = p ?? Number.NaN));
      adjustment[u] = row.bonus - row.penalty;
      complete[u] = row.fields.every((f, i) => f.max === set.fields[i]?.max) ? 1 : 0;
      nominalRank[u] = row.rank;
      nominalBand[u] = own.findIndex((x) => x.label === row.band);
      u++;
    }
  });
  blockStart[report.blocks.length] = u;
  return {
    fields: F,
    leaves: L,
    total: set.total,
    fieldMax: Float64Array.from(set.fields, (f) => f.max),
    leafField,
    leafMax,
    allowIndexAbove100: set.allowIndexAbove100,
    decimals: set.decimals,
    blockStart,
    points,
    effectiveMax,
    leafPoints,
    complete,
    adjustment,
    nominalRank,
    nominalBand,
    bandMin,
  };
}
