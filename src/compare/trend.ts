/**
 * Three years or more: per block, each unit's index in every year. A unit's value in an earlier year follows its
 * lineage back through the unit map: a merged unit's earlier value is the weighted mean of its predecessors'.
 */
import { fraction, mean, weightedMean, type Fraction } from './fraction.js';
import { linkYears, sameBlock, type Links } from './links.js';
import type { Origin, TrendBlock, TrendRow, YearBlock, YearReport, YearUnit } from './model.js';
import type { UnitMap } from './unit-map.js';

type Weights = Map<string, Fraction>;

const addFractions = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den + b.num * a.den, a.den * b.den);

/** The unit's weights in the year before: each predecessor gets its share of the weight of what it became. */
function stepBack(weights: Weights, links: Links): Weights {
  const out: Weights = new Map();
  for (const [code, w] of weights) {
    const preds = links.predecessors.get(code) ?? [];
    const total = preds.reduce((s, p) => addFractions(s, p.weight), fraction(0n, 1n));
    if (total.num === 0n) continue;
    for (const p of preds) {
      const share = fraction(w.num * p.weight.num * total.den, w.den * p.weight.den * total.num);
      out.set(p.unit.code, addFractions(out.get(p.unit.code) ?? fraction(0n, 1n), share));
    }
  }
  return out;
}

function valueIn(weights: Weights, units: ReadonlyMap<string, YearUnit>): Fraction | undefined {
  const items = [...weights].flatMap(([code, weight]) => {
    const u = units.get(code);
    return u ? [{ value: u.index, weight }] : [];
  });
  return weightedMean(items);
}

/** Values of a unit seen last in year `last`, for every year (undefined after `last` and before its lineage starts). */
function rowValues(unit: YearUnit, last: number, links: readonly Links[], count: number): (Fraction | undefined)[] {
  const values: (Fraction | undefined)[] = Array.from({ length: count }, () => undefined);
  values[last] = unit.index;
  let weights: Weights = new Map([[unit.code, fraction(1n, 1n)]]);
  for (let k = last - 1; k >= 0 && weights.size > 0; k--) {
    const link = links[k] as Links;
    weights = stepBack(weights, link);
    values[k] = valueIn(weights, link.earlier);
  }
  return values;
}

export function trendOf(years: readonly YearReport[], map: UnitMap | undefined): TrendBlock[] {
  const links = years.slice(1).map((b, i) => linkYears(years[i] as YearReport, b, map));
  const blocks: { block: YearBlock; perYear: (YearBlock | undefined)[] }[] = [];
  years.forEach((y, k) => {
    for (const b of y.blocks) {
      let entry = blocks.find((e) => sameBlock(e.block, b));
      if (!entry) blocks.push((entry = { block: b, perYear: years.map(() => undefined) }));
      entry.perYear[k] = b;
      entry.block = b;
    }
  });
  return blocks.map(({ block, perYear }) => {
    const rows: TrendRow[] = [];
    const goneRows: TrendRow[] = [];
    perYear.forEach((yb, k) => {
      if (!yb) return;
      const lastOfBlock = perYear.slice(k + 1).every((x) => x === undefined);
      const gone = new Set((links[k]?.gone ?? []).map((u) => u.code));
      for (const u of yb.units) {
        if (!lastOfBlock && !gone.has(u.code)) continue;
        const origin: Origin = k > 0 ? (links[k - 1]?.origins.get(u.code) ?? { kind: 'new' }) : { kind: 'same' };
        (lastOfBlock ? rows : goneRows).push({ code: u.code, name: u.name, origin, values: rowValues(u, k, links, years.length) });
      }
    });
    return { key: block.key, name: block.name, means: perYear.map((b) => (b ? mean(b.units.map((u) => u.index)) : undefined)), rows: [...rows, ...goneRows] };
  });
}
