/** The comparison model on hand-built years: splits, new codes, rank changes within a block, blocks by name. */
import { describe, expect, it } from 'vitest';
import { compareYears } from '../../src/compare/compare.js';
import { formatChange, formatFraction, percentOf } from '../../src/compare/fraction.js';
import type { YearReport, YearUnit } from '../../src/compare/model.js';
import { readMap } from '../../src/compare/load.js';
import { micro } from '../../src/core/decimal.js';

const unit = (code: string, name: string, rank: number, points: number, blockKey = 'xa', band: string | null = null): YearUnit => ({
  code,
  name,
  blockKey,
  rank,
  points: micro(points),
  effectiveMax: micro(80),
  index: percentOf(micro(points), micro(80)),
  band,
  fields: [],
});

const year = (y: number, units: YearUnit[], idKnown = true): YearReport => ({
  file: `ket-qua-${y}.json`,
  year: y,
  set: { id: `set-${y}`, title: `Bộ chỉ số ${y}` },
  fields: [],
  exactFields: true,
  blocks: [{ key: 'xa', idKnown, name: 'Xã', bandCounts: [], units }],
});

describe('compareYears on hand-built years', () => {
  const y1 = year(2024, [unit('1', 'Xã Một', 1, 72, 'xa', 'Tốt'), unit('2', 'Xã Hai', 2, 64, 'xa', 'Khá'), unit('3', 'Xã Ba', 3, 60, 'xa', 'Khá')]);
  const y2 = year(2025, [unit('3', 'Xã Ba', 1, 76, 'xa', 'Tốt'), unit('21', 'Xã Hai A', 2, 68), unit('22', 'Xã Hai B', 3, 56), unit('9', 'Xã Chín', 4, 40)]);

  it('a split gives each part the earlier unit\'s index; a unit that keeps its code keeps its rank history', async () => {
    const { map } = await readMap('map.csv', Buffer.from('old code,new code\n2,21\n2,22\n'));
    const rows = compareYears([y1, y2], map).pairs[0]?.blocks[0]?.rows ?? [];
    const byCode = new Map(rows.map((r) => [r.code, r]));
    // Xã Ba: 60/80 = 75 % → 76/80 = 95 %: +20.00, from 3rd to 1st
    expect(byCode.get('3')?.indexChange && formatChange(byCode.get('3')!.indexChange!, 2)).toBe('+20.00');
    expect(byCode.get('3')?.rankChange).toBe(2);
    expect(byCode.get('3')?.bandChanged).toBe(true);
    // Xã Hai (64/80 = 80 %) split in two: 85 % (+5.00) and 70 % (−10.00); no rank change across a split
    expect(byCode.get('21')?.origin).toEqual({ kind: 'split', from: { code: '2', name: 'Xã Hai' } });
    expect(byCode.get('21')?.indexChange && formatChange(byCode.get('21')!.indexChange!, 2)).toBe('+5.00');
    expect(byCode.get('22')?.indexChange && formatChange(byCode.get('22')!.indexChange!, 2)).toBe('-10.00');
    expect(byCode.get('21')?.rankChange).toBeUndefined();
    expect(byCode.get('9')?.origin.kind).toBe('new');
    expect(compareYears([y1, y2], map).pairs[0]?.goneUnits).toEqual([{ code: '1', name: 'Xã Một' }]);
  });

  it('a one-to-one row is a new code for the same unit, with its rank compared', async () => {
    const { map } = await readMap('map.csv', Buffer.from('Mã cũ;Mã mới\n1;9\n'));
    const row = compareYears([y1, y2], map).pairs[0]?.blocks[0]?.rows.find((r) => r.code === '9');
    expect(row?.origin).toEqual({ kind: 'renamed', from: { code: '1', name: 'Xã Một' } });
    expect(row?.rankChange).toBe(-3);
    expect(row?.indexChange && formatChange(row.indexChange, 2)).toBe('-40.00');
  });

  it('without a map, new and gone units are listed and nothing is reported', () => {
    const m = compareYears([y1, y2]);
    expect(m.diagnostics).toEqual([]);
    expect(m.pairs[0]?.newUnits.map((u) => u.code)).toEqual(['21', '22', '9']);
    expect(m.pairs[0]?.goneUnits.map((u) => u.code)).toEqual(['1', '2']);
  });

  it('blocks without ids (an XLSX report) match by name', () => {
    const m = compareYears([year(2024, y1.blocks[0]!.units.slice(), false), y2]);
    expect(m.pairs[0]?.blocks).toHaveLength(1);
    expect(m.pairs[0]?.blocks[0]?.earlier?.units).toBe(3);
  });

  it('years out of order are compared as given, with a warning', () => {
    const m = compareYears([y2, y1]);
    expect(m.diagnostics.map((d) => d.code)).toEqual(['compare/years-out-of-order']);
  });

  it('the trend follows a split unit back to its predecessor', () => {
    const y0 = year(2023, [unit('2', 'Xã Hai', 1, 40), unit('3', 'Xã Ba', 2, 20)]);
    return readMap('map.csv', Buffer.from('old,new\n2,21\n2,22\n')).then(({ map }) => {
      const trend = compareYears([y0, y1, y2], map).trend?.[0];
      const row = trend?.rows.find((r) => r.code === '21');
      expect(row?.values.map((v) => (v ? formatFraction(v, 2) : ''))).toEqual(['50.00', '80.00', '85.00']);
      expect(trend?.rows.find((r) => r.code === '1')?.values.map((v) => (v ? formatFraction(v, 2) : ''))).toEqual(['', '90.00', '']);
    });
  });
});
