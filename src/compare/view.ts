/** The comparison as titled tables of text, shared by the table, Markdown, HTML and XLSX renderers. */
import { formatExact, formatPoints } from '../core/decimal.js';
import type { Lang } from '../core/lang.js';
import { comparedFields } from './compare.js';
import { formatChange, formatFraction, subtract, type Fraction } from './fraction.js';
import type { BlockComparison, BlockStats, Comparison, FieldMatch, Origin, PairComparison, SetChange, UnitChange, YearHead } from './model.js';
import { cw } from './words.js';

export const DECIMALS = 2;

export interface ViewColumn {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** Cells are numbers written with a point (XLSX writes them as numbers) */
  readonly numeric?: boolean;
}

export interface TableView {
  readonly title: string;
  readonly columns: readonly ViewColumn[];
  readonly rows: readonly (readonly string[])[];
  readonly notes: readonly string[];
}

export interface SectionView {
  readonly title: string;
  readonly notes: readonly string[];
  readonly tables: readonly TableView[];
}

const pct = (f: Fraction | undefined, sep: string): string => (f ? formatFraction(f, DECIMALS, sep) : '');
const chg = (f: Fraction | undefined, sep: string): string => (f ? formatChange(f, DECIMALS, sep) : '');

export function rankChangeText(n: number | undefined, lang: Lang): string {
  if (n === undefined) return '';
  return n > 0 ? cw('up', lang, n) : n < 0 ? cw('down', lang, -n) : cw('level', lang);
}

export function originText(o: Origin, lang: Lang, weightColumn?: string): string {
  switch (o.kind) {
    case 'same':
      return '';
    case 'new':
      return cw('new', lang);
    case 'renamed':
      return cw('renamed', lang, `${o.from.code} ${o.from.name}`);
    case 'split':
      return cw('split', lang, `${o.from.code} ${o.from.name}`);
    case 'merged': {
      const how = o.weighted && weightColumn ? cw('mergedWeighted', lang, weightColumn) : cw('mergedEqual', lang);
      return `${cw('merged', lang, o.from.length, o.from.map((u) => u.code).join(', '))}; ${how}`;
    }
  }
}

function setChangeText(c: SetChange, lang: Lang, sep: string): string {
  switch (c.kind) {
    case 'field-added':
      return cw('fieldAdded', lang, c.code);
    case 'field-removed':
      return cw('fieldRemoved', lang, c.code);
    case 'field-renamed':
      return cw('fieldRenamed', lang, c.code);
    case 'field-max':
      return cw('fieldMax', lang, c.code, formatExact(c.from, sep), formatExact(c.to, sep));
    case 'leaves':
      return cw('leaves', lang, c.added.join(', ') || '—', c.removed.join(', ') || '—');
  }
}

/** What the pair's notes say about the criteria sets and the fields. */
export function pairNotes(p: PairComparison, years: readonly YearHead[], lang: Lang, sep: string): string[] {
  const a = years[p.earlier] as YearHead;
  const b = years[p.later] as YearHead;
  const notes = [
    p.setChanges.length === 0 ? cw('sameSet', lang, a.setId, b.setId) : cw('changedSet', lang, a.setId, b.setId, p.setChanges.map((c) => setChangeText(c, lang, sep)).join('; ')),
  ];
  const list = (fs: readonly FieldMatch[]): string => fs.map((f) => f.code).join(', ');
  const matched = p.fields.filter((f) => f.status === 'matched');
  const codeOnly = p.fields.filter((f) => f.status === 'code-only');
  if (matched.length > 0) notes.push(cw('fieldsMatched', lang, list(matched)));
  if (codeOnly.length > 0) notes.push(cw('fieldsCodeOnly', lang, list(codeOnly)));
  const not = p.fields.flatMap((f) => {
    if (f.status === 'earlier-only') return [cw('onlyIn', lang, f.code, a.year)];
    if (f.status === 'later-only') return [cw('onlyIn', lang, f.code, b.year)];
    if (f.status === 'name-differs') return [cw('nameDiffers', lang, f.code, f.earlierName ?? '', f.laterName ?? '')];
    return [];
  });
  if (not.length > 0) notes.push(cw('fieldsNotMatched', lang, not.join(', ')));
  return notes;
}

export function pairColumns(p: PairComparison, years: readonly YearHead[], lang: Lang): ViewColumn[] {
  const a = (years[p.earlier] as YearHead).year;
  const b = (years[p.later] as YearHead).year;
  return [
    { header: cw('rank', lang), align: 'right', numeric: true },
    { header: cw('rankChange', lang), align: 'left' },
    { header: cw('code', lang), align: 'left' },
    { header: cw('unit', lang), align: 'left' },
    { header: cw('index', lang, a), align: 'right', numeric: true },
    { header: cw('index', lang, b), align: 'right', numeric: true },
    { header: cw('change', lang), align: 'right', numeric: true },
    { header: cw('band', lang, a), align: 'left' },
    { header: cw('band', lang, b), align: 'left' },
    { header: cw('bandChanged', lang), align: 'left' },
    ...(p.setChanges.length === 0 ? [{ header: cw('pointsChange', lang), align: 'right' as const, numeric: true }] : []),
    ...comparedFields(p.fields).map((f) => ({ header: cw('fieldChange', lang, f.code), align: 'right' as const, numeric: true })),
    { header: cw('origin', lang), align: 'left' },
  ];
}

export function unitCells(r: UnitChange, p: PairComparison, lang: Lang, sep: string, weightColumn?: string): string[] {
  const points = r.pointsChange === undefined ? '' : `${r.pointsChange > 0 ? '+' : ''}${formatPoints(r.pointsChange, DECIMALS, sep)}`;
  return [
    String(r.rank),
    rankChangeText(r.rankChange, lang),
    r.code,
    r.name,
    pct(r.earlierIndex, sep),
    pct(r.index, sep),
    chg(r.indexChange, sep),
    r.earlierBand ?? '',
    r.band ?? '',
    r.bandChanged === undefined ? '' : cw(r.bandChanged ? 'yes' : 'no', lang),
    ...(p.setChanges.length === 0 ? [points] : []),
    ...r.fieldChanges.map((f) => chg(f, sep)),
    originText(r.origin, lang, weightColumn),
  ];
}

function statsLine(a: BlockStats | undefined, b: BlockStats | undefined, years: [number, number], lang: Lang, sep: string): string {
  const meanPart = `${cw('mean', lang)}: ${pct(a?.mean, sep) || '—'} → ${pct(b?.mean, sep) || '—'}${a?.mean && b?.mean ? ` (${formatChange(subtract(b.mean, a.mean), DECIMALS, sep)})` : ''}`;
  const labels = [...new Set([...(a?.bandCounts ?? []), ...(b?.bandCounts ?? [])].map((c) => c.label))];
  const count = (s: BlockStats | undefined, label: string): string => String(s?.bandCounts.find((c) => c.label === label)?.count ?? '—');
  const bands = labels.map((l) => `${l} ${count(a, l)} → ${count(b, l)}`).join(' · ');
  return `${meanPart} · ${cw('units', lang)} (${years[0]} → ${years[1]}): ${a?.units ?? 0} → ${b?.units ?? 0}${bands ? ` · ${bands}` : ''}`;
}

function blockTable(b: BlockComparison, p: PairComparison, years: readonly YearHead[], lang: Lang, sep: string, weightColumn?: string): TableView {
  const ya = (years[p.earlier] as YearHead).year;
  const yb = (years[p.later] as YearHead).year;
  const notes = [statsLine(b.earlier, b.later, [ya, yb], lang, sep)];
  if (!b.later) notes.push(cw('blockGone', lang, yb, b.earlier?.units ?? 0, ya));
  else if (!b.earlier) notes.push(cw('blockNew', lang, yb));
  if (b.gone.length > 0 && b.later) notes.push(`${cw('gone', lang, yb)}: ${b.gone.map((u) => `${u.code} ${u.name}`).join(', ')}`);
  return { title: `${cw('block', lang)}: ${b.name}`, columns: pairColumns(p, years, lang), rows: b.rows.map((r) => unitCells(r, p, lang, sep, weightColumn)), notes };
}

function trendSection(m: Comparison, lang: Lang, sep: string, weightColumn?: string): SectionView | undefined {
  if (!m.trend) return undefined;
  const columns: ViewColumn[] = [
    { header: cw('code', lang), align: 'left' },
    { header: cw('unit', lang), align: 'left' },
    ...m.years.map((y) => ({ header: String(y.year), align: 'right' as const, numeric: true })),
    { header: cw('origin', lang), align: 'left' },
  ];
  const tables = m.trend.map((b) => ({
    title: `${cw('block', lang)}: ${b.name}`,
    columns,
    rows: [...b.rows.map((r) => [r.code, r.name, ...r.values.map((v) => pct(v, sep)), originText(r.origin, lang, weightColumn)]), ['', cw('mean', lang), ...b.means.map((v) => pct(v, sep)), '']],
    notes: [],
  }));
  return { title: cw('trend', lang), notes: [cw('trendNote', lang)], tables };
}

/** Sections: one per pair of consecutive years, then the trend (three years or more). */
export function comparisonView(m: Comparison, lang: Lang, sep: string): SectionView[] {
  const weightColumn = m.mapWeightColumn;
  const sections: SectionView[] = m.pairs.map((p) => ({
    title: cw('pair', lang, (m.years[p.later] as YearHead).year, (m.years[p.earlier] as YearHead).year),
    notes: pairNotes(p, m.years, lang, sep),
    tables: p.blocks.map((b) => blockTable(b, p, m.years, lang, sep, weightColumn)),
  }));
  const trend = trendSection(m, lang, sep, weightColumn);
  return trend ? [...sections, trend] : sections;
}
