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
 * A score with what the sort compares read once: its index as displayed as a number when a number holds it exactly
 * (else as the big integer), the exact index as numbers (cross-multiplied as numbers while the products stay exact),
 * its name and code in NFC, and its place in the list given.
 */
interface Keyed {
  readonly score: UnitScore;
  readonly at: number;
  /** The displayed index (× 10^decimals) as a number; NaN when too large to hold exactly, then `big` */
  readonly scaled: number;
  readonly big: bigint | undefined;
  readonly num: number;
  readonly den: number;
  readonly name: string;
  readonly code: string;
}

function keyed(score: UnitScore, at: number, scaled: number, big: bigint | undefined): Keyed {
  const { unit, index } = score;
  return { score, at, scaled, big, num: index.num, den: index.den, name: nfc(unit.name), code: nfc(unit.code) };
}

function keyOf(entry: Entry, at = 0): Keyed {
  const n = Number(entry.scaled);
  return Number.isSafeInteger(n) ? keyed(entry.score, at, n, undefined) : keyed(entry.score, at, NaN, entry.scaled);
}

type KeyCompare = (a: Keyed, b: Keyed) => number;

const byDisplayed: KeyCompare = (a, b) => {
  if (a.scaled === a.scaled && b.scaled === b.scaled) return b.scaled - a.scaled;
  const x = a.big ?? BigInt(a.scaled);
  const y = b.big ?? BigInt(b.scaled);
  return x === y ? 0 : x > y ? -1 : 1;
};

const byExact: KeyCompare = (a, b) => {
  const l = b.num * a.den;
  const r = a.num * b.den;
  // products of integers are exact while they stay below 2^53 (a larger one cannot come out below it)
  if (l <= Number.MAX_SAFE_INTEGER && r <= Number.MAX_SAFE_INTEGER) return l < r ? -1 : l > r ? 1 : 0;
  const x = BigInt(b.num) * BigInt(a.den);
  const y = BigInt(a.num) * BigInt(b.den);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Unit codes as compareCodes orders them, from keys in NFC. */
const byCode: KeyCompare = (a, b) => compareVietnameseNfc(a.code, b.code) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function keyedBreaker(key: ResolvedTieKey): KeyCompare {
  if (key.kind === 'name') return (a, b) => compareVietnameseNfc(a.name, b.name);
  if (key.kind === 'code') return byCode;
  const c = tieKeyCompare(key);
  return (a, b) => c(a.score, b.score);
}

/** The rule's order on keyed entries: the index (as displayed or exact), then the tie-break keys. 0 = same rank. */
function keyedComparator(set: CriteriaSet): KeyCompare {
  const primary = set.ties.compare === 'exact' ? byExact : byDisplayed;
  const breakers = set.ties.breakBy.map((k) => {
    const resolved = resolveTieKey(k, set.fields);
    // A loaded set has passed the check, which refuses a key naming no field.
    if (!resolved) throw new RangeError(`tie-break key names no field of the set: ${k}`);
    return keyedBreaker(resolved);
  });
  if (breakers.length === 0) return primary;
  return (a, b) => {
    const p = primary(a, b);
    if (p !== 0) return p;
    for (const c of breakers) {
      const r = c(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
}

/** The order that decides ranks: index (as displayed or exact), then the set's tie-break keys. 0 = same rank. */
export function rankComparator(set: CriteriaSet): (a: Entry, b: Entry) => number {
  const cmp = keyedComparator(set);
  return (a, b) => cmp(keyOf(a), keyOf(b));
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
  return orderKeyed(entries.map(keyOf), set, (k, rank) => ({ entry: entries[k.at]!, rank }));
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
  const keys = new Array<Keyed>(scores.length);
  for (let i = 0; i < scores.length; i++) keys[i] = keyed(scores[i]!, i, scaled[i]!, big.get(i));
  return orderKeyed(keys, set, (k, rank) => make(k.score, rank, k.at));
}

function orderKeyed<T>(keys: Keyed[], set: CriteriaSet, make: (k: Keyed, rank: number) => T): T[] {
  const cmp = keyedComparator(set);
  const sorted = keys.sort((a, b) => cmp(a, b) || compareVietnameseNfc(a.name, b.name) || byCode(a, b));
  const out = new Array<T>(sorted.length);
  let rank = 0;
  for (let i = 0; i < sorted.length; i++) {
    const k = sorted[i]!;
    if (i === 0 || cmp(sorted[i - 1]!, k) !== 0) rank = i + 1;
    out[i] = make(k, rank);
  }
  return out;
}
