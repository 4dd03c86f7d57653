/**
 * What-if: the same submissions under a second criteria set, or under changed field weights, and each unit's rank
 * and band changes side by side. Exact like the published ranking: the second scenario is ranked by the set's own
 * tie rule and bands (src/ranking/rank.ts).
 *
 * A reweight `7=25` makes field 7's maximum 25 points; its points and its effective maximum scale by 25 / its old
 * maximum (each rounded half-up to a micro-point, 10^−6 point, appraisal and survey parts apart); the other fields
 * keep theirs, so the set's total becomes the sum of the new maxima. Bonus and penalty keep their points.
 */
import { formatScaled, NOT_APPLICABLE, scaleMicro, type Micro } from '../core/decimal.js';
import type { CriteriaSet } from '../criteria/model.js';
import { rankUnits, type BlockTable } from '../ranking/rank.js';
import type { RunResult } from '../report/result.js';
import type { UnitScore } from '../scoring/score.js';

/** A field's new maximum, by its index in the set. */
export interface Reweight {
  readonly field: number;
  readonly max: Micro;
}

/** One unit as a scenario ranks it. */
export interface ScenarioUnit {
  readonly index: string;
  readonly rank: number;
  readonly band: string | null;
}

export interface WhatIfRow {
  readonly code: string;
  readonly name: string;
  /** null: the unit is not ranked in that scenario */
  readonly before: ScenarioUnit | null;
  readonly after: ScenarioUnit | null;
  /** before.rank − after.rank: positive when the unit climbs; null when either is missing */
  readonly rankChange: number | null;
  readonly bandChanged: boolean;
}

export interface WhatIfReport {
  readonly before: { readonly file: string; readonly id: string; readonly title: string; readonly total: Micro };
  readonly after: { readonly file: string; readonly id: string; readonly title: string; readonly total: Micro };
  /** The reweighted fields (empty for a second set) */
  readonly reweight: readonly { readonly code: string; readonly name: string; readonly from: Micro; readonly to: Micro }[];
  readonly blocks: readonly { readonly id: string; readonly name: string; readonly rows: readonly WhatIfRow[] }[];
  readonly moved: number;
  readonly bandChanges: number;
}

/** A unit's score with the reweighted fields' points and maxima scaled. */
function reweighScore(s: UnitScore, set: CriteriaSet, changed: ReadonlyMap<number, Micro>): UnitScore {
  const fieldPoints = s.fieldPoints.slice();
  const fieldMax = s.fieldMax.slice();
  let appraisal = s.appraisal;
  let survey = s.survey;
  for (const [k, to] of changed) {
    const from = set.fields[k]!.max;
    let a = 0;
    let v = 0;
    for (const leaf of set.leaves) {
      const p = s.unit.points.leaf(leaf.leafIndex);
      if (leaf.fieldIndex !== k || p === NOT_APPLICABLE) continue;
      if (leaf.method === 'survey') v += p;
      else a += p;
    }
    const a2 = scaleMicro(a, to, from);
    const v2 = scaleMicro(v, to, from);
    appraisal += a2 - a;
    survey += v2 - v;
    fieldPoints[k] = a2 + v2;
    fieldMax[k] = scaleMicro(s.fieldMax[k]!, to, from);
  }
  const effectiveMax = fieldMax.reduce((x, y) => x + y, 0);
  const achieved = appraisal + survey;
  let total = achieved + s.bonus - s.penalty;
  if (!set.allowIndexAbove100 && total > effectiveMax) total = effectiveMax;
  if (total < 0) total = 0;
  return { ...s, fieldPoints, fieldMax, appraisal, survey, achieved, total, effectiveMax, index: { num: total, den: effectiveMax } };
}

/** The run's ranked units re-ranked with changed field maxima. */
export function reweighBlocks(run: RunResult, changes: readonly Reweight[], allName: string): BlockTable[] {
  const set = run.criteria.set;
  const changed = new Map(changes.map((c) => [c.field, c.max]));
  const scores = run.outcome.blocks.flatMap((b) => b.rows.map((r) => reweighScore(r.score, set, changed)));
  return rankUnits(scores, set, allName);
}

type Ranked = ScenarioUnit & { readonly block: string; readonly blockName: string; readonly name: string };

const scenarioOf = (blocks: readonly BlockTable[], decimals: number): Map<string, Ranked> =>
  new Map(
    blocks.flatMap((b) =>
      b.rows.map((r) => [r.score.unit.code, { index: formatScaled(r.indexScaled, decimals), rank: r.rank, band: r.band, block: b.id, blockName: b.name, name: r.score.unit.name }] as const),
    ),
  );

/** Side by side: every unit of either scenario, in the first one's blocks and order, then units ranked only after. */
export function whatIf(before: RunResult, after: { run: RunResult; blocks: readonly BlockTable[] }, reweight: readonly Reweight[]): WhatIfReport {
  const a = scenarioOf(before.outcome.blocks, before.criteria.set.decimals);
  const b = scenarioOf(after.blocks, after.run.criteria.set.decimals);
  const blocks = new Map<string, { id: string; name: string; rows: WhatIfRow[] }>();
  const row = (code: string, x: Ranked | undefined, y: Ranked | undefined): WhatIfRow => {
    const pick = (s: Ranked | undefined): ScenarioUnit | null => (s ? { index: s.index, rank: s.rank, band: s.band } : null);
    return {
      code,
      name: (x ?? y)!.name,
      before: pick(x),
      after: pick(y),
      rankChange: x && y ? x.rank - y.rank : null,
      bandChanged: Boolean(x && y && x.band !== y.band),
    };
  };
  for (const [code, x] of [...a, ...[...b].filter(([c]) => !a.has(c))]) {
    const s = a.get(code) ?? x;
    const block = blocks.get(s.block) ?? { id: s.block, name: s.blockName, rows: [] };
    blocks.set(s.block, block);
    block.rows.push(row(code, a.get(code), b.get(code)));
  }
  const rows = [...blocks.values()].flatMap((bl) => bl.rows);
  const setInfo = (r: RunResult, total: Micro) => ({ file: r.criteria.file, id: r.criteria.set.id, title: r.criteria.set.title, total });
  const changed = new Map(reweight.map((c) => [c.field, c.max]));
  const fields = before.criteria.set.fields;
  return {
    before: setInfo(before, before.criteria.set.total),
    after: setInfo(after.run, reweight.length === 0 ? after.run.criteria.set.total : fields.reduce((t, f, i) => t + (changed.get(i) ?? f.max), 0)),
    reweight: reweight.map((c) => ({ code: fields[c.field]!.code, name: fields[c.field]!.name, from: fields[c.field]!.max, to: c.max })),
    blocks: [...blocks.values()],
    moved: rows.filter((r) => r.rankChange !== null && r.rankChange !== 0).length,
    bandChanges: rows.filter((r) => r.bandChanged).length,
  };
}
