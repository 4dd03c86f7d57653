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

/** An entry with what the sort compares read once: its index as a number when exact, its name and code in NFC. */
interface Keyed {
  readonly entry: Entry;
  /** The displayed index (× 10^decimals) as a number; NaN when too large to hold exactly */
  readonly scaled: number;
  /** The exact index, as big integers for cross-multiplying */
  readonly num: bigint;
  readonly den: bigint;
  readonly name: string;
  readonly code: string;
}

function keyOf(entry: Entry): Keyed {
  const n = Number(entry.scaled);
  const { unit, index } = entry.score;
  return { entry, scaled: Number.isSafeInteger(n) ? n : NaN, num: BigInt(index.num), den: BigInt(index.den), name: nfc(unit.name), code: nfc(unit.code) };
}

type KeyCompare = (a: Keyed, b: Keyed) => number;

const byDisplayed: KeyCompare = (a, b) => {
  if (a.scaled === a.scaled && b.scaled === b.scaled) return b.scaled - a.scaled;
  const x = a.entry.scaled;
  const y = b.entry.scaled;
  return x === y ? 0 : x > y ? -1 : 1;
};

const byExact: KeyCompare = (a, b) => {
  const l = b.num * a.den;
  const r = a.num * b.den;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Unit codes as compareCodes orders them, from keys in NFC. */
const byCode: KeyCompare = (a, b) => compareVietnameseNfc(a.code, b.code) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function keyedBreaker(key: ResolvedTieKey): KeyCompare {
  if (key.kind === 'name') return (a, b) => compareVietnameseNfc(a.name, b.name);
  if (key.kind === 'code') return byCode;
  const c = tieKeyCompare(key);
  return (a, b) => c(a.entry.score, b.entry.score);
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
  const cmp = keyedComparator(set);
  const sorted = entries.map(keyOf).sort((a, b) => cmp(a, b) || compareVietnameseNfc(a.name, b.name) || byCode(a, b));
  let rank = 0;
  return sorted.map((keyed, i) => {
    const prev = sorted[i - 1];
    if (!prev || cmp(prev, keyed) !== 0) rank = i + 1;
    return { entry: keyed.entry, rank };
  });
}
