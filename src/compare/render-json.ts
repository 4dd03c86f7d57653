/** The comparison as one JSON document: values rounded half-up to 2 decimals, changes in percentage points. */
import { toNumber } from '../core/decimal.js';
import { diagnosticJson } from '../report/score/json.js';
import { fractionNumber, type Fraction } from './fraction.js';
import type { BlockStats, Comparison, UnitChange } from './model.js';
import type { CompareFormatContext } from './render-text.js';
import { DECIMALS } from './view.js';

const n = (f: Fraction | undefined): number | null => (f ? fractionNumber(f, DECIMALS) : null);
const stats = (s: BlockStats | undefined): Record<string, unknown> | null => (s ? { units: s.units, meanIndex: n(s.mean), bandCounts: s.bandCounts } : null);

function unitJson(r: UnitChange): Record<string, unknown> {
  return {
    code: r.code,
    name: r.name,
    origin: r.origin,
    earlierIndex: n(r.earlierIndex),
    index: n(r.index),
    indexChange: n(r.indexChange),
    earlierRank: r.earlierRank ?? null,
    rank: r.rank,
    rankChange: r.rankChange ?? null,
    earlierBand: r.earlierBand ?? null,
    band: r.band,
    bandChanged: r.bandChanged ?? null,
    pointsChange: r.pointsChange === undefined ? null : toNumber(r.pointsChange),
    fieldChanges: r.fieldChanges.map(n),
  };
}

export function compareDocument(m: Comparison, ctx: CompareFormatContext): Record<string, unknown> {
  return {
    years: m.years,
    map: m.mapFile === undefined ? null : { file: m.mapFile, weightColumn: m.mapWeightColumn ?? null },
    pairs: m.pairs.map((p) => ({
      earlierYear: m.years[p.earlier]?.year,
      laterYear: m.years[p.later]?.year,
      sameCriteriaSet: p.setChanges.length === 0,
      comparedOn: p.setChanges.length === 0 ? 'indexes and points' : 'indexes',
      setChanges: p.setChanges.map((c) => (c.kind === 'field-max' ? { ...c, from: toNumber(c.from), to: toNumber(c.to) } : c)),
      fields: p.fields.map((f) => ({
        code: f.code,
        status: f.status,
        earlierName: f.earlierName ?? null,
        laterName: f.laterName ?? null,
      })),
      comparedFields: p.fields.filter((f) => f.status === 'matched' || f.status === 'code-only').map((f) => f.code),
      blocks: p.blocks.map((b) => ({ key: b.key, name: b.name, earlier: stats(b.earlier), later: stats(b.later), rows: b.rows.map(unitJson), gone: b.gone })),
      newUnits: p.newUnits,
      goneUnits: p.goneUnits,
    })),
    trend: m.trend
      ? m.trend.map((b) => ({ key: b.key, name: b.name, means: b.means.map(n), rows: b.rows.map((r) => ({ code: r.code, name: r.name, origin: r.origin, values: r.values.map(n) })) }))
      : null,
    diagnostics: m.diagnostics.map((d) => diagnosticJson(d, ctx.lang)),
  };
}

export function renderCompareJson(m: Comparison, ctx: CompareFormatContext): string {
  return `${JSON.stringify(compareDocument(m, ctx), null, 2)}\n`;
}
