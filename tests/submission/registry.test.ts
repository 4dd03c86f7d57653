/** The UnitRegistry: identity, blocks, the unit list, and the one place where a unit's errors are counted. */
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import { UnitRegistry } from '../../src/submission/registry.js';
import type { UnitList } from '../../src/submission/units-list.js';
import { validCriteriaFixture } from '../helpers/fixtures.js';

const mini = validCriteriaFixture('score', 'criteria-mini.json');
const at = (row: number) => ({ file: 'diem.csv', row, column: 1, ref: `A${row}` });

function registry(list?: UnitList) {
  const sink = new DiagnosticSink();
  return { sink, reg: new UnitRegistry(mini, sink, list) };
}

describe('UnitRegistry', () => {
  it('counts an error against the units it is reported about, and a warning against none', () => {
    const { sink, reg } = registry();
    const a = reg.draft('27001', 'Xã Tân Lập', { file: 'diem.csv', row: 3 }, 'wide');
    const b = reg.draft('27004', 'Xã Đồng Tâm', { file: 'diem.csv', row: 4 }, 'wide');
    reg.report('cell/empty', at(3), {}, a);
    reg.report('row/duplicate-name', at(4), { unit: '27004', other: '27001', name: 'x' }, b);
    reg.report('header/missing-block-column', at(2), { rows: 2, blocks: '' }, [a, b]);
    reg.report('sheet/no-units', at(2));
    expect([a.errors, b.errors]).toEqual([2, 1]);
    expect(sink.counts).toEqual({ error: 2, warning: 2, info: 0 });
  });

  it('assigns blocks from --block, the row, the unit list or the only block; an unknown one is an error at its cell', () => {
    const list: UnitList = { file: 'don-vi.csv', byCode: new Map([['27007', { code: '27007', name: 'Phường Hoà Bình', block: 'Phường', row: 4 }]]) };
    const { sink, reg } = registry(list);
    const u = (code: string) => reg.draft(code, code, { file: 'diem.csv', row: 3 }, 'wide');
    const fixed = u('27001');
    reg.assignBlock(fixed, 'xa', 'Phường', at(3), at(3));
    const fromRow = u('27004');
    reg.assignBlock(fromRow, undefined, 'Phường', at(3), at(3));
    const listed = u('27007');
    reg.assignBlock(listed, undefined, '', undefined, at(3));
    const unknown = u('27010');
    reg.assignBlock(unknown, undefined, 'Thị trấn', { ...at(3), ref: 'C3' }, at(3));
    const collected: ReturnType<typeof u>[] = [];
    const none = u('27013');
    reg.assignBlock(none, undefined, '', undefined, at(3), collected);
    expect([fixed, fromRow, listed, unknown, none].map((d) => d.blockId)).toEqual(['xa', 'phuong', 'phuong', undefined, undefined]);
    expect(sink.kept.map((d) => [d.code, d.location.ref])).toEqual([['row/unknown-block', 'C3']]);
    expect(collected).toEqual([none]);
    expect(unknown.errors).toBe(1);
  });

  it('admits units in order, checks them against the list, and finishes into frozen records keyed by position', () => {
    const list: UnitList = { file: 'don-vi.csv', byCode: new Map([['27001', { code: '27001', name: 'Xã Tân Lập', row: 2 }], ['27004', { code: '27004', name: 'Xã Đồng Tâm', row: 3 }]]) };
    const { sink, reg } = registry(list);
    const a = reg.draft('27001', 'Xã Tân Lap', { file: 'diem.csv', row: 3 }, 'wide');
    reg.admit(a, { rawName: 'Xã Tân Lap', codeAt: at(3), nameAt: { ...at(3), column: 2, ref: 'B3' } });
    const x = reg.draft('99999', 'Xã Lạ', { file: 'diem.csv', row: 4 }, 'wide');
    reg.admit(x, { rawName: 'Xã Lạ', codeAt: () => at(4) });
    reg.reportUnsubmitted();
    expect(sink.kept.map((d) => d.code)).toEqual(['units/name-mismatch', 'units/unknown-unit', 'units/not-submitted']);
    const units = reg.finish();
    expect(units.map((u) => [u.key, u.code, u.name, u.errors])).toEqual([
      [0, '27001', 'Xã Tân Lập', 0],
      [1, '99999', 'Xã Lạ', 1],
    ]);
    expect(Object.isFrozen(units) && units.every((u) => Object.isFrozen(u))).toBe(true);
    expect([...reg.unitKeys().values()]).toEqual([[1]]);
  });
});
