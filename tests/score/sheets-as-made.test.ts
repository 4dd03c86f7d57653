/** Sheets as people make them: rows and cells that are not scores, codes typed oddly, cells formatted in Excel. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type ExcelJSNs from 'exceljs';
import { scoreInputs } from '../../src/pipeline/score.js';
import { flatSet, scoreCsv } from './build.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSNs;
const set = flatSet([{ field: 1, max: 2 }, { field: 1, max: 3 }, { field: 2, max: 5 }]);
const codes = (out: Awaited<ReturnType<typeof scoreCsv>>) => out.sink.kept.map((d) => d.code);

describe('rows that are not units', () => {
  it('a row numbering the columns and a signature block under the table are passed over', async () => {
    const csv = [
      'Mã đơn vị,Tên đơn vị,1.1,1.2,2.1',
      '(1),(2),(3),(4),(5)',
      'A,Xã An,2,3,5',
      ',,,,',
      ',Người lập biểu,,Giám đốc Sở Nội vụ,',
      ',,Ghi chú: số liệu tạm tính,,',
    ].join('\n');
    const out = await scoreCsv(set, csv);
    expect(codes(out)).toEqual([]);
    expect(out.units.map((u) => u.code)).toEqual(['A']);
  });

  it('a header repeated above a second table is not a unit', async () => {
    const csv = ['Mã đơn vị,Tên đơn vị,1.1,1.2,2.1', 'A,Xã An,2,3,5', 'KHỐI PHƯỜNG,,,,', 'Mã đơn vị,Tên đơn vị,1.1,1.2,2.1', 'B,Phường Bình,1,1,1'].join('\n');
    const out = await scoreCsv(set, csv);
    expect(codes(out)).toEqual([]);
    expect(out.units.map((u) => u.code)).toEqual(['A', 'B']);
  });

  it('a row with a score but no unit code is still an error', async () => {
    const out = await scoreCsv(set, 'Mã đơn vị,Tên đơn vị,1.1,1.2,2.1\n,Xã Không Mã,2,3,5\n');
    expect(codes(out)).toEqual(['row/missing-unit-code']);
  });
});

describe('headers', () => {
  it('"3,2" typed with a decimal comma names criterion 3.2', async () => {
    const out = await scoreCsv(set, 'Mã đơn vị,Tên đơn vị,"1,1","1,2","2,1"\nA,Xã An,2,3,5\n');
    expect(codes(out)).toEqual([]);
    expect(out.scores[0]?.total).toBe(10_000_000);
  });

  it('only a whole "Tổng điểm" header is the total checked against the sum', async () => {
    const csv = 'Mã đơn vị,Tên đơn vị,1.1,1.2,Tổng điểm lĩnh vực 1,2.1,Tổng điểm\nA,Xã An,2,3,5,5,9\n';
    const out = await scoreCsv(set, csv);
    expect(out.sink.kept.map((d) => [d.code, d.location.ref, d.details.reported])).toEqual([['check/reported-mismatch', 'G2', '9']]);
  });
});

describe('cells formatted in Excel', () => {
  it('a cell shown as a percentage is read as the percentage a person sees', async () => {
    const pctSet = flatSet([{ field: 1, max: 1 }]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Xã');
    ws.addRow(['Mã đơn vị', 'Tên đơn vị', '1.1', 'Chỉ số (%)']);
    ws.addRow(['A', 'Xã An', 0.5, 0.5]);
    ws.getCell('D2').numFmt = '0.00%';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = await scoreInputs(pctSet, [{ name: 'pct.xlsx', bytes }]);
    // 0.5 points of 1 is an index of 50 %: the cell showing "50.00%" agrees, so no mismatch is reported.
    expect(out.sink.kept.map((d) => d.code)).toEqual([]);
  });
});

describe('self-assessed sheets beside appraised ones (--self)', () => {
  it('may leave criteria out and need no block; the missing ones are not compared', async () => {
    const appraised = 'Mã đơn vị,Tên đơn vị,1.1,1.2,2.1\nA,Xã An,1,3,5\n';
    const self = 'Mã đơn vị,Tên đơn vị,1.1,1.2\nA,Xã An,2,2\n';
    const enc = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
    const out = await scoreInputs(set, [enc('tham-dinh.csv', appraised)], { selfInputs: [enc('tu-danh-gia.csv', self)] });
    expect(out.sink.kept.map((d) => [d.code, d.location.criterion])).toEqual([['reconcile/appraised-above-self', '1.2']]);
    const rc = out.reconciliation[0];
    expect([rc?.selfTotal, rc?.appraisedTotal]).toEqual([4_000_000, 4_000_000]);
    expect(rc?.differences.map((d) => d.leaf.code)).toEqual(['1.1', '1.2']);
  });
});
