/**
 * Where the tie rule is applied: `applyTieRule` orders a block's units and gives each its rank. The set's rule says
 * whether indexes are compared as displayed (shared) or exactly, and which keys break a tie; units still equal
 * share a rank (1, 2, 2, 4). Tie-break keys are read by the same resolver the criteria check uses.
 */
import { compareRatio, type Micro } from '../core/decimal.js';
import { compareVietnamese, nfc } from '../core/text.js';
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

/** The order that decides ranks: index (as displayed or exact), then the set's tie-break keys. 0 = same rank. */
export function rankComparator(set: CriteriaSet): (a: Entry, b: Entry) => number {
  const primary =
    set.ties.compare === 'exact'
      ? (a: Entry, b: Entry) => compareRatio(b.score.index, a.score.index)
      : (a: Entry, b: Entry) => (a.scaled === b.scaled ? 0 : a.scaled > b.scaled ? -1 : 1);
  const breakers = set.ties.breakBy.map((k) => {
    const resolved = resolveTieKey(k, set.fields);
    // A loaded set has passed the check, which refuses a key naming no field.
    if (!resolved) throw new RangeError(`tie-break key names no field of the set: ${k}`);
    return tieKeyCompare(resolved);
  });
  return (a, b) => {
    const p = primary(a, b);
    if (p !== 0) return p;
    for (const c of breakers) {
      const r = c(a.score, b.score);
      if (r !== 0) return r;
    }
    return 0;
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
  const cmp = rankComparator(set);
  const sorted = [...entries].sort(
    (a, b) => cmp(a, b) || compareVietnamese(a.score.unit.name, b.score.unit.name) || compareCodes(a.score.unit.code, b.score.unit.code),
  );
  let rank = 0;
  return sorted.map((entry, i) => {
    const prev = sorted[i - 1];
    if (!prev || cmp(prev, entry) !== 0) rank = i + 1;
    return { entry, rank };
  });
}
