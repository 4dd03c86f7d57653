/**
 * One sheet spec → its worksheet XML, in pieces, a row at a time: nothing of the sheet is held but the column
 * widths, the merged ranges and the cells a merge carries into rows not yet written. Rows must come in ascending
 * order (they do: every spec is written top to bottom).
 *
 * The looks follow what the sheets have always had: a merged range's cells all take the look of its first cell; a
 * bold row makes every written cell in it bold; the header row is bold, shaded, wrapped at the top and underlined,
 * whatever its cells said.
 */
import { watchHeap } from '../../core/heap.js';
import { displayWidth } from '../../core/text.js';
import { MAX_ROWS, XlsxTooLarge } from './limits.js';
import type { Look, Styles } from './styles.js';
import { cellText, columnLetter, escapeXml } from './xml.js';
import type { CellSpec, RowSpec, SheetSpec } from './spec.js';

const HEADER_WRAP = 18;
const HEADER_FILL = 'FFE7E6E6';
/** Excel's margins when none are given, in inches */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;
/** The tallest a row may be in Excel, in points */
const MAX_ROW_HEIGHT = 409;

/** How often (rows, less one: a mask) a long sheet checks how far the heap has grown */
const HEAP_CHECK_ROWS = 255;
/** Width of a column Excel has not been told, for sizing a wrapped header */
const DEFAULT_WIDTH = 10;

/** Decimals of a number format (`0.00` → 2), by format */
const decimalsOf = new Map<string, number>();
/** Widths of numbers as shown, by decimals then value: a sheet's numbers repeat a few values over and over */
const shownWidths = new Map<number, Map<number, number>>();
const SHOWN_WIDTHS_MAX = 1 << 16;

/** How wide a cell shows, near enough to size its column. */
function shownWidth(cell: CellSpec): number {
  if (cell.widthText !== undefined) return displayWidth(cell.widthText);
  const v = cell.value;
  if (typeof v === 'number' && cell.numFmt !== undefined) {
    let decimals = decimalsOf.get(cell.numFmt);
    if (decimals === undefined) decimalsOf.set(cell.numFmt, (decimals = cell.numFmt.split('.')[1]?.length ?? 0));
    let byValue = shownWidths.get(decimals);
    if (byValue === undefined) shownWidths.set(decimals, (byValue = new Map()));
    let w = byValue.get(v);
    if (w === undefined) {
      w = v.toFixed(decimals).length;
      if (byValue.size < SHOWN_WIDTHS_MAX) byValue.set(v, w);
    }
    return w;
  }
  return v === null ? 0 : displayWidth(String(v));
}

/** Column widths (index 1 = column A) from what the cells show; a long header wraps rather than widening its column. */
export function measuredWidths(rows: Iterable<RowSpec>, maxWidth: number, heapCheck?: () => void): number[] {
  const body: number[] = [];
  const head: number[] = [];
  let n = 0;
  for (const row of rows) {
    if ((++n & HEAP_CHECK_ROWS) === 0) heapCheck?.();
    if (row.sizes === undefined) continue;
    const header = row.sizes === 'header';
    const list = header ? head : body;
    const cells = row.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell.value === null) continue;
      const w = shownWidth(cell);
      const at = i + 1;
      const was = list[at] ?? 0;
      const now = header ? Math.min(w, HEADER_WRAP) : w;
      if (now > was) list[at] = now;
    }
  }
  const widths: number[] = [];
  const count = Math.max(body.length, head.length);
  for (let c = 1; c < count; c++) widths[c] = Math.min(Math.max(body[c] ?? 0, head[c] ?? 0, 4) + 2, maxWidth);
  return widths;
}

function lookOf(cell: CellSpec): Look {
  const look: { -readonly [K in keyof Look]: Look[K] } = {};
  if (cell.value !== null && cell.numFmt !== undefined) look.numFmt = cell.numFmt;
  if (cell.bold) look.bold = true;
  if (cell.italic) look.italic = true;
  if (cell.size) look.size = cell.size;
  if (cell.indent !== undefined) {
    look.horizontal = 'left';
    look.indent = cell.indent;
  } else {
    if (cell.align) look.horizontal = cell.align;
    if (cell.wrap) {
      look.wrap = true;
      look.vertical = 'middle';
    }
  }
  if (cell.border) look.border = 'all';
  return look;
}

interface Out {
  value: CellSpec['value'];
  look: Look;
  /** A cell of a merged range other than its first: no value of its own */
  slave?: boolean;
}

/** Numbers as text, by value: a sheet's numbers repeat a few values over and over, and a double's shortest text is slow to make */
const numberTexts = new Map<number, string>();
function numberText(v: number): string {
  let t = numberTexts.get(v);
  if (t === undefined) {
    t = String(v);
    if (numberTexts.size < SHOWN_WIDTHS_MAX) numberTexts.set(v, t);
  }
  return t;
}

function cellXml(ref: string, v: CellSpec['value'], style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  // empty text is an empty cell: readers differ on an empty inline string (null to some, '' to others)
  if (v === null || v === '') return `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${numberText(v)}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  const text = cellText(v);
  const space = PRESERVE.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/** Text whose spaces a reader would drop unless told to keep them */
const PRESERVE = /^\s|\s$|\n/;

/** The style of a cell spec as it is, with no row or merge to change it. */
function styleOf(cell: CellSpec, styles: Styles): number {
  if (cell.size || cell.indent !== undefined) return styles.of(lookOf(cell));
  return styles.ofPlain(cell.value !== null ? cell.numFmt : undefined, cell.bold === true, cell.italic === true, cell.align, cell.wrap === true, cell.border === true);
}

/** A row of cells that no merge, header or bold row touches: most rows of a large sheet. */
function plainRowXml(row: RowSpec, styles: Styles): string {
  let xml = `<row r="${row.at}"${row.height !== undefined ? ` ht="${Math.min(row.height, MAX_ROW_HEIGHT)}" customHeight="1"` : ''}>`;
  let any = false;
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const style = styleOf(cell, styles);
    if (style === 0 && (cell.value === null || cell.value === '')) continue;
    xml += cellXml(`${columnLetter(i + 1)}${row.at}`, cell.value, style);
    any = true;
  }
  return any || row.height !== undefined ? `${xml}</row>` : '';
}

const isPlainRow = (row: RowSpec): boolean => {
  if (row.bold) return false;
  for (const cell of row.cells) if (cell.merge !== undefined) return false;
  return true;
};

/** Quoted as a formula or defined name refers to a sheet: 'Xã (2)'!… */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The worksheet XML of a spec, in pieces. */
export function* sheetXml(spec: SheetSpec, styles: Styles, selected: boolean): Generator<string> {
  const heapCheck = watchHeap();
  const widths = spec.widths ? [undefined, ...spec.widths] : measuredWidths(spec.rows, spec.maxWidth, heapCheck);
  const fit = spec.print?.scale === undefined;
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  yield `<sheetPr><pageSetUpPr fitToPage="${fit ? 1 : 0}"/></sheetPr>`;
  yield sheetViews(spec, selected);
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  const cols: string[] = [];
  for (let c = 1; c < widths.length; c++) {
    const w = widths[c];
    if (w !== undefined) cols.push(`<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`);
  }
  if (cols.length > 0) yield `<cols>${cols.join('')}</cols>`;

  yield '<sheetData>';
  const merges: string[] = [];
  /** Cells of merged ranges in rows below the one being written: row → column → cell */
  const carried = new Map<number, Map<number, Out>>();
  const header = spec.header;
  let last = 0;

  const rowXml = (at: number, cells: Map<number, Out>, height: number | undefined, bold: boolean): string => {
    const isHeader = header !== undefined && header.at === at;
    let lines = 1;
    if (isHeader)
      header.cells.forEach((text, i) => {
        const c = i + 1;
        const out = cells.get(c) ?? { value: null, look: {} };
        // the header's look replaces the cell's own font, alignment and border, as it always has
        const { numFmt, size: _size, bold: _bold, italic: _italic, horizontal: _h, vertical: _v, wrap: _w, indent: _i, border: _b, fill: _f, ...rest } = out.look;
        out.look = { ...rest, ...(numFmt !== undefined ? { numFmt } : {}), bold: true, wrap: true, vertical: 'top', fill: HEADER_FILL, border: 'bottom' };
        cells.set(c, out);
        lines = Math.max(lines, Math.ceil(displayWidth(text) / (widths[c] ?? DEFAULT_WIDTH)));
      });
    const wanted = isHeader ? 15 * lines : height;
    const h = wanted === undefined ? undefined : Math.min(wanted, MAX_ROW_HEIGHT);
    const columns = [...cells.keys()].sort((a, b) => a - b);
    let xml = `<row r="${at}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}>`;
    let any = false;
    for (const c of columns) {
      const out = cells.get(c)!;
      // a bold row's font replaces its cells' own (size and italics too), as it always has
      if (bold && !isHeader && (out.value !== null || out.slave)) out.look = { ...out.look, bold: true, italic: undefined, size: undefined };
      const style = styles.of(out.look);
      if (style === 0 && (out.value === null || out.slave)) continue;
      xml += cellXml(`${columnLetter(c)}${at}`, out.slave ? null : out.value, style);
      any = true;
    }
    if (!any && h === undefined) return '';
    return `${xml}</row>`;
  };

  const carriedRow = (at: number): Map<number, Out> => {
    const cells = carried.get(at) ?? new Map<number, Out>();
    carried.delete(at);
    return cells;
  };
  /** Rows below the last written that only merged ranges reach, up to (not including) `before` */
  function* carriedUpTo(before: number): Generator<string> {
    if (carried.size === 0) return;
    for (const at of [...carried.keys()].sort((a, b) => a - b)) {
      if (at >= before) break;
      const xml = rowXml(at, carriedRow(at), undefined, false);
      if (xml !== '') yield xml;
    }
  }

  /** A cell that a merged range already covers (not its first cell), in this row or one below */
  const covered = (r: number, c: number, cells: Map<number, Out>): boolean => (r === last ? cells.get(c)?.slave === true : carried.get(r)?.has(c) === true);
  const merge = (at: number, col: number, rows: number, columns: number, look: Look, cells: Map<number, Out>): void => {
    const range = `${columnLetter(col)}${at}:${columnLetter(col + columns - 1)}${at + rows - 1}`;
    for (let r = at; r < at + rows; r++)
      for (let c = col; c < col + columns; c++)
        if (covered(r, c, cells)) throw new RangeError(`sheet ${spec.name}: merged range ${range} overlaps another at ${columnLetter(c)}${r}`);
    merges.push(range);
    for (let r = at; r < at + rows; r++)
      for (let c = col; c < col + columns; c++) {
        if (r === at && c === col) continue;
        const slave: Out = { value: null, look, slave: true };
        if (r === at) cells.set(c, slave);
        else {
          let row = carried.get(r);
          if (row === undefined) carried.set(r, (row = new Map()));
          row.set(c, slave);
        }
      }
  };

  const rows = spec.title ? prepend({ at: 1, cells: [{ value: spec.title.text, bold: true, size: 13, merge: { columns: spec.title.span } }] }, spec.rows) : spec.rows;
  let n = 0;
  for (const row of rows) {
    if ((++n & HEAP_CHECK_ROWS) === 0) heapCheck();
    if (row.at <= last) throw new RangeError(`sheet ${spec.name}: row ${row.at} comes after row ${last}`);
    if (row.at > MAX_ROWS) throw new XlsxTooLarge({ kind: 'rows', sheet: spec.name, rows: row.at, max: MAX_ROWS });
    yield* carriedUpTo(row.at);
    last = row.at;
    if (isPlainRow(row) && header?.at !== row.at && !carried.has(row.at)) {
      const xml = plainRowXml(row, styles);
      if (xml !== '') yield xml;
      continue;
    }
    const cells = carriedRow(row.at);
    let col = 1;
    for (const cell of row.cells) {
      const columns = cell.merge?.columns ?? 1;
      const span = cell.merge?.rows ?? 1;
      const existing = cells.get(col);
      // a value under a merged range would be hidden by it (Excel shows the first cell's only)
      if (existing?.slave && (cell.value !== null || cell.merge !== undefined)) throw new RangeError(`sheet ${spec.name}: ${columnLetter(col)}${row.at} is inside a merged range`);
      // a cell spec with nothing else to say leaves a merged range's cell as it is
      if (!(existing?.slave && isPlain(cell))) {
        const look = lookOf(cell);
        cells.set(col, { value: cell.value, look });
        if (columns > 1 || span > 1) merge(row.at, col, span, columns, look, cells);
      }
      col += columns;
    }
    const xml = rowXml(row.at, cells, row.height, row.bold === true);
    if (xml !== '') yield xml;
  }
  yield* carriedUpTo(Infinity);
  yield '</sheetData>';

  const f = spec.autoFilter;
  if (f) yield `<autoFilter ref="A${f.fromRow}:${columnLetter(f.columns)}${f.toRow}"/>`;
  if (merges.length > 0) yield `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  const m = spec.print?.margins ?? DEFAULT_MARGINS;
  yield `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  yield `<pageSetup paperSize="9" orientation="landscape"${fit ? ' fitToWidth="1" fitToHeight="0"' : ` scale="${spec.print?.scale}"`}/>`;
  const footer = spec.print?.footer;
  if (footer !== undefined) yield `<headerFooter><oddFooter>${escapeXml(footer)}</oddFooter><evenFooter>${escapeXml(footer)}</evenFooter></headerFooter>`;
  yield '</worksheet>';
}

const isPlain = (cell: CellSpec): boolean =>
  cell.numFmt === undefined && !cell.bold && !cell.italic && !cell.size && cell.align === undefined && !cell.wrap && !cell.border && cell.merge === undefined && cell.indent === undefined;

function* prepend<T>(first: T, rest: Iterable<T>): Generator<T> {
  yield first;
  yield* rest;
}

function sheetViews(spec: SheetSpec, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : '';
  const frozen = spec.freeze;
  if (!frozen || (frozen.columns === 0 && frozen.rows === 0)) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const pane = frozen.columns > 0 && frozen.rows > 0 ? 'bottomRight' : frozen.columns > 0 ? 'topRight' : 'bottomLeft';
  const split = `${frozen.columns > 0 ? ` xSplit="${frozen.columns}"` : ''}${frozen.rows > 0 ? ` ySplit="${frozen.rows}"` : ''}`;
  const topLeft = `${columnLetter(frozen.columns + 1)}${frozen.rows + 1}`;
  return `<sheetViews><sheetView${tab} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

/** The print titles of a sheet as Excel names them: 'Sheet'!$A:$D,'Sheet'!$1:$2; none when it has none. */
export function printTitles(spec: SheetSpec): string | undefined {
  const titles = spec.print?.titleRows ?? (spec.freeze && spec.freeze.rows > 0 ? [1, spec.freeze.rows] : undefined);
  const parts: string[] = [];
  const columns = spec.print?.titleColumns;
  if (columns !== undefined) {
    const [from, to = from] = columns.split(':');
    parts.push(`${sheetRef(spec.name)}!$${from}:$${to}`);
  }
  if (titles) parts.push(`${sheetRef(spec.name)}!$${titles[0]}:$${titles[1]}`);
  return parts.length > 0 ? parts.join(',') : undefined;
}
