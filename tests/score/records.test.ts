/**
 * Scoring, the written-totals check and ranking on literal unit records: no sheet is read. Points in micro-points.
 * mini-xa: fields 1 (10 points: 1.1–1.4), 2 (6: 2.1, 2.2; 2.1 may be non-applicable), 3 (4, survey: 3.1, 3.2);
 * total 20; bonus T (cap 1), penalty P (cap 2); bands Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50, Yếu.
 */
import { messageOf } from '../../src/diagnostics/catalogue.js';
import { describe, expect, it } from 'vitest';
import { exactDecimal, NOT_APPLICABLE, NOT_GIVEN } from '../../src/core/decimal.js';
import { rankUnits } from '../../src/ranking/rank.js';
import { effectiveMaximum, scoreUnit } from '../../src/scoring/score.js';
import { checkWritten } from '../../src/scoring/written.js';
import { UnitPoints, unitHasErrors, type Layout, type UnitRecord, type WrittenTarget } from '../../src/submission/record.js';
import { validCriteriaFixture } from '../helpers/fixtures.js';

const mini = validCriteriaFixture('score', 'criteria-mini.json');
const M = 1_000_000;
const FULL = [2.5, 2, 2, 2, 3.2, 1.5, 2, 1.5].map((p) => p * M); // 16.7 of 20

interface Literal {
  readonly code?: string;
  readonly block?: string;
  readonly leaves?: readonly number[];
  readonly self?: readonly number[];
  readonly bonus?: number;
  readonly penalty?: number;
  readonly errors?: number;
  readonly layout?: Layout;
  readonly written?: readonly [WrittenTarget, string][];
}

/** A unit record written as a literal, as any stage may receive it. */
function unit(u: Literal = {}): UnitRecord {
  const code = u.code ?? '27001';
  const leaves = UnitPoints.of(Int32Array.from(u.leaves ?? FULL), Int32Array.from([u.bonus ?? 0, u.penalty ?? 0]));
  const self = u.self ? UnitPoints.of(Int32Array.from(u.self), new Int32Array(0)) : undefined;
  return {
    key: 0,
    code,
    name: `Xã ${code}`,
    blockId: u.block ?? 'xa',
    source: { file: 'diem.csv', row: 3 },
    layout: u.layout ?? 'wide',
    points: self ? leaves.withSelf(self) : leaves,
    written: (u.written ?? []).map(([target, text], i) => ({
      target,
      written: { value: exactDecimal(text)!, decimals: (text.split(/[.,]/)[1] ?? '').length, text },
      at: { file: 'diem.csv', row: 3, column: 12 + i, unit: code },
    })),
    errors: u.errors ?? 0,
  };
}

describe('scoring a unit record', () => {
  it('adds the fields, splits appraisal from survey and forms the exact index', () => {
    const s = scoreUnit(unit(), mini)!;
    expect(s.fieldPoints).toEqual([8.5 * M, 4.7 * M, 3.5 * M]);
    expect([s.appraisal, s.survey, s.achieved, s.total, s.effectiveMax]).toEqual([13.2 * M, 3.5 * M, 16.7 * M, 16.7 * M, 20 * M]);
    expect(s.index).toEqual({ num: 16.7 * M, den: 20 * M });
  });

  it('the effective maximum leaves out the maxima of non-applicable leaves, overall and in their field', () => {
    const na = [...FULL];
    na[4] = NOT_APPLICABLE; // 2.1, max 4
    const m = effectiveMaximum(unit({ leaves: na }), mini);
    expect(m).toEqual({ total: 16 * M, perField: [10 * M, 2 * M, 4 * M] });
    // Units with every leaf applicable share the set's field maxima.
    expect(effectiveMaximum(unit(), mini).perField).toBe(effectiveMaximum(unit({ code: '27004' }), mini).perField);
    const s = scoreUnit(unit({ leaves: na }), mini)!;
    expect(s.index).toEqual({ num: 13.5 * M, den: 16 * M });
    expect(s.fieldMax).toEqual([10 * M, 2 * M, 4 * M]);
  });

  it('adds a bonus, takes a penalty, and keeps the total within 0 and the effective maximum', () => {
    expect(scoreUnit(unit({ bonus: 1 * M, penalty: 0.5 * M }), mini)!.total).toBe(17.2 * M);
    expect(scoreUnit(unit({ leaves: FULL.map(() => 0).map((_, i) => mini.leaves[i]!.max), bonus: 1 * M }), mini)!.total).toBe(20 * M);
    expect(scoreUnit(unit({ leaves: FULL.map(() => 0), penalty: 2 * M }), mini)!.total).toBe(0);
  });

  it('gives no score when every leaf is non-applicable', () => {
    expect(scoreUnit(unit({ leaves: FULL.map(() => NOT_APPLICABLE) }), mini)).toBeUndefined();
  });

  it('has one definition of a unit with errors', () => {
    expect(unitHasErrors(unit())).toBe(false);
    expect(unitHasErrors(unit({ errors: 1 }))).toBe(true);
  });
});

describe('written totals, checked exactly for every layout', () => {
  const mismatches = (u: UnitRecord) => checkWritten(u, unitHasErrors(u) ? undefined : scoreUnit(u, mini), mini).map((d) => [d.details.reported, d.details.computed]);

  it('a total or an index agrees within half a unit of its last written decimal, boundaries included', () => {
    const written: [WrittenTarget, string][] = [
      [{ kind: 'total' }, '16.7'],
      [{ kind: 'total' }, '16,70'],
      [{ kind: 'total' }, '17'], // 16.7 is 17 to no decimals
      [{ kind: 'index' }, '83.5'],
      [{ kind: 'index' }, '84'], // 83.5 is exactly half a unit from 84
      [{ kind: 'index' }, '83'],
    ];
    expect(mismatches(unit({ written }))).toEqual([]);
    const wrong: [WrittenTarget, string][] = [
      [{ kind: 'total' }, '16.8'],
      [{ kind: 'total' }, '16.695'],
      [{ kind: 'index' }, '82'],
      [{ kind: 'index' }, '83.51'],
    ];
    expect(mismatches(unit({ written: wrong }))).toEqual([
      ['16.8', '16.7'],
      ['16.695', '16.7'],
      ['82', '83.50'],
      ['83.51', '83.50'],
    ]);
  });

  it('an index of 5/12 (41.666…) is checked exactly: 41.67 and 41.666667 agree, 41.66 does not', () => {
    const leaves = [3 * M, 2 * M, 0, 0, NOT_APPLICABLE, 0, NOT_APPLICABLE, NOT_APPLICABLE]; // 5 of 12 points
    expect(scoreUnit(unit({ leaves }), mini)!.index).toEqual({ num: 5 * M, den: 12 * M });
    expect(mismatches(unit({ leaves, written: [[{ kind: 'index' }, '41.67'], [{ kind: 'index' }, '41.666667']] }))).toEqual([]);
    expect(mismatches(unit({ leaves, written: [[{ kind: 'index' }, '41.66']] }))).toEqual([['41.66', '41.67']]);
  });

  it('sums under a criterion use the final or the self-assessed points; non-applicable and not-given leaves add nothing', () => {
    const self = [2, 2, 2, 2, NOT_APPLICABLE, 1, NOT_GIVEN, NOT_GIVEN].map((p) => (p > 0 ? p * M : p));
    const u = unit({
      layout: 'form',
      self,
      written: [
        [{ kind: 'sum', nodeKey: '1', column: 'final' }, '8.5'],
        [{ kind: 'sum', nodeKey: '1', column: 'self' }, '8'],
        [{ kind: 'sum', nodeKey: undefined, column: 'self' }, '9'],
        [{ kind: 'sum', nodeKey: '2', column: 'self' }, '2'],
      ],
    });
    expect(checkWritten(u, scoreUnit(u, mini), mini).map((d) => [messageOf(d, 'en'), d.details.total, d.details.code, d.details.column])).toEqual([
      ['the sheet says subtotal of 2 (self-assessed) = 2, recomputed from the scores it is 1', 'subtotal-of', '2', 'self'],
    ]);
  });

  it('a unit with errors has its sums checked, not its total or index (it has none)', () => {
    const u = unit({ errors: 1, written: [[{ kind: 'total' }, '1'], [{ kind: 'index' }, '1'], [{ kind: 'sum', nodeKey: '3', column: 'final' }, '5']] });
    expect(mismatches(u)).toEqual([['5', '3.5']]);
  });
});

describe('ranking unit records', () => {
  it('ranks within each block by the exact index, with the set\'s bands', () => {
    const lower = [...FULL];
    lower[0] = 0.5 * M; // 14.7 of 20: 73.5 %
    const scores = [unit({ code: '27004', leaves: lower }), unit({ code: '27001' }), unit({ code: '27007', block: 'phuong' })].map((u) => scoreUnit(u, mini)!);
    const blocks = rankUnits(scores, mini, 'Tất cả');
    expect(blocks.map((b) => [b.id, b.rows.map((r) => [r.rank, r.score.unit.code, r.indexScaled, r.band])])).toEqual([
      ['xa', [[1, '27001', 8350n, 'Tốt'], [2, '27004', 7350n, 'Khá']]],
      ['phuong', [[1, '27007', 8350n, 'Tốt']]],
    ]);
  });
});
