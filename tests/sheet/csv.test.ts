import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv } from '../../src/sheet/csv.js';

async function rows(text: string | Uint8Array) {
  const r = readCsv(typeof text === 'string' ? new TextEncoder().encode(text) : text, 'x.csv');
  if (!r.ok) throw new Error(r.problem.kind);
  const out: (string | null)[][] = [];
  for await (const row of r.sheet.rows) out.push(row.cells as (string | null)[]);
  return out;
}

describe('CSV reader', () => {
  it('detects comma, semicolon and tab, ignoring separators inside quotes and title rows', () => {
    expect(detectDelimiter('Mã,Tên,1.1\nA,"Xã A; B",1\n')).toBe(',');
    expect(detectDelimiter('BẢNG ĐIỂM, NĂM 2024\nMã;Tên;1.1;1.2\nA;Xã A;0,5;1\nB;Xã B;1;1\n')).toBe(';');
    expect(detectDelimiter('Mã\tTên\t1.1\nA\tXã A, Hà Nội\t1\n')).toBe('\t');
  });

  it('drops a BOM and keeps empty cells as null, row numbers as a spreadsheet shows them', async () => {
    expect(await rows('\ufeffMã,Tên\nA,\n"B","Xã\nHai dòng"\n')).toEqual([
      ['Mã', 'Tên'],
      ['A', null],
      ['B', 'Xã\nHai dòng'],
    ]);
  });

  it('refuses text that is not UTF-8 instead of producing mojibake', () => {
    const latin1 = Uint8Array.from([0x4d, 0xe3, 0x2c, 0x54, 0xea, 0x6e, 0x0a]); // "Mã,Tên" in Latin-1
    const r = readCsv(latin1, 'x.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toEqual({ kind: 'not-utf8', offset: 1 });
  });
});
