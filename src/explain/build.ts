/** The run's outcome + one unit → its trace (model.ts). Pure: the raw cell texts are handed in. */
import { formatScaled, NOT_APPLICABLE, ratioScaled, type Micro } from '../core/decimal.js';
import { bandsFor, type CriteriaSet, type Criterion } from '../criteria/model.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ScoreOutcome } from '../pipeline/evaluate.js';
import { fraction } from '../compare/fraction.js';
import { decidingKey, type BlockTable, type RankedRow } from '../ranking/rank.js';
import { effectiveMaximum, type UnitScore } from '../scoring/score.js';
import { leafLocation } from '../submission/locate.js';
import type { UnitRecord } from '../submission/record.js';
import type { AdjustmentTrace, BandTrace, ExplainTrace, FractionTrace, LeafTrace, Neighbour, NodeTrace, RankTrace } from './model.js';

/** The written text of a leaf's cell, by `row:col` (col 0-based) */
export type RawCells = ReadonlyMap<string, string | null>;

function leafTrace(c: Criterion, unit: UnitRecord, raw: RawCells, problems: ReadonlyMap<string, string>): LeafTrace {
  const i = c.leafIndex ?? -1;
  const p = i >= 0 ? unit.points.leaf(i) : NOT_APPLICABLE;
  const at = i >= 0 ? leafLocation(unit, i, c.code, false) : undefined;
  const cell = at?.file !== undefined && at.ref !== undefined ? { file: at.file, ...(at.sheet !== undefined ? { sheet: at.sheet } : {}), ref: at.ref } : null;
  const written = at?.row !== undefined && at.column !== undefined ? (raw.get(`${at.row}:${at.column - 1}`) ?? null) : null;
  const na = p === NOT_APPLICABLE;
  return { code: c.code, name: c.name, max: c.max, method: c.method, rule: c.rule ?? { kind: 'points' }, cell, raw: written, points: na ? null : p, removed: na ? c.max : 0, problem: problems.get(c.code) ?? null };
}

function nodeTrace(c: Criterion, unit: UnitRecord, raw: RawCells, problems: ReadonlyMap<string, string>): NodeTrace {
  if (c.children.length === 0) {
    const leaf = leafTrace(c, unit, raw, problems);
    return { code: c.code, name: c.name, depth: c.depth, max: c.max, effectiveMax: c.max - leaf.removed, points: leaf.points ?? 0, leaf, children: [] };
  }
  const children = c.children.map((k) => nodeTrace(k, unit, raw, problems));
  const sum = (f: (n: NodeTrace) => Micro): Micro => children.reduce((a, n) => a + f(n), 0);
  return { code: c.code, name: c.name, depth: c.depth, max: c.max, effectiveMax: sum((n) => n.effectiveMax), points: sum((n) => n.points), leaf: null, children };
}

/** The exact fraction, in lowest terms, with more digits than shown and its half-up rounding. */
export function fractionTrace(num: Micro, den: Micro, decimals: number): FractionTrace {
  const reduced = fraction(BigInt(num), BigInt(den));
  const extra = decimals + 4;
  const scaled = BigInt(num) * 100n * 10n ** BigInt(extra);
  const truncated = scaled / BigInt(den);
  const exact = truncated * BigInt(den) === scaled;
  return {
    num,
    den,
    reducedNum: reduced.num.toString(),
    reducedDen: reduced.den.toString(),
    long: formatScaled(truncated, extra) + (exact ? '' : '…'),
    shown: formatScaled(ratioScaled({ num, den }, 100, decimals), decimals),
    decimals,
  };
}

function neighbour(row: RankedRow | undefined, me: RankedRow, set: CriteriaSet, above: boolean): Neighbour | null {
  if (!row) return null;
  const a = { score: row.score, scaled: row.indexScaled };
  const b = { score: me.score, scaled: me.indexScaled };
  const decidedBy = (above ? decidingKey(a, b, set) : decidingKey(b, a, set)) ?? 'shared';
  return { rank: row.rank, code: row.score.unit.code, name: row.score.unit.name, index: formatScaled(row.indexScaled, set.decimals), decidedBy };
}

function rankTrace(block: BlockTable, at: number, set: CriteriaSet): RankTrace {
  const me = block.rows[at]!;
  return {
    rank: me.rank,
    of: block.rows.length,
    block: block.name,
    compare: set.ties.compare,
    breakBy: set.ties.breakBy,
    sharedWith: block.rows.filter((r) => r !== me && r.rank === me.rank).map((r) => r.score.unit.code),
    above: neighbour(block.rows[at - 1], me, set, true),
    below: neighbour(block.rows[at + 1], me, set, false),
  };
}

function bandTrace(row: RankedRow, set: CriteriaSet): BandTrace {
  const bands = bandsFor(set, row.score.unit.blockId);
  const i = bands.findIndex((b) => b.label === row.band);
  const mine = bands[i];
  const next = i > 0 ? bands[i - 1] : undefined;
  return { label: row.band, min: mine?.min ?? null, next: next ? { label: next.label, min: next.min } : null };
}

function adjustmentsOf(unit: UnitRecord, set: CriteriaSet): AdjustmentTrace[] {
  return set.adjustments.map((a) => ({ code: a.code, name: a.name, kind: a.kind, max: a.max, points: unit.points.adjustment(a.index) }));
}

/** The diagnostics kept about the unit: those the pipeline tied to it, or located at its row. */
export function diagnosticsOf(outcome: ScoreOutcome, unit: UnitRecord): Diagnostic[] {
  return outcome.sink.kept.filter((d) => {
    if (outcome.unitKeys.get(d)?.includes(unit.key)) return true;
    const l = d.location;
    return l.unit === unit.code && l.file === unit.source.file && (l.row === undefined || l.row === unit.source.row || unit.layout !== 'wide');
  });
}

function totalsOf(unit: UnitRecord, set: CriteriaSet, fields: readonly NodeTrace[], adjustments: readonly AdjustmentTrace[], score: UnitScore | undefined): ExplainTrace['totals'] {
  const leaves = (n: NodeTrace): LeafTrace[] => (n.leaf ? [n.leaf] : n.children.flatMap(leaves));
  const all = fields.flatMap(leaves);
  const appraisal = all.filter((l) => l.method === 'appraisal').reduce((a, l) => a + (l.points ?? 0), 0);
  const survey = all.filter((l) => l.method === 'survey').reduce((a, l) => a + (l.points ?? 0), 0);
  const bonus = adjustments.filter((a) => a.kind === 'bonus').reduce((a, x) => a + x.points, 0);
  const penalty = adjustments.filter((a) => a.kind === 'penalty').reduce((a, x) => a + x.points, 0);
  const uncapped = appraisal + survey + bonus - penalty;
  const total = score ? score.total : null;
  const capped = total === null || total === uncapped ? null : total < uncapped ? 'above' : 'below';
  const effectiveMax = effectiveMaximum(unit, set).total;
  return { appraisal, survey, bonus, penalty, uncapped, total, capped, setTotal: set.total, removed: set.total - effectiveMax, effectiveMax };
}

/** The trace of one unit of a run. */
export function buildTrace(set: CriteriaSet, outcome: ScoreOutcome, unit: UnitRecord, raw: RawCells): ExplainTrace {
  const diagnostics = diagnosticsOf(outcome, unit);
  const problems = new Map<string, string>();
  for (const d of diagnostics) if (d.severity === 'error' && d.location.criterion !== undefined && !problems.has(d.location.criterion)) problems.set(d.location.criterion, d.code);
  const fields = set.fields.map((f) => nodeTrace(f, unit, raw, problems));
  const adjustments = adjustmentsOf(unit, set);
  let place: { block: BlockTable; at: number } | undefined;
  for (const block of outcome.blocks) {
    const at = block.rows.findIndex((r) => r.score.unit.key === unit.key);
    if (at >= 0) place = { block, at };
  }
  const row = place?.block.rows[place.at];
  const totals = totalsOf(unit, set, fields, adjustments, row?.score);
  return {
    set: { id: set.id, title: set.title, total: set.total, allowIndexAbove100: set.allowIndexAbove100 },
    unit: { code: unit.code, name: unit.name, block: set.blocks.find((b) => b.id === unit.blockId)?.name ?? unit.blockId ?? null, file: unit.source.file, ...(unit.source.sheet !== undefined ? { sheet: unit.source.sheet } : {}), row: unit.source.row },
    ranked: row !== undefined,
    fields,
    adjustments,
    totals,
    fraction: row ? fractionTrace(row.score.total, row.score.effectiveMax, set.decimals) : null,
    rank: place ? rankTrace(place.block, place.at, set) : null,
    band: row ? bandTrace(row, set) : null,
    diagnostics,
  };
}
