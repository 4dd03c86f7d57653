/**
 * The output formats of `parindex score`, each a function of the run result, registered by --format name.
 * A format that is written but not registered here does not compile (the record is keyed by ScoreFormat).
 */
import type { ChalkInstance } from 'chalk';
import { formatPoints } from '../core/decimal.js';
import type { Lang } from '../diagnostics/types.js';
import { renderMarkdownTable, renderTextTable, type Column } from './text-table.js';
import { decimalSeparator, meanText, tableCells, tableHeader, type RunResult } from './result.js';
import { label } from './words.js';
import { renderJson } from './score-json.js';
import { renderXlsx } from './score-xlsx.js';

export type ScoreFormat = 'table' | 'csv' | 'md' | 'json' | 'xlsx';

export interface ScoreFormatContext {
  readonly lang: Lang;
  /** Colours for the terminal table (a level-0 instance when colour is off) */
  readonly chalk: ChalkInstance;
}

export interface ScoreFormatter {
  readonly extension: string;
  /** Text, text in pieces (large reports are written as they are made), or the bytes of a binary file */
  readonly render: (r: RunResult, ctx: ScoreFormatContext) => string | Iterable<string> | Promise<Uint8Array>;
}

function columns(r: RunResult, lang: Lang, style: 'short' | 'full'): Column[] {
  const right = new Set([0, ...r.criteria.set.fields.map((_, i) => 4 + i), 4 + r.criteria.set.fields.length, 5 + r.criteria.set.fields.length, 6 + r.criteria.set.fields.length]);
  return tableHeader(r, lang, style).map((header, i) => ({ header, align: right.has(i) ? 'right' : 'left' }));
}

function blockSummary(r: RunResult, blockIndex: number, lang: Lang): string {
  const block = r.outcome.blocks[blockIndex]!;
  const counts = block.bandCounts.map((b) => `${b.label} ${b.count}`).join(' · ');
  return `${label('mean', lang)}: ${meanText(block, r, decimalSeparator(lang))} · ${block.rows.length} ${label('units', lang)}${counts ? ` · ${counts}` : ''}`;
}

function legend(r: RunResult, lang: Lang): string {
  return r.criteria.set.fields.map((f) => `${label('field', lang)}${f.code} ${f.name} (${formatPoints(f.max, r.criteria.set.decimals, decimalSeparator(lang))})`).join('; ');
}

function excludedLines(r: RunResult, lang: Lang): string[] {
  const ex = r.outcome.excluded;
  if (ex.length === 0) return [];
  const list = ex.slice(0, 20).map((u) => `${u.code} ${u.name}`).join(', ');
  return [`${label('excluded', lang)}: ${ex.length}${ex.length > 0 ? ` — ${list}${ex.length > 20 ? ', …' : ''}` : ''}`];
}

export function renderTable(r: RunResult, ctx: ScoreFormatContext): string {
  const { lang, chalk } = ctx;
  const set = r.criteria.set;
  const out: string[] = [chalk.bold(`${set.title} (${set.id})`), ''];
  r.outcome.blocks.forEach((block, bi) => {
    const cols = columns(r, lang, 'short').filter((_, i) => i !== 1);
    const rows = block.rows.map((row) => tableCells(row, block, r, decimalSeparator(lang)).filter((_, i) => i !== 1));
    out.push(chalk.bold(`${label('block', lang)}: ${block.name}`));
    const lines = renderTextTable(cols, rows);
    out.push(chalk.dim(lines[0] ?? ''), chalk.dim(lines[1] ?? ''), ...lines.slice(2));
    out.push(blockSummary(r, bi, lang), '');
  });
  out.push(chalk.dim(legend(r, lang)));
  out.push(...excludedLines(r, lang).map((l) => chalk.yellow(l)));
  return `${out.join('\n')}\n`;
}

export function renderMarkdown(r: RunResult, ctx: ScoreFormatContext): string {
  const { lang } = ctx;
  const set = r.criteria.set;
  const out: string[] = [`# ${set.title}`, ''];
  r.outcome.blocks.forEach((block, bi) => {
    out.push(`## ${label('block', lang)}: ${block.name}`, '');
    const cols = columns(r, lang, 'short').filter((_, i) => i !== 1);
    out.push(...renderMarkdownTable(cols, block.rows.map((row) => tableCells(row, block, r, decimalSeparator(lang)).filter((_, i) => i !== 1))), '');
    out.push(blockSummary(r, bi, lang), '');
  });
  out.push(`*${legend(r, lang)}*`);
  const ex = excludedLines(r, lang);
  if (ex.length > 0) out.push('', ...ex);
  return `${out.join('\n')}\n`;
}

/** A cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-\d+(?:[.,]\d+)?$/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a BOM so that Excel opens Vietnamese text as UTF-8; one header, every block's rows in order. */
export function renderCsv(r: RunResult, ctx: ScoreFormatContext): string {
  const lines = [tableHeader(r, ctx.lang, 'full').map(csvCell).join(',')];
  for (const block of r.outcome.blocks) for (const row of block.rows) lines.push(tableCells(row, block, r).map(csvCell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export const scoreFormats: Record<ScoreFormat, ScoreFormatter> = {
  table: { extension: '.txt', render: renderTable },
  csv: { extension: '.csv', render: renderCsv },
  md: { extension: '.md', render: renderMarkdown },
  json: { extension: '.json', render: renderJson },
  xlsx: { extension: '.xlsx', render: renderXlsx },
};

/** The format a file name asks for, by its extension. */
export function formatForFile(file: string): ScoreFormat | undefined {
  const ext = file.toLowerCase().replace(/^.*(\.[^.]+)$/, '$1');
  const found = (Object.entries(scoreFormats) as [ScoreFormat, ScoreFormatter][]).find(([name, f]) => f.extension === ext && name !== 'table');
  return found?.[0] ?? (ext === '.txt' ? 'table' : undefined);
}
