/**
 * Issue 8, the classes that belong to the sheet stage: every file is generated here (bombs at test time, small on
 * disk), and every case ends in cells or one located diagnostic.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/diagnostics/catalogue.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { DEFAULT_LIMITS } from '../../src/sheet/errors.js';
import { scoreInputs } from '../../src/pipeline/score.js';
import { flatSet } from '../score/build.js';
import { cellsOf, readFile } from './read.js';
import { makeZip, workbookParts, type Part } from './zip-writer.js';

/** The words of a file's problem, after "could not be read: " or inside "not a CSV or XLSX file (…)"; the
 * diagnostic itself carries only the reason's key and values. */
const why = (d: Diagnostic): string => messageOf(d, 'en').replace(/^could not be read: /, '').replace(/^not a CSV or XLSX file \((.*)\)$/s, '$1');

const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
const inl = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, v: string, extra = ''): string => `<c r="${ref}"${extra}><v>${v}</v></c>`;
const codes = (d: { code: string; location: unknown; details: Record<string, unknown> }[]) => d.map((x) => x.code);

function twelveUnits(shared: boolean): Part[] {
  const sheets = [0, 1].map((s) => {
    const head = shared ? row(1, `<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>`) : row(1, inl('A1', 'Mã đơn vị') + inl('B1', 'Tên đơn vị') + inl('C1', '1.1'));
    const units = Array.from({ length: 6 }, (_, i) => {
      const n = s * 6 + i;
      const code = String(27001 + n);
      return row(i + 2, shared ? `${num(`A${i + 2}`, code)}<c r="B${i + 2}" t="s"><v>${3 + n}</v></c>${num(`C${i + 2}`, '1')}` : inl(`A${i + 2}`, code) + inl(`B${i + 2}`, `Xã Số ${n + 1}`) + num(`C${i + 2}`, '1'));
    });
    return { name: s === 0 ? 'Khối xã' : 'Khối phường', data: head + units.join('') };
  });
  const strings = ['Mã đơn vị', 'Tên đơn vị', '1.1', ...Array.from({ length: 12 }, (_, n) => `Xã Số ${n + 1}`)];
  return workbookParts(sheets, shared ? { shared: strings } : {});
}

describe('#3 multi-sheet workbooks', () => {
  for (const shared of [false, true]) {
    it(`reads every sheet (${shared ? 'shared strings after the sheets' : 'inline strings, no shared-strings part'}), the same on every run`, async () => {
      const bytes = makeZip(twelveUnits(shared));
      const first = await readFile('hai-khoi.xlsx', bytes);
      expect(first.diagnostics).toEqual([]);
      expect(first.sheets.map((s) => [s.name, s.rows.length])).toEqual([
        ['Khối xã', 7],
        ['Khối phường', 7],
      ]);
      expect(first.sheets[1]!.rows[6]!.cells).toEqual(['27012', 'Xã Số 12', 1].map((v, i) => (i === 0 && shared ? 27012 : v)));
      const runs = await Promise.all([1, 2, 3, 4].map(() => readFile('hai-khoi.xlsx', bytes)));
      for (const r of [...runs, await readFile('hai-khoi.xlsx', bytes, { stream: true, piece: 97 })]) expect(r).toEqual(first);
      expect(JSON.stringify(first)).not.toContain('[object Object]');
    });
  }

  it('scores all 12 units of both sheets through the pipeline', async () => {
    const set = flatSet([{ field: 1, max: 1 }]);
    const out = await scoreInputs(set, [{ name: 'hai-khoi.xlsx', bytes: makeZip(twelveUnits(true)) }]);
    expect(out.units.map((u) => u.code)).toHaveLength(12);
  });

  it('a shared string that does not exist is an error at its cell, never text', async () => {
    const parts = workbookParts([{ name: 'Điểm', data: row(1, '<c r="A1" t="s"><v>0</v></c>') + row(2, '<c r="B2" t="s"><v>7</v></c>') }], { shared: ['Mã'] });
    const r = await readFile('sai.xlsx', makeZip(parts));
    expect(r.diagnostics.map((d) => [d.code, d.location])).toEqual([['file/unreadable', { file: 'sai.xlsx', sheet: 'Điểm', row: 2, ref: 'B2' }]]);
    expect(why(r.diagnostics[0]!)).toContain('shared string "7", but the workbook holds 1');
    expect(cellsOf(r)).toEqual([['Mã']]);
  });
});

describe('#4 a zip that is not a workbook', () => {
  const cases: [string, Part[], RegExp][] = [
    ['bang-diem.xlsx (an .ods renamed)', [['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']], /OpenDocument spreadsheet/],
    ['bang-diem.xlsx (an .xlsb renamed)', [['[Content_Types].xml', '<Types/>'], ['xl/workbook.bin', 'x'], ['xl/worksheets/sheet1.bin', 'x']], /\.xlsb/],
    ['bang-diem.xlsx (a .docx renamed)', [['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']], /Word document/],
    ['bang-diem.xlsx (some zip)', [['ghi-chu.txt', 'xin chào']], /zip archive with no workbook in it \(1 entries: ghi-chu.txt\)/],
  ];
  for (const [label, parts, hint] of cases)
    it(`names what it is: ${label}`, async () => {
      const r = await readFile('bang-diem.xlsx', makeZip(parts));
      expect(codes(r.diagnostics)).toEqual(['file/unsupported-type']);
      expect(why(r.diagnostics[0]!)).toMatch(hint);
      expect(r.sheets).toEqual([]);
    });

  it('a workbook with no worksheet (only a chart sheet) says so', async () => {
    const parts = workbookParts([{ name: 'Biểu đồ', data: '' }]).map((p): Part => (p[0] === 'xl/_rels/workbook.xml.rels' ? [p[0], String(p[1]).replace('/worksheet"', '/chartsheet"')] : p));
    const r = await readFile('bieu-do.xlsx', makeZip(parts));
    expect(r.diagnostics.map((d) => [d.code, why(d)])).toEqual([['file/unreadable', 'the workbook has no worksheet']]);
  });

  it('a workbook cut short is damaged, not empty', async () => {
    const bytes = makeZip(twelveUnits(true));
    const r = await readFile('cut.xlsx', bytes.subarray(0, bytes.length - 30));
    expect(codes(r.diagnostics)).toEqual(['file/unreadable']);
    expect(why(r.diagnostics[0]!)).toMatch(/damaged or was not copied whole/);
  });
});

describe('#5 numbers read strictly', () => {
  it('keeps 1.5abc and 0x10 as text, reads t="d" as a date, and the pipeline calls them not numbers', async () => {
    const data = row(1, inl('A1', 'Mã đơn vị') + inl('B1', 'Tên đơn vị') + inl('C1', '1.1') + inl('D1', '1.2') + inl('E1', '1.3')) +
      row(2, inl('A2', '27001') + inl('B2', 'Xã Một') + num('C2', '1.5abc') + num('D2', '0x10') + num('E2', '2024-05-01T00:00:00', ' t="d"'));
    const bytes = makeZip(workbookParts([{ name: 'Điểm', data }]));
    const cells = cellsOf(await readFile('so.xlsx', bytes));
    expect(cells[1]!.slice(2)).toEqual(['1.5abc', '0x10', { kind: 'date', value: new Date(Date.UTC(2024, 4, 1)) }]);
    const set = flatSet([{ field: 1, max: 2 }, { field: 1, max: 2 }, { field: 1, max: 2 }]);
    const out = await scoreInputs(set, [{ name: 'so.xlsx', bytes }]);
    const found = out.sink.kept.filter((d) => d.code.startsWith('cell/')).map((d) => [d.code, d.location.ref]);
    expect(found).toEqual([
      ['cell/not-a-number', 'C2'],
      ['cell/not-a-number', 'D2'],
      ['cell/date', 'E2'],
    ]);
  });
});

describe('#9 decompression bombs', () => {
  const small = { ...DEFAULT_LIMITS, partBytes: 1 << 20, totalBytes: 3 << 20, sharedStrings: 1000, sharedChars: 50_000 };

  it('a sheet that unpacks to more than its directory declares is stopped there (default limits)', async () => {
    const zeros = Buffer.alloc(64 << 20, 0x20);
    const parts = workbookParts([{ name: 'Bom', data: '' }]);
    const sheet = parts.find((p) => p[0].endsWith('sheet1.xml'))!;
    const raw = new Map([[sheet[0], { data: deflateRawSync(Buffer.concat([Buffer.from(String(sheet[1])), zeros])), size: 4096, crc: 0 }]]);
    const started = Date.now();
    const r = await readFile('bom.xlsx', makeZip(parts, { raw }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.diagnostics.map((d) => [d.code, d.location.sheet])).toEqual([['file/unreadable', 'Bom']]);
    expect(why(r.diagnostics[0]!)).toMatch(/xl\/worksheets\/sheet1.xml unpacks to more than the 4.0 KB its directory declares \(a zip bomb\?\)/);
  });

  it('a part declared above the limit is refused before inflating', async () => {
    const parts = workbookParts([{ name: 'Bom', data: '' }]);
    const r = await readFile('bom.xlsx', makeZip(parts, { declaredSize: (n, s) => (n.endsWith('sheet1.xml') ? 2 ** 32 - 2 : s) }));
    expect(why(r.diagnostics[0]!)).toMatch(/would unpack to 4.0 GB, above the limit of 2.0 GB per part/);
  });

  it('caps a part, the whole file, the packing ratio, and the count and length of shared strings', async () => {
    const big = 'x'.repeat(600_000);
    const cases: [Part[], Partial<typeof small>, RegExp][] = [
      [workbookParts([{ name: 'A', data: row(1, inl('A1', big + big)) }]), {}, /sheet1.xml would unpack to 1.1 MB, above the limit of 1.0 MB per part/],
      [workbookParts([1, 2, 3, 4, 5, 6].map((i) => ({ name: `S${i}`, data: row(1, inl('A1', big)) }))), {}, /would unpack to more than 3.0 MB/],
      [workbookParts([{ name: 'A', data: row(1, inl('A1', big)) }]), { ratio: 50, ratioAfter: 100_000 }, /unpacks more than 50 times its packed size/],
      [workbookParts([{ name: 'A', data: '' }], { shared: Array.from({ length: 1001 }, (_, i) => `s${i}`) }), {}, /sharedStrings.xml holds more than 1000 strings/],
      [workbookParts([{ name: 'A', data: '' }], { shared: ['y'.repeat(30_000), 'z'.repeat(30_000)] }), {}, /holds more than 50000 characters of text/],
    ];
    for (const [parts, limits, reason] of cases) {
      const r = await readFile('bom.xlsx', makeZip(parts), { limits: { ...small, ...limits } });
      expect(codes(r.diagnostics)).toEqual(['file/unreadable']);
      expect(why(r.diagnostics[0]!)).toMatch(reason);
    }
  });

  it('refuses a DOCTYPE (entity expansion) in any part', async () => {
    const parts = workbookParts([{ name: 'A', data: '' }]).map((p): Part => (p[0].endsWith('sheet1.xml') ? [p[0], `<!DOCTYPE x [<!ENTITY a "aaaa">]>${String(p[1]).replace(/^<\?xml[^>]*>/, '')}`] : p));
    const r = await readFile('xxe.xlsx', makeZip(parts));
    expect(why(r.diagnostics[0]!)).toMatch(/declares a DOCTYPE/);
  });
});

describe('#14 clear words on what a file is', () => {
  const text = 'Mã đơn vị\tTên đơn vị\t1.1\r\n27001\tXã Đắk Ơ\t1,5\r\n';
  const expected = [['Mã đơn vị', 'Tên đơn vị', '1.1'], ['27001', 'Xã Đắk Ơ', '1,5']];
  const be = (s: string): Buffer => {
    const le = Buffer.from(s, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
    return le;
  };
  const files: [string, Buffer][] = [
    ["Excel's Unicode Text (UTF-16LE, BOM)", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be(text)])],
    ['UTF-16LE without BOM', Buffer.from(text, 'utf16le')],
  ];
  for (const [label, bytes] of files)
    for (const stream of [false, true])
      it(`decodes ${label}${stream ? ', streamed in odd pieces' : ''}`, async () => {
        const r = await readFile('unicode.txt', bytes, { stream, piece: 5 });
        expect(r.diagnostics).toEqual([]);
        expect(cellsOf(r)).toEqual(expected);
      });

  const cfb = (names: string[]): Buffer =>
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), ...names.map((n) => Buffer.from(`${n}\0`, 'utf16le'))]);
  it('says a password-protected workbook is encrypted, and an old one is .xls', async () => {
    const enc = await readFile('bao-mat.xlsx', cfb(['EncryptionInfo', 'EncryptedPackage']));
    expect(why(enc.diagnostics[0]!)).toMatch(/encrypted \(password-protected\)/);
    const xls = await readFile('cu.xls', cfb(['Workbook']));
    expect(why(xls.diagnostics[0]!)).toBe('Excel 97–2003 workbook (.xls); save it as .xlsx');
  });

  it('reports an unbalanced quote at the line that opened it', async () => {
    const csv = 'Mã,Tên\n27001,Xã Một\n27002,"Xã Hai\n27003,Xã Ba\n27004,Xã Bốn\n';
    const r = await readFile('x.csv', Buffer.from(csv));
    expect(r.diagnostics.map((d) => [d.code, d.location])).toEqual([['file/unreadable', { file: 'x.csv', line: 3, row: 3 }]]);
    expect(why(r.diagnostics[0]!)).toMatch(/opened on line 3 \(row 3\) is never closed/);
  });

  it('says an empty file is empty', async () => {
    const r = await readFile('rong.csv', Buffer.alloc(0));
    expect(r.diagnostics.map((d) => [d.code, why(d)])).toEqual([['file/unreadable', 'the file is empty (0 bytes)']]);
  });
});

describe('#2 CSV row breaks', () => {
  const lines = ['BẢNG ĐIỂM 2024', 'Mã,Tên,1.1', '27001,Xã Một,1', '27002,Xã Hai,0.5', '27003,Xã Ba,0'];
  const cases: [string, string][] = [
    ['CRLF', lines.join('\r\n')],
    ['LF', lines.join('\n')],
    ['lone CR', lines.join('\r')],
    ['one bare LF in a CRLF file', `${lines.slice(0, 3).join('\r\n')}\n${lines.slice(3).join('\r\n')}\r\n`],
    ['mixed, and a lone CR after the title', `${lines[0]}\r${lines[1]}\r\n${lines[2]}\n${lines[3]}\r${lines[4]}\n`],
  ];
  for (const [label, csv] of cases)
    it(`every break is a row break: ${label}`, async () => {
      for (const piece of [1 << 16, 1, 4]) {
        const r = await readFile('x.csv', Buffer.from(csv), { stream: piece !== 1 << 16, piece });
        expect(r.sheets[0]!.rows.map((x) => [x.row, x.cells])).toEqual(lines.map((l, i) => [i + 1, l.split(',')]));
      }
    });
});

describe('a file problem carries data, and each language words it', () => {
  it('the JSON report holds the reason as a key and its values, never Vietnamese prose; --lang vi words it in Vietnamese', async () => {
    const { parindex } = await import('../helpers/cli.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'parindex-reason-'));
    const file = join(dir, 'bang-diem.xlsx');
    const whole = makeZip(twelveUnits(true));
    writeFileSync(file, whole.subarray(0, whole.length - 30));
    const en = await parindex(['validate', file, '-c', 'fixtures/demo/criteria-xa.json', '--format', 'json']);
    const doc = JSON.parse(en.stdout) as { files: { diagnostics: { code: string; message: string; details: Record<string, unknown> }[] }[] };
    const d = doc.files.flatMap((f) => f.diagnostics).find((x) => x.code === 'file/unreadable');
    expect(d?.details).toEqual({ reason: 'no-end-of-directory' });
    expect(d?.message).toBe('could not be read: the workbook is damaged or was not copied whole (no end of central directory)');
    expect(en.stdout).not.toMatch(/không|tệp|reasonVi/);
    const vi = await parindex(['validate', file, '-c', 'fixtures/demo/criteria-xa.json', '--lang', 'vi']);
    expect(vi.stdout + vi.stderr).toContain('không đọc được: tệp bị hỏng hoặc chưa được sao chép đầy đủ (không thấy phần kết thúc danh mục zip)');
  });
});
