/**
 * The reader parindex used before its own (src/sheet/xlsx.ts), kept only so the differential test can hold the two to
 * the same cells. XLSX through exceljs's streaming reader, row by row, so a 100,000-row workbook never sits in memory.
 *
 * exceljs 4.4.0 decodes every inflated chunk of a sheet's XML on its own (TextDecoder without `stream: true`),
 * so a Vietnamese character whose UTF-8 bytes straddle two chunks turns into U+FFFD (exceljs issues #2063, #2316).
 * We hand its parser text instead of bytes: each part of the zip is decoded by one streaming decoder, which
 * carries the unfinished bytes of a character over to the next chunk. exceljs is pinned to that version because
 * this reaches into its reader (tests/sheet/xlsx.test.ts reads back thousands of rows of Vietnamese to hold it).
 */
import { Readable } from 'node:stream';
import { loadExcelJs, type ExcelJsModule } from '../../src/core/exceljs.js';
import type { Cell, RawSheet, SheetRow } from '../../src/sheet/types.js';


async function* decodeUtf8Chunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

interface StreamEntry extends NodeJS.ReadableStream {
  path: string;
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: StreamEntry): AsyncGenerator<unknown>;
  _parseRels(entry: StreamEntry): Promise<void>;
  workbookRels?: { Target: string }[];
  model?: { sheets?: unknown[] };
}

/**
 * Marked on exceljs's own prototype, not in a variable of this module: the test workers keep modules from one test
 * file to the next, and this module may be evaluated again over the same exceljs (a module flag would patch it twice,
 * wrapping the UTF-8 decoding twice) or a fresh exceljs be loaded under the same module (and left unpatched).
 */
const PATCHED = Symbol.for('parindex.tests.exceljs-reader.patched');

function patchReader(mod: ExcelJsModule): void {
  const proto = (mod.stream.xlsx.WorkbookReader as unknown as { prototype: ReaderInternals & { [PATCHED]?: true } }).prototype;
  if (proto[PATCHED]) return;
  const parseWorksheet = proto._parseWorksheet;
  const parseSharedStrings = proto._parseSharedStrings;
  const parseRels = proto._parseRels;
  if (typeof parseWorksheet !== 'function' || typeof parseSharedStrings !== 'function' || typeof parseRels !== 'function')
    throw new Error('exceljs reader internals changed: the UTF-8 fix in src/sheet/xlsx.ts needs updating');
  proto._parseWorksheet = function (iterator, sheetNo) {
    // A zip whose workbook.xml comes after its sheets leaves the sheet names unknown here: exceljs would crash
    // reading them; the sheet keeps its default name instead.
    this.model ??= { sheets: [] };
    return parseWorksheet.call(this, decodeUtf8Chunks(iterator), sheetNo);
  };
  proto._parseRels = async function (entry) {
    await parseRels.call(this, entry);
    // openpyxl (pandas) writes absolute targets ("/xl/worksheets/sheet1.xml"); exceljs matches relative ones only.
    for (const rel of this.workbookRels ?? []) rel.Target = rel.Target.replace(/^\/?xl\//, '');
  };
  proto._parseSharedStrings = function (entry) {
    // exceljs pipes the entry through iterateStream(); a stream in string mode hands it decoded text.
    (entry as unknown as { setEncoding(e: string): void }).setEncoding('utf8');
    return parseSharedStrings.call(this, entry);
  };
  proto[PATCHED] = true;
}

type ExcelValue = unknown;

function toCell(v: ExcelValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return { kind: 'date', value: v };
  const o = v as Record<string, unknown>;
  if ('error' in o) return { kind: 'error', value: String(o.error) };
  if ('formula' in o || 'sharedFormula' in o) {
    if (o.result === undefined || o.result === null) return { kind: 'formula-no-value', formula: String(o.formula ?? o.sharedFormula ?? '') };
    return toCell(o.result);
  }
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
  if ('text' in o && typeof o.text === 'string') return o.text; // hyperlink
  return String(v);
}

const percentFormats = new Map<string, boolean>();

/** Whether a cell's number format shows it as a percentage ("0%", "0.0%"); each format text is looked at once. */
function isPercentFormat(style: { numFmt?: string } | undefined): boolean {
  const format = style?.numFmt;
  if (!format) return false;
  let known = percentFormats.get(format);
  if (known === undefined) percentFormats.set(format, (known = /%/.test(format.replace(/"[^"]*"|\\./g, ''))));
  return known;
}

/** The streaming reader keeps that a formula ended in an error, not which one. */
const FORMULA_ERROR: Cell = { kind: 'error', value: '#ERROR' };

export interface XlsxSheetInfo {
  readonly name: string;
  readonly hidden: boolean;
}

/**
 * The sheets of a workbook, one after the other, each streaming its rows. A sheet's rows must be consumed
 * before asking for the next sheet (the zip is read once, front to back).
 */
export async function* readXlsxWithExcelJs(source: Uint8Array | (() => AsyncIterable<Uint8Array>), file: string): AsyncGenerator<RawSheet> {
  const mod = loadExcelJs();
  patchReader(mod);
  const input = typeof source === 'function' ? Readable.from(source()) : Readable.from(chunksOf(source));
  const reader = new mod.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const ws of reader as AsyncIterable<unknown>) {
    const wsr = ws as AsyncIterable<unknown> & { name: string; state?: string };
    async function* rows(): AsyncGenerator<SheetRow> {
      for await (const r of wsr) {
        const row = r as { number: number; values: ExcelValue[]; getCell(col: number): { result?: unknown; style?: { numFmt?: string } } };
        const values = row.values;
        const cells: Cell[] = new Array<Cell>(Math.max(0, values.length - 1));
        for (let i = 1; i < values.length; i++) {
          const value = values[i];
          // A cell shown as "99.5%" holds 0.995: read it as the percentage a person sees.
          if (typeof value === 'number' && isPercentFormat(row.getCell(i).style)) {
            cells[i - 1] = Math.round(value * 100 * 1e9) / 1e9;
            continue;
          }
          const cell = toCell(value);
          // exceljs parses a formula's cached error ("#DIV/0!") as a number, NaN, and drops it from the value.
          cells[i - 1] = typeof cell === 'object' && cell?.kind === 'formula-no-value' && Number.isNaN(row.getCell(i).result) ? FORMULA_ERROR : cell;
        }
        yield { row: row.number, cells };
      }
    }
    yield { file, sheet: wsr.name, hidden: wsr.state === 'hidden' || wsr.state === 'veryHidden', rows: rows() };
  }
}

/**
 * The file in 64 KiB pieces, as a file stream would give them: the unzipper copies what it has buffered on every
 * read, so one piece of the whole file makes reading quadratic (seen: 2.8 GB for a 60 MB workbook).
 */
function* chunksOf(bytes: Uint8Array, size = 1 << 16): Generator<Buffer> {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}
