/** `parindex score --format table|md|csv`: the ranked tables as text. */
import { formatPoints } from '../../core/decimal.js';
import type { Lang } from '../../diagnostics/types.js';
import type { RenderContext } from '../context.js';
import type { ReportBlock, RunReport } from '../model/schema.js';
import { renderMarkdownTable, renderTextTable, type Column } from '../text-table.js';
import { decimalSeparator, decimalText, shownCell, visibleControls } from '../text.js';
import { label } from '../words.js';
import { numericColumns, tableCells, tableHeader } from './columns.js';

/** The table without its block column (each block has its own table). */
const withoutBlock = <T>(cells: readonly T[]): T[] => cells.filter((_, i) => i !== 1);

function columns(report: RunReport, lang: Lang): Column[] {
  const right = numericColumns(report);
  return withoutBlock(tableHeader(report, lang, 'short').map((header, i): Column => ({ header, align: right.has(i) ? 'right' : 'left' })));
}

/** Cells a person reads: values from the sheets shortened, control characters shown as pictures. */
function readableRows(block: ReportBlock, report: RunReport, lang: Lang): string[][] {
  return block.rows.map((row) => withoutBlock(tableCells(row, block, report, lang)).map(shownCell));
}

function blockSummary(block: ReportBlock, lang: Lang): string {
  const counts = block.bandCounts.map((b) => `${b.label} ${b.count}`).join(' · ');
  const mean = block.mean ? decimalText(block.mean.text, lang) : '';
  return `${label('mean', lang)}: ${mean} · ${block.rows.length} ${label('units', lang)}${counts ? ` · ${counts}` : ''}`;
}

function legend(report: RunReport, lang: Lang): string {
  const set = report.criteria.set;
  return set.fields.map((f) => `${label('field', lang)}${f.code} ${f.name} (${formatPoints(f.max, set.decimals, decimalSeparator(lang))})`).join('; ');
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

export function renderTable(report: RunReport, ctx: RenderContext): string {
  const { lang, chalk } = ctx;
  const set = report.criteria.set;
  const out: string[] = [chalk.bold(visibleControls(`${set.title} (${set.id})`)), ''];
  for (const block of report.blocks) {
    out.push(chalk.bold(`${label('block', lang)}: ${shownCell(block.name)}`));
    const lines = renderTextTable(columns(report, lang), readableRows(block, report, lang));
    out.push(chalk.dim(lines[0] ?? ''), chalk.dim(lines[1] ?? ''), ...lines.slice(2));
    out.push(blockSummary(block, lang), '');
  }
  out.push(chalk.dim(visibleControls(legend(report, lang))));
  const excluded = excludedLine(report, lang);
  if (excluded !== undefined) out.push(chalk.yellow(excluded));
  return `${out.join('\n')}\n`;
}

/** Markdown, row by row (a large report is written as it is made, never held whole). */
export function* renderMarkdown(report: RunReport, ctx: RenderContext): Generator<string> {
  const { lang } = ctx;
  yield `# ${report.criteria.set.title}\n\n`;
  const cols = columns(report, lang);
  for (const block of report.blocks) {
    yield `## ${label('block', lang)}: ${block.name}\n\n`;
    for (const line of renderMarkdownTable(cols, [])) yield `${line}\n`;
    for (const row of block.rows) yield `${renderMarkdownTable(cols, [withoutBlock(tableCells(row, block, report, lang)).map(shownCell)])[2]}\n`;
    yield `\n${blockSummary(block, lang)}\n\n`;
  }
  yield `*${legend(report, lang)}*\n`;
  const excluded = excludedLine(report, lang);
  if (excluded !== undefined) yield `\n${excluded}\n`;
}

/** A cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-\d+(?:[.,]\d+)?$/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a BOM so that Excel opens Vietnamese text as UTF-8; one header, every block's rows in order, row by row. */
export function* renderCsv(report: RunReport, ctx: RenderContext): Generator<string> {
  yield `\ufeff${tableHeader(report, ctx.lang, 'full').map(csvCell).join(',')}\r\n`;
  for (const block of report.blocks) for (const row of block.rows) yield `${tableCells(row, block, report).map(csvCell).join(',')}\r\n`;
}
