/**
 * Where the tie rule is applied: `applyTieRule` orders a block's units and gives each its rank. The set's rule says
 * whether indexes are compared as displayed (shared) or exactly, and which keys break a tie; units still equal
 * share a rank (1, 2, 2, 4). Tie-break keys are read by the same resolver the criteria check uses.
 */
import { compareRatio, type Micro } from '../core/decimal.js';
import { compareVietnamese, compareVietnameseNfc, nfc } from '../core/text.js';
import type { CriteriaSet } from '../criteria/model.js';
import { resolveTieKey, type ResolvedTieKey } from '../criteria/ties.js';
import type { UnitScore } from '../scoring/score.js';

/** A score with its index as displayed (× 10^decimals). */
export interface Entry {
  readonly score: UnitScore;
  readonly scaled: bigint;
}

type Compare = (a: UnitScore, b: UnitScore) => number;

/**
 * Unit codes in natural order ("2" before "10"), and two codes are equal only when they are the same text: "9" and
 * "09" are different units and never share a rank on the `code` key.
 */
export function compareCodes(a: string, b: string): number {
  const natural = compareVietnamese(a, b);
  if (natural !== 0) return natural;
  const x = nfc(a);
  const y = nfc(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A field's component index (points over the field's effective maximum), higher first. Comparing the index, not the
 * points, keeps a unit with a non-applicable leaf from losing a tie over points it could not earn; a field with no
 * applicable leaf has no index and comes after every unit that has one.
 */
function compareField(i: number): Compare {
  // A score makes its per-field points when asked: asked once per unit while this comparator lives (one sort).
  const fields = new Map<UnitScore, { readonly points: Micro; readonly max: Micro }>();
  const of = (s: UnitScore): { readonly points: Micro; readonly max: Micro } => {
    let f = fields.get(s);
    if (!f) fields.set(s, (f = { points: s.fieldPoints[i] ?? 0, max: s.fieldMax[i] ?? 0 }));
    return f;
  };
  return (a, b) => {
    const fa = of(a);
    const fb = of(b);
    if (fa.max <= 0 || fb.max <= 0) return (fb.max > 0 ? 1 : 0) - (fa.max > 0 ? 1 : 0);
    return compareRatio({ num: fb.points, den: fb.max }, { num: fa.points, den: fa.max });
  };
}

function tieKeyCompare(key: ResolvedTieKey): Compare {
  switch (key.kind) {
    case 'points':
      return (a, b) => b.total - a.total;
    case 'appraisal':
      return (a, b) => b.appraisal - a.appraisal;
    case 'survey':
      return (a, b) => b.survey - a.survey;
    case 'name':
      return (a, b) => compareVietnamese(a.unit.name, b.unit.name);
    case 'code':
      return (a, b) => compareCodes(a.unit.code, b.unit.code);
    case 'field':
      return compareField(key.fieldIndex);
  }
}

/**
 * What the sort compares, read once per score, in columns (no object per score): its index as displayed as a number
 * when a number holds it exactly (else as the big integer), the exact index as numbers (cross-multiplied as numbers
 * while the products stay exact), its name and code in NFC. Scores are compared by their place in the columns.
 */
class Keys {
  readonly scaled: Float64Array;
  readonly num: Float64Array;
  readonly den: Float64Array;
  readonly big = new Map<number, bigint>();
  readonly names: string[];
  readonly codes: string[];

  constructor(readonly scores: readonly UnitScore[]) {
    const n = scores.length;
    this.scaled = new Float64Array(n);
    this.num = new Float64Array(n);
    this.den = new Float64Array(n);
    this.names = new Array<string>(n);
    this.codes = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const { unit, index } = scores[i]!;
      this.num[i] = index.num;
      this.den[i] = index.den;
      this.names[i] = nfc(unit.name);
      this.codes[i] = nfc(unit.code);
    }
  }

  /** Sets the displayed index of score i: a number where one holds it exactly, else the big integer. */
  setScaled(i: number, scaled: bigint): void {
    const n = Number(scaled);
    if (Number.isSafeInteger(n)) this.scaled[i] = n;
    else {
      this.scaled[i] = NaN;
      this.big.set(i, scaled);
    }
  }
}

type KeyCompare = (k: Keys, a: number, b: number) => number;

const byDisplayed: KeyCompare = (k, a, b) => {
  const x = k.scaled[a]!;
  const y = k.scaled[b]!;
  if (x === x && y === y) return x < y ? 1 : x > y ? -1 : 0;
  const p = k.big.get(a) ?? BigInt(x);
  const q = k.big.get(b) ?? BigInt(y);
  return p === q ? 0 : p > q ? -1 : 1;
};

const byExact: KeyCompare = (k, a, b) => {
  const l = k.num[b]! * k.den[a]!;
  const r = k.num[a]! * k.den[b]!;
  // products of integers are exact while they stay below 2^53 (a larger one cannot come out below it)
  if (l <= Number.MAX_SAFE_INTEGER && r <= Number.MAX_SAFE_INTEGER) return l < r ? -1 : l > r ? 1 : 0;
  const x = BigInt(k.num[b]!) * BigInt(k.den[a]!);
  const y = BigInt(k.num[a]!) * BigInt(k.den[b]!);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Unit codes as compareCodes orders them, from keys in NFC. */
const byCode: KeyCompare = (k, a, b) => {
  const x = k.codes[a]!;
  const y = k.codes[b]!;
  return compareVietnameseNfc(x, y) || (x < y ? -1 : x > y ? 1 : 0);
};

const byName: KeyCompare = (k, a, b) => compareVietnameseNfc(k.names[a]!, k.names[b]!);

function keyedBreaker(key: ResolvedTieKey): KeyCompare {
  if (key.kind === 'name') return byName;
  if (key.kind === 'code') return byCode;
  const c = tieKeyCompare(key);
  return (k, a, b) => c(k.scores[a]!, k.scores[b]!);
}

/** The rule's order on keyed scores: the index (as displayed or exact), then the tie-break keys. 0 = same rank. */
function keyedComparator(set: CriteriaSet): KeyCompare {
  const primary = set.ties.compare === 'exact' ? byExact : byDisplayed;
  const breakers = set.ties.breakBy.map((k) => {
    const resolved = resolveTieKey(k, set.fields);
    // A loaded set has passed the check, which refuses a key naming no field.
    if (!resolved) throw new RangeError(`tie-break key names no field of the set: ${k}`);
    return keyedBreaker(resolved);
  });
  if (breakers.length === 0) return primary;
  return (k, a, b) => {
    const p = primary(k, a, b);
    if (p !== 0) return p;
    for (const c of breakers) {
      const r = c(k, a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
}

/** The order that decides ranks: index (as displayed or exact), then the set's tie-break keys. 0 = same rank. */
export function rankComparator(set: CriteriaSet): (a: Entry, b: Entry) => number {
  const cmp = keyedComparator(set);
  return (a, b) => {
    const k = new Keys([a.score, b.score]);
    k.setScaled(0, a.scaled);
    k.setScaled(1, b.scaled);
    return cmp(k, 0, 1);
  };
}

/**
 * What orders two entries under the set's rule: 'index' (as displayed, or exactly under `compare: exact`), else the
 * first tie-break key that tells them apart; undefined when the rule finds them equal (they share a rank).
 */
export function decidingKey(a: Entry, b: Entry, set: CriteriaSet): string | undefined {
  const byIndex = set.ties.compare === 'exact' ? compareRatio(a.score.index, b.score.index) !== 0 : a.scaled !== b.scaled;
  if (byIndex) return 'index';
  for (const key of set.ties.breakBy) {
    const resolved = resolveTieKey(key, set.fields);
    if (resolved && tieKeyCompare(resolved)(a.score, b.score) !== 0) return key;
  }
  return undefined;
}

/** Orders the entries by the tie rule and gives each its rank; among equals the list goes by name, then code. */
export function applyTieRule(entries: readonly Entry[], set: CriteriaSet): { readonly entry: Entry; readonly rank: number }[] {
  const keys = new Keys(entries.map((e) => e.score));
  entries.forEach((e, i) => keys.setScaled(i, e.scaled));
  return orderKeyed(keys, set, (i, rank) => ({ entry: entries[i]!, rank }));
}

/**
 * applyTieRule for scores whose displayed indexes are given as numbers (`scaled[i]`; NaN where a number cannot hold
 * it exactly, then `big.get(i)`): no big integer is made for the others. `make` builds each ranked item.
 */
export function rankScores<T>(
  scores: readonly UnitScore[],
  scaled: Float64Array,
  big: ReadonlyMap<number, bigint>,
  set: CriteriaSet,
  make: (score: UnitScore, rank: number, at: number) => T,
): T[] {
  const keys = new Keys(scores);
  keys.scaled.set(scaled);
  for (const [i, b] of big) keys.big.set(i, b);
  return orderKeyed(keys, set, (i, rank) => make(scores[i]!, rank, i));
}

/** The places of the scores in the rule's order (then by name, then code), each made into an item with its rank. */
function orderKeyed<T>(keys: Keys, set: CriteriaSet, make: (at: number, rank: number) => T): T[] {
  const cmp = keyedComparator(set);
  const n = keys.scores.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => cmp(keys, a, b) || byName(keys, a, b) || byCode(keys, a, b));
  const out = new Array<T>(n);
  let rank = 0;
  for (let i = 0; i < n; i++) {
    const at = order[i]!;
    if (i === 0 || cmp(keys, order[i - 1]!, at) !== 0) rank = i + 1;
    out[i] = make(at, rank);
  }
  return out;
}
