/**
 * The XLSX report: a sheet per block (the ranked table with real numbers), the units not ranked, the criteria set,
 * and the run's tool, inputs, hashes, options and diagnostics. Same inputs → a workbook that reads back identical.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { loadExcelJs } from '../core/exceljs.js';
import { formatScaled, type Micro } from '../core/decimal.js';
import { displayWidth, nfc } from '../core/text.js';
import { walk } from '../criteria/model.js';
import { messageOf } from '../diagnostics/catalogue.js';
import { formatLocation } from '../diagnostics/location.js';
import type { Lang } from '../diagnostics/types.js';
import type { BlockTable } from '../ranking/rank.js';
import { describeRule } from './criteria-show.js';
import { diagnosticsOf, fieldIndexText, meanText, num, tableHeader, type FormatContext, type RunResult } from './result.js';
import { label, word, xlsxWord } from './words.js';


/** Workbook dates are fixed so that the same run gives the same workbook. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
/** Diagnostics listed on the run sheet; all are counted there. */
export const MAX_DIAGNOSTIC_ROWS = 5000;



const t = xlsxWord;

type Value = string | number | boolean | null;

/** A cell to write: a value, with the number format it is shown in. */
interface Out {
  readonly value: Value;
  readonly numFmt?: string;
}

const plain = (value: Value): Out => ({ value });

/** `0.00` for two decimals, `0` for none. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/** The text Excel shows for a cell, near enough to size its column. */
function shownText(cell: Out): string {
  if (typeof cell.value === 'number' && cell.numFmt !== undefined) {
    const decimals = cell.numFmt.split('.')[1]?.length ?? 0;
    return cell.value.toFixed(decimals);
  }
  return cell.value === null ? '' : String(cell.value);
}

const HEADER_WRAP = 18;
const MAX_WIDTH = 60;

/** Column widths from what the cells show; a long header wraps rather than widening its column. */
class Widths {
  private readonly body: number[] = [];
  private readonly head: number[] = [];

  note(col: number, cell: Out, header = false): void {
    const w = displayWidth(shownText(cell));
    const list = header ? this.head : this.body;
    list[col] = Math.max(list[col] ?? 0, header ? Math.min(w, HEADER_WRAP) : w);
  }

  apply(ws: Worksheet, maxWidth = MAX_WIDTH): void {
    const count = Math.max(this.body.length, this.head.length);
    for (let c = 1; c < count; c++) ws.getColumn(c).width = Math.min(Math.max(this.body[c] ?? 0, this.head[c] ?? 0, 4) + 2, maxWidth);
  }
}

function writeRow(ws: Worksheet, rowNo: number, cells: readonly Out[], widths?: Widths, header = false): void {
  const row = ws.getRow(rowNo);
  cells.forEach((cell, i) => {
    if (cell.value === null) return;
    const target = row.getCell(i + 1);
    target.value = cell.value;
    if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
    widths?.note(i + 1, cell, header);
  });
}

function styleTitle(ws: Worksheet, rowNo: number, text: string, columns: number): void {
  const cell = ws.getCell(rowNo, 1);
  cell.value = text;
  cell.font = { bold: true, size: 13 };
  if (columns > 1) ws.mergeCells(rowNo, 1, rowNo, columns);
}

/** Bold, shaded, wrapped header cells; the row is as tall as its longest wrapped header needs. */
function styleHeader(ws: Worksheet, rowNo: number, headers: readonly string[]): void {
  const row = ws.getRow(rowNo);
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

/** A sheet that prints landscape, as wide as the page, and keeps its title and header rows in view. */
function addSheet(wb: Workbook, name: string, frozen?: { columns: number; rows: number }): Worksheet {
  return wb.addWorksheet(name, {
    views: frozen ? [{ state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows }] : [],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(frozen ? { printTitlesRow: `1:${frozen.rows}` } : {}),
    },
  });
}

const sectionTitle = (ws: Worksheet, rowNo: number, text: string): void => {
  const cell = ws.getCell(rowNo, 1);
  cell.value = text;
  cell.font = { bold: true };
};

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

const numberOrNull = (text: string): number | null => (text === '' ? null : Number(text));

function blockSheet(wb: Workbook, name: string, block: BlockTable, r: RunResult, lang: Lang): void {
  const set = r.criteria.set;
  const fmt = numberFormat(set.decimals);
  const fields = set.fields;
  const header = tableHeader(r, lang, 'full');
  header.splice(4 + fields.length, 0, ...fields.map((f) => `${t('fieldIndex', lang)} ${label('field', lang)}${f.code} (%)`));
  const points = (m: Micro): Out => ({ value: num(m), numFmt: fmt });
  const rows = block.rows.map((row): Out[] => {
    const s = row.score;
    return [
      { value: row.rank, numFmt: '0' },
      plain(block.name),
      plain(s.unit.code),
      plain(s.unit.name),
      ...s.fieldPoints.map(points),
      ...fields.map((_, i) => ({ value: numberOrNull(fieldIndexText(row, i, r)), numFmt: fmt })),
      points(s.total),
      points(s.effectiveMax),
      { value: Number(formatScaled(row.indexScaled, set.decimals)), numFmt: fmt },
      plain(row.band),
    ];
  });

  const ws = addSheet(wb, name, { columns: 4, rows: 2 });
  const widths = new Widths();
  styleTitle(ws, 1, `${set.title} — ${block.name}`, header.length);
  writeRow(ws, 2, header.map(plain), widths, true);
  rows.forEach((cells, i) => writeRow(ws, 3 + i, cells, widths));
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: header.length } };

  const footer: Out[][] = [];
  if (block.meanScaled12 !== undefined) footer.push([plain(label('mean', lang)), { value: Number(meanText(block, r)), numFmt: fmt }]);
  footer.push([plain(t('unitCount', lang)), { value: block.rows.length, numFmt: '0' }]);
  for (const b of block.bandCounts) footer.push([plain(`${label('band', lang)}: ${b.label}`), { value: b.count, numFmt: '0' }]);
  // The footer sits under the unit names, its numbers under the first field, clear of the filtered range.
  footer.forEach((cells, i) => writeRow(ws, 4 + rows.length + i, [plain(null), plain(null), plain(null), ...cells]));
  widths.apply(ws);
  styleHeader(ws, 2, header);
}

function excludedSheet(wb: Workbook, name: string, r: RunResult, lang: Lang): void {
  const blockName = new Map(r.criteria.set.blocks.map((b) => [b.id, b.name]));
  const header = [label('code', lang), label('unit', lang), label('block', lang), t('file', lang), t('sheet', lang), t('row', lang), t('errorCount', lang)];
  const ws = addSheet(wb, name, { columns: 0, rows: 2 });
  const widths = new Widths();
  styleTitle(ws, 1, label('excluded', lang), header.length);
  writeRow(ws, 2, header.map(plain), widths, true);
  r.outcome.excluded.forEach((u, i) =>
    writeRow(
      ws,
      3 + i,
      [
        plain(u.code),
        plain(u.name),
        plain(u.blockId === undefined ? null : (blockName.get(u.blockId) ?? u.blockId)),
        plain(u.source.file),
        plain(u.source.sheet ?? null),
        { value: u.source.row, numFmt: '0' },
        { value: u.errors, numFmt: '0' },
      ],
      widths,
    ),
  );
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + r.outcome.excluded.length, column: header.length } };
  widths.apply(ws);
  styleHeader(ws, 2, header);
}

/** Per unit with both scores: the two totals, then each criterion where they differ. */
function reconcileSheet(wb: Workbook, name: string, r: RunResult, lang: Lang): void {
  const fmt = numberFormat(r.criteria.set.decimals);
  const header = [label('code', lang), label('unit', lang), word('criterion', lang), t('selfPoints', lang), t('appraisedPoints', lang), t('difference', lang)];
  const ws = addSheet(wb, name, { columns: 2, rows: 2 });
  const widths = new Widths();
  styleTitle(ws, 1, t('reconcileTitle', lang), header.length);
  writeRow(ws, 2, header.map(plain), widths, true);
  const points = (m: number): Out => (Number.isNaN(m) ? plain(t('notApplicable', lang)) : { value: num(m), numFmt: fmt });
  const diff = (a: number, b: number): Out => (Number.isNaN(a) || Number.isNaN(b) ? plain(null) : { value: num(a - b), numFmt: fmt });
  let rowNo = 3;
  for (const rc of r.outcome.reconciliation) {
    writeRow(ws, rowNo++, [plain(rc.unit.code), plain(rc.unit.name), plain(t('unitTotal', lang)), points(rc.selfTotal), points(rc.appraisedTotal), diff(rc.appraisedTotal, rc.selfTotal)], widths);
    for (const d of rc.differences)
      writeRow(ws, rowNo++, [plain(rc.unit.code), plain(rc.unit.name), plain(`${d.leaf.code} ${d.leaf.name}`), points(d.self), points(d.appraised), diff(d.appraised, d.self)], widths);
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: rowNo - 1, column: header.length } };
  widths.apply(ws);
  styleHeader(ws, 2, header);
}

function criteriaSheet(wb: Workbook, name: string, r: RunResult, lang: Lang): void {
  const set = r.criteria.set;
  const fmt = numberFormat(set.decimals);
  const header = [word('code', lang), word('criterion', lang), word('max', lang), word('method', lang), word('scoring', lang), t('naAllowed', lang)];
  const ws = addSheet(wb, name, { columns: 0, rows: 2 });
  const widths = new Widths();
  styleTitle(ws, 1, `${set.title} (${set.id})`, header.length);
  writeRow(ws, 2, header.map(plain), widths, true);
  let rowNo = 3;
  for (const node of walk(set.fields)) {
    const leaf = node.children.length === 0;
    writeRow(
      ws,
      rowNo,
      [
        plain(node.code),
        plain(node.name),
        { value: num(node.max), numFmt: fmt },
        plain(leaf || node.depth === 0 ? word(node.method, lang) : null),
        plain(leaf && node.rule ? describeRule(node.rule, node.max, lang) : null),
        plain(leaf ? word(node.naAllowed ? 'yes' : 'no', lang) : null),
      ],
      widths,
    );
    // Indentation shows the tree while the cell keeps the bare code (filters and lookups still find it).
    const code = ws.getCell(rowNo, 1);
    code.alignment = { horizontal: 'left', indent: node.depth };
    widths.note(1, plain(`${'  '.repeat(node.depth)}${node.code}`));
    if (node.depth === 0) ws.getRow(rowNo).font = { bold: true };
    rowNo++;
  }
  if (set.adjustments.length > 0) {
    sectionTitle(ws, ++rowNo, word('adjustments', lang));
    for (const a of set.adjustments)
      writeRow(ws, ++rowNo, [plain(a.code), plain(a.name), { value: num(a.max), numFmt: fmt }, plain(null), plain(word(a.kind, lang))], widths);
    rowNo++;
  }
  const bandSections = [{ name: t('allBlocks', lang), bands: set.bands }, ...set.blocks.filter((b) => b.bands.length > 0)];
  if (bandSections.some((s) => s.bands.length > 0)) {
    sectionTitle(ws, ++rowNo, word('bands', lang));
    writeRow(ws, ++rowNo, [label('block', lang), label('band', lang), t('bandFrom', lang)].map(plain));
    ws.getRow(rowNo).font = { bold: true };
    for (const s of bandSections) for (const b of s.bands) writeRow(ws, ++rowNo, [plain(s.name), plain(b.label), plain(num(b.min))], widths);
  }
  widths.apply(ws, 80);
  styleHeader(ws, 2, header);
}

const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

const optionValue = (v: RunResult['options'][string]): Value => (Array.isArray(v) ? v.join(', ') : (v as Value));

function runSheet(wb: Workbook, name: string, r: RunResult, lang: Lang): void {
  const set = r.criteria.set;
  const sink = r.outcome.sink;
  const ws = addSheet(wb, name);
  const widths = new Widths();
  let rowNo = 1;
  const line = (cells: Out[]): void => writeRow(ws, rowNo++, cells, widths);
  const heading = (text: string): void => {
    rowNo++;
    sectionTitle(ws, rowNo++, text);
  };
  const tableHead = (cells: string[]): void => {
    writeRow(ws, rowNo, cells.map(plain), widths, true);
    ws.getRow(rowNo++).font = { bold: true };
  };

  /** A key and its value, the value left-aligned whether text or number. */
  const entry = (key: string, value: Out): void => {
    ws.getCell(rowNo, 2).alignment = { horizontal: 'left' };
    line([plain(key), value]);
  };
  const count = (key: string, n: number): void => entry(key, { value: n, numFmt: '0' });

  styleTitle(ws, rowNo++, `${r.tool.name} ${r.tool.version}`, 1);
  heading(t('criteriaSet', lang));
  entry('id', plain(set.id));
  entry(t('title', lang), plain(set.title));
  entry(capitalised(word('year', lang)), plain(set.year));
  entry(t('file', lang), plain(r.criteria.file));
  entry('SHA-256', plain(r.criteria.sha256));

  heading(t('inputs', lang));
  tableHead([t('file', lang), 'SHA-256', t('bytes', lang)]);
  for (const input of r.inputs) line([plain(input.file), plain(input.sha256), { value: input.bytes, numFmt: '0' }]);

  heading(t('options', lang));
  for (const [key, value] of Object.entries(r.options)) entry(key, plain(optionValue(value)));

  heading(t('diagnostics', lang));
  count(capitalised(word('errors', lang)), sink.counts.error);
  count(capitalised(word('warnings', lang)), sink.counts.warning);
  count(capitalised(word('info', lang)), sink.counts.info);
  count(t('dropped', lang), sink.dropped);
  const kept = diagnosticsOf(r);
  if (kept.length > 0) {
    rowNo++;
    tableHead([word('code', lang), t('severity', lang), t('location', lang), t('message', lang)]);
    for (const d of kept.slice(0, MAX_DIAGNOSTIC_ROWS))
      line([plain(d.code), plain(word(d.severity, lang)), plain(formatLocation(d.location, lang)), plain(messageOf(d, lang))]);
    if (kept.length > MAX_DIAGNOSTIC_ROWS) line([plain(`… ${kept.length - MAX_DIAGNOSTIC_ROWS} ${t('notListed', lang)}`)]);
  }
  widths.apply(ws, 100);
}

const DOS_DATE_2000_01_01 = ((2000 - 1980) << 9) | (1 << 5) | 1;

/**
 * exceljs zips the workbook with JSZip, which stamps every entry with the current time (exceljs passes no date), so
 * two runs would differ in those bytes alone. Stamping each entry, in its local header and in the central directory,
 * with the workbook's fixed date makes the same run give the same bytes. Only metadata is touched: should the archive
 * not look as expected, it is returned as it is, still valid.
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

export async function renderXlsx(r: RunResult, ctx: FormatContext): Promise<Uint8Array> {
  const { lang } = ctx;
  const ExcelJS = loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'parindex';
  wb.lastModifiedBy = 'parindex';
  wb.title = r.criteria.set.title;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;

  const nameSheet = sheetNamer();
  // The fixed sheets claim their names first; a block that happens to share one gets a numbered name instead.
  const criteriaName = nameSheet(t('criteriaSheet', lang));
  const runName = nameSheet(t('runSheet', lang));
  const excludedName = r.outcome.excluded.length > 0 ? nameSheet(t('excludedSheet', lang)) : undefined;
  const reconcileName = r.outcome.reconciliation.length > 0 ? nameSheet(t('reconcileSheet', lang)) : undefined;
  for (const block of r.outcome.blocks) blockSheet(wb, nameSheet(block.name), block, r, lang);
  if (excludedName !== undefined) excludedSheet(wb, excludedName, r, lang);
  if (reconcileName !== undefined) reconcileSheet(wb, reconcileName, r, lang);
  criteriaSheet(wb, criteriaName, r, lang);
  runSheet(wb, runName, r, lang);
  return stampZipEntries(new Uint8Array(await wb.xlsx.writeBuffer()));
}
