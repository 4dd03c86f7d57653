/**
 * The outputs of `parindex sensitivity` and `parindex whatif`, by --format name, with the project's formatter
 * contract (a file name, extensions, binary or not, render(model, ctx)).
 */
import { formatExact, toNumber } from '../core/decimal.js';
import type { Lang } from '../core/lang.js';
import type { SensitivityBlock, SensitivityReport } from './model.js';
import { fixedCell, viewCsv, viewText, viewXlsx, type View, type ViewCell } from './view.js';
import type { WhatIfReport, WhatIfRow } from './whatif.js';
import { sw } from './words.js';

export interface SensitivityFormatContext {
  readonly lang: Lang;
}

interface Formatter<M> {
  readonly fileName: string;
  readonly extensions: readonly string[];
  readonly binary: boolean;
  readonly render: (model: M, ctx: SensitivityFormatContext) => string | Promise<Uint8Array>;
}

const fixed = (x: number | null, d: number): string | null => (x === null ? null : x.toFixed(d));
/** The published index text as a number of its decimals (a workbook gets a number). */
const indexCell = (text: string): ViewCell => fixedCell(Number(text), text.split('.')[1]?.length ?? 0);
const pct = (x: number | null): string | null => (x === null ? null : `${(x * 100).toFixed(1)} %`);

function sensitivityView(m: SensitivityReport, lang: Lang): View {
  const o = m.options;
  const drop = o.dropField ? m.fields.map((f) => sw('without', lang, f.code)) : [];
  const unitCells = (u: SensitivityBlock['units'][number], range: boolean): ViewCell[] => [
    u.rank,
    u.code,
    u.name,
    indexCell(u.index),
    u.band,
    u.medianRank,
    ...(range ? [u.rankLow === null ? null : `${u.rankLow}–${u.rankHigh}`, pct(u.bandChange)] : [u.rankLow, u.rankHigh, fixedCell(u.bandChange, 4)]),
    ...(u.dropRanks ?? []),
  ];
  const head = [sw('rank', lang), sw('code', lang), sw('unit', lang), sw('index', lang), sw('band', lang), sw('medianRank', lang)];
  const right = new Set([0, 3, 5, 6, 7]);
  const columns = [...head, sw('rankRange', lang), sw('bandChange', lang), ...drop.map((_, k) => sw('withoutShort', lang, m.fields[k]!.code))].map((header, i) => ({
    header,
    align: right.has(i) || i >= 8 ? ('right' as const) : ('left' as const),
  }));
  const blockLines = (b: SensitivityBlock): string[] => [
    ...(b.meanAbsShift === null ? [] : [sw('blockStats', lang, fixed(b.meanAbsShift, 2)!, fixed(b.spearmanMean, 4)!, fixed(b.spearmanP5, 4)!)]),
    ...(b.dropSpearman ? [sw('dropStats', lang, b.dropSpearman.map((r, k) => `${m.fields[k]!.code}: ${fixed(r, 4) ?? '—'}`).join(', '))] : []),
  ];
  return {
    title: sw('title', lang, m.criteria.title),
    notes: [
      o.draws > 0 ? sw('settings', lang, o.draws, o.seed, o.weightsPercent) + (o.noisePercent > 0 ? sw('noise', lang, o.noisePercent) : '') : sw('noDraws', lang),
      sw('ranksNote', lang),
      ...(o.dropField ? [sw('fieldsLegend', lang, m.fields.map((f) => `${f.code} ${f.name}`).join('; '))] : []),
    ],
    sections: m.blocks.map((b) => ({ title: `${sw('block', lang)}: ${b.name}`, columns, rows: b.units.map((u) => unitCells(u, true)), footer: blockLines(b) })),
    flat: {
      sheet: sw('units', lang),
      header: [sw('block', lang), ...head, sw('rankLow', lang), sw('rankHigh', lang), sw('bandChange', lang), ...drop],
      rows: m.blocks.flatMap((b) => b.units.map((u) => [b.name, ...unitCells(u, false)])),
    },
    summary: {
      sheet: sw('blocksSheet', lang),
      header: [sw('block', lang), sw('units', lang), sw('meanShift', lang), sw('spearmanMean', lang), sw('spearmanP5', lang), ...drop.map((_, k) => `ρ −${m.fields[k]!.code}`)],
      rows: m.blocks.map((b) => [b.name, b.units.length, fixedCell(b.meanAbsShift, 2), fixedCell(b.spearmanMean, 4), fixedCell(b.spearmanP5, 4), ...(b.dropSpearman ?? []).map((r) => fixedCell(r, 4))]),
    },
  };
}

function whatIfView(m: WhatIfReport, lang: Lang): View {
  const side = (w: string): string => `(${w})`;
  const b4 = side(sw('before', lang));
  const af = side(sw('after', lang));
  const header = [`${sw('rank', lang)} ${b4}`, `${sw('rank', lang)} ${af}`, sw('rankChange', lang), sw('code', lang), sw('unit', lang), `${sw('index', lang)} ${b4}`, `${sw('index', lang)} ${af}`, `${sw('band', lang)} ${b4}`, `${sw('band', lang)} ${af}`, sw('bandChanged', lang)];
  const change = (r: WhatIfRow): string | null => (r.rankChange === null ? null : r.rankChange > 0 ? `+${r.rankChange}` : String(r.rankChange));
  const cells = (r: WhatIfRow, signed = true): ViewCell[] => [r.before?.rank ?? null, r.after?.rank ?? null, signed ? change(r) : r.rankChange, r.code, r.name, r.before ? indexCell(r.before.index) : null, r.after ? indexCell(r.after.index) : null, r.before?.band ?? null, r.after?.band ?? null, r.bandChanged ? sw('yes', lang) : null];
  const dash = (row: ViewCell[]): ViewCell[] => row.map((c, i) => (c === null && i !== 9 ? sw('notRanked', lang) : c));
  const right = new Set([0, 1, 2, 5, 6]);
  const columns = header.map((h, i) => ({ header: h, align: right.has(i) ? ('right' as const) : ('left' as const) }));
  const points = (x: number): string => formatExact(x);
  return {
    title: sw('whatIfTitle', lang, m.before.title, m.reweight.length > 0 ? m.reweight.map((r) => sw('reweighted', lang, r.code, r.name, points(r.from), points(r.to))).join('; ') : m.after.title),
    notes: [
      ...(m.reweight.length > 0 ? [sw('reweightNote', lang)] : [`${m.before.file} → ${m.after.file}`]),
      sw('totalNote', lang, points(m.before.total), points(m.after.total)),
      sw('summary', lang, m.moved, m.bandChanges),
    ],
    sections: m.blocks.map((b) => ({ title: `${sw('block', lang)}: ${b.name}`, columns, rows: b.rows.map((r) => dash(cells(r))), footer: [] })),
    flat: { sheet: sw('units', lang), header: [sw('block', lang), ...header], rows: m.blocks.flatMap((b) => b.rows.map((r) => [b.name, ...cells(r, false)])) },
  };
}

const json = (m: unknown): string => `${JSON.stringify(m, null, 2)}\n`;

/** The what-if report as JSON: maxima and totals in points, as `score --format json` gives points. */
const whatIfJson = (m: WhatIfReport): string =>
  json({
    ...m,
    before: { ...m.before, total: toNumber(m.before.total) },
    after: { ...m.after, total: toNumber(m.after.total) },
    reweight: m.reweight.map((r) => ({ ...r, from: toNumber(r.from), to: toNumber(r.to) })),
  });

export const sensitivityFormats = {
  table: { fileName: 'sensitivity.txt', extensions: ['.txt'], binary: false, render: (m, ctx) => viewText(sensitivityView(m, ctx.lang)) },
  csv: { fileName: 'sensitivity.csv', extensions: ['.csv'], binary: false, render: (m, ctx) => viewCsv(sensitivityView(m, ctx.lang)) },
  json: { fileName: 'sensitivity.json', extensions: ['.json'], binary: false, render: (m) => json(m) },
  xlsx: { fileName: 'sensitivity.xlsx', extensions: ['.xlsx'], binary: true, render: (m, ctx) => viewXlsx(sensitivityView(m, ctx.lang)) },
} satisfies Record<string, Formatter<SensitivityReport>>;

export const whatIfFormats = {
  table: { fileName: 'whatif.txt', extensions: ['.txt'], binary: false, render: (m, ctx) => viewText(whatIfView(m, ctx.lang)) },
  csv: { fileName: 'whatif.csv', extensions: ['.csv'], binary: false, render: (m, ctx) => viewCsv(whatIfView(m, ctx.lang)) },
  json: { fileName: 'whatif.json', extensions: ['.json'], binary: false, render: (m) => whatIfJson(m) },
  xlsx: { fileName: 'whatif.xlsx', extensions: ['.xlsx'], binary: true, render: (m, ctx) => viewXlsx(whatIfView(m, ctx.lang)) },
} satisfies Record<string, Formatter<WhatIfReport>>;

export type SensitivityFormat = keyof typeof sensitivityFormats;
export type WhatIfFormat = keyof typeof whatIfFormats;

/** The format an output file's name asks for, by its extension. */
export function formatOfFile<F extends string>(registry: Record<F, { extensions: readonly string[] }>, file: string): F | undefined {
  const lower = file.toLowerCase();
  return (Object.keys(registry) as F[]).find((f) => registry[f].extensions.some((e) => lower.endsWith(e)));
}
