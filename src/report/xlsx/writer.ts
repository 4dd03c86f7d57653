/**
 * The one XLSX writer: sheet specs (plain data) → workbook bytes over exceljs. Same specs → same bytes: workbook
 * dates are fixed, and the zip entries' timestamps are fixed by the adapter below.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { loadExcelJs } from '../../core/exceljs.js';
import { displayWidth, nfc } from '../../core/text.js';

export type CellValue = string | number | boolean | null;

/** A cell to write: a value (null: left empty), the number format it is shown in, how it sits. */
export interface CellSpec {
  readonly value: CellValue;
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points (11 when not given) */
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right';
  /** Wrapped text, vertically centred */
  readonly wrap?: boolean;
  /** A thin border all round */
  readonly border?: boolean;
  /** Merged with the cells to its right (`columns`) and below (`rows`); the next cell spec starts after it */
  readonly merge?: { readonly columns?: number; readonly rows?: number };
  /** Indentation level (left-aligned) */
  readonly indent?: number;
  /** The text to size the column by, when it is not the value (an indented code) */
  readonly widthText?: string;
}

export interface RowSpec {
  /** 1-based row number */
  readonly at: number;
  readonly cells: readonly CellSpec[];
  /** Whether the row's text sizes its columns: as body text, or as a header (which wraps) */
  readonly sizes?: 'body' | 'header';
  /** The whole row in bold */
  readonly bold?: boolean;
  /** Height in points */
  readonly height?: number;
}

/** How a sheet prints, beyond A4 landscape one page wide. */
export interface PrintSpec {
  /** Rows printed at the top of every page, e.g. [8, 9] */
  readonly titleRows?: readonly [number, number];
  /** Footer text in Excel's codes: &P the page, &N the number of pages */
  readonly footer?: string;
  /** Columns printed at the left of every page, e.g. "A:C" */
  readonly titleColumns?: string;
  /** Printed at this scale (%) over as many pages wide as it needs, rather than shrunk to one page wide */
  readonly scale?: number;
  /** Margins in inches */
  readonly margins?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
}

export interface SheetSpec {
  readonly name: string;
  /** Bold title in row 1, merged over `span` columns; none when the rows carry their own heading */
  readonly title?: { readonly text: string; readonly span: number };
  readonly rows: readonly RowSpec[];
  /** Columns and rows kept in view; the rows are also printed on every page unless `print.titleRows` says */
  readonly freeze?: { readonly columns: number; readonly rows: number };
  /** The header row, shaded and wrapped once the columns are sized */
  readonly header?: { readonly at: number; readonly cells: readonly string[] };
  readonly autoFilter?: { readonly fromRow: number; readonly toRow: number; readonly columns: number };
  /** Widest a column may grow */
  readonly maxWidth: number;
  /** Column widths given rather than measured */
  readonly widths?: readonly number[];
  readonly print?: PrintSpec;
}

export interface WorkbookSpec {
  readonly title: string;
  readonly sheets: readonly SheetSpec[];
}

/** Workbook dates are fixed so that the same run gives the same workbook. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** `0.00` for two decimals, `0` for none. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/** The text Excel shows for a cell, near enough to size its column. */
function shownText(cell: CellSpec): string {
  if (cell.widthText !== undefined) return cell.widthText;
  if (typeof cell.value === 'number' && cell.numFmt !== undefined) return cell.value.toFixed(cell.numFmt.split('.')[1]?.length ?? 0);
  return cell.value === null ? '' : String(cell.value);
}

const HEADER_WRAP = 18;

/** Column widths from what the cells show; a long header wraps rather than widening its column. */
function applyWidths(ws: Worksheet, rows: readonly RowSpec[], maxWidth: number): void {
  const body: number[] = [];
  const head: number[] = [];
  for (const row of rows) {
    if (row.sizes === undefined) continue;
    const list = row.sizes === 'header' ? head : body;
    row.cells.forEach((cell, i) => {
      if (cell.value === null) return;
      const w = displayWidth(shownText(cell));
      list[i + 1] = Math.max(list[i + 1] ?? 0, row.sizes === 'header' ? Math.min(w, HEADER_WRAP) : w);
    });
  }
  const count = Math.max(body.length, head.length);
  for (let c = 1; c < count; c++) ws.getColumn(c).width = Math.min(Math.max(body[c] ?? 0, head[c] ?? 0, 4) + 2, maxWidth);
}

const THIN = { style: 'thin' } as const;

function alignmentOf(cell: CellSpec): Partial<import('exceljs').Alignment> | undefined {
  if (cell.indent !== undefined) return { horizontal: 'left', indent: cell.indent };
  if (cell.align === undefined && !cell.wrap) return undefined;
  return { ...(cell.align ? { horizontal: cell.align } : {}), ...(cell.wrap ? { wrapText: true, vertical: 'middle' as const } : {}) };
}

function writeRow(ws: Worksheet, spec: RowSpec): void {
  const row = ws.getRow(spec.at);
  let col = 1;
  for (const cell of spec.cells) {
    const target = row.getCell(col);
    const alignment = alignmentOf(cell);
    if (alignment) target.alignment = alignment;
    if (cell.value !== null) target.value = cell.value;
    if (cell.numFmt !== undefined && cell.value !== null) target.numFmt = cell.numFmt;
    if (cell.bold || cell.italic || cell.size) target.font = { ...(cell.bold ? { bold: true } : {}), ...(cell.italic ? { italic: true } : {}), ...(cell.size ? { size: cell.size } : {}) };
    const columns = cell.merge?.columns ?? 1;
    const rows = cell.merge?.rows ?? 1;
    if (cell.border)
      for (let r = spec.at; r < spec.at + rows; r++)
        for (let c = col; c < col + columns; c++) ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    if (columns > 1 || rows > 1) ws.mergeCells(spec.at, col, spec.at + rows - 1, col + columns - 1);
    col += columns;
  }
  if (spec.bold) row.font = { bold: true };
  if (spec.height !== undefined) row.height = spec.height;
}

/** Bold, shaded, wrapped header cells; the row is as tall as its longest wrapped header needs. */
function styleHeader(ws: Worksheet, at: number, headers: readonly string[]): void {
  const row = ws.getRow(at);
  let lines = 1;
  headers.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = { bottom: { style: 'thin' } };
    lines = Math.max(lines, Math.ceil(displayWidth(text) / (ws.getColumn(i + 1).width ?? 10)));
  });
  row.height = 15 * lines;
}

/** A sheet that prints landscape on A4, as wide as the page, with its frozen (or title) rows on every page. */
function addSheet(wb: Workbook, spec: SheetSpec): Worksheet {
  const frozen = spec.freeze;
  const titles = spec.print?.titleRows ?? (frozen ? [1, frozen.rows] : undefined);
  const ws = wb.addWorksheet(spec.name, {
    views: frozen ? [{ state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows }] : [],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9, // A4
      ...(spec.print?.scale !== undefined ? { fitToPage: false, scale: spec.print.scale } : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ...(spec.print?.titleColumns ? { printTitlesColumn: spec.print.titleColumns } : {}),
      ...(titles ? { printTitlesRow: `${titles[0]}:${titles[1]}` } : {}),
      ...(spec.print?.margins ? { margins: { ...spec.print.margins } } : {}),
    },
  });
  if (spec.print?.footer !== undefined) ws.headerFooter = { oddFooter: spec.print.footer, evenFooter: spec.print.footer };
  return ws;
}

function writeSheet(wb: Workbook, spec: SheetSpec): void {
  const ws = addSheet(wb, spec);
  if (spec.title) {
    const title = ws.getCell(1, 1);
    title.value = spec.title.text;
    title.font = { bold: true, size: 13 };
    if (spec.title.span > 1) ws.mergeCells(1, 1, 1, spec.title.span);
  }
  for (const row of spec.rows) writeRow(ws, row);
  const f = spec.autoFilter;
  if (f) ws.autoFilter = { from: { row: f.fromRow, column: 1 }, to: { row: f.toRow, column: f.columns } };
  if (spec.widths) spec.widths.forEach((w, i) => void (ws.getColumn(i + 1).width = w));
  else applyWidths(ws, spec.rows, spec.maxWidth);
  if (spec.header) styleHeader(ws, spec.header.at, spec.header.cells);
}

/** The workbook's bytes. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const ExcelJS = loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'parindex';
  wb.lastModifiedBy = 'parindex';
  wb.title = spec.title;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  for (const sheet of spec.sheets) writeSheet(wb, sheet);
  return stampZipEntries(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const FORBIDDEN_IN_SHEET_NAME = /[*?:/\\[\]\u0000-\u001f]/g;
const SHEET_NAME_MAX = 31;

/** Names sheets as Excel allows: at most 31 characters, none of * ? : \ / [ ], no edge apostrophe, unique. */
export function sheetNamer(): (wanted: string) => string {
  const taken = new Set<string>();
  const trimEdges = (s: string): string => s.replace(/^[\s']+|[\s']+$/g, '');
  return (wanted) => {
    const base = trimEdges(nfc(wanted).replace(FORBIDDEN_IN_SHEET_NAME, '-')) || 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      let head = '';
      for (const ch of base) {
        if (head.length + ch.length > SHEET_NAME_MAX - suffix.length) break;
        head += ch;
      }
      const name = trimEdges(head) + suffix;
      const key = name.toLocaleLowerCase('vi');
      if (key !== 'history' && !taken.has(key)) {
        taken.add(key);
        return name;
      }
    }
  };
}

const DOS_DATE_2000_01_01 = ((2000 - 1980) << 9) | (1 << 5) | 1;

/**
 * The determinism adapter. exceljs zips the workbook with JSZip, which stamps every entry with the current time
 * (exceljs passes no date), so two runs would differ in those bytes alone. Stamping each entry, in its local header
 * and in the central directory, with the workbook's fixed date makes the same run give the same bytes. Only
 * metadata is touched: should the archive not look as expected, it is returned as it is, still valid.
 */
export function stampZipEntries(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const stamp = (at: number): void => {
    view.setUint16(at, 0, true);
    view.setUint16(at + 2, DOS_DATE_2000_01_01, true);
  };
  // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 0xffff; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return zip;
  let entry = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (entry + 46 > zip.length || view.getUint32(entry, true) !== 0x02014b50) return zip;
    const local = view.getUint32(entry + 42, true);
    if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50) return zip;
    stamp(entry + 12);
    stamp(local + 10);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
  return zip;
}
