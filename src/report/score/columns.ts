/**
 * The ranked table's columns, shared by the terminal table, Markdown, CSV and the XLSX block sheets: every point
 * accounted for — the fields, the appraisal and survey subtotals, bonus, penalty, the total (marked where it is held
 * at the effective maximum), the effective maximum, the index and the band.
 */
import { formatPoints } from '../../core/decimal.js';
import type { Lang } from '../../diagnostics/types.js';
import type { ReportBlock, ReportRow, RunReport } from '../model/schema.js';
import { someRow } from '../model/rows.js';
import { decimalText } from '../text.js';
import { label } from '../words.js';
import { scoreWord } from './words.js';

/** The mark after a total held at the effective maximum, explained by cappedNote. */
export const CAPPED_MARK = '*';

/** Where each kind of column sits, for a set with `fieldCount` fields (the block column is 1). */
export function columnIndex(fieldCount: number) {
  const after = 4 + fieldCount;
  return { rank: 0, block: 1, code: 2, unit: 3, firstField: 4, appraisal: after, survey: after + 1, bonus: after + 2, penalty: after + 3, total: after + 4, effectiveMax: after + 5, index: after + 6, band: after + 7 };
}

/** Headers of the narrow tables a person reads in a terminal or Markdown. */
const shortLabels = {
  appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
  survey: { vi: 'Điều tra XHH', en: 'Survey' },
  bonus: { vi: 'Thưởng', en: 'Bonus' },
  penalty: { vi: 'Trừ', en: 'Penalty' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  effectiveMax: { vi: 'Tối đa', en: 'Max' },
  index: { vi: 'Chỉ số %', en: 'Index %' },
  band: { vi: 'Xếp loại', en: 'Band' },
} as const;

/** The ranked table's columns in order; `fieldStyle` says how field columns are headed. */
export function tableHeader(report: RunReport, lang: Lang, fieldStyle: 'short' | 'full'): string[] {
  const fields = report.criteria.set.fields.map((f) => (fieldStyle === 'short' ? `${label('field', lang)}${f.code}` : `${f.code}. ${f.name}`));
  const keys = ['appraisal', 'survey', 'bonus', 'penalty', 'total', 'effectiveMax', 'index', 'band'] as const;
  const tail = fieldStyle === 'short' ? keys.map((k) => shortLabels[k][lang]) : keys.map((k) => label(k, lang));
  return [label('rank', lang), label('block', lang), label('code', lang), label('unit', lang), ...fields, ...tail];
}

/**
 * One row of the ranked table as text cells, matching tableHeader; decimals as the language writes them
 * (`sepLang`), or with a point for machine formats. A capped total carries CAPPED_MARK unless `markCapped` is false
 * (CSV says so in a column of its own, so that the total stays a number).
 */
export function tableCells(row: ReportRow, block: ReportBlock, report: RunReport, sepLang?: Lang, markCapped = true): string[] {
  const d = report.criteria.set.decimals;
  const sep = sepLang === 'vi' ? ',' : '.';
  const p = (m: number): string => formatPoints(m, d, sep);
  return [
    String(row.rank),
    block.name,
    row.code,
    row.name,
    ...row.fields.map((f) => p(f.points)),
    p(row.appraisal),
    p(row.survey),
    p(row.bonus),
    p(row.penalty),
    `${p(row.total)}${markCapped && row.capped ? CAPPED_MARK : ''}`,
    p(row.effectiveMax),
    sepLang ? decimalText(row.index.text, sepLang) : row.index.text,
    row.band ?? '',
  ];
}

/** Columns of numbers, right-aligned: rank, the fields, the subtotals, total, effective maximum and index. */
export function numericColumns(report: RunReport): Set<number> {
  const c = columnIndex(report.criteria.set.fields.length);
  const out = new Set([c.rank]);
  for (let i = c.firstField; i <= c.index; i++) out.add(i);
  return out;
}

/** Whether any ranked row's total is held at its effective maximum. */
export const anyCapped = (report: RunReport): boolean => report.blocks.some((b) => someRow(b.rows, (r) => r.capped));

/** The footnote of CAPPED_MARK. */
export function cappedNote(lang: Lang): string {
  return `(${CAPPED_MARK}) ${scoreWord('cappedNote', lang)}`;
}
