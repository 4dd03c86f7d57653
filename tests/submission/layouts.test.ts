/**
 * Each layout reader on literal rows: detect → plan → read into a UnitRegistry, no file and no whole pipeline.
 * Points are micro-points (1 point = 1,000,000).
 */
import { describe, expect, it } from 'vitest';
import { NOT_APPLICABLE, NOT_GIVEN } from '../../src/core/decimal.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import type { Cell, SheetRow } from '../../src/sheet/types.js';
import { detectLayout, LAYOUT_NAMES, layouts, type LayoutReader, type ReadOptions } from '../../src/submission/layouts/index.js';
import { readSheet, sheetContext } from '../../src/submission/read.js';
import type { UnitRecord } from '../../src/submission/record.js';
import { UnitRegistry } from '../../src/submission/registry.js';
import { InputUsageError } from '../../src/submission/usage-error.js';
import { loadObject, type JsonObject } from '../helpers/criteria.js';
import { validCriteriaFixture } from '../helpers/fixtures.js';
import { memorySheet } from './memory.js';

const mini = validCriteriaFixture('score', 'criteria-mini.json');
const M = 1_000_000;
const HEADER: Cell[] = ['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2'];
/** A unit's row of mini: 2.5 + 2 + 95 % (2) + Có (2) + 8 of 10 (3.2) + 1.5 + A (2) + Hài lòng (1.5) */
const ROW = (code: Cell, name: Cell, block: Cell = 'Xã'): Cell[] => [code, name, block, 2.5, 2, 95, 'Có', 8, 1.5, 'A', 'Hài lòng'];

const rowsOf = (cells: readonly (readonly Cell[])[]): SheetRow[] => cells.map((c, i) => ({ row: i + 1, cells: c }));

/** Reads literal rows as one sheet; the units and the diagnostics. */
async function read(set: CriteriaSet, rows: readonly (readonly Cell[])[], options: ReadOptions = {}, file = 'diem.csv') {
  const sink = new DiagnosticSink();
  const registry = new UnitRegistry(set, sink);
  const found = await readSheet(memorySheet(file, rows), registry, options);
  const units = registry.finish();
  return { found, units, diagnostics: sink.kept, codes: sink.kept.map((d) => d.code) };
}

/** A set built in memory that must load without a problem. */
function setOf(json: JsonObject): CriteriaSet {
  const load = loadObject(json);
  if (load.fatal || !load.set) throw new Error(`set does not load: ${JSON.stringify(load.diagnostics)}`);
  return load.set;
}

const leaves = (u: UnitRecord, set: CriteriaSet): number[] => set.leaves.map((l) => u.points.leaf(l.leafIndex));

describe('the registry of layouts', () => {
  it('names wide, form and long, each behind the same contract', () => {
    expect(LAYOUT_NAMES).toEqual(['wide', 'form', 'long']);
    for (const name of LAYOUT_NAMES) {
      const reader: LayoutReader = layouts[name];
      expect(typeof reader.detect).toBe('function');
      expect(typeof reader.plan).toBe('function');
      expect(typeof reader.read).toBe('function');
    }
  });

  it('detects each layout from its first rows, and none from a sheet of notes', () => {
    expect(detectLayout(rowsOf([['Bảng điểm'], HEADER, ROW('27001', 'Xã Tân Lập')]), mini)).toBe('wide');
    expect(detectLayout(rowsOf([['Mã đơn vị', 'Mã tiêu chí', 'Giá trị'], ['27001', '1.1', 2]]), mini)).toBe('long');
    expect(detectLayout(rowsOf([['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Thẩm định']]), mini)).toBe('form');
    expect(detectLayout(rowsOf([['Hướng dẫn'], ['Điền điểm vào cột D']]), mini)).toBeUndefined();
  });
});

describe('wide', () => {
  it('plans the header under a title row and reads each unit row into points', async () => {
    const rows = [['Bảng điểm năm 2024'], HEADER, ROW('27001', 'Xã Tân Lập'), ROW('27007', 'Phường Hoà Bình', 'Phường')];
    const ctx = sheetContext(memorySheet('diem.csv', rows), new UnitRegistry(mini, new DiagnosticSink()), {});
    const plan = layouts.wide.plan(rowsOf(rows), ctx);
    expect(plan?.headerIndex).toBe(1);
    expect(plan?.columns.code).toBe(0);
    expect(plan?.columns.leaves.map((l) => l.col)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const r = await read(mini, rows);
    expect(r.diagnostics).toEqual([]);
    expect(r.units.map((u) => [u.code, u.name, u.blockId, u.layout, u.source.row, u.errors])).toEqual([
      ['27001', 'Xã Tân Lập', 'xa', 'wide', 3, 0],
      ['27007', 'Phường Hoà Bình', 'phuong', 'wide', 4, 0],
    ]);
    expect(leaves(r.units[0]!, mini)).toEqual([2.5 * M, 2 * M, 2 * M, 2 * M, 3.2 * M, 1.5 * M, 2 * M, 1.5 * M]);
    expect(Object.isFrozen(r.units[0])).toBe(true);
  });

  it('a row with scores and no code is row/missing-unit-code even when its name starts like a total ("Công an tỉnh", "Tổng cục Thuế tỉnh"); a real totals row is passed over', async () => {
    const r = await read(mini, [HEADER, ROW('27001', 'Xã Tân Lập'), ROW('', 'Công an tỉnh'), ROW('', 'Tổng cục Thuế tỉnh'), ROW('', 'Tổng cộng'), ROW(null, 'Cộng:')]);
    expect(r.codes).toEqual(['row/missing-unit-code', 'row/missing-unit-code']);
    expect(r.diagnostics.map((d) => [d.location.ref, d.details.name])).toEqual([
      ['A3', 'Công an tỉnh'],
      ['A4', 'Tổng cục Thuế tỉnh'],
    ]);
  });

  it('finds columns headed by Roman numerals and letters (I.1, I.2, II.a, A.1)', async () => {
    const set = setOf({
      id: 'la-ma',
      title: 'Bộ chỉ số đánh số La Mã',
      year: 2024,
      level: 'department',
      total: 10,
      criteria: [
        { code: 'I', name: 'Chỉ đạo, điều hành', max: 4, children: [{ code: 'I.1', name: 'Kế hoạch', max: 2 }, { code: 'I.2', name: 'Báo cáo', max: 2 }] },
        { code: 'II', name: 'Thủ tục hành chính', max: 3, children: [{ code: 'II.a', name: 'Công khai', max: 3 }] },
        { code: 'A', name: 'Hiện đại hoá', max: 3, children: [{ code: 'A.1', name: 'Dịch vụ công', max: 3 }] },
      ],
    });
    const r = await read(set, [
      ['Mã đơn vị', 'Tên đơn vị', 'I.1 Kế hoạch', 'TC I.2', 'II.a', 'A.1', 'I', 'Tổng điểm'],
      ['S01', 'Sở Nội vụ', 2, 1.5, 3, 2, 3.5, 8.5],
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(leaves(r.units[0]!, set)).toEqual([2 * M, 1.5 * M, 3 * M, 2 * M]);
    expect(r.units[0]!.written.map((w) => w.target)).toEqual([{ kind: 'total' }, { kind: 'sum', nodeKey: 'i', column: 'final' }]);
  });

  it('a row is a unit whether its answers are numbers or words; answers without a code are row/missing-unit-code', async () => {
    const set = setOf({
      id: 'tra-loi',
      title: 'Bộ chỉ số trả lời',
      year: 2024,
      level: 'commune',
      total: 4,
      criteria: [{ code: '1', name: 'Lĩnh vực 1', max: 4, children: [
        { code: '1.1', name: 'Có kế hoạch', max: 2, rule: { kind: 'yesno' } },
        { code: '1.2', name: 'Mức độ', max: 2, rule: { kind: 'options', options: [{ value: 'A', percent: 100 }, { value: 'B', percent: 50 }] } },
      ] }],
    });
    const r = await read(set, [['Mã', '1.1', '1.2'], ['27001', 'Có', 'A'], ['27004', 'Không', 'B'], ['', 'x', 'A']]);
    expect(r.units.map((u) => [u.code, ...leaves(u, set)])).toEqual([['27001', 2 * M, 2 * M], ['27004', 0, 1 * M]]);
    expect(r.codes).toEqual(['header/missing-name-column', 'row/missing-unit-code']);
  });

  it('unit codes typed with invisible or look-alike characters are one unit (a duplicate, not three units)', async () => {
    const r = await read(mini, [HEADER, ROW('27001', 'Xã Tân Lập'), ROW('27\u2060001', 'Xã Tân Lập 2'), ROW('２７００１', 'Xã Tân Lập 3'), ROW('\u202d27\u00ad0\u200c01', 'Xã Tân Lập 4')]);
    expect(r.units.map((u) => u.code)).toEqual(['27001', '27001', '27001', '27001']);
    expect(r.codes).toEqual(['row/duplicate-unit', 'row/duplicate-unit', 'row/duplicate-unit']);
    expect(r.units.every((u) => u.errors > 0)).toBe(true);
  });

  it('a sheet without a block column gives one diagnostic for the column, counted against each of its units', async () => {
    const header = HEADER.filter((h) => h !== 'Khối');
    const row = (code: string): Cell[] => ROW(code, `Xã ${code}`).filter((_, i) => i !== 2);
    const r = await read(mini, [header, row('27001'), row('27004'), row('27007')]);
    expect(r.codes).toEqual(['header/missing-block-column']);
    expect(r.diagnostics[0]!.details).toMatchObject({ rows: 3 });
    expect(r.units.map((u) => u.errors)).toEqual([1, 1, 1]);
    const withBlock = await read(mini, [header, row('27001')], { block: 'xa' });
    expect(withBlock.codes).toEqual([]);
  });

  it('--code-column past the table, or naming a header no cell has, is an InputUsageError naming what was not found', async () => {
    const rows = [HEADER, ROW('27001', 'Xã Tân Lập')];
    await expect(read(mini, rows, { columns: { code: 'Z' } })).rejects.toMatchObject({
      name: 'InputUsageError',
      data: { option: '--code-column', value: 'Z', problem: 'column-beyond-table', columns: 11, file: 'diem.csv' },
    });
    const e = await read(mini, rows, { columns: { name: 'Tên cơ sở' } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputUsageError);
    expect((e as InputUsageError).data).toMatchObject({ option: '--name-column', problem: 'header-not-found' });
    expect((e as InputUsageError).message).toContain('Tên cơ sở');
    expect((await read(mini, rows, { columns: { code: 'A', name: 'Tên đơn vị' } })).units).toHaveLength(1);
  });
});

describe('form', () => {
  const FORM: Cell[][] = [
    ['BIỂU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024'],
    ['Mã đơn vị: 27001', null, 'Đơn vị: Xã Tân Lập'],
    ['Khối: Xã'],
    ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Thẩm định'],
    ['I', 'CHỈ ĐẠO, ĐIỀU HÀNH'],
    ['1', 'Lĩnh vực 1', 10, 9.5, 10],
    ['1.1', 'Kế hoạch', 3, 2.5, 3],
    ['1.2', 'Báo cáo', 2, 2, 2],
    ['1.3', 'Tỷ lệ', 3, 3, 3],
    ['1.4', 'Có/không', 2, 2, 2],
    ['2.1', 'Tỷ lệ 2', 4, 'KĐG', 'KĐG'],
    ['2.2', 'Mục 2.2', 2, 1.5, 1],
    ['3.1', 'Khảo sát 1', 2, null, 2],
    ['3.2', 'Khảo sát 2', 2, null, 1.5],
    ['Tổng cộng', null, 20, 11, 14.5],
  ];

  it('reads the one unit of a form: labels, final and self-assessed points; subtotal and total rows become written totals', async () => {
    const r = await read(mini, FORM, {}, 'bieu.xlsx');
    expect(r.diagnostics).toEqual([]);
    const u = r.units[0]!;
    expect([u.code, u.name, u.blockId, u.layout, u.source.row]).toEqual(['27001', 'Xã Tân Lập', 'xa', 'form', 4]);
    expect(leaves(u, mini)).toEqual([3 * M, 2 * M, 3 * M, 2 * M, NOT_APPLICABLE, 1 * M, 2 * M, 1.5 * M]);
    expect(mini.leaves.map((l) => u.points.self(l.leafIndex))).toEqual([2.5 * M, 2 * M, 3 * M, 2 * M, NOT_APPLICABLE, 1.5 * M, NOT_GIVEN, NOT_GIVEN]);
    expect(u.written.map((w) => [w.target, w.written.text, w.at.ref])).toEqual([
      [{ kind: 'sum', nodeKey: '1', column: 'self' }, '9.5', 'D6'],
      [{ kind: 'sum', nodeKey: '1', column: 'final' }, '10', 'E6'],
      [{ kind: 'sum', nodeKey: undefined, column: 'self' }, '11', 'D15'],
      [{ kind: 'sum', nodeKey: undefined, column: 'final' }, '14.5', 'E15'],
    ]);
  });

  it('does not take a field row numbered "I" for an unknown criterion, and drops a subtotal over a cell it could not read', async () => {
    const broken = FORM.map((row) => (row[0] === '1.1' ? ['1.1', 'Kế hoạch', 3, 2.5, 'ba'] : row));
    const r = await read(mini, broken, {}, 'bieu.xlsx');
    expect(r.codes).toEqual(['cell/not-a-number']);
    expect(r.units[0]!.written.map((w) => `${w.target.kind}:${(w.target as { nodeKey?: string }).nodeKey}:${(w.target as { column?: string }).column}`)).toEqual([
      'sum:1:self',
      'sum:undefined:self',
    ]);
  });
});

describe('long', () => {
  const LONG: Cell[][] = [
    ['Mã đơn vị', 'Tên đơn vị', 'Khối', 'Mã tiêu chí', 'Nguồn', 'Giá trị'],
    ...['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2'].map((c, i): Cell[] => ['27001', 'Xã Tân Lập', 'Xã', c, i >= 6 ? 'Điều tra' : 'Thẩm định', ROW('', '')[3 + i]!]),
    ['27001', 'Xã Tân Lập', 'Xã', '1.1', 'Tự đánh giá', 3],
    ['27001', 'Xã Tân Lập', 'Xã', '1', 'Thẩm định', 9.5],
    ['27001', 'Xã Tân Lập', 'Xã', 'Tổng điểm', 'Thẩm định', 17.2],
  ];

  it('gathers a unit from its rows; subtotal and total rows are written totals, a self-assessed row sits beside the final one', async () => {
    const r = await read(mini, LONG);
    expect(r.diagnostics).toEqual([]);
    const u = r.units[0]!;
    expect([u.code, u.name, u.blockId, u.layout]).toEqual(['27001', 'Xã Tân Lập', 'xa', 'long']);
    expect(leaves(u, mini)).toEqual([2.5 * M, 2 * M, 2 * M, 2 * M, 3.2 * M, 1.5 * M, 2 * M, 1.5 * M]);
    expect(u.points.self(0)).toBe(3 * M);
    expect(u.points.self(1)).toBe(NOT_GIVEN);
    expect(u.written.map((w) => [w.target, w.written.text, w.at.ref])).toEqual([
      [{ kind: 'sum', nodeKey: '1', column: 'final' }, '9.5', 'F11'],
      [{ kind: 'total' }, '17.2', 'F12'],
    ]);
  });

  it('a row with a criterion and no unit code is row/missing-unit-code; a criterion the set lacks is row/unknown-criterion', async () => {
    const r = await read(mini, [...LONG.slice(0, 9), ['', 'Xã Không Mã', 'Xã', '1.1', 'Thẩm định', 2], ['27001', 'Xã Tân Lập', 'Xã', '9.9', 'Thẩm định', 1]]);
    expect(r.codes).toEqual(['row/missing-unit-code', 'row/unknown-criterion']);
    expect(r.units[0]!.errors).toBe(1);
  });
});
