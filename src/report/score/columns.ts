/** The ranked table's columns, shared by the terminal table, Markdown, CSV and the XLSX block sheets. */
import { formatPoints } from '../../core/decimal.js';
import type { Lang } from '../../diagnostics/types.js';
import type { ReportBlock, ReportRow, RunReport } from '../model/schema.js';
import { decimalText } from '../text.js';
import { label } from '../words.js';

/** The ranked table's columns in order; `fieldStyle` says how field columns are headed. */
export function tableHeader(report: RunReport, lang: Lang, fieldStyle: 'short' | 'full'): string[] {
  const fields = report.criteria.set.fields.map((f) => (fieldStyle === 'short' ? `${label('field', lang)}${f.code}` : `${f.code}. ${f.name}`));
  return [label('rank', lang), label('block', lang), label('code', lang), label('unit', lang), ...fields, label('total', lang), label('effectiveMax', lang), label('index', lang), label('band', lang)];
}

/**
 * One row of the ranked table as text cells, matching tableHeader; decimals as the language writes them
 * (`sepLang`), or with a point for machine formats.
 */
export function tableCells(row: ReportRow, block: ReportBlock, report: RunReport, sepLang?: Lang): string[] {
  const d = report.criteria.set.decimals;
  const sep = sepLang === 'vi' ? ',' : '.';
  return [
    String(row.rank),
    block.name,
    row.code,
    row.name,
    ...row.fields.map((f) => formatPoints(f.points, d, sep)),
    formatPoints(row.total, d, sep),
    formatPoints(row.effectiveMax, d, sep),
    sepLang ? decimalText(row.index.text, sepLang) : row.index.text,
    row.band ?? '',
  ];
}

/** Columns of numbers, right-aligned: rank, the fields, total, effective maximum and index. */
export function numericColumns(report: RunReport): Set<number> {
  const n = report.criteria.set.fields.length;
  return new Set([0, ...Array.from({ length: n }, (_, i) => 4 + i), 4 + n, 5 + n, 6 + n]);
}
