import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/sheet/csv.js';
import { cellsOf, readFile } from './read.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function rows(text: string | Uint8Array, opts: { stream?: boolean; piece?: number } = {}) {
  const r = await readFile('x.csv', typeof text === 'string' ? enc(text) : text, opts);
  if (r.diagnostics.length > 0) throw new Error(JSON.stringify(r.diagnostics));
  return cellsOf(r) as (string | null)[][];
}

describe('CSV reader', () => {
  it('detects comma, semicolon and tab, ignoring separators inside quotes and title rows', () => {
    expect(detectDelimiter('Mã,Tên,1.1\nA,"Xã A; B",1\n')).toBe(',');
    expect(detectDelimiter('BẢNG ĐIỂM, NĂM 2024\nMã;Tên;1.1;1.2\nA;Xã A;0,5;1\nB;Xã B;1;1\n')).toBe(';');
    expect(detectDelimiter('Mã\tTên\t1.1\nA\tXã A, Hà Nội\t1\n')).toBe('\t');
    expect(detectDelimiter('BẢNG ĐIỂM, NĂM 2024\rMã;Tên;1.1;1.2\rA;Xã A;0,5;1\rB;Xã B;1;1\r')).toBe(';');
  });

  it('drops a BOM and keeps empty cells as null, row numbers as a spreadsheet shows them', async () => {
    expect(await rows('\ufeffMã,Tên\nA,\n"B","Xã\nHai dòng"\n')).toEqual([
      ['Mã', 'Tên'],
      ['A', null],
      ['B', 'Xã\nHai dòng'],
    ]);
  });

  it('keeps doubled quotes, text after a closing quote, and quotes inside an unquoted cell as typed', async () => {
    expect(await rows('"Xã ""Hoà""",a"b,"x"y\n,,\n')).toEqual([
      ['Xã "Hoà"', 'a"b', 'xy'],
      [null, null, null],
    ]);
  });

  it('refuses text that is not UTF-8 instead of producing mojibake, at the first bad byte', async () => {
    const latin1 = Uint8Array.from([0x4d, 0xe3, 0x2c, 0x54, 0xea, 0x6e, 0x0a]); // "Mã,Tên" in Latin-1
    for (const stream of [false, true]) {
      const r = await readFile('x.csv', latin1, { stream, piece: 3 });
      expect(r.diagnostics.map((d) => [d.code, d.details.offset])).toEqual([['file/not-utf8', 1]]);
    }
  });

  it('gives the same records whatever the pieces the file arrives in (characters and CRLF cut anywhere)', async () => {
    const text = 'Mã;Tên;Điểm\r\n27001;"Phường Đông\r\nHưng Thuận";1,5\r\n27004;Xã Ea Kiết;0,75\r\n27007;"Xã ""Đắk Ơ""";\r\n';
    const whole = await rows(text);
    expect(whole).toHaveLength(4);
    expect(whole[1]).toEqual(['27001', 'Phường Đông\r\nHưng Thuận', '1,5']);
    for (const piece of [1, 2, 3, 5, 7, 64]) expect(await rows(text, { stream: true, piece })).toEqual(whole);
  });

  it('reads a file past its first 64 KiB the same in any pieces: cells, quotes and characters cut between pieces', async () => {
    // rows of short repeated scores, long ASCII and Vietnamese cells, quoted cells with breaks, empty cells, ragged rows
    const lines: string[] = ['Mã,Tên,1.1,1.2,Ghi chú'];
    for (let i = 0; i < 3000; i++) {
      const note = i % 7 === 0 ? `"Dòng ${i}\r\nxuống ""dòng"""` : i % 5 === 0 ? 'x'.repeat(i % 300) : i % 3 === 0 ? 'Phường Đông Hưng Thuận'.repeat(1 + (i % 4)) : '';
      lines.push([`DV${i}`, `Xã ${i}`, `0.${i % 10}`, i % 11 === 0 ? '' : String(i % 2), note, ...(i % 13 === 0 ? ['thừa'] : [])].join(','));
    }
    const text = `\ufeff${lines.join("\r\n")}\n`;
    const whole = await rows(text);
    expect(whole.length).toBe(3001);
    expect(whole[1]).toEqual(['DV0', 'Xã 0', '0.0', null, 'Dòng 0\r\nxuống "dòng"', 'thừa']);
    expect(whole[14]).toEqual(['DV13', 'Xã 13', '0.3', '1', null, 'thừa']);
    // short texts come from a table of texts seen lately: each is still its own row's text
    expect(whole.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual(Array.from({ length: 3000 }, (_, i) => [`DV${i}`, `0.${i % 10}`, i % 11 === 0 ? null : String(i % 2)]));
    expect(enc(text).length).toBeGreaterThan(3 * 65536);
    for (const piece of [1000, 4093, 65536, 65543, 150001]) expect(await rows(text, { stream: true, piece })).toEqual(whole);
  });
});
