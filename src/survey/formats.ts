/**
 * The outputs of `parindex survey`, each a function of the survey result, registered by --format name with the
 * project's formatter contract: a file name, whether it is binary, and render(model, ctx).
 */
import { formatExact, formatPoints, toNumber } from '../core/decimal.js';
import type { Lang } from '../core/lang.js';
import { loadExcelJs } from '../core/exceljs.js';
import { neutraliseFormula, renderMarkdownTable, renderTextTable, stampZipEntries, type Column } from './deps.js';
import type { SurveyResult, UnitSurvey } from './model.js';
import type { Share } from './stats.js';
import { surveyWord as w } from './words.js';

export interface SurveyFormatContext {
  readonly lang: Lang;
}

export interface SurveyFormatter {
  readonly fileName: string;
  readonly binary: boolean;
  readonly render: (model: SurveyResult, ctx: SurveyFormatContext) => string | Promise<Uint8Array>;
}

const sep = (lang: Lang): string => (lang === 'vi' ? ',' : '.');
/** A share as a percentage with one decimal place (statistics: rounded once, half-up on the float). */
export const pct = (x: number, lang: Lang, decimals = 1): string => (Math.round(x * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals).replace('.', sep(lang));
const interval = (s: Share, lang: Lang): string => (s.n === 0 ? '–' : `${pct(s.low, lang)}–${pct(s.high, lang)}`);

/** The wide table of points: what `parindex score` reads (unit columns, a column per survey leaf), then counts. */
function pointsTable(r: SurveyResult, lang: Lang): { header: string[]; rows: (string | number | null)[][] } {
  const header = [w('unitCode', lang), w('unitName', lang), ...r.items.map((l) => `${l.code} ${l.name}`), w('respondents', lang), w('surveyPoints', lang), w('satisfaction', lang)];
  const rows = r.units.map((u) => [
    u.code,
    u.name,
    ...u.items.map((i) => (i.points === undefined ? null : formatExact(i.points))),
    u.respondents,
    formatExact(u.points),
    u.satisfaction.n === 0 ? null : pct(u.satisfaction.share, 'en', 2),
  ]);
  return { header, rows };
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const safe = neutraliseFormula(String(v));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderPointsCsv(r: SurveyResult, ctx: SurveyFormatContext): string {
  const t = pointsTable(r, ctx.lang);
  return `\ufeff${[t.header, ...t.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

export async function renderPointsXlsx(r: SurveyResult, ctx: SurveyFormatContext): Promise<Uint8Array> {
  const ExcelJS = loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = wb.lastModifiedBy = 'parindex';
  wb.created = wb.modified = wb.lastPrinted = FIXED_DATE;
  const ws = wb.addWorksheet(w('pointsSheet', ctx.lang), { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const t = pointsTable(r, ctx.lang);
  ws.addRow(t.header).font = { bold: true };
  // Numbers as numbers: points keep their six decimals, so scoring them again is exact.
  for (const row of t.rows) ws.addRow(row.map((v, i) => (i >= 2 && typeof v === 'string' ? Number(v) : v)));
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 28 : i < 2 ? 12 : 14));
  return stampZipEntries(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function unitCells(u: UnitSurvey, r: SurveyResult, lang: Lang): string[] {
  const s = u.satisfaction;
  return [u.code, u.name, String(u.respondents), formatPoints(u.points, r.set.decimals, sep(lang)), s.n === 0 ? '–' : pct(s.share, lang), interval(s, lang), ...u.fields.map((f) => (f.share.n === 0 ? '–' : pct(f.share.share, lang)))];
}

function columns(r: SurveyResult, lang: Lang): Column[] {
  const heads = [w('code', lang), w('unit', lang), w('respondents', lang), w('surveyPoints', lang), w('satisfaction', lang), w('interval', lang), ...r.fields.map((f) => `LV${f.code} (%)`)];
  return heads.map((header, i) => ({ header, align: i === 1 || i === 0 ? 'left' : 'right' }));
}

/** The province's lines: overall and per field, each with n and its interval. */
function summaryLines(r: SurveyResult, lang: Lang): string[] {
  const line = (label: string, s: Share): string =>
    `${label}: ${w('satisfiedLine', lang)} ${pct(s.share, lang)} % (n = ${s.n} ${w('answers', lang)}; ${w('interval', lang)}: ${interval(s, lang)} %)`;
  return [
    line(`${w('overall', lang)} (${r.units.length} ${w('unit', lang).toLowerCase()}, ${r.respondents} ${w('respondents', lang).toLowerCase()})`, r.satisfaction),
    ...r.fields.map((f) => line(`LV${f.code} ${f.name}`, f.share)),
    `${w('satisfiedAt', lang)} ${formatExact(r.satisfiedAt, sep(lang))} % ${w('ofMax', lang)}` +
      (r.set.surveyGroups.length > 0 ? `; ${w('weights', lang)}: ${r.set.surveyGroups.map((g) => `${g.name} ${formatExact(g.weight, sep(lang))}`).join(', ')}` : ''),
  ];
}

export function renderSurveyTable(r: SurveyResult, ctx: SurveyFormatContext): string {
  const { lang } = ctx;
  const lines = [`${r.set.title} — ${w('title', lang)}`, '', ...renderTextTable(columns(r, lang), r.units.map((u) => unitCells(u, r, lang))), '', ...summaryLines(r, lang)];
  return `${lines.join('\n')}\n`;
}

export function renderSurveyMarkdown(r: SurveyResult, ctx: SurveyFormatContext): string {
  const { lang } = ctx;
  const lines = [`# ${r.set.title} — ${w('title', lang)}`, '', ...renderMarkdownTable(columns(r, lang), r.units.map((u) => unitCells(u, r, lang))), '', ...summaryLines(r, lang).map((l) => `- ${l}`)];
  return `${lines.join('\n')}\n`;
}

const shareJson = (s: Share): Record<string, number> => ({ n: s.n, satisfied: s.yes, share: round6(s.share), low: round6(s.low), high: round6(s.high) });
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export function renderSurveyJson(r: SurveyResult): string {
  const doc = {
    set: { id: r.set.id, title: r.set.title, year: r.set.year },
    satisfiedAt: toNumber(r.satisfiedAt),
    groups: r.set.surveyGroups.map((g) => ({ id: g.id, name: g.name, weight: toNumber(g.weight) })),
    respondents: r.respondents,
    satisfaction: shareJson(r.satisfaction),
    fields: r.fields.map((f) => ({ code: f.code, name: f.name, satisfaction: shareJson(f.share) })),
    units: r.units.map((u) => ({
      code: u.code,
      name: u.name,
      respondents: u.respondents,
      points: toNumber(u.points),
      satisfaction: shareJson(u.satisfaction),
      fields: u.fields.map((f) => ({ code: f.code, satisfaction: shareJson(f.share) })),
      items: u.items.map((i) => ({ code: i.leaf.code, max: toNumber(i.leaf.max), n: i.n, byGroup: i.byGroup, points: i.points === undefined ? null : toNumber(i.points) })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type SurveyFormat = 'table' | 'md' | 'json' | 'csv' | 'xlsx';

export const surveyFormats: Record<SurveyFormat, SurveyFormatter> = {
  table: { fileName: 'survey.txt', binary: false, render: renderSurveyTable },
  md: { fileName: 'survey.md', binary: false, render: renderSurveyMarkdown },
  json: { fileName: 'survey.json', binary: false, render: renderSurveyJson },
  csv: { fileName: 'survey-points.csv', binary: false, render: renderPointsCsv },
  xlsx: { fileName: 'survey-points.xlsx', binary: true, render: renderPointsXlsx },
};

/** The format a file name asks for, by its extension. */
export function surveyFormatForFile(file: string): SurveyFormat | undefined {
  const ext = file.toLowerCase().replace(/^.*\.([^.]+)$/, '$1');
  return ext === 'txt' ? 'table' : (['md', 'json', 'csv', 'xlsx'] as const).find((f) => f === ext);
}
