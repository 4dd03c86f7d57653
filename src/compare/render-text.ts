/** The comparison as a terminal table, Markdown and CSV. */
import { formatPoints } from '../core/decimal.js';
import type { Lang } from '../core/lang.js';
import { messageOf } from '../diagnostics/catalogue.js';
import { formatLocation } from '../diagnostics/location.js';
import { renderMarkdownTable, renderTextTable } from '../report/text-table.js';
import { comparedFields } from './compare.js';
import { formatChange, formatFraction } from './fraction.js';
import type { Comparison, YearHead } from './model.js';
import { DECIMALS, comparisonView, originText, rankChangeText } from './view.js';
import { cw } from './words.js';

export interface CompareFormatContext {
  readonly lang: Lang;
}

/** A decimal comma for Vietnamese text a person reads, as provincial tables are published. */
const sepFor = (lang: Lang): string => (lang === 'vi' ? ',' : '.');

function headLines(m: Comparison, lang: Lang): string[] {
  const lines = m.years.map((y) => `${y.year}: ${y.file} — ${y.setTitle} (${y.setId})`);
  if (m.mapFile !== undefined) lines.push(cw('map', lang, m.mapFile));
  return lines;
}

function diagnosticLines(m: Comparison, lang: Lang): string[] {
  return m.diagnostics.map((d) => `${formatLocation(d.location, lang)}: ${d.severity} ${d.code}: ${messageOf(d, lang)}`);
}

export function renderCompareTable(m: Comparison, ctx: CompareFormatContext): string {
  const { lang } = ctx;
  const out = [cw('title', lang), ...headLines(m, lang), ''];
  for (const s of comparisonView(m, lang, sepFor(lang))) {
    out.push(s.title, '═'.repeat(Math.min(80, s.title.length)), ...s.notes, '');
    for (const t of s.tables) out.push(t.title, ...(t.rows.length > 0 ? renderTextTable(t.columns, t.rows) : []), ...t.notes, '');
  }
  const problems = diagnosticLines(m, lang);
  if (problems.length > 0) out.push(`${cw('diagnostics', lang)}:`, ...problems, '');
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderCompareMarkdown(m: Comparison, ctx: CompareFormatContext): string {
  const { lang } = ctx;
  const out = [`# ${cw('title', lang)}`, '', ...headLines(m, lang).map((l) => `- ${l}`), ''];
  for (const s of comparisonView(m, lang, sepFor(lang))) {
    out.push(`## ${s.title}`, '', ...s.notes.map((n) => `- ${n}`), '');
    for (const t of s.tables) out.push(`### ${t.title}`, '', ...(t.rows.length > 0 ? [...renderMarkdownTable(t.columns, t.rows), ''] : []), ...t.notes.map((n) => `*${n}*`), '');
  }
  const problems = diagnosticLines(m, lang);
  if (problems.length > 0) out.push(`## ${cw('diagnostics', lang)}`, '', ...problems.map((p) => `- ${p}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** A cell a spreadsheet would run as a formula is prefixed with an apostrophe; signed numbers stay numbers. */
const safeCell = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) && !/^[+-]\d+(?:\.\d+)?$/.test(cell) ? `'${cell}` : cell);
const csvCell = (cell: string): string => {
  const safe = safeCell(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One row per unit and pair of years; field changes in one column per field code compared in any pair. */
export function renderCompareCsv(m: Comparison, ctx: CompareFormatContext): string {
  const { lang } = ctx;
  const fieldCodes = [...new Set(m.pairs.flatMap((p) => comparedFields(p.fields).map((f) => f.code)))];
  const header = [
    cw('earlierYear', lang), cw('laterYear', lang), cw('block', lang), cw('code', lang), cw('unit', lang),
    cw('earlierIndex', lang), cw('laterIndex', lang), cw('change', lang), cw('earlierRank', lang), cw('laterRank', lang), cw('rankChange', lang),
    cw('earlierBand', lang), cw('laterBand', lang), cw('bandChanged', lang), cw('pointsChange', lang),
    ...fieldCodes.map((c) => cw('fieldChange', lang, c)), cw('origin', lang),
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const p of m.pairs) {
    const compared = comparedFields(p.fields).map((f) => f.code);
    const years = [(m.years[p.earlier] as YearHead).year, (m.years[p.later] as YearHead).year];
    for (const b of p.blocks)
      for (const r of b.rows) {
        const cells = [
          String(years[0]), String(years[1]), b.name, r.code, r.name,
          r.earlierIndex ? formatFraction(r.earlierIndex, DECIMALS) : '', formatFraction(r.index, DECIMALS), r.indexChange ? formatChange(r.indexChange, DECIMALS) : '',
          r.earlierRank === undefined ? '' : String(r.earlierRank), String(r.rank), rankChangeText(r.rankChange, lang),
          r.earlierBand ?? '', r.band ?? '', r.bandChanged === undefined ? '' : cw(r.bandChanged ? 'yes' : 'no', lang),
          r.pointsChange === undefined ? '' : `${r.pointsChange > 0 ? '+' : ''}${formatPoints(r.pointsChange, DECIMALS)}`,
          ...fieldCodes.map((c) => {
            const i = compared.indexOf(c);
            const f = i < 0 ? undefined : r.fieldChanges[i];
            return f ? formatChange(f, DECIMALS) : '';
          }),
          originText(r.origin, lang, m.mapWeightColumn),
        ];
        lines.push(cells.map(csvCell).join(','));
      }
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
