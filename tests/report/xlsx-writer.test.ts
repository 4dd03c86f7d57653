/**
 * The streaming XLSX writer (src/report/xlsx): valid zip entries, text that XML cannot hold kept as Excel keeps it,
 * merged ranges across rows, rows read as the bytes are asked for, same specs → same bytes. Read back by our own
 * reader (src/sheet) and by exceljs, which must agree.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { watchHeap } from '../../src/core/heap.js';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import { openSheets } from '../../src/sheet/open.js';
import type { Cell } from '../../src/sheet/types.js';
import { CELL_TEXT_MAX } from '../../src/report/xlsx/xml.js';
import { XlsxTooLarge } from '../../src/report/xlsx/limits.js';
import { renderXlsx } from '../../src/report/score/xlsx.js';
import type { RowList, RunReport } from '../../src/report/model/schema.js';
import { REPORT } from './helpers/report.js';
import { Chalk } from 'chalk';
import { workbookBytes, writeWorkbook, type RowSpec, type SheetSpec, type WorkbookSpec } from '../../src/report/xlsx/writer.js';

async function ourRead(bytes: Uint8Array): Promise<Map<string, Map<number, readonly Cell[]>>> {
  const sink = new DiagnosticSink();
  const sheets = new Map<string, Map<number, readonly Cell[]>>();
  for await (const sheet of openSheets({ name: 'report.xlsx', bytes }, sink)) {
    const rows = new Map<number, readonly Cell[]>();
    for await (const row of sheet.rows) rows.set(row.row, row.cells);
    sheets.set(sheet.sheet ?? '', rows);
  }
  expect(sink.kept.filter((d) => d.severity === 'error')).toEqual([]);
  return sheets;
}

async function excelRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Every entry of the archive, inflated, its CRC-32 and sizes checked against the central directory. */
function entries(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = inflateRawSync(zip.subarray(dataAt, dataAt + compressed));
    expect(data.length, name).toBe(size);
    expect(crc32(data) >>> 0, name).toBe(crc);
    // the data descriptor after the data says the same
    expect(view.getUint32(dataAt + compressed, true)).toBe(0x08074b50);
    expect(view.getUint32(dataAt + compressed + 4, true)).toBe(crc);
    out.set(name, data.toString('utf8'));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

const HOSTILE = [
  'Xã Đắk Nông',
  '  lề trái và phải  ',
  'dòng 1\ndòng 2',
  'ký tự\u0001điều khiển\u001f',
  'trông như mã thoát _x0041_ của Excel',
  'A & B < C > D "trích"',
  '=SUM(A1:A2)',
  'emoji 🇻🇳 và \u{20000}',
  'tab\tở giữa',
];

const sheetOf = (name: string, rows: Iterable<RowSpec>, extra: Partial<SheetSpec> = {}): SheetSpec => ({ name, rows, maxWidth: 60, ...extra });

describe('the streaming XLSX writer', () => {
  it('writes a valid archive: every entry inflates to its recorded size and CRC-32, at the fixed date', () => {
    const bytes = workbookBytes({ title: 'Thử', sheets: [sheetOf('Một', [{ at: 1, cells: [{ value: 'a' }, { value: 1.5, numFmt: '0.00' }] }])] });
    const parts = entries(bytes);
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/styles.xml',
    ]);
    expect(parts.get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
    // DOS date of every local header: 2000-01-01
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint16(12, true)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1);
  });

  it('writes well-formed XML in every part of a whole report, hostile text included', () => {
    const rows: RowSpec[] = HOSTILE.map((text, i) => ({ at: i + 2, cells: [{ value: text, bold: i === 0, merge: { columns: 2 } }, { value: i }] }));
    const hostile = workbookBytes({ title: 'A & <B>', sheets: [sheetOf("A & B's <sheet>", rows, { print: { titleRows: [2, 3], footer: '&C"Trang" &P & <&N>' } })] });
    const report = Buffer.concat([...renderXlsx(REPORT, { lang: 'vi', chalk: new Chalk({ level: 0 }) })]);
    for (const bytes of [hostile, report])
      for (const [name, xml] of entries(bytes)) expect(XMLValidator.validate(xml), name).toBe(true);
    expect(entries(hostile).get('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'A &amp; B''s &lt;sheet&gt;'!$2:$3</definedName>`);
  });

  it('keeps hostile text: both readers give back what was written (control characters as Excel escapes them)', async () => {
    const long = 'dài '.repeat(10_000);
    const rows: RowSpec[] = HOSTILE.map((text, i) => ({ at: i + 1, cells: [{ value: text }, { value: i }, { value: i % 2 === 0 }] }));
    rows.push({ at: HOSTILE.length + 1, cells: [{ value: long }] });
    const bytes = workbookBytes({ title: 'Ký tự & "lạ"', sheets: [sheetOf("Trang 'một' nữa", rows)] });
    const ours = (await ourRead(bytes)).get("Trang 'một' nữa")!;
    HOSTILE.forEach((text, i) => expect(ours.get(i + 1)).toEqual([text, i, i % 2 === 0]));
    const cut = ours.get(HOSTILE.length + 1)![0] as string;
    expect(cut).toHaveLength(CELL_TEXT_MAX);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    const ws = (await excelRead(bytes)).getWorksheet("Trang 'một' nữa")!;
    // exceljs does not undo Excel's _xHHHH_ escapes: compare where there are none
    HOSTILE.forEach((text, i) => {
      if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|_x[0-9A-F]{4}_/i.test(text)) expect(ws.getCell(i + 1, 1).value).toBe(text);
    });
  });

  it('gives every cell of a merged range the look of its first, in the rows below too, even one the spec never names', async () => {
    const sheet = sheetOf('Gộp', [
      { at: 1, cells: [{ value: 'Hạng', bold: true, border: true, merge: { rows: 3 } }, { value: 'Điểm', border: true, merge: { columns: 2 } }] },
      { at: 2, cells: [{ value: null }, { value: 'LV1' }, { value: 'LV2' }] },
      { at: 5, cells: [{ value: 'sau' }] },
    ]);
    const wb = await excelRead(workbookBytes({ title: 't', sheets: [sheet] }));
    const ws = wb.getWorksheet('Gộp')!;
    expect(ws.model.merges.sort()).toEqual(['A1:A3', 'B1:C1']);
    for (const r of [1, 2, 3]) {
      expect(ws.getCell(r, 1).border?.bottom?.style, `A${r}`).toBe('thin');
      expect(ws.getCell(r, 1).font?.bold, `A${r}`).toBe(true);
    }
    expect(ws.getCell(1, 3).border?.top?.style).toBe('thin');
    expect(ws.getCell(2, 2).value).toBe('LV1');
    expect(ws.getCell(5, 1).value).toBe('sau');
  });

  it('reads the rows only as the bytes are asked for, and once when the widths are given', () => {
    let read = 0;
    const N = 20_000;
    const rows: Iterable<RowSpec> = {
      *[Symbol.iterator]() {
        for (let i = 1; i <= N; i++) {
          read++;
          yield { at: i, cells: [{ value: `Đơn vị số ${i}` }, { value: i / 7, numFmt: '0.00' }, { value: 'Tốt' }] };
        }
      },
    };
    const spec: WorkbookSpec = { title: 't', sheets: [sheetOf('Lớn', rows, { widths: [20, 10, 8] })] };
    const it = writeWorkbook(spec)[Symbol.iterator]();
    let pieces = 0;
    // the small parts, then the first compressed piece of the sheet
    while (read === 0 || pieces < 10) {
      const next = it.next();
      expect(next.done).toBe(false);
      pieces++;
    }
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(N / 2);
    for (let next = it.next(); !next.done; next = it.next()) pieces++;
    expect(read).toBe(N);
    expect(pieces).toBeGreaterThan(12);
  });

  it('sizes columns by what they show when no widths are given, reading the rows twice', async () => {
    let passes = 0;
    const rows: Iterable<RowSpec> = {
      *[Symbol.iterator]() {
        passes++;
        yield { at: 1, cells: [{ value: 'Mã' }, { value: 'Tên' }], sizes: 'header' };
        yield { at: 2, cells: [{ value: 'X01' }, { value: 'Thị trấn Vĩnh Tuy' }, { value: 123.456, numFmt: '0.00' }], sizes: 'body' };
      },
    };
    const ws = (await excelRead(workbookBytes({ title: 't', sheets: [sheetOf('Rộng', rows)] }))).getWorksheet('Rộng')!;
    expect(passes).toBe(2);
    expect(ws.getColumn(2).width).toBe('Thị trấn Vĩnh Tuy'.length + 2);
    expect(ws.getColumn(3).width).toBe('123.46'.length + 2);
  });

  it('gives the same bytes for the same specs, and refuses rows out of order or past Excel’s last row', () => {
    const spec = (): WorkbookSpec => ({ title: 't', sheets: [sheetOf('A', [{ at: 1, cells: HOSTILE.map((value) => ({ value })) }])] });
    expect(Buffer.from(workbookBytes(spec())).equals(Buffer.from(workbookBytes(spec())))).toBe(true);
    const backwards = sheetOf('B', [{ at: 3, cells: [{ value: 1 }] }, { at: 2, cells: [{ value: 2 }] }]);
    expect(() => workbookBytes({ title: 't', sheets: [backwards] })).toThrow(/row 2 comes after row 3/);
    const past = sheetOf('C', [{ at: 1_048_577, cells: [{ value: 1 }] }], { widths: [5] });
    expect(() => workbookBytes({ title: 't', sheets: [past] })).toThrow(XlsxTooLarge);
    expect(() => workbookBytes({ title: 't', sheets: [past] })).toThrow(/sheet C would need 1048577 rows; a sheet holds at most 1048576/);
  });

  it('refuses a block too large for a sheet before reading a row of it', () => {
    const block = REPORT.blocks[0]!;
    const huge: RowList = {
      length: 1_048_560,
      [Symbol.iterator]: () => {
        throw new Error('read');
      },
    };
    const report: RunReport = { ...REPORT, blocks: [{ ...block, rows: huge }] };
    expect(() => renderXlsx(report, { lang: 'vi', chalk: new Chalk({ level: 0 }) })).toThrow(XlsxTooLarge);
    // the same report with a block that fits: written
    const fits: RunReport = { ...REPORT, blocks: [{ ...block, rows: block.rows.slice(0, 1) }] };
    expect(Buffer.concat([...renderXlsx(fits, { lang: 'vi', chalk: new Chalk({ level: 0 }) })]).length).toBeGreaterThan(1000);
  });
});

describe('collection by heap growth', () => {
  it('collects only once the heap has grown by the step since the last collection', () => {
    let heap = 100;
    const collected: number[] = [];
    const check = watchHeap(50, { used: () => heap, collect: () => {
        collected.push(heap);
        heap = 110;
      }, });
    heap = 140;
    check();
    expect(collected).toEqual([]);
    heap = 151;
    check();
    expect(collected).toEqual([151]);
    // the next limit is from what was left: 110 + 50
    heap = 159;
    check();
    expect(collected).toEqual([151]);
    heap = 161;
    check();
    expect(collected).toHaveLength(2);
  });

  it('runs in this process without a flag given at start', () => {
    const check = watchHeap(1);
    let junk: number[][] | undefined = Array.from({ length: 2000 }, (_, i) => Array.from({ length: 100 }, () => i));
    expect(junk.length).toBe(2000);
    junk = undefined;
    expect(() => check()).not.toThrow();
  });
});

describe('what Excel would have to repair is refused (callers never ask for it)', () => {
  const one = (rows: RowSpec[]): WorkbookSpec => ({ title: 't', sheets: [sheetOf('A', rows)] });
  it('overlapping merged ranges, and a value hidden under a merged range', () => {
    expect(() => workbookBytes(one([{ at: 1, cells: [{ value: 'a', merge: { rows: 2, columns: 2 } }] }, { at: 2, cells: [{ value: null }, { value: 'b', merge: { columns: 2 } }] }]))).toThrow(
      /merged range|inside a merged range/,
    );
    expect(() => workbookBytes(one([{ at: 3, cells: [{ value: 'a', merge: { rows: 3, columns: 2 } }] }, { at: 5, cells: [{ value: 'hidden' }] }]))).toThrow(/A5 is inside a merged range/);
    expect(() => workbookBytes(one([{ at: 1, cells: [{ value: 'a', merge: { columns: 3 } }] }, { at: 1, cells: [] }]))).toThrow(/row 1 comes after row 1/);
  });

  it('no sheet, or a sheet name Excel refuses', () => {
    expect(() => workbookBytes({ title: 't', sheets: [] })).toThrow(/at least one sheet/);
    for (const name of ['', 'a'.repeat(32), 'a/b', 'a:b', "'a", 'Tab\u0001'])
      expect(() => workbookBytes({ title: 't', sheets: [sheetOf(name, [])] }), name).toThrow(/sheet name not allowed/);
    expect(() => workbookBytes({ title: 't', sheets: [sheetOf('Xã', []), sheetOf('XÃ', [])] })).toThrow(/sheet name not allowed/);
  });

  it('keeps a row no taller than Excel allows, and a carriage return as Excel escapes it', async () => {
    const long = 'Tiêu chí rất dài '.repeat(60);
    const bytes = workbookBytes({ title: 't', sheets: [sheetOf('A', [{ at: 1, cells: [{ value: long }], sizes: 'header' }, { at: 2, cells: [{ value: 'a\r\nb' }], height: 900 }], { header: { at: 1, cells: [long] }, widths: [10] })] });
    const xml = entries(bytes).get('xl/worksheets/sheet1.xml')!;
    expect([...xml.matchAll(/ ht="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([409, 409]);
    expect(xml).toContain('a_x000D_\nb');
    expect((await ourRead(bytes)).get('A')!.get(2)).toEqual(['a\r\nb']);
  });
});
