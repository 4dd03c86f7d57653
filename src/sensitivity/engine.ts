/**
 * The Monte Carlo engine: draws of field weights (and optionally of leaf points), the index of every unit under
 * each draw, ranks within blocks, and running statistics. Floats throughout (these are statistics, not published
 * numbers); every buffer is allocated once per run, nothing per draw.
 *
 * Ranks in a draw: units are ordered by their index quantised to 2^−30 (about 10^−9, i.e. 10^−7 of a percentage
 * point) with a radix sort; units equal at that precision share a rank (1, 1, 3), as equal indexes do in the
 * nominal ranking. The set's tie-break keys are not applied to draws: with weights drawn from a continuum, two
 * different units tie with probability zero.
 */
import { seededRandom, type Random } from './prng.js';
import type { SensitivityInput } from './input.js';

export interface EngineOptions {
  readonly draws: number;
  /** Half-width of the uniform factor on each field's maximum: 0.2 draws factors in [0.8, 1.2] */
  readonly weights: number;
  /** Half-width of the uniform factor on each leaf's points (clamped to 0 … the leaf's maximum); 0: none */
  readonly noise: number;
  readonly seed: number;
  readonly dropField: boolean;
  /** Called about a hundred times over the draws */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface EngineResult {
  readonly draws: number;
  /** Per unit, in input order: rank quantiles over the draws (nearest-rank) and the share of draws in another band */
  readonly medianRank: Int32Array;
  readonly lowRank: Int32Array;
  readonly highRank: Int32Array;
  readonly bandChange: Float64Array;
  /** Per block: mean |draw rank − nominal rank| over units and draws; Spearman's ρ with the nominal ranking */
  readonly meanAbsShift: Float64Array;
  readonly spearmanMean: Float64Array;
  readonly spearmanP5: Float64Array;
  /** With dropField: [field × units + unit] the rank with that field left out (0: the field cannot be left out: its maximum is 0 or the whole total) */
  readonly dropRanks?: Int32Array;
  /** With dropField: [field × blocks + block] Spearman's ρ of that scenario with the nominal ranking */
  readonly dropSpearman?: Float64Array;
}

/** The largest block the rank histograms (blocks × size² counters) are kept for. */
export const MAX_BLOCK_UNITS = 8192;

/** Fills g with the field factors of one draw, renormalised so that the maxima sum to the set's total. */
function drawFactors(input: SensitivityInput, spread: number, random: Random | null, drop: number, g: Float64Array): void {
  let sum = 0;
  for (let i = 0; i < input.fields; i++) {
    const f = i === drop ? 0 : random ? 1 + spread * (2 * random.next() - 1) : 1;
    g[i] = f;
    sum += f * input.fieldMax[i]!;
  }
  const c = sum > 0 ? input.total / sum : 0;
  for (let i = 0; i < input.fields; i++) g[i]! *= c;
}

/** Each unit's index (0 … 1, above 1 only where the set allows) under factors g, leaves perturbed when noise > 0. */
function indexes(input: SensitivityInput, g: Float64Array, noise: number, random: Random | null, fp: Float64Array, out: Float64Array): void {
  const { fields: F, leaves: L, points, effectiveMax, leafPoints, leafField, leafMax, adjustment, complete } = input;
  const n = adjustment.length;
  for (let u = 0; u < n; u++) {
    const base = u * F;
    let num = adjustment[u]!;
    let den = 0;
    if (noise > 0 && random) {
      fp.fill(0);
      const lb = u * L;
      for (let l = 0; l < L; l++) {
        const p = leafPoints[lb + l]!;
        if (p !== p) continue; // non-applicable
        const q = p * (1 + noise * (2 * random.next() - 1));
        const max = leafMax[l]!;
        fp[leafField[l]!]! += q < 0 ? 0 : q > max ? max : q;
      }
      for (let i = 0; i < F; i++) {
        num += g[i]! * fp[i]!;
        den += g[i]! * effectiveMax[base + i]!;
      }
    } else {
      // A unit with every leaf applicable has the set's maxima, which the factors keep summing to the total.
      if (complete[u]) {
        den = input.total;
        for (let i = 0; i < F; i++) num += g[i]! * points[base + i]!;
      } else
        for (let i = 0; i < F; i++) {
          const gi = g[i]!;
          num += gi * points[base + i]!;
          den += gi * effectiveMax[base + i]!;
        }
    }
    if (!input.allowIndexAbove100 && num > den) num = den;
    out[u] = den > 0 && num > 0 ? num / den : 0;
  }
}

/** Scratch of the ranking: keys and positions, ping-pong, and the digit counts of the radix sort. */
interface RankScratch {
  readonly keyA: Uint32Array;
  readonly keyB: Uint32Array;
  readonly posA: Int32Array;
  readonly posB: Int32Array;
  readonly count: Int32Array;
}

export function rankScratch(size: number): RankScratch {
  return { keyA: new Uint32Array(size), keyB: new Uint32Array(size), posA: new Int32Array(size), posB: new Int32Array(size), count: new Int32Array(1 << 11) };
}

/** One stable counting pass of the radix sort on the 11-bit digit at `shift`. */
function radixPass(count: Int32Array, n: number, shift: number, kIn: Uint32Array, pIn: Int32Array, kOut: Uint32Array, pOut: Int32Array): void {
  count.fill(0);
  for (let i = 0; i < n; i++) count[(kIn[i]! >>> shift) & 0x7ff]!++;
  let sum = 0;
  for (let d = 0; d < 2048; d++) {
    const c = count[d]!;
    count[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const k = kIn[i]!;
    const at = count[(k >>> shift) & 0x7ff]!++;
    kOut[at] = k;
    pOut[at] = pIn[i]!;
  }
}

/** A stable LSD radix sort of n 32-bit keys in keyA/posA (digits of 11, 11 and 10 bits); the order ends in keyB/posB. */
function radixSort(s: RankScratch, n: number): void {
  radixPass(s.count, n, 0, s.keyA, s.posA, s.keyB, s.posB);
  radixPass(s.count, n, 11, s.keyB, s.posB, s.keyA, s.posA);
  radixPass(s.count, n, 22, s.keyA, s.posA, s.keyB, s.posB);
}

/** Ranks within each block from the indexes (see the module comment for ties); ranks[u] for every unit. */
function rankBlocks(input: SensitivityInput, idx: Float64Array, s: RankScratch, ranks: Int32Array): void {
  const starts = input.blockStart;
  for (let b = 0; b + 1 < starts.length; b++) {
    const start = starts[b]!;
    const n = starts[b + 1]! - start;
    // Descending index, as a 32-bit key: 2^32 − 1 − round(index × 2^30) (indexes are below 4, i.e. 400 %). Rounding
    // to the nearest step keeps equal fractions (15/30, 20/40) together when the floats differ in the last bit.
    for (let p = 0; p < n; p++) {
      const x = idx[start + p]!;
      s.keyA[p] = 0xffffffff - Math.round((x >= 4 ? 3.9999999 : x) * 0x40000000);
      s.posA[p] = p;
    }
    radixSort(s, n);
    let prev = -1;
    let rank = 0;
    for (let j = 0; j < n; j++) {
      const key = s.keyB[j]!;
      if (key !== prev) rank = j + 1;
      prev = key;
      ranks[start + s.posB[j]!] = rank;
    }
  }
}

/** Spearman's ρ of a block's ranks with its nominal ranks: 1 − 6 Σd² / (n (n² − 1)). */
function spearman(input: SensitivityInput, ranks: Int32Array, b: number): number {
  const start = input.blockStart[b]!;
  const n = input.blockStart[b + 1]! - start;
  if (n < 2) return 1;
  let d2 = 0;
  for (let u = start; u < start + n; u++) {
    const d = ranks[u]! - input.nominalRank[u]!;
    d2 += d * d;
  }
  return 1 - (6 * d2) / (n * (n * n - 1));
}


interface Buffers {
  readonly g: Float64Array;
  readonly fp: Float64Array;
  readonly idx: Float64Array;
  readonly ranks: Int32Array;
  readonly rank: RankScratch;
}

function buffers(input: SensitivityInput): Buffers {
  const n = input.adjustment.length;
  let largest = 0;
  for (let b = 0; b + 1 < input.blockStart.length; b++) largest = Math.max(largest, input.blockStart[b + 1]! - input.blockStart[b]!);
  if (largest > MAX_BLOCK_UNITS) throw new RangeError(`a block of ${largest} units is more than ${MAX_BLOCK_UNITS}`);
  return { g: new Float64Array(input.fields), fp: new Float64Array(input.fields), idx: new Float64Array(n), ranks: new Int32Array(n), rank: rankScratch(largest) };
}

/**
 * Draws whose ranks are kept before they are counted: counting unit by unit over a chunk keeps each unit's histogram
 * row in cache, where counting draw by draw would touch a new row (and page) for every unit.
 */
const CHUNK = 256;

/** Counters of the draws: a rank histogram per unit (its block's size bins), band changes, shifts, ρ per draw. */
interface Tally {
  readonly histStart: Float64Array;
  readonly hist: Uint32Array;
  /** The ranks of the last draws, [draw in chunk × units + unit], moved into the histograms a chunk at a time */
  readonly chunk: Uint16Array;
  filled: number;
  readonly bandChanged: Uint32Array;
  /** Per unit, the indexes of its published band: low ≤ index < high (see bandBounds) */
  readonly bandLow: Float64Array;
  readonly bandHigh: Float64Array;
  readonly absShift: Float64Array;
  readonly rho: Float64Array;
}

/**
 * The indexes that keep each unit in its published band. A band is reached when the index, rounded half-up to the
 * set's decimals as published, reaches its lower bound m: index × 100 × 10^d ≥ m − ½.
 */
function bandBounds(input: SensitivityInput): { bandLow: Float64Array; bandHigh: Float64Array } {
  const N = input.adjustment.length;
  const bandLow = new Float64Array(N);
  const bandHigh = new Float64Array(N);
  const scale = 100 * 10 ** input.decimals;
  const at = (m: number | undefined): number => (m === undefined ? Number.POSITIVE_INFINITY : (m - 0.5) / scale);
  for (let b = 0; b + 1 < input.blockStart.length; b++) {
    const mins = input.bandMin[b]!;
    for (let u = input.blockStart[b]!; u < input.blockStart[b + 1]!; u++) {
      const k = input.nominalBand[u]!;
      if (k < 0) {
        // in no band: it changes band on reaching the lowest one
        bandLow[u] = Number.NEGATIVE_INFINITY;
        bandHigh[u] = at(mins[mins.length - 1]);
        continue;
      }
      bandLow[u] = k === mins.length - 1 && mins[k]! <= 0 ? Number.NEGATIVE_INFINITY : at(mins[k]);
      bandHigh[u] = k === 0 ? Number.POSITIVE_INFINITY : at(mins[k - 1]);
    }
  }
  return { bandLow, bandHigh };
}

function tally(input: SensitivityInput, draws: number): Tally {
  const B = input.blockStart.length - 1;
  const histStart = new Float64Array(B + 1);
  for (let b = 0; b < B; b++) {
    const n = input.blockStart[b + 1]! - input.blockStart[b]!;
    histStart[b + 1] = histStart[b]! + n * n;
  }
  return {
    histStart,
    hist: new Uint32Array(histStart[B]!),
    chunk: new Uint16Array(CHUNK * input.adjustment.length),
    filled: 0,
    bandChanged: new Uint32Array(input.adjustment.length),
    ...bandBounds(input),
    absShift: new Float64Array(B),
    rho: new Float64Array(B * draws),
  };
}

function record(input: SensitivityInput, buf: Buffers, t: Tally, draw: number, draws: number): void {
  const B = input.blockStart.length - 1;
  for (let b = 0; b < B; b++) {
    const start = input.blockStart[b]!;
    const n = input.blockStart[b + 1]! - start;
    let shift = 0;
    let d2 = 0;
    for (let p = 0; p < n; p++) {
      const u = start + p;
      const r = buf.ranks[u]!;
      const d = r - input.nominalRank[u]!;
      shift += d < 0 ? -d : d;
      d2 += d * d;
      const x = buf.idx[u]!;
      if (x < t.bandLow[u]! || x >= t.bandHigh[u]!) t.bandChanged[u]!++;
    }
    t.absShift[b]! += shift;
    t.rho[b * draws + draw] = n < 2 ? 1 : 1 - (6 * d2) / (n * (n * n - 1));
  }
  t.chunk.set(buf.ranks, t.filled * buf.ranks.length);
  if (++t.filled === CHUNK) flush(input, t);
}

/** Counts the chunk's ranks into the histograms, unit by unit. */
function flush(input: SensitivityInput, t: Tally): void {
  const N = input.adjustment.length;
  for (let b = 0; b + 1 < input.blockStart.length; b++) {
    const start = input.blockStart[b]!;
    const n = input.blockStart[b + 1]! - start;
    for (let p = 0; p < n; p++) {
      const row = t.histStart[b]! + p * n - 1;
      for (let d = 0, at = start + p; d < t.filled; d++, at += N) t.hist[row + t.chunk[at]!]!++;
    }
  }
  t.filled = 0;
}

/** The nearest-rank quantiles of each unit's ranks: the smallest rank reached by at least ⌈q × draws⌉ draws. */
function quantiles(input: SensitivityInput, t: Tally, draws: number, out: { q: number; ranks: Int32Array }[]): void {
  const need = out.map((o) => Math.max(1, Math.ceil(o.q * draws - 1e-9)));
  for (let b = 0; b + 1 < input.blockStart.length; b++) {
    const start = input.blockStart[b]!;
    const n = input.blockStart[b + 1]! - start;
    for (let p = 0; p < n; p++) {
      const row = t.histStart[b]! + p * n;
      let cum = 0;
      let k = 0;
      for (let r = 0; r < n && k < need.length; r++) {
        cum += t.hist[row + r]!;
        while (k < need.length && cum >= need[k]!) out[k++]!.ranks[start + p] = r + 1;
      }
    }
  }
}

function dropScenarios(input: SensitivityInput, buf: Buffers): { dropRanks: Int32Array; dropSpearman: Float64Array } {
  const N = input.adjustment.length;
  const B = input.blockStart.length - 1;
  const dropRanks = new Int32Array(input.fields * N);
  const dropSpearman = new Float64Array(input.fields * B).fill(Number.NaN);
  for (let k = 0; k < input.fields; k++) {
    if (input.fieldMax[k]! <= 0 || input.fieldMax[k]! >= input.total) continue;
    drawFactors(input, 0, null, k, buf.g);
    indexes(input, buf.g, 0, null, buf.fp, buf.idx);
    rankBlocks(input, buf.idx, buf.rank, buf.ranks);
    dropRanks.set(buf.ranks, k * N);
    for (let b = 0; b < B; b++) dropSpearman[k * B + b] = spearman(input, buf.ranks, b);
  }
  return { dropRanks, dropSpearman };
}

/** Runs the draws (and the drop-one-field scenarios) over the input. */
export function runSensitivity(input: SensitivityInput, o: EngineOptions): EngineResult {
  const N = input.adjustment.length;
  const B = input.blockStart.length - 1;
  const buf = buffers(input);
  const t = tally(input, o.draws);
  const random = seededRandom(o.seed);
  const step = Math.max(1, Math.floor(o.draws / 100));
  for (let d = 0; d < o.draws; d++) {
    drawFactors(input, o.weights, random, -1, buf.g);
    indexes(input, buf.g, o.noise, random, buf.fp, buf.idx);
    rankBlocks(input, buf.idx, buf.rank, buf.ranks);
    record(input, buf, t, d, o.draws);
    if (o.onProgress && ((d + 1) % step === 0 || d + 1 === o.draws)) o.onProgress(d + 1, o.draws);
  }
  const result = {
    draws: o.draws,
    medianRank: new Int32Array(N),
    lowRank: new Int32Array(N),
    highRank: new Int32Array(N),
    bandChange: Float64Array.from(t.bandChanged, (c) => (o.draws > 0 ? c / o.draws : 0)),
    meanAbsShift: new Float64Array(B),
    spearmanMean: new Float64Array(B),
    spearmanP5: new Float64Array(B),
  };
  flush(input, t);
  if (o.draws > 0) {
    quantiles(input, t, o.draws, [
      { q: 0.05, ranks: result.lowRank },
      { q: 0.5, ranks: result.medianRank },
      { q: 0.95, ranks: result.highRank },
    ]);
    for (let b = 0; b < B; b++) {
      const n = input.blockStart[b + 1]! - input.blockStart[b]!;
      result.meanAbsShift[b] = n > 0 ? t.absShift[b]! / (n * o.draws) : 0;
      const rho = t.rho.subarray(b * o.draws, (b + 1) * o.draws).sort();
      result.spearmanMean[b] = rho.reduce((s, x) => s + x, 0) / o.draws;
      result.spearmanP5[b] = rho[Math.max(0, Math.ceil(0.05 * o.draws) - 1)]!;
    }
  }
  return o.dropField ? { ...result, ...dropScenarios(input, buf) } : result;
}
