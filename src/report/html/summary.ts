/**
 * A large block's charts, summarised in one reading of its rows: how many units have each index (a histogram), and
 * the mean component index of each group of units in rank order (a heat map with a column per group). What is
 * kept does not grow with the units: a count per index value shown (at most 10,001 values from 0 to 100 at
 * hundredths) and a few sums per group and field.
 */
import { formatScaled, roundDiv } from '../../core/decimal.js';
import type { CriteriaReport, ReportBlock } from '../model/schema.js';
import { roundStep } from './charts.js';

/** Above this many units a block's charts summarise the units: one bar or heat cell each would be unreadable. */
export const PER_UNIT_CHARTS = 500;
/** At most this many bins in the histogram, and columns (groups of units) in the heat map. */
const MOST_BINS = 100;
const MOST_GROUPS = 100;

/** Sums of a field over some units: its points by the field's (effective) maximum, and how many units it applies to. */
interface FieldSum {
  units: number;
  readonly pointsByMax: Map<number, number>;
}

export interface RankGroup {
  /** Ranks of its first and last unit */
  readonly first: number;
  last: number;
  units: number;
  readonly fields: readonly FieldSum[];
}

export interface Summary {
  /** Units per shown index in hundredths of a point, per band: the block's bands in order, then no band */
  readonly byIndex: Map<number, number[]>;
  /** Consecutive units in rank order, `groupSize` each (the last may hold fewer) */
  readonly groups: readonly RankGroup[];
  readonly groupSize: number;
}

/** Units per heat map column: 1, 2, 5, 10, 20… so that there are at most MOST_GROUPS columns. */
export const groupSizeOf = (units: number): number => roundStep(units, MOST_GROUPS);

/** A shown index (rounded to `decimals`) in hundredths of a point, exactly: its digits past the second dropped. */
export function hundredths(value: number, decimals: number): number {
  const scaled = Math.round(value * 10 ** decimals);
  return decimals >= 2 ? Math.floor(scaled / 10 ** (decimals - 2)) : scaled * 10 ** (2 - decimals);
}

/** One reading of the block's rows (made as they are read, none kept). */
export function summarise(block: ReportBlock, bands: CriteriaReport['bands'], fieldCount: number, decimals: number): Summary {
  const slotOf = new Map(bands.map((b, i) => [b.label, i]));
  const byIndex = new Map<number, number[]>();
  const groups: RankGroup[] = [];
  const groupSize = groupSizeOf(block.rows.length);
  let at = 0;
  for (const row of block.rows) {
    const key = hundredths(row.index.value, decimals);
    let counts = byIndex.get(key);
    if (counts === undefined) byIndex.set(key, (counts = new Array<number>(bands.length + 1).fill(0)));
    const slot = row.band === null ? bands.length : (slotOf.get(row.band) ?? bands.length);
    counts[slot] = (counts[slot] ?? 0) + 1;
    let group = groups[Math.floor(at / groupSize)];
    if (group === undefined) {
      group = { first: row.rank, last: row.rank, units: 0, fields: Array.from({ length: fieldCount }, () => ({ units: 0, pointsByMax: new Map() })) };
      groups.push(group);
    }
    group.last = row.rank;
    group.units++;
    for (let i = 0; i < fieldCount; i++) {
      const field = row.fields[i];
      const sum = group.fields[i];
      if (field === undefined || sum === undefined || field.max <= 0) continue;
      sum.units++;
      sum.pointsByMax.set(field.max, (sum.pointsByMax.get(field.max) ?? 0) + field.points);
    }
    at++;
  }
  return { byIndex, groups, groupSize };
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};

/**
 * The mean of the units' component indexes (points ÷ maximum × 100), exactly: Σ points/max over the units, summed
 * as one fraction and rounded once, half-up, to `decimals`. Null when the field applies to none of them.
 */
export function meanFieldIndex(sum: FieldSum, decimals: number): { value: number; text: string } | null {
  if (sum.units === 0) return null;
  let den = 1n;
  for (const max of sum.pointsByMax.keys()) {
    const m = BigInt(max);
    den = (den / gcd(den, m)) * m;
  }
  let num = 0n;
  for (const [max, points] of sum.pointsByMax) num += BigInt(points) * (den / BigInt(max));
  const scaled = roundDiv(num * 100n * 10n ** BigInt(decimals), den * BigInt(sum.units));
  return { value: Number(scaled) / 10 ** decimals, text: formatScaled(scaled, decimals) };
}

export interface Bins {
  /** The x axis, in hundredths of a point: lo ≤ index < hi (the last bin holds hi too) */
  readonly lo: number;
  readonly hi: number;
  /** The width of a bin, in hundredths of a point */
  readonly width: number;
  /** Per bin, its units per band slot */
  readonly counts: readonly (readonly number[])[];
}

/**
 * The histogram's bins: from the fives below the lowest index or band threshold to the fives above the highest, at
 * most MOST_BINS of 0.1, 0.2, 0.5, 1, 2… points, never finer than the shown indexes. Fitted to the indexes (and the
 * thresholds), not 0–100: a block's indexes often lie within a few points, and their shape is what the chart is for.
 */
export function binsOf(byIndex: ReadonlyMap<number, readonly number[]>, thresholds: readonly number[], slots: number, decimals: number): Bins {
  let low = Infinity;
  let high = -Infinity;
  for (const key of [...byIndex.keys(), ...thresholds]) {
    if (key < low) low = key;
    if (key > high) high = key;
  }
  if (low > high) [low, high] = [0, 10_000];
  const lo = Math.floor(Math.max(0, low) / 500) * 500;
  const hi0 = Math.max(lo + 500, Math.ceil(high / 500) * 500);
  const width = Math.max(roundStep(hi0 - lo, MOST_BINS), 10 ** Math.max(0, 2 - decimals));
  const n = Math.ceil((hi0 - lo) / width);
  const counts = Array.from({ length: n }, () => new Array<number>(slots).fill(0));
  for (const [key, perSlot] of byIndex) {
    const bin = counts[Math.max(0, Math.min(n - 1, Math.floor((key - lo) / width)))]!;
    perSlot.forEach((c, s) => (bin[s] = (bin[s] ?? 0) + c));
  }
  return { lo, hi: lo + n * width, width, counts };
}
