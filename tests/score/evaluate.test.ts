/** evaluate(set, sources, options) as a pure function over sheets made in memory, and the library's entry. */
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import type { Cell } from '../../src/sheet/types.js';
import { validCriteriaFixture } from '../helpers/fixtures.js';
import { memorySource } from '../submission/memory.js';

const mini = validCriteriaFixture('score', 'criteria-mini.json');
const HEADER: Cell[] = ['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2'];
const ROW = (code: string, first: Cell = 2.5): Cell[] => [code, `Xã ${code}`, 'Xã', first, 2, 95, 'Có', 8, 1.5, 'A', 'Hài lòng'];
const sheet = (...rows: Cell[][]) => memorySource('diem.xlsx', [{ sheet: 'Xã', rows: [HEADER, ...rows] }]);

describe('evaluate', () => {
  it('returns a frozen plain value, the same for the same inputs', async () => {
    const sources = [sheet(ROW('27001'), ROW('27004', 9), ROW('27007'))];
    const a = await evaluate(mini, sources);
    const b = await evaluate(mini, sources);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.units)).toBe(true);
    expect(Object.isFrozen(a.sink.kept)).toBe(true);
    expect(JSON.stringify(a.sink)).toBe(JSON.stringify(b.sink));
    expect(a.scores.map((s) => [s.unit.code, s.total])).toEqual(b.scores.map((s) => [s.unit.code, s.total]));
    expect(a.units.map((u) => [u.code, u.errors])).toEqual([['27001', 0], ['27004', 1], ['27007', 0]]);
    expect(a.excluded.map((u) => u.code)).toEqual(['27004']);
  });

  it("'score' names the units left out of the ranking in one note; 'validate' only reports the sheets' problems", async () => {
    const sources = [sheet(ROW('27001', 9), ROW('27004', 9))];
    const scored = await evaluate(mini, sources, { purpose: 'score' });
    const notes = scored.sink.kept.filter((d) => d.code === 'unit/excluded');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.details).toEqual({ units: 2, codes: ['27001', '27004'] });
    const validated = await evaluate(mini, sources, { purpose: 'validate' });
    expect(validated.sink.kept.map((d) => d.code)).toEqual(['cell/out-of-range', 'cell/out-of-range']);
  });

  it('an input with no sheet at all, or only hidden ones, is an error naming them', async () => {
    const none = await evaluate(mini, [memorySource('rong.xlsx', [])]);
    expect(none.sink.kept.map((d) => [d.code, d.location.file, d.details.hidden])).toEqual([['file/no-readable-sheet', 'rong.xlsx', []]]);
    const hidden = await evaluate(mini, [memorySource('an.xlsx', [{ sheet: 'Nháp', hidden: true, rows: [HEADER, ROW('27001')] }])]);
    expect(hidden.sink.kept.map((d) => d.code)).toEqual(['sheet/skipped', 'file/no-readable-sheet']);
    expect(hidden.sink.counts.error).toBe(1);
    const named = await evaluate(mini, [memorySource('an.xlsx', [{ sheet: 'Nháp', hidden: true, rows: [HEADER, ROW('27001')] }])], { sheet: 'nhap' });
    expect(named.sink.kept).toEqual([]);
  });

  it('says which units each diagnostic is about, by their key (their position in units)', async () => {
    const out = await evaluate(mini, [sheet(ROW('27001'), ROW('27004', 9), ROW('27001'))]);
    const about = out.sink.kept.map((d) => [d.code, out.unitKeys.get(d)]);
    expect(about).toEqual([
      ['cell/out-of-range', [1]],
      ['row/duplicate-unit', [2, 0]],
      ['unit/excluded', undefined],
    ]);
    expect(out.units.map((u) => [u.key, u.code, u.errors])).toEqual([[0, '27001', 1], [1, '27004', 1], [2, '27001', 1]]);
  });

  it('lets an InputUsageError through rather than calling the file unreadable', async () => {
    await expect(evaluate(mini, [sheet(ROW('27001'))], { columns: { code: 'Q' } })).rejects.toBeInstanceOf(library.InputUsageError);
  });

  it('puts the self-assessed points of self sources beside the appraised ones and reconciles them', async () => {
    const self = memorySource('tu-danh-gia.xlsx', [{ sheet: 'Xã', rows: [HEADER, ROW('27001', 2)] }]);
    const out = await evaluate(mini, [sheet(ROW('27001', 3))], { selfSources: [self] });
    expect(out.units[0]!.points.hasSelf).toBe(true);
    expect(out.reconciliation.map((r) => [r.unit.code, r.differences.map((d) => d.leaf.code)])).toEqual([['27001', ['1.1']]]);
    expect(out.sink.kept.map((d) => [d.code, d.location.ref])).toEqual([['reconcile/appraised-above-self', 'D2']]);
  });
});

describe('the library entry (src/index.ts, package.json "exports")', () => {
  it('exports evaluate, loadCriteriaSet, the usage error and the layout names', () => {
    expect(typeof library.evaluate).toBe('function');
    expect(typeof library.loadCriteriaSet).toBe('function');
    expect(typeof library.sourceOf).toBe('function');
    expect(library.LAYOUT_NAMES).toEqual(['wide', 'form', 'long']);
    expect(library.unitHasErrors({ errors: 0 })).toBe(false);
  });
});
