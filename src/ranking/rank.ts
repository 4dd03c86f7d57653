/** Scores → ranked tables: ranks within each block by the set's tie rule (tie-rule.ts), bands, block statistics. */
import { percentScaledNumber, ratioScaled, roundDiv, SCALE } from '../core/decimal.js';
import { bandsFor, type CriteriaSet } from '../criteria/model.js';
import type { UnitScore } from '../scoring/score.js';
import { rankScores } from './tie-rule.js';

export { rankComparator, applyTieRule, compareCodes, decidingKey, type Entry } from './tie-rule.js';

export interface RankedRow {
  readonly score: UnitScore;
  readonly rank: number;
  readonly band: string | null;
  /** Index × 10^decimals, rounded half-up: what is displayed */
  readonly indexScaled: bigint;
}

/** An exact fraction of big integers (den > 0), reduced. */
export interface BigRatio {
  readonly num: bigint;
  readonly den: bigint;
}

export interface BlockTable {
  /** Block id; '' when the set declares no blocks */
  readonly id: string;
  readonly name: string;
  readonly rows: readonly RankedRow[];
  /** The exact mean of the units' indexes as a fraction (× 100 for %); absent for a block with no ranked unit */
  readonly meanIndex?: BigRatio;
  /** That mean in % × 10^decimals, rounded half-up once from the exact value: what is displayed */
  readonly meanScaled?: bigint;
  readonly bandCounts: readonly { label: string; count: number }[];
}

export function bandOf(indexScaled: bigint, decimals: number, bands: CriteriaSet['bands']): string | null {
  return bandFinder(decimals, bands)(indexScaled);
}

/**
 * bandOf for many indexes given as numbers (exact integers): compared as numbers where every product stays below
 * 2^53, else as big integers.
 */
function numberBandFinder(decimals: number, bands: CriteriaSet['bands']): (indexScaled: number) => string | null {
  if (bands.length === 0) return () => null;
  const big = bandFinder(decimals, bands);
  const scale = 10 ** decimals;
  const floors = bands.map((b) => b.min * scale);
  const exact = Number.isSafeInteger(scale) && floors.every((f) => Number.isSafeInteger(f));
  return (indexScaled) => {
    const lhs = indexScaled * SCALE;
    if (!exact || !Number.isSafeInteger(lhs)) return big(BigInt(indexScaled));
    for (let i = 0; i < floors.length; i++) if (lhs >= floors[i]!) return bands[i]!.label;
    return null;
  };
}

/**
 * The index num/den in % × 10^decimals, rounded half-up (ratioScaled for num ≥ 0, den > 0), as a number where every
 * step is an integer below 2^53; NaN otherwise (then ratioScaled gives it).
 */
export function scaledIndexNumber(num: number, den: number, decimals: number): number {
  return num >= 0 ? percentScaledNumber(num, den, 10 ** decimals) : NaN;
}

/** The largest integer V8 keeps unboxed in an object's field (a 31-bit small integer) */
const SMALL_INTEGER = 0x3fffffff;

/**
 * A ranked row: its displayed index kept as a small integer (a big integer per row costs time and memory), made a
 * big integer when read.
 */

class Ranked implements RankedRow {
  constructor(
    readonly score: UnitScore,
    readonly rank: number,
    readonly band: string | null,
    /** A small integer (kept in the object, not boxed) where one holds it, else the big integer */
    private readonly scaled: number | bigint,
  ) {}

  get indexScaled(): bigint {
    return typeof this.scaled === 'bigint' ? this.scaled : BigInt(this.scaled);
  }
}

/** bandOf for many indexes: each band's floor is scaled once. */
function bandFinder(decimals: number, bands: CriteriaSet['bands']): (indexScaled: bigint) => string | null {
  if (bands.length === 0) return () => null;
  // index/10^d ≥ min/10^6  ⇔  index·10^6 ≥ min·10^d
  const scale = 10n ** BigInt(decimals);
  const floors = bands.map((b) => BigInt(b.min) * scale);
  const micro = BigInt(SCALE);
  return (indexScaled) => {
    const lhs = indexScaled * micro;
    for (let i = 0; i < floors.length; i++) if (lhs >= floors[i]!) return bands[i]!.label;
    return null;
  };
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** The mean of the indexes, exactly: the sum of fractions over their common denominator, divided by the count. */
export function meanIndex(scores: readonly UnitScore[]): BigRatio | undefined {
  if (scores.length === 0) return undefined;
  // Units share few distinct effective maxima: add numerators per denominator first.
  const byDen = new Map<number, { big: bigint; small: number }>();
  for (const s of scores) {
    const { num, den } = s.index;
    let sum = byDen.get(den);
    if (!sum) byDen.set(den, (sum = { big: 0n, small: 0 }));
    // added as plain numbers while the sum stays exact (within 2^53), else as a big integer
    if (Number.isSafeInteger(num) && Math.abs(sum.small) + Math.abs(num) <= Number.MAX_SAFE_INTEGER) sum.small += num;
    else sum.big += BigInt(num);
  }
  let num = 0n;
  let den = 1n;
  for (const [d, sum] of byDen) {
    const n = sum.big + BigInt(sum.small);
    const bd = BigInt(d);
    const g = gcd(den, bd);
    num = num * (bd / g) + n * (den / g);
    den = (den / g) * bd;
  }
  den *= BigInt(scores.length);
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

export function rankBlock(scores: readonly UnitScore[], set: CriteriaSet, blockId: string, name: string): BlockTable {
  const d = set.decimals;
  const scaled = new Float64Array(scores.length);
  const big = new Map<number, bigint>();
  for (let i = 0; i < scores.length; i++) {
    const index = scores[i]!.index;
    scaled[i] = scaledIndexNumber(index.num, index.den, d);
    if (Number.isNaN(scaled[i])) big.set(i, ratioScaled(index, 100, d));
  }
  const bands = bandsFor(set, blockId || undefined);
  const bandOfScaled = bandFinder(d, bands);
  const bandOfNumber = numberBandFinder(d, bands);
  const rows: RankedRow[] = rankScores(scores, scaled, big, set, (score, rank, at) => {
    const n = scaled[at]!;
    if (n !== n) return new Ranked(score, rank, bandOfScaled(big.get(at)!), big.get(at)!);
    return new Ranked(score, rank, bandOfNumber(n), n <= SMALL_INTEGER ? n | 0 : BigInt(n));
  });
  const bandCounts = bands.map((b) => ({ label: b.label, count: rows.filter((r) => r.band === b.label).length }));
  const mean = meanIndex(scores);
  const meanScaled = mean && roundDiv(mean.num * 100n * 10n ** BigInt(d), mean.den);
  return { id: blockId, name, rows, ...(mean ? { meanIndex: mean, meanScaled } : {}), bandCounts };
}

/**
 * Ranks every block of the set (in the set's order), or all units together when the set has no blocks. A block with
 * no ranked unit (none listed, or every one left out for errors) has no table: there is nothing to rank and no mean.
 */
export function rankUnits(scores: readonly UnitScore[], set: CriteriaSet, allName: string): BlockTable[] {
  if (set.blocks.length === 0) return [rankBlock(scores, set, '', allName)];
  const tables: BlockTable[] = [];
  for (const block of set.blocks) {
    const members = scores.filter((s) => s.unit.blockId === block.id);
    if (members.length > 0) tables.push(rankBlock(members, set, block.id, block.name));
  }
  return tables;
}
