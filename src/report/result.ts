/** What a scoring run produced, as every output format receives it. Formatters read this and nothing else. */
import { formatPercent, formatPoints, formatScaled, toNumber, type Micro } from '../core/decimal.js';
import type { CriteriaSet } from '../criteria/model.js';
import { messageOf } from '../diagnostics/catalogue.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import type { ScoreOutcome } from '../pipeline/score.js';
import type { BlockTable, RankedRow } from '../ranking/rank.js';
import { label } from './words.js';

export interface InputInfo {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

export type OptionValue = string | number | boolean | null | readonly string[];

export interface RunResult {
  readonly tool: { readonly name: string; readonly version: string };
  readonly criteria: { readonly file: string; readonly sha256: string; readonly set: CriteriaSet };
  readonly inputs: readonly InputInfo[];
  /** The options that shape the result (not where it is written) */
  readonly options: Readonly<Record<string, OptionValue>>;
  readonly outcome: ScoreOutcome;
}

export interface FormatContext {
  readonly lang: Lang;
}

// ── shared views of the result ───────────────────────────────────────────────────────────────────────────────

/** Every diagnostic the run kept, in the order found. */
export function diagnosticsOf(r: RunResult): readonly Diagnostic[] {
  return r.outcome.sink.kept;
}

/**
 * The decimal separator of text a person reads: a comma in Vietnamese, as provincial tables are published
 * ("81,33"); machine formats (CSV, JSON) always use a point.
 */
export function decimalSeparator(lang: Lang): string {
  return lang === 'vi' ? ',' : '.';
}

export function indexText(row: RankedRow, r: RunResult, sep = '.'): string {
  return formatScaled(row.indexScaled, r.criteria.set.decimals, sep);
}

export function meanText(block: BlockTable, r: RunResult, sep = '.'): string {
  if (block.meanScaled === undefined) return '';
  return formatScaled(block.meanScaled, r.criteria.set.decimals, sep);
}

/** A field's component index (%), or '' when all its leaves were non-applicable. */
export function fieldIndexText(row: RankedRow, fieldIndex: number, r: RunResult): string {
  const max = row.score.fieldMax[fieldIndex] ?? 0;
  if (max <= 0) return '';
  return formatPercent({ num: row.score.fieldPoints[fieldIndex] ?? 0, den: max }, r.criteria.set.decimals);
}





/** The ranked table's columns in order; `fieldStyle` says how field columns are headed. */
export function tableHeader(r: RunResult, lang: Lang, fieldStyle: 'short' | 'full'): string[] {
  const set = r.criteria.set;
  const fields = set.fields.map((f) => (fieldStyle === 'short' ? `${label('field', lang)}${f.code}` : `${f.code}. ${f.name}`));
  return [label('rank', lang), label('block', lang), label('code', lang), label('unit', lang), ...fields, label('total', lang), label('effectiveMax', lang), label('index', lang), label('band', lang)];
}

/** One row of the ranked table as text cells, matching tableHeader. */
export function tableCells(row: RankedRow, block: BlockTable, r: RunResult, sep = '.'): string[] {
  const d = r.criteria.set.decimals;
  const s = row.score;
  return [
    String(row.rank),
    block.name,
    s.unit.code,
    s.unit.name,
    ...s.fieldPoints.map((p) => formatPoints(p, d, sep)),
    formatPoints(s.total, d, sep),
    formatPoints(s.effectiveMax, d, sep),
    indexText(row, r, sep),
    row.band ?? '',
  ];
}

/** Exact JSON number of micro-points (68.32, never 68.31999…). */
export const num = (m: Micro): number => toNumber(m);

export function diagnosticJson(d: Diagnostic, lang: Lang): Record<string, unknown> {
  return { code: d.code, severity: d.severity, message: messageOf(d, lang), location: d.location, details: d.details };
}
