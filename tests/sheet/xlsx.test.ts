import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type ExcelJSNs from 'exceljs';
import { readXlsx } from '../../src/sheet/xlsx.js';
import type { Cell } from '../../src/sheet/types.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSNs;

const NAMES = ['Phường Đông Hưng Thuận', 'Xã Quảng Điền', 'Thị trấn Nguyễn Huệ', 'Xã Ea Kiết', 'Phường Hoà Khánh Bắc', 'Xã Đắk Ơ'];

async function workbook(rows: number, useSharedStrings: boolean): Promise<{ bytes: Uint8Array; names: string[] }> {
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings });
  const ws = wb.addWorksheet('Xã');
  const names: string[] = [];
  for (let i = 0; i < rows; i++) {
    // Vary lengths so that multi-byte characters land on every offset of the zip's chunks.
    const name = `${NAMES[i % NAMES.length]} ${i} ${'ữ'.repeat(i % 7)}${'ệ'.repeat(i % 3)}`;
    names.push(name);
    ws.addRow([String(i), name, 1.25]).commit();
  }
  ws.commit();
  await wb.commit();
  return { bytes: new Uint8Array(Buffer.concat(chunks)), names };
}

async function readAll(bytes: Uint8Array): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for await (const sheet of readXlsx(bytes, 'x.xlsx')) for await (const r of sheet.rows) rows.push([...r.cells]);
  return rows;
}

describe('XLSX reader', () => {
  for (const shared of [false, true]) {
    it(`reads 10,000 rows of Vietnamese text back byte-identical (${shared ? 'shared strings' : 'inline strings'})`, async () => {
      const { bytes, names } = await workbook(10_000, shared);
      const rows = await readAll(bytes);
      expect(rows).toHaveLength(10_000);
      const bad = rows.map((r, i) => (r[1] === names[i] ? -1 : i)).filter((i) => i >= 0);
      expect(bad).toEqual([]);
      expect(rows.some((r) => String(r[1]).includes('\ufffd'))).toBe(false);
      expect(rows[0]?.[2]).toBe(1.25);
    });
  }

  it('keeps formula results, error values, dates and formulas without results apart', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Điểm');
    ws.addRow([{ formula: 'A2+1', result: 3.5 }, { formula: '1/0', result: { error: '#DIV/0!' } }, new Date(Date.UTC(2024, 4, 1)), { formula: 'B9*2' }]);
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.addRow(['x']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const sheets: { name?: string; hidden: boolean; rows: Cell[][] }[] = [];
    for await (const s of readXlsx(bytes, 'f.xlsx')) {
      const rows: Cell[][] = [];
      for await (const r of s.rows) rows.push([...r.cells]);
      sheets.push({ ...(s.sheet !== undefined ? { name: s.sheet } : {}), hidden: s.hidden, rows });
    }
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Điểm', false],
      ['Ẩn', true],
    ]);
    const [formula, error, date, noValue] = sheets[0]!.rows[0]!;
    expect(formula).toBe(3.5);
    // exceljs's streaming reader keeps that the cached result was an error, not which one
    expect(error).toMatchObject({ kind: 'error' });
    expect(date).toMatchObject({ kind: 'date' });
    expect(noValue).toEqual({ kind: 'formula-no-value', formula: 'B9*2' });
  });
});
