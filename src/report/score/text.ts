/** `parindex score --format table|md|csv`: the ranked tables as text. */
import { formatPoints, formatScaled, ratioScaled } from '../../core/decimal.js';
import { displayWidth } from '../../core/text.js';
import { formatLocation } from '../../diagnostics/location.js';
import type { Lang } from '../../diagnostics/types.js';
import type { CsvDialect, RenderContext } from '../context.js';
import type { ReportBlock, ReportRow, RunReport } from '../model/schema.js';
import { maxOfRows } from '../model/rows.js';
import { cutToWidth, markdownTableLines, textTableLines, wrapWords, type Column } from '../text-table.js';
import { decimalSeparator, decimalText, messageText, shownCell, visibleControls } from '../text.js';
import { label } from '../words.js';
import { anyCapped, cappedNote, columnIndex, numericColumns, tableCells, tableHeader } from './columns.js';
import { scoreWord } from './words.js';

/** The table without its block column (each block has its own table). */
const withoutBlock = <T>(cells: readonly T[]): T[] => cells.filter((_, i) => i !== 1);

/**
 * How the terminal table shows the points: every field's, component indexes (%) in their place, no fields, or
 * not the subtotals either (only the total, maximum, index and band).
 */
export type FieldView = 'points' | 'index' | 'none' | 'brief';

/** The field columns of a row or header, as the view shows them (a header or row without its block column). */
function viewOf<T>(cells: readonly T[], fieldCount: number, view: FieldView, asIndex: (i: number) => T): T[] {
  if (view === 'points') return [...cells];
  const first = columnIndex(fieldCount).firstField - 1;
  const fields = view === 'index' ? Array.from({ length: fieldCount }, (_, i) => asIndex(i)) : [];
  const rest = first + fieldCount + (view === 'brief' ? 4 : 0);
  return [...cells.slice(0, first), ...fields, ...cells.slice(rest)];
}

function columns(report: RunReport, lang: Lang, view: FieldView = 'points'): Column[] {
  const right = numericColumns(report);
  const all = withoutBlock(tableHeader(report, lang, 'short').map((header, i): Column => ({ header, align: right.has(i) ? 'right' : 'left' })));
  const fields = report.criteria.set.fields;
  return viewOf(all, fields.length, view, (i) => ({ header: `${label('field', lang)}${fields[i]!.code}%`, align: 'right' }));
}

/** A field's component index as a whole percent, rounded once from the exact points ("–" when non-applicable). */
function wholeIndex(row: ReportRow, i: number): string {
  const f = row.fields[i];
  return f && f.max > 0 ? formatScaled(ratioScaled({ num: f.points, den: f.max }, 100, 0), 0) : '–';
}

/** Cells a person reads: values from the sheets shortened, control characters shown as pictures; names cut to `unitWidth`. */
function* readableRows(block: ReportBlock, report: RunReport, lang: Lang, view: FieldView = 'points', unitWidth?: number): Generator<string[]> {
  const n = report.criteria.set.fields.length;
  const unit = columnIndex(0).unit - 1;
  for (const row of block.rows) {
    const cells = viewOf(withoutBlock(tableCells(row, block, report, lang)).map(shownCell), n, view, (i) => wholeIndex(row, i));
    if (unitWidth !== undefined) cells[unit] = cutToWidth(cells[unit] ?? '', unitWidth);
    yield cells;
  }
}

function blockSummary(block: ReportBlock, lang: Lang): string {
  const counts = block.bandCounts.map((b) => `${b.label} ${b.count}`).join(' · ');
  const mean = block.mean ? decimalText(block.mean.text, lang) : '';
  return `${label('mean', lang)}: ${mean} · ${block.rows.length} ${label('units', lang)}${counts ? ` · ${counts}` : ''}`;
}

function legendItems(report: RunReport, lang: Lang): string[] {
  const set = report.criteria.set;
  const fields = set.fields.map((f) => `${label('field', lang)}${f.code} ${f.name} (${formatPoints(f.max, set.decimals, decimalSeparator(lang))})`);
  return [...fields, scoreWord('maxLegend', lang)];
}

const legend = (report: RunReport, lang: Lang): string => legendItems(report, lang).join('; ');

/** Items joined by "; " in lines of at most `width` columns, broken between items where one fits on a line. */
function wrapItems(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item};` : item;
    const joined = line === '' ? piece : `${line} ${piece}`;
    if (displayWidth(joined) <= width) line = joined;
    else {
      if (line !== '') lines.push(line);
      const wrapped = wrapWords(piece, width);
      line = wrapped.pop() ?? '';
      lines.push(...wrapped);
    }
  });
  if (line !== '') lines.push(line);
  return lines;
}

/** Units shown in the summary of those left out of the ranking. */
const EXCLUDED_LISTED = 20;

/** "Not ranked (errors): 2 — 27007 Phường Hoà Bình, …": each unit once, however many rows it had. */
function excludedLine(report: RunReport, lang: Lang): string | undefined {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const u of report.excluded) {
    const key = `${u.code}\u0000${u.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(shownCell(u.code === u.name ? u.code : `${u.code} ${u.name}`));
  }
  if (names.length === 0) return undefined;
  const list = names.slice(0, EXCLUDED_LISTED).join(', ');
  return `${label('excluded', lang)}: ${names.length} — ${list}${names.length > EXCLUDED_LISTED ? ', …' : ''}`;
}

/** Narrowest a unit name is cut to when nothing else makes the table fit. */
const MIN_UNIT_WIDTH = 16;

/** How the terminal table is laid out: the fields' view, the gap between columns, unit names cut to a width. */
interface TableFit {
  readonly view: FieldView;
  readonly gap: string;
  readonly unitWidth?: number;
}

/** Blocks of at most this many rows have their cells made once and kept while the table is written. */
const KEPT_ROWS = 5000;

/**
 * A block's table lines in one layout, made as they are written: its rows are read twice (to measure, to write),
 * a small block's once (its cells kept for the second reading).
 */
function blockTable(report: RunReport, block: ReportBlock, lang: Lang, fit: TableFit): Generator<string> {
  const rows = () => readableRows(block, report, lang, fit.view, fit.unitWidth);
  if (block.rows.length > KEPT_ROWS) return textTableLines(columns(report, lang, fit.view), rows, fit.gap);
  const kept = [...rows()];
  return textTableLines(columns(report, lang, fit.view), () => kept, fit.gap);
}

/** The widest line of every block's table in a layout. */
function widest(report: RunReport, lang: Lang, fit: TableFit): number {
  let max = 0;
  for (const block of report.blocks) for (const line of blockTable(report, block, lang, fit)) max = Math.max(max, displayWidth(line));
  return max;
}

/**
 * The layout that fits `width`: field points, else component indexes, else no fields, else no subtotals, else unit
 * names cut as well.
 * Without a width (a pipe, a file) or with `wide`, the full table.
 */
export function fitTable(report: RunReport, lang: Lang, width?: number, wide = false): TableFit {
  const full: TableFit = { view: 'points', gap: '  ' };
  if (width === undefined || wide || widest(report, lang, full) <= width) return full;
  // Each view with two spaces between columns, then with one.
  for (const view of ['index', 'none', 'brief'] as const) {
    for (const gap of ['  ', ' ']) {
      const over = widest(report, lang, { view, gap }) - width;
      if (over <= 0) return { view, gap };
      if (view === 'brief' && gap === ' ') {
        const names = Math.max(0, ...report.blocks.map((b) => maxOfRows(b.rows, (r) => displayWidth(shownCell(r.name)), 0)));
        return { view, gap, unitWidth: Math.max(MIN_UNIT_WIDTH, names - over) };
      }
    }
  }
  return full;
}

/** The legend wraps at the terminal's width, or at this many columns in a pipe or file. */
const LEGEND_WIDTH = 100;

/** The terminal table, line by line: a report of 100,000 units is written as it is made, never held whole. */
export function* renderTable(report: RunReport, ctx: RenderContext): Generator<string> {
  const { lang, chalk } = ctx;
  const set = report.criteria.set;
  yield `${chalk.bold(visibleControls(`${set.title} (${set.id})`))}\n\n`;
  const fit = fitTable(report, lang, ctx.width, ctx.wide);
  for (const block of report.blocks) {
    yield `${chalk.bold(`${label('block', lang)}: ${shownCell(block.name)}`)}\n`;
    let n = 0;
    for (const line of blockTable(report, block, lang, fit)) yield `${n++ < 2 ? chalk.dim(line) : line}\n`;
    // On a terminal the summary wraps between words, as the legend does; a pipe or a file keeps it on one line.
    const summary = blockSummary(block, lang);
    yield lines([...(ctx.width !== undefined ? wrapWords(summary, ctx.width) : [summary]), '']);
  }
  const { view } = fit;
  const wrapAt = ctx.width ?? LEGEND_WIDTH;
  const out: string[] = [];
  if (view === 'points' || view === 'index') out.push(...wrapItems(legendItems(report, lang).map(visibleControls), wrapAt).map((l) => chalk.dim(l)));
  if (view !== 'points') out.push(...wrapWords(scoreWord(view === 'index' ? 'fieldsAsIndexes' : view === 'none' ? 'fieldsHidden' : 'subtotalsHidden', lang), wrapAt).map((l) => chalk.yellow(l)));
  if (anyCapped(report)) out.push(...wrapWords(cappedNote(lang), wrapAt));
  const excluded = excludedLine(report, lang);
  if (excluded !== undefined) out.push(chalk.yellow(excluded));
  yield lines(out);
}

/** Each line followed by a line break. */
const lines = (items: readonly string[]): string => items.map((l) => `${l}\n`).join('');

/** Markdown, written a row at a time. */
export function* renderMarkdown(report: RunReport, ctx: RenderContext): Generator<string> {
  const { lang } = ctx;
  yield lines([`# ${report.criteria.set.title}`, '']);
  for (const block of report.blocks) {
    yield lines([`## ${label('block', lang)}: ${block.name}`, '']);
    for (const line of markdownTableLines(columns(report, lang), readableRows(block, report, lang))) yield `${line.replace(/(\d)\*( \|)/g, '$1\\*$2')}\n`;
    yield lines(['', blockSummary(block, lang), '']);
  }
  const out = [`*${legend(report, lang)}*`];
  if (anyCapped(report)) out.push('', cappedNote(lang).replace('(*)', '(\\*)'));
  const excluded = excludedLine(report, lang);
  if (excluded !== undefined) out.push('', excluded);
  yield lines(out);
}

/** A cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-\d+(?:[.,]\d+)?$/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string, separator: string): string {
  const safe = neutraliseFormula(cell);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV's columns after the ranked table's: capped, status, error count, first error. */
function csvTail(lang: Lang): string[] {
  return [scoreWord('capped', lang), scoreWord('status', lang), scoreWord('errorCount', lang), scoreWord('firstError', lang)];
}

/** A unit left out of the ranking: no rank and no points, its status, error count and first error. */
function excludedCells(u: RunReport['excluded'][number], report: RunReport, lang: Lang, width: number): string[] {
  const cells = new Array<string>(width).fill('');
  const c = columnIndex(report.criteria.set.fields.length);
  const blockName = report.criteria.set.blocks.find((b) => b.id === u.block)?.name ?? u.block ?? '';
  cells[c.block] = blockName;
  cells[c.code] = u.code;
  cells[c.unit] = u.name;
  const e = u.firstError;
  const first = e ? `${formatLocation(e.location, lang)}: ${messageText(e, lang)}` : '';
  return [...cells, '', scoreWord('notRanked', lang), String(u.errors), first];
}

/**
 * CSV with a BOM so that Excel opens Vietnamese text as UTF-8; one header, every block's rows in order, then the
 * units left out of the ranking. `rfc` (RFC 4180: commas, decimal points) for programs; `excel-vi` (semicolons,
 * decimal commas) for Excel or LibreOffice set to Vietnamese, which read "10.64" as text and split on `;`.
 */
export function* renderCsv(report: RunReport, ctx: RenderContext): Generator<string> {
  const dialect: CsvDialect = ctx.csvDialect ?? 'rfc';
  const sep = dialect === 'excel-vi' ? ';' : ',';
  const numbers: Lang | undefined = dialect === 'excel-vi' ? 'vi' : undefined;
  // Row by row, as the JSON report: a large report is written as it is made, never held whole.
  const line = (cells: readonly string[]): string => `${cells.map((c) => csvCell(c, sep)).join(sep)}\r\n`;
  const header = tableHeader(report, ctx.lang, 'full');
  yield `\ufeff${line([...header, ...csvTail(ctx.lang)])}`;
  for (const block of report.blocks)
    for (const row of block.rows)
      yield line([...tableCells(row, block, report, numbers, false), row.capped ? '*' : '', scoreWord('ranked', ctx.lang), '0', '']);
  for (const u of report.excluded) yield line(excludedCells(u, report, ctx.lang, header.length));
}
