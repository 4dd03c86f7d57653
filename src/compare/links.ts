/** Which earlier units each later unit comes from, for one pair of years: by code, or by the unit map. */
import { asciiKey } from '../core/text.js';
import { fraction, type Fraction } from './fraction.js';
import type { Origin, UnitRef, YearBlock, YearReport, YearUnit } from './model.js';
import type { UnitMap } from './unit-map.js';

export interface Predecessor {
  readonly unit: YearUnit;
  readonly weight: Fraction;
}

export interface Links {
  readonly earlier: ReadonlyMap<string, YearUnit>;
  readonly later: ReadonlyMap<string, YearUnit>;
  /** By later unit code; an empty list for a new unit */
  readonly predecessors: ReadonlyMap<string, readonly Predecessor[]>;
  readonly origins: ReadonlyMap<string, Origin>;
  /** Earlier units that lead to no later unit */
  readonly gone: readonly YearUnit[];
}

/** Blocks match by id when both reports carry ids, else by name. */
export const sameBlock = (a: YearBlock, b: YearBlock): boolean => (a.idKnown && b.idKnown ? a.key === b.key : asciiKey(a.name) === asciiKey(b.name));

export const unitsByCode = (r: YearReport): Map<string, YearUnit> => new Map(r.blocks.flatMap((b) => b.units.map((u) => [u.code, u] as const)));

const ref = (u: YearUnit): UnitRef => ({ code: u.code, name: u.name });

export function linkYears(earlierReport: YearReport, laterReport: YearReport, map: UnitMap | undefined): Links {
  const earlier = unitsByCode(earlierReport);
  const later = unitsByCode(laterReport);
  const rows = (map?.rows ?? []).filter((r) => earlier.has(r.old) && later.has(r.new));
  const targetsOf = new Map<string, number>();
  for (const r of rows) targetsOf.set(r.old, (targetsOf.get(r.old) ?? 0) + 1);
  const predecessors = new Map<string, Predecessor[]>();
  const origins = new Map<string, Origin>();
  const used = new Set<string>();
  for (const unit of later.values()) {
    const mapped = rows.filter((r) => r.new === unit.code);
    const preds: Predecessor[] = mapped.length > 0
      ? mapped.map((r) => ({ unit: earlier.get(r.old) as YearUnit, weight: r.weight }))
      : earlier.has(unit.code) ? [{ unit: earlier.get(unit.code) as YearUnit, weight: fraction(1n, 1n) }] : [];
    for (const p of preds) used.add(p.unit.code);
    predecessors.set(unit.code, preds);
    origins.set(unit.code, originOf(unit, preds, targetsOf, map));
  }
  const gone = [...earlier.values()].filter((u) => !used.has(u.code));
  return { earlier, later, predecessors, origins, gone };
}

function originOf(unit: YearUnit, preds: readonly Predecessor[], targetsOf: ReadonlyMap<string, number>, map: UnitMap | undefined): Origin {
  const first = preds[0];
  if (!first) return { kind: 'new' };
  if (preds.length > 1) return { kind: 'merged', from: preds.map((p) => ref(p.unit)), weighted: map?.weightColumn !== undefined };
  if ((targetsOf.get(first.unit.code) ?? 0) > 1) return { kind: 'split', from: ref(first.unit) };
  return first.unit.code === unit.code ? { kind: 'same' } : { kind: 'renamed', from: ref(first.unit) };
}
