/**
 * The survey's outcome as plain data: per unit its points per item and its satisfaction index, and the province's.
 * What every renderer reads; nothing here is formatted.
 */
import { SCALE, type Micro } from '../core/decimal.js';
import type { CriteriaSet, Leaf } from '../criteria/model.js';
import { diag } from '../diagnostics/catalogue.js';
import type { DiagnosticSink } from '../diagnostics/sink.js';
import { weightedMeanPoints, wilson, type Share } from './stats.js';
import type { SurveyTally, UnitTally } from './tally.js';

export interface ItemResult {
  readonly leaf: Leaf;
  /** Answers counted */
  readonly n: number;
  /** Answers per respondent group (one entry when the set declares none) */
  readonly byGroup: readonly number[];
  /** Points: the (group-weighted) mean of the answers' points; undefined without answers */
  readonly points?: Micro;
}

export interface FieldShare {
  /** The field (lĩnh vực) the items belong to */
  readonly code: string;
  readonly name: string;
  readonly share: Share;
}

export interface UnitSurvey {
  readonly code: string;
  readonly name: string;
  readonly respondents: number;
  readonly items: readonly ItemResult[];
  /** Sum of the items' points (items without answers count 0) */
  readonly points: Micro;
  /** Satisfaction: the share of answers at or above "satisfied" */
  readonly satisfaction: Share;
  readonly fields: readonly FieldShare[];
}

export interface SurveyResult {
  readonly set: CriteriaSet;
  /** The survey's items (the set's survey leaves) */
  readonly items: readonly Leaf[];
  /** Share of an item's max from which an answer is "satisfied", micro-percent */
  readonly satisfiedAt: Micro;
  /** Units in code order */
  readonly units: readonly UnitSurvey[];
  readonly respondents: number;
  readonly satisfaction: Share;
  readonly fields: readonly FieldShare[];
}

function unitResult(tally: SurveyTally, u: UnitTally): UnitSurvey {
  const { set, groups } = tally;
  const weights = set.surveyGroups.length > 0 ? set.surveyGroups.map((g) => g.weight) : [SCALE];
  const items = tally.items.map((leaf, slot): ItemResult => {
    const byGroup = Array.from({ length: groups }, (_, g) => u.counts[slot * groups + g] ?? 0);
    const points = weightedMeanPoints(byGroup.map((n, g) => ({ n, sum: u.sums[slot * groups + g] ?? 0, weight: weights[g] ?? SCALE })));
    return { leaf, n: byGroup.reduce((a, b) => a + b, 0), byGroup, ...(points !== undefined ? { points } : {}) };
  });
  const shareOf = (slots: readonly number[]): Share =>
    wilson(slots.reduce((a, s) => a + (u.satisfied[s] ?? 0), 0), slots.reduce((a, s) => a + (items[s]?.n ?? 0), 0));
  return {
    code: u.code,
    name: u.name,
    respondents: u.respondents,
    items,
    points: items.reduce((a, i) => a + (i.points ?? 0), 0),
    satisfaction: shareOf(items.map((_, s) => s)),
    fields: fieldSlots(tally).map((f) => ({ code: f.code, name: f.name, share: shareOf(f.slots) })),
  };
}

/** The fields that hold survey items, with the items' slots. */
function fieldSlots(tally: SurveyTally): { code: string; name: string; slots: number[] }[] {
  return tally.set.fields.flatMap((field) => {
    const slots = tally.items.flatMap((leaf, slot) => (leaf.fieldIndex === field.fieldIndex ? [slot] : []));
    return slots.length > 0 ? [{ code: field.code, name: field.name, slots }] : [];
  });
}

/** Units with too few answers on an item: fewer than the set's `minResponses`, or none at all. */
function checkCounts(units: readonly UnitSurvey[], tally: SurveyTally, sink: DiagnosticSink): void {
  const min = Math.max(1, tally.set.minResponses);
  for (const u of units) {
    const first = tally.units.get(u.code)?.first ?? {};
    for (const item of u.items)
      if (item.n < min) sink.push(diag('survey/few-responses', { ...first, unit: u.code, criterion: item.leaf.code }, { unit: u.code, code: item.leaf.code, n: item.n, min }));
  }
}

export function surveyResult(tally: SurveyTally, sink: DiagnosticSink): SurveyResult {
  const codes = [...tally.units.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const units = codes.map((c) => unitResult(tally, tally.units.get(c) as UnitTally));
  checkCounts(units, tally, sink);
  const sum = (pick: (u: UnitSurvey) => Share): Share =>
    wilson(units.reduce((a, u) => a + pick(u).yes, 0), units.reduce((a, u) => a + pick(u).n, 0));
  return {
    set: tally.set,
    items: tally.items,
    satisfiedAt: tally.satisfiedAt,
    units,
    respondents: units.reduce((a, u) => a + u.respondents, 0),
    satisfaction: sum((u) => u.satisfaction),
    fields: fieldSlots(tally).map((f, i) => ({ code: f.code, name: f.name, share: sum((u) => u.fields[i]?.share ?? wilson(0, 0)) })),
  };
}
