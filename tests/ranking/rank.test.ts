/**
 * Ranking on literal records: scores written out by hand (no sheet, no pipeline), ranked by the set's tie rule,
 * banded, and averaged per block.
 */
import { describe, expect, it } from 'vitest';
import { micro, ratioScaled, roundDiv, type Micro } from '../../src/core/decimal.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { compareVietnamese } from '../../src/core/text.js';
import { applyTieRule, bandOf, compareCodes, meanIndex, rankBlock, rankUnits } from '../../src/ranking/rank.js';
import type { UnitScore } from '../../src/scoring/score.js';
import { loadObject, smallSet, type Json, type JsonObject } from '../helpers/criteria.js';

/** A loaded set: smallSet (fields 1 = 6 points, 2 = 4 points; bands Tốt 80, Khá 50, Yếu 0) with changes. */
function setWith(changes: JsonObject = {}): CriteriaSet {
  const loaded = loadObject({ ...smallSet(), ...changes } as Json);
  if (!loaded.ok || loaded.fatal || !loaded.set) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.set;
}

interface Literal {
  code: string;
  name?: string;
  block?: string;
  /** Points per field (1, 2), in points */
  fields?: readonly [number, number];
  /** Effective maxima per field, in points (less than 6 / 4 when a leaf is non-applicable) */
  fieldMax?: readonly [number, number];
  survey?: number;
  /** The index as an exact fraction of micro-points, when it is not fields / fieldMax */
  index?: { num: Micro; den: Micro };
}

/** A unit's score written out by hand; only what ranking reads is filled in. */
function score(l: Literal): UnitScore {
  const fields = (l.fields ?? [5, 3]).map(micro);
  const fieldMax = (l.fieldMax ?? [6, 4]).map(micro);
  const total = fields.reduce((a, b) => a + b, 0);
  const effectiveMax = fieldMax.reduce((a, b) => a + b, 0);
  const survey = micro(l.survey ?? 0);
  return {
    unit: { code: l.code, name: l.name ?? `Xã ${l.code}`, blockId: l.block } as UnitScore['unit'],
    fieldPoints: fields,
    fieldMax,
    appraisal: total - survey,
    survey,
    bonus: 0,
    penalty: 0,
    achieved: total,
    total,
    effectiveMax,
    index: l.index ?? { num: total, den: effectiveMax },
  };
}

const ranks = (set: CriteriaSet, scores: UnitScore[]): [string, number][] =>
  rankBlock(scores, set, '', 'Tất cả').rows.map((r) => [r.score.unit.code, r.rank]);

describe('ties', () => {
  // 8.5/10 = 85 %; 8.4995/10 = 84.995 % shows as 85.00; 8.4994/10 = 84.994 % shows as 84.99.
  const a = score({ code: 'A', fields: [5, 3.5] });
  const b = score({ code: 'B', fields: [5.4995, 3] });
  const c = score({ code: 'C', fields: [5.4994, 3] });
  const d = score({ code: 'D', fields: [4, 3] });

  it('"shared": equal displayed indexes share a rank, the next rank skips (1, 1, 3, 4)', () => {
    expect(ranks(setWith({ ties: 'shared' }), [d, c, b, a])).toEqual([['A', 1], ['B', 1], ['C', 3], ['D', 4]]);
  });
  it('"exact": the unrounded index decides (1, 2, 3, 4)', () => {
    expect(ranks(setWith({ ties: 'exact' }), [d, c, b, a])).toEqual([['A', 1], ['B', 2], ['C', 3], ['D', 4]]);
  });
  it('"exact": units with exactly equal indexes share a rank even when their points differ', () => {
    const half = score({ code: 'E', fields: [3, 2] });
    const halfOfLess = score({ code: 'F', fields: [2.5, 1.5], fieldMax: [4, 4] });
    expect(ranks(setWith({ ties: 'exact' }), [half, halfOfLess])).toEqual([['E', 1], ['F', 1]]);
  });

  it.each([
    // [key, the unit that must come first, why]
    // Both 80 %: P 7.2 of 9 applicable points, Q 8 of 10
    ['points', 'Q', { code: 'P', fields: [4, 3.2], fieldMax: [5, 4] }, { code: 'Q', fields: [4.5, 3.5], fieldMax: [6, 4] }],
    ['appraisal', 'Q', { code: 'P', fields: [5, 3], survey: 2 }, { code: 'Q', fields: [5, 3], survey: 1 }],
    ['survey', 'P', { code: 'P', fields: [5, 3], survey: 2 }, { code: 'Q', fields: [5, 3], survey: 1 }],
    ['name', 'Q', { code: 'P', name: 'Xã Yên Bình' }, { code: 'Q', name: 'Xã Ân Thi' }],
    ['code', '27001', { code: '27001' }, { code: '27010' }],
    ['field:1', 'Q', { code: 'P', fields: [4, 4] }, { code: 'Q', fields: [5, 3] }],
    ['field:2', 'P', { code: 'P', fields: [4, 4] }, { code: 'Q', fields: [5, 3] }],
  ] as const)('breakBy %s decides a tie in favour of %s', (key, first, p, q) => {
    const set = setWith({ ties: { compare: 'shared', breakBy: [key] } });
    const x = score(p);
    const y = score(q);
    expect(ratioScaled(x.index, 100, 2)).toBe(ratioScaled(y.index, 100, 2));
    const order = ranks(set, [x, y]);
    expect(order.map(([c]) => c)[0]).toBe(first);
    expect(order.map(([, r]) => r)).toEqual([1, 2]);
    // Without the key the two share the rank.
    expect(ranks(setWith({ ties: 'shared' }), [x, y]).map(([, r]) => r)).toEqual([1, 1]);
  });

  it('units equal on every tie-break key still share the rank; the list goes by name', () => {
    const set = setWith({ ties: { compare: 'shared', breakBy: ['points', 'field:1'] } });
    const rows = ranks(set, [score({ code: '2', name: 'Xã Bình' }), score({ code: '1', name: 'Xã An' }), score({ code: '3', fields: [1, 1] })]);
    expect(rows).toEqual([['1', 1], ['2', 1], ['3', 3]]);
  });

  // #21: the check accepted these spellings as field 1 while the ranking ignored them.
  it.each(['field:1.', 'field: 1', 'field:LV1'])('the tie-break "%s" breaks the tie on field 1', (key) => {
    const set = setWith({ ties: { compare: 'shared', breakBy: [key] } });
    expect(ranks(set, [score({ code: 'P', fields: [4, 4] }), score({ code: 'Q', fields: [5, 3] })])).toEqual([['Q', 1], ['P', 2]]);
  });

  // #23: a field: key compares the field's component index, so a non-applicable leaf does not cost the tie.
  it('field: compares the component index, not the points', () => {
    const set = setWith({ ties: { compare: 'shared', breakBy: ['field:1'] } });
    // P: 4 of 5 applicable points = 80 %; Q: 4.5 of 6 = 75 %. Both indexes are 80 %.
    const p = score({ code: 'P', fields: [4, 3.2], fieldMax: [5, 4] });
    const q = score({ code: 'Q', fields: [4.5, 3.5], fieldMax: [6, 4] });
    expect(ratioScaled(p.index, 100, 2)).toBe(8000n);
    expect(ratioScaled(q.index, 100, 2)).toBe(8000n);
    expect(ranks(set, [q, p])).toEqual([['P', 1], ['Q', 2]]);
  });
  it('field: a unit whose field is wholly non-applicable comes after one that has the field', () => {
    const set = setWith({ ties: { compare: 'shared', breakBy: ['field:2'] } });
    const none = score({ code: 'P', fields: [4.8, 0], fieldMax: [6, 0] });
    const some = score({ code: 'Q', fields: [6, 2], fieldMax: [6, 4] });
    expect(ranks(set, [none, some])).toEqual([['Q', 1], ['P', 2]]);
    const none2 = score({ code: 'R', fields: [4.8, 0], fieldMax: [6, 0] });
    expect(ranks(set, [none, none2]).map(([, r]) => r)).toEqual([1, 1]);
  });

  // #22: distinct codes never compare equal, even when their digits have the same value.
  it('the code key orders 9 and 09 apart, and 2 before 10', () => {
    const set = setWith({ ties: { compare: 'shared', breakBy: ['code'] } });
    expect(ranks(set, [score({ code: '9' }), score({ code: '09' }), score({ code: '10' }), score({ code: '2' })])).toEqual([
      ['2', 1],
      ['09', 2],
      ['9', 3],
      ['10', 4],
    ]);
    expect(compareCodes('9', '09')).not.toBe(0);
    expect(compareCodes('27001', '27001')).toBe(0);
    expect(Math.sign(compareCodes('2', '10'))).toBe(-1);
  });

  it('the order does not depend on the order the units came in', () => {
    const set = setWith({ ties: { compare: 'shared', breakBy: ['code'] } });
    const all = [score({ code: '9' }), score({ code: '09' }), score({ code: 'B', name: 'Xã Bình' }), score({ code: 'A', fields: [6, 4] })];
    const forward = applyTieRule(all.map((s) => ({ score: s, scaled: ratioScaled(s.index, 100, 2) })), set);
    const backward = applyTieRule([...all].reverse().map((s) => ({ score: s, scaled: ratioScaled(s.index, 100, 2) })), set);
    expect(backward.map((r) => [r.entry.score.unit.code, r.rank])).toEqual(forward.map((r) => [r.entry.score.unit.code, r.rank]));
  });
});

describe('bands', () => {
  const bands = setWith().bands; // Tốt ≥ 80, Khá ≥ 50, Yếu ≥ 0
  it.each([
    [8000n, 'Tốt'],
    [7999n, 'Khá'],
    [5000n, 'Khá'],
    [4999n, 'Yếu'],
    [0n, 'Yếu'],
  ])('index %s (× 100) is in band %s', (scaled, band) => {
    expect(bandOf(scaled, 2, bands)).toBe(band);
  });
  it('bands use the index as displayed: 79.995 % shows as 80.00 and is Tốt; 79.994 % is Khá', () => {
    const set = setWith();
    const rows = rankBlock([score({ code: 'A', fields: [4.9995, 3] }), score({ code: 'B', fields: [4.9994, 3] })], set, '', 'Tất cả').rows;
    expect(rows.map((r) => [r.score.unit.code, r.indexScaled, r.band])).toEqual([
      ['A', 8000n, 'Tốt'],
      ['B', 7999n, 'Khá'],
    ]);
  });
  it('a set without bands bands no one; a block with its own bands uses them', () => {
    expect(bandOf(10000n, 2, [])).toBeNull();
    const set = setWith({ blocks: [{ id: 'xa', name: 'Xã' }, { id: 'phuong', name: 'Phường', bands: [{ label: 'Xuất sắc', min: 85 }, { label: 'Đạt', min: 0 }] }] });
    const tables = rankUnits([score({ code: 'A', block: 'xa' }), score({ code: 'B', block: 'phuong' })], set, 'Tất cả');
    expect(tables.map((t) => [t.id, t.rows.map((r) => r.band), t.bandCounts])).toEqual([
      ['xa', ['Tốt'], [{ label: 'Tốt', count: 1 }, { label: 'Khá', count: 0 }, { label: 'Yếu', count: 0 }]],
      ['phuong', ['Đạt'], [{ label: 'Xuất sắc', count: 0 }, { label: 'Đạt', count: 1 }]],
    ]);
  });
});

describe('block means', () => {
  it('is the exact mean of the unrounded indexes: (1/3 + 1/2) / 2 = 5/12', () => {
    const m = meanIndex([score({ code: 'A', index: { num: 1, den: 3 } }), score({ code: 'B', index: { num: 1, den: 2 } })]);
    expect(m).toEqual({ num: 5n, den: 12n });
  });

  it('stays exact when the numerators of one denominator add up past 2^53', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const m = meanIndex([big, big - 1, 3, big].map((num, i) => score({ code: `U${i}`, index: { num, den: big } })));
    const sum = 3n * BigInt(big) - 1n + 3n;
    const den = 4n * BigInt(big);
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
    expect(m).toEqual({ num: sum / gcd(sum, den), den: den / gcd(sum, den) });
  });

  // #20: 99.9999999…% and 66.6700001 %: the exact mean is 83.33499999999999995 %, which shows as 83.33. Rounding each
  // index to 12 decimals first gave 83.335 and then 83.34.
  it('is rounded once, half-up, from the exact value', () => {
    const set = setWith();
    const scores = [
      score({ code: 'A', index: { num: 999_999_998, den: 999_999_999 } }),
      score({ code: 'B', index: { num: 666_700_001, den: 1_000_000_000 } }),
    ];
    const table = rankBlock(scores, set, '', 'Tất cả');
    expect(table.meanScaled).toBe(8333n);
    const twice = roundDiv(scores.reduce((a, s) => a + ratioScaled(s.index, 100, 12), 0n), 2n);
    expect(roundDiv(twice, 10n ** 10n)).toBe(8334n); // what rounding twice gave
    const m = table.meanIndex;
    // mean × 100 is just below 83.335
    expect(m && m.num * 100n * 1000n < 83_335n * m.den).toBe(true);
    expect(m && m.num * 100n * 10n ** 18n > 83_334_999_999_999_999_900n * m.den).toBe(true);
  });

  it('a half-way mean rounds up: 82.5 % and 82.52 % → 82.51 %', () => {
    const table = rankBlock([score({ code: 'A', fields: [5.25, 3] }), score({ code: 'B', fields: [5.252, 3] })], setWith(), '', 'Tất cả');
    expect(table.meanScaled).toBe(8251n);
  });

  it('a block with no ranked unit has no table (and no mean)', () => {
    const set = setWith({ blocks: [{ id: 'xa', name: 'Xã' }, { id: 'phuong', name: 'Phường' }] });
    const tables = rankUnits([score({ code: 'A', block: 'xa' })], set, 'Tất cả');
    expect(tables.map((t) => t.id)).toEqual(['xa']);
    const empty = rankBlock([], set, 'phuong', 'Phường');
    expect([empty.rows.length, empty.meanIndex, empty.meanScaled]).toEqual([0, undefined, undefined]);
  });
});

describe('the sort on keys read once orders as the rule reads', () => {
  // the rule written out on the scores themselves, as it was before keys were read once per unit
  const byRatio = (x: { num: number; den: number }, y: { num: number; den: number }): number => {
    const l = BigInt(x.num) * BigInt(y.den);
    const r = BigInt(y.num) * BigInt(x.den);
    return l < r ? -1 : l > r ? 1 : 0;
  };
  const names = ['Xã Hoà', 'Xã Hòa', 'Xã Hoà'.normalize('NFD'), 'Phường Đông', 'Phường Dông', 'Xã An', 'xã an'];
  const codes = ['9', '09', '10', '2', 'A1', 'a1', '１０'];
  const indexes = [
    { num: 7, den: 10 },
    { num: 14, den: 20 },
    { num: 5, den: 7 },
    { num: 700_001, den: 1_000_000 },
    { num: 21, den: 30 },
  ];
  const units = Array.from({ length: 60 }, (_, i) => score({ code: codes[i % codes.length]!, name: names[(i * 3) % names.length]!, index: indexes[i % indexes.length]! }));
  const rules: { compare: 'shared' | 'exact'; breakBy: string[] }[] = [
    { compare: 'shared', breakBy: [] },
    { compare: 'exact', breakBy: [] },
    { compare: 'exact', breakBy: ['name', 'code'] },
    { compare: 'shared', breakBy: ['code'] },
  ];
  it.each(rules.map((r) => [JSON.stringify(r), r] as const))('%s', (_shown, rule) => {
    const set = setWith({ ties: rule.breakBy.length > 0 ? rule : rule.compare });
    const scaled = (s: UnitScore): bigint => ratioScaled(s.index, 100, set.decimals);
    const ruleOrder = (a: UnitScore, b: UnitScore): number => {
      const p = rule.compare === 'exact' ? byRatio(b.index, a.index) : scaled(a) === scaled(b) ? 0 : scaled(a) > scaled(b) ? -1 : 1;
      if (p !== 0) return p;
      for (const k of rule.breakBy) {
        const r = k === 'name' ? compareVietnamese(a.unit.name, b.unit.name) : compareCodes(a.unit.code, b.unit.code);
        if (r !== 0) return r;
      }
      return 0;
    };
    const expected = [...units].sort((a, b) => ruleOrder(a, b) || compareVietnamese(a.unit.name, b.unit.name) || compareCodes(a.unit.code, b.unit.code));
    const expectedRanks: number[] = [];
    expected.forEach((s, i) => expectedRanks.push(i > 0 && ruleOrder(expected[i - 1]!, s) === 0 ? expectedRanks[i - 1]! : i + 1));
    const got = applyTieRule(units.map((s) => ({ score: s, scaled: scaled(s) })), set);
    expect(got.map((r) => r.entry.score)).toEqual(expected);
    expect(got.map((r) => r.rank)).toEqual(expectedRanks);
    expect(new Set(expectedRanks).size).toBeLessThan(units.length); // there are ties to break
  });
});
