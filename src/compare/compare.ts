/** Two or more years of results, compared: per unit, per field, per block, and across all years a trend. */
import { foldKey } from '../core/text.js';
import { diag } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { mean, subtract, weightedMean, type Fraction } from './fraction.js';
import { linkYears, sameBlock, unitsByCode, type Links, type Predecessor } from './links.js';
import type { BlockComparison, BlockStats, Comparison, FieldMatch, PairComparison, SetChange, UnitChange, YearBlock, YearReport, YearUnit } from './model.js';
import { trendOf } from './trend.js';
import type { UnitMap } from './unit-map.js';


export function matchFields(a: YearReport, b: YearReport): FieldMatch[] {
  const out: FieldMatch[] = [];
  for (const lf of b.fields) {
    const ef = a.fields.find((f) => f.code === lf.code);
    if (!ef) {
      out.push({ code: lf.code, ...(lf.name !== undefined ? { laterName: lf.name } : {}), status: 'later-only', ...(lf.max !== undefined ? { laterMax: lf.max } : {}) });
      continue;
    }
    const named = ef.name !== undefined && lf.name !== undefined;
    const status = !named ? 'code-only' : foldKey(ef.name as string) === foldKey(lf.name as string) ? 'matched' : 'name-differs';
    out.push({
      code: lf.code,
      ...(ef.name !== undefined ? { earlierName: ef.name } : {}),
      ...(lf.name !== undefined ? { laterName: lf.name } : {}),
      status,
      ...(ef.max !== undefined ? { earlierMax: ef.max } : {}),
      ...(lf.max !== undefined ? { laterMax: lf.max } : {}),
    });
  }
  for (const ef of a.fields)
    if (!b.fields.some((f) => f.code === ef.code)) out.push({ code: ef.code, ...(ef.name !== undefined ? { earlierName: ef.name } : {}), status: 'earlier-only', ...(ef.max !== undefined ? { earlierMax: ef.max } : {}) });
  return out;
}

/** Fields whose component indexes are compared: the same code, and the same name where both reports name it. */
export const comparedFields = (fields: readonly FieldMatch[]): FieldMatch[] => fields.filter((f) => f.status === 'matched' || f.status === 'code-only');

export function setChanges(a: YearReport, b: YearReport, fields: readonly FieldMatch[]): SetChange[] {
  const out: SetChange[] = [];
  for (const f of fields) {
    if (f.status === 'later-only') out.push({ kind: 'field-added', code: f.code });
    else if (f.status === 'earlier-only') out.push({ kind: 'field-removed', code: f.code });
    else if (f.status === 'name-differs') out.push({ kind: 'field-renamed', code: f.code, from: f.earlierName ?? '', to: f.laterName ?? '' });
    if (f.earlierMax !== undefined && f.laterMax !== undefined && f.earlierMax !== f.laterMax) out.push({ kind: 'field-max', code: f.code, from: f.earlierMax, to: f.laterMax });
  }
  if (a.leaves && b.leaves) {
    const added = b.leaves.filter((l) => !a.leaves?.includes(l));
    const removed = a.leaves.filter((l) => !b.leaves?.includes(l));
    if (added.length > 0 || removed.length > 0) out.push({ kind: 'leaves', added, removed });
  }
  return out;
}

/** The earlier value of a later unit: its predecessor's, or the weighted mean of its predecessors' where they have one. */
function earlierValue(preds: readonly Predecessor[], value: (u: YearUnit) => Fraction | undefined): Fraction | undefined {
  const items = preds.flatMap((p) => {
    const v = value(p.unit);
    return v === undefined ? [] : [{ value: v, weight: p.weight }];
  });
  return weightedMean(items);
}

function unitChange(unit: YearUnit, links: Links, pair: { a: YearReport; b: YearReport; fields: readonly FieldMatch[]; sameSet: boolean }): UnitChange {
  const preds = links.predecessors.get(unit.code) ?? [];
  const origin = links.origins.get(unit.code) ?? { kind: 'new' };
  const single = origin.kind === 'same' || origin.kind === 'renamed' || origin.kind === 'split' ? preds[0]?.unit : undefined;
  const earlierIndex = earlierValue(preds, (u) => u.index);
  const aBlock = single ? pair.a.blocks.find((b) => b.key === single.blockKey) : undefined;
  const bBlock = pair.b.blocks.find((b) => b.key === unit.blockKey);
  const rankComparable = single !== undefined && origin.kind !== 'split' && aBlock !== undefined && bBlock !== undefined && sameBlock(aBlock, bBlock);
  const aIdx = new Map(pair.a.fields.map((f, i) => [f.code, i]));
  const bIdx = new Map(pair.b.fields.map((f, i) => [f.code, i]));
  return {
    code: unit.code,
    name: unit.name,
    origin,
    index: unit.index,
    rank: unit.rank,
    band: unit.band,
    ...(earlierIndex ? { earlierIndex, indexChange: subtract(unit.index, earlierIndex) } : {}),
    ...(rankComparable ? { earlierRank: single.rank, rankChange: single.rank - unit.rank } : {}),
    ...(single ? { earlierBand: single.band, bandChanged: single.band !== unit.band } : {}),
    ...(single && pair.sameSet && origin.kind !== 'split' ? { pointsChange: unit.points - single.points } : {}),
    fieldChanges: comparedFields(pair.fields).map((f) => {
      const later = unit.fields[bIdx.get(f.code) as number];
      const before = earlierValue(preds, (u) => u.fields[aIdx.get(f.code) as number]);
      return later !== undefined && before !== undefined ? subtract(later, before) : undefined;
    }),
  };
}

export const blockStats = (b: YearBlock): BlockStats => {
  const m = mean(b.units.map((u) => u.index));
  return { units: b.units.length, ...(m ? { mean: m } : {}), bandCounts: b.bandCounts };
};

function comparePair(a: YearReport, b: YearReport, ai: number, map: UnitMap | undefined): PairComparison {
  const links = linkYears(a, b, map);
  const fields = matchFields(a, b);
  const changes = setChanges(a, b, fields);
  const pair = { a, b, fields, sameSet: changes.length === 0 };
  const goneIn = (block: YearBlock): YearUnit[] => links.gone.filter((u) => u.blockKey === block.key);
  const blocks: BlockComparison[] = b.blocks.map((lb) => {
    const eb = a.blocks.find((x) => sameBlock(x, lb));
    return {
      key: lb.key,
      name: lb.name,
      ...(eb ? { earlier: blockStats(eb) } : {}),
      later: blockStats(lb),
      rows: lb.units.map((u) => unitChange(u, links, pair)),
      gone: (eb ? goneIn(eb) : []).map((u) => ({ code: u.code, name: u.name })),
    };
  });
  for (const eb of a.blocks)
    if (!b.blocks.some((lb) => sameBlock(eb, lb)))
      blocks.push({ key: eb.key, name: eb.name, earlier: blockStats(eb), rows: [], gone: goneIn(eb).map((u) => ({ code: u.code, name: u.name })) });
  const rows = blocks.flatMap((x) => x.rows);
  return {
    earlier: ai,
    later: ai + 1,
    setChanges: changes,
    fields,
    blocks,
    newUnits: rows.filter((r) => r.origin.kind === 'new').map((r) => ({ code: r.code, name: r.name })),
    goneUnits: links.gone.map((u) => ({ code: u.code, name: u.name })),
  };
}

/** Map rows naming a code in no earlier (old) or no later (new) year; later units the map leaves without a predecessor. */
function mapDiagnostics(years: readonly YearReport[], map: UnitMap, pairs: readonly PairComparison[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const codes = years.map(unitsByCode);
  const inAny = (from: number, to: number, code: string): boolean => codes.slice(from, to).some((c) => c.has(code));
  const yearList = (from: number, to: number): string => years.slice(from, to).map((y) => y.year).join(', ');
  const n = years.length;
  for (const r of map.rows) {
    if (!inAny(0, n - 1, r.old)) out.push(diag('map/unknown-code', r.location, { code: r.old, side: 'old', years: yearList(0, n - 1) }));
    if (!inAny(1, n, r.new)) out.push(diag('map/unknown-code', { ...r.location, unit: r.new }, { code: r.new, side: 'new', years: yearList(1, n) }));
  }
  for (const p of pairs) {
    const later = years[p.later] as YearReport;
    // A pair the map says nothing about (no row from its earlier year to its later one) was not reorganised.
    if (!map.rows.some((r) => codes[p.earlier]?.has(r.old) && codes[p.later]?.has(r.new))) continue;
    for (const u of p.newUnits)
      out.push(diag('compare/no-predecessor', { file: later.file, unit: u.code }, { unit: u.code, name: u.name, year: later.year, earlierYear: (years[p.earlier] as YearReport).year }));
  }
  return out;
}

export function compareYears(years: readonly YearReport[], map?: UnitMap): Comparison {
  const diagnostics: Diagnostic[] = [];
  years.forEach((y, i) => {
    const prev = years[i - 1];
    if (prev && y.year <= prev.year) diagnostics.push(diag('compare/years-out-of-order', { file: y.file }, { file: y.file, year: y.year, previous: prev.year }));
  });
  const pairs = years.slice(1).map((b, i) => comparePair(years[i] as YearReport, b, i, map));
  if (map) diagnostics.push(...mapDiagnostics(years, map, pairs));
  return {
    years: years.map((y) => ({ year: y.year, file: y.file, setId: y.set.id, setTitle: y.set.title })),
    pairs,
    ...(years.length >= 3 ? { trend: trendOf(years, map) } : {}),
    ...(map ? { mapFile: map.file } : {}),
    ...(map?.weightColumn !== undefined ? { mapWeightColumn: map.weightColumn } : {}),
    diagnostics,
  };
}
