import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type ExcelJSNs from 'exceljs';
import type { Cell } from '../../src/sheet/types.js';
import { cellsOf, readFile } from './read.js';

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

/** Read whole from memory, or as a stream in pieces of an odd size so that characters straddle them everywhere. */
async function readAll(bytes: Uint8Array, stream = false): Promise<Cell[][]> {
  return cellsOf(await readFile('x.xlsx', bytes, stream ? { stream: true, piece: 4099 } : {}));
}

describe('XLSX reader', () => {
  for (const [shared, stream] of [[false, false], [true, false], [true, true]] as const) {
    it(`reads 10,000 rows of Vietnamese text back byte-identical (${shared ? 'shared strings' : 'inline strings'}${stream ? ', streamed in odd pieces' : ''})`, async () => {
      const { bytes, names } = await workbook(10_000, shared);
      const rows = await readAll(bytes, stream);
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
    const sheets = (await readFile('f.xlsx', bytes)).sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.cells) }));
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Điểm', false],
      ['Ẩn', true],
    ]);
    const [formula, error, date, noValue] = sheets[0]!.rows[0]!;
    expect(formula).toBe(3.5);
    // the error keeps its own text (exceljs's streaming reader lost it)
    expect(error).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(date).toEqual({ kind: 'date', value: new Date(Date.UTC(2024, 4, 1)) });
    expect(noValue).toEqual({ kind: 'formula-no-value', formula: 'B9*2' });
  });
});
