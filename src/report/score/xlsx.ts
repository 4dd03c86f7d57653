/**
 * `parindex score --format xlsx` as sheet specs: a sheet per block (the ranked table with real numbers), the units
 * not ranked, the reconciliation, the criteria set, and the run's tool, inputs, hashes, options and diagnostics.
 * src/report/xlsx/writer.ts writes them.
 */
import { toNumber } from '../../core/decimal.js';
import { formatLocation } from '../../diagnostics/location.js';
import type { Lang } from '../../diagnostics/types.js';
import { describeRule } from '../criteria/show.js';
import type { AnnexOptions, RenderContext } from '../context.js';
import type { ReportBlock, RunReport } from '../model/schema.js';
import { mapRows } from '../model/rows.js';
import { walkNodes } from '../model/walk.js';
import { messageText } from '../text.js';
import { label, word, xlsxWord as t } from '../words.js';
import { MAX_ROWS, XlsxTooLarge } from '../xlsx/limits.js';
import { numberFormat, sheetNamer, writeWorkbook, type CellSpec, type CellValue, type RowSpec, type SheetSpec } from '../xlsx/writer.js';
import { annexSheet } from './annex.js';
import { CAPPED_MARK, columnIndex, tableHeader } from './columns.js';
import { scoreWord } from './words.js';

/**
 * Where each sheet of the XLSX report freezes panes: the columns kept in view while scrolling right, and the rows
 * (title and header) kept in view while scrolling down and printed at the top of every page.
 */
export const FROZEN_PANES = {
  /** The annex: its frozen rows end with its two header rows, wherever the heading puts them */
  block: { columns: 3 },
  detail: { columns: 4, rows: 2 },
  excluded: { columns: 0, rows: 2 },
  reconciliation: { columns: 2, rows: 2 },
  criteria: { columns: 0, rows: 2 },
} as const;

/** Rows above and below the units on a block's sheets, at most: heading, header, summary, signature, bands */
const SHEET_ROWS_AROUND_UNITS = 40;

/** Diagnostics listed on the run sheet; all are counted there. */
export const MAX_DIAGNOSTIC_ROWS = 5000;

const plain = (value: CellValue): CellSpec => ({ value });
const headerRow = (at: number, cells: readonly string[]): RowSpec => ({ at, cells: cells.map(plain), sizes: 'header' });

/** A table sheet: title, header in row 2, `count` body rows from row 3 (read as the sheet is written), filtered on the header. */
function tableSheet(
  name: string,
  title: string,
  header: readonly string[],
  body: { readonly count: number; readonly rows: Iterable<readonly CellSpec[]> },
  freeze: SheetSpec['freeze'],
  extra: readonly RowSpec[] = [],
): SheetSpec {
  const rows: Iterable<RowSpec> = {
    *[Symbol.iterator]() {
      yield headerRow(2, header);
      let at = 3;
      for (const cells of body.rows) yield { at: at++, cells, sizes: 'body' };
      yield* extra;
    },
  };
  return {
    name,
    title: { text: title, span: header.length },
    rows,
    ...(freeze ? { freeze } : {}),
    header: { at: 2, cells: header },
    autoFilter: { fromRow: 2, toRow: 2 + body.count, columns: header.length },
    maxWidth: 60,
  };
}

/** Rows already made, as a table sheet's body. */
const bodyOf = (rows: readonly (readonly CellSpec[])[]) => ({ count: rows.length, rows });

/**
 * Per block, for auditors and programs (`parindex compare` reads it back): the ranked table with real numbers and
 * the header in row 2 — rank, block, code, unit, points and component index per field, total, effective maximum,
 * index, band, then appraisal, survey, bonus and penalty — and each unit's points per scored leaf, KĐG where
 * non-applicable. Too wide to shrink onto a page: printed at DETAIL_PRINT_SCALE, the units named on every page.
 */
/** Small enough to halve the pages of a full print, large enough to read (about 8 pt). */
const DETAIL_PRINT_SCALE = 70;

function detailSheet(name: string, block: ReportBlock, report: RunReport, lang: Lang): SheetSpec {
  const set = report.criteria.set;
  const fmt = numberFormat(set.decimals);
  const c = columnIndex(set.fields.length);
  const head = tableHeader(report, lang, 'full');
  const fieldIndexes = set.fields.map((f) => `${t('fieldIndex', lang)} ${label('field', lang)}${f.code} (%)`);
  const header = [...head.slice(0, c.appraisal), ...fieldIndexes, ...head.slice(c.total), ...head.slice(c.appraisal, c.total), ...set.leaves.map((l) => l.code)];
  const points = (m: number): CellSpec => ({ value: toNumber(m), numFmt: fmt });
  const body = mapRows(block.rows, (row): CellSpec[] => [
    { value: row.rank, numFmt: '0', align: 'center' },
    plain(block.name),
    plain(row.code),
    plain(row.name),
    ...row.fields.map((f) => points(f.points)),
    ...row.fields.map((f) => ({ value: f.index?.value ?? null, numFmt: fmt })),
    { ...points(row.total), ...(row.capped ? { numFmt: `${fmt}"${CAPPED_MARK}"` } : {}) },
    points(row.effectiveMax),
    { value: row.index.value, numFmt: fmt },
    plain(row.band),
    points(row.appraisal),
    points(row.survey),
    points(row.bonus),
    points(row.penalty),
    ...row.leaves.map((p): CellSpec => (p === null ? { value: t('notApplicable', lang), align: 'right' } : points(p))),
  ]);
  const footer: CellSpec[][] = [];
  if (block.mean) footer.push([plain(label('mean', lang)), { value: block.mean.value, numFmt: fmt }]);
  footer.push([plain(t('unitCount', lang)), { value: block.rows.length, numFmt: '0' }]);
  for (const b of block.bandCounts) footer.push([plain(`${label('band', lang)}: ${b.label}`), { value: b.count, numFmt: '0' }]);
  // The footer sits under the unit names, its numbers under the first field, clear of the filtered range.
  const extra = footer.map((cells, i): RowSpec => ({ at: 4 + block.rows.length + i, cells: [plain(null), plain(null), plain(null), ...cells] }));
  const sheet = tableSheet(name, `${scoreWord('leafTitle', lang)} — ${block.name || set.title}`, header, { count: block.rows.length, rows: body }, FROZEN_PANES.detail, extra);
  return { ...sheet, print: { titleRows: [1, 2], titleColumns: 'A:D', scale: DETAIL_PRINT_SCALE, footer: `&C${scoreWord('page', lang)} &P/&N` } };
}

function excludedSheet(name: string, report: RunReport, lang: Lang): SheetSpec {
  const blockName = new Map(report.criteria.set.blocks.map((b) => [b.id, b.name]));
  const header = [label('code', lang), label('unit', lang), label('block', lang), t('file', lang), t('sheet', lang), t('row', lang), t('errorCount', lang), scoreWord('firstError', lang)];
  const body = report.excluded.map((u): CellSpec[] => [
    plain(u.code),
    plain(u.name),
    plain(u.block === null ? null : (blockName.get(u.block) ?? u.block)),
    plain(u.source.file),
    plain(u.source.sheet ?? null),
    { value: u.source.row, numFmt: '0' },
    { value: u.errors, numFmt: '0' },
    plain(u.firstError ? `${formatLocation(u.firstError.location, lang)}: ${messageText(u.firstError, lang)}` : null),
  ]);
  return tableSheet(name, label('excluded', lang), header, bodyOf(body), FROZEN_PANES.excluded);
}

/** Per unit with both scores: the two totals, then each criterion where they differ. */
function reconcileSheet(name: string, report: RunReport, lang: Lang): SheetSpec {
  const fmt = numberFormat(report.criteria.set.decimals);
  const header = [label('code', lang), label('unit', lang), word('criterion', lang), t('selfPoints', lang), t('appraisedPoints', lang), t('difference', lang)];
  const points = (m: number | null): CellSpec => (m === null ? plain(t('notApplicable', lang)) : { value: toNumber(m), numFmt: fmt });
  const diff = (a: number | null, b: number | null): CellSpec => (a === null || b === null ? plain(null) : { value: toNumber(a - b), numFmt: fmt });
  const body: CellSpec[][] = [];
  for (const rc of report.reconciliation) {
    body.push([plain(rc.code), plain(rc.name), plain(t('unitTotal', lang)), points(rc.selfTotal), points(rc.appraisedTotal), diff(rc.appraisedTotal, rc.selfTotal)]);
    for (const d of rc.leaves) body.push([plain(rc.code), plain(rc.name), plain(`${d.code} ${d.name}`), points(d.self), points(d.appraised), diff(d.appraised, d.self)]);
  }
  return tableSheet(name, t('reconcileTitle', lang), header, bodyOf(body), FROZEN_PANES.reconciliation);
}

/** The criteria tree, then the adjustments and bands, each under a bold section title. */
function criteriaSheet(name: string, report: RunReport, lang: Lang): SheetSpec {
  const set = report.criteria.set;
  const fmt = numberFormat(set.decimals);
  const header = [word('code', lang), word('criterion', lang), word('max', lang), word('method', lang), word('scoring', lang), t('naAllowed', lang)];
  const rows: RowSpec[] = [headerRow(2, header)];
  let at = 3;
  for (const node of walkNodes(set.fields)) {
    const leaf = node.children.length === 0;
    const cells: CellSpec[] = [
      // Indentation shows the tree while the cell keeps the bare code (filters and lookups still find it).
      { value: node.code, indent: node.depth, widthText: `${'  '.repeat(node.depth)}${node.code}` },
      plain(node.name),
      { value: toNumber(node.max), numFmt: fmt },
      plain(leaf || node.depth === 0 ? word(node.method, lang) : null),
      plain(leaf && node.rule ? describeRule(node.rule, node.max, lang) : null),
      plain(leaf ? word(node.naAllowed ? 'yes' : 'no', lang) : null),
    ];
    rows.push({ at: at++, cells, sizes: 'body', ...(node.depth === 0 ? { bold: true } : {}) });
  }
  const section = (text: string): void => void rows.push({ at: ++at, cells: [{ value: text, bold: true }] });
  if (set.adjustments.length > 0) {
    section(word('adjustments', lang));
    for (const a of set.adjustments)
      rows.push({ at: ++at, cells: [plain(a.code), plain(a.name), { value: toNumber(a.max), numFmt: fmt }, plain(null), plain(word(a.kind, lang))], sizes: 'body' });
    at++;
  }
  const bandSections = [{ name: t('allBlocks', lang), bands: set.bands }, ...set.blocks.filter((b) => b.bands.length > 0)];
  if (bandSections.some((s) => s.bands.length > 0)) {
    section(word('bands', lang));
    rows.push({ at: ++at, cells: [label('block', lang), label('band', lang), t('bandFrom', lang)].map(plain), bold: true });
    for (const s of bandSections) for (const b of s.bands) rows.push({ at: ++at, cells: [plain(s.name), plain(b.label), plain(toNumber(b.min))], sizes: 'body' });
  }
  return { name, title: { text: `${set.title} (${set.id})`, span: header.length }, rows, freeze: FROZEN_PANES.criteria, header: { at: 2, cells: header }, maxWidth: 80 };
}

const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const optionValue = (v: RunReport['options'][string]): CellValue => (Array.isArray(v) ? v.join(', ') : (v as CellValue));

/** The run sheet's lines: the criteria set, the inputs with their hashes, the options, the diagnostics. */
function runSheet(name: string, report: RunReport, lang: Lang): SheetSpec {
  const set = report.criteria.set;
  const { counts, dropped, kept } = report.diagnostics;
  const rows: RowSpec[] = [];
  let at = 2;
  const line = (cells: CellSpec[]): void => void rows.push({ at: at++, cells, sizes: 'body' });
  const heading = (text: string): void => {
    at++;
    rows.push({ at: at++, cells: [{ value: text, bold: true }] });
  };
  const tableHead = (cells: string[]): void => void rows.push({ at: at++, cells: cells.map(plain), sizes: 'header', bold: true });
  /** A key and its value, the value left-aligned whether text or number. */
  const entry = (key: string, value: CellSpec): void => line([plain(key), { ...value, align: 'left' }]);
  const count = (key: string, n: number): void => entry(key, { value: n, numFmt: '0' });

  heading(t('criteriaSet', lang));
  entry('id', plain(set.id));
  entry(t('title', lang), plain(set.title));
  entry(capitalised(word('year', lang)), plain(set.year));
  entry(t('file', lang), plain(report.criteria.file));
  entry('SHA-256', plain(report.criteria.sha256));
  heading(t('inputs', lang));
  tableHead([t('file', lang), 'SHA-256', t('bytes', lang)]);
  for (const input of report.inputs) line([plain(input.file), plain(input.sha256), { value: input.bytes, numFmt: '0' }]);
  heading(t('options', lang));
  for (const [key, value] of Object.entries(report.options)) entry(key, plain(optionValue(value)));
  heading(t('diagnostics', lang));
  count(capitalised(word('errors', lang)), counts.error);
  count(capitalised(word('warnings', lang)), counts.warning);
  count(capitalised(word('info', lang)), counts.info);
  count(t('dropped', lang), dropped);
  if (kept.length > 0) {
    at++;
    tableHead([word('code', lang), t('severity', lang), t('location', lang), t('message', lang)]);
    for (const d of kept.slice(0, MAX_DIAGNOSTIC_ROWS))
      line([plain(d.code), plain(word(d.severity, lang)), plain(formatLocation(d.location, lang)), plain(messageText(d, lang))]);
    if (kept.length > MAX_DIAGNOSTIC_ROWS) line([plain(`… ${kept.length - MAX_DIAGNOSTIC_ROWS} ${t('notListed', lang)}`)]);
  }
  return { name, title: { text: `${report.tool.name} ${report.tool.version}`, span: 1 }, rows, maxWidth: 100 };
}

/** Every sheet of the report, named as Excel allows; the fixed sheets claim their names before the blocks. */
export function scoreSheets(report: RunReport, lang: Lang, annex: AnnexOptions = {}): SheetSpec[] {
  const nameSheet = sheetNamer();
  const criteriaName = nameSheet(t('criteriaSheet', lang));
  const runName = nameSheet(t('runSheet', lang));
  const excludedName = report.excluded.length > 0 ? nameSheet(t('excludedSheet', lang)) : undefined;
  const reconcileName = report.reconciliation.length > 0 ? nameSheet(t('reconcileSheet', lang)) : undefined;
  return [
    ...report.blocks.map((block) => annexSheet(nameSheet(block.name || scoreWord('resultsSheet', lang)), block, report, lang, annex)),
    ...report.blocks.map((block) => detailSheet(nameSheet(`${scoreWord('leafSheet', lang)} ${block.name}`), block, report, lang)),
    ...(excludedName !== undefined ? [excludedSheet(excludedName, report, lang)] : []),
    ...(reconcileName !== undefined ? [reconcileSheet(reconcileName, report, lang)] : []),
    criteriaSheet(criteriaName, report, lang),
    runSheet(runName, report, lang),
  ];
}

/** The workbook's bytes, made as they are written. */
export function renderXlsx(report: RunReport, ctx: RenderContext): Iterable<Uint8Array> {
  // refused before a byte is written: a block whose rows no sheet can hold (the annex's heading and summary included)
  for (const block of report.blocks)
    if (block.rows.length + SHEET_ROWS_AROUND_UNITS > MAX_ROWS) throw new XlsxTooLarge({ kind: 'rows', sheet: block.name || report.criteria.set.title, rows: block.rows.length + SHEET_ROWS_AROUND_UNITS, max: MAX_ROWS });
  return writeWorkbook({ title: report.criteria.set.title, sheets: scoreSheets(report, ctx.lang, ctx.annex) });
}
