/** Scores → ranked tables: ranks within each block by the set's tie rule, bands, block statistics. */
import { compareRatio, ratioScaled, roundDiv, SCALE } from '../core/decimal.js';
import { compareVietnamese } from '../core/text.js';
import { bandsFor, type CriteriaSet, type TieKey } from '../criteria/model.js';
import type { UnitScore } from '../scoring/score.js';

export interface RankedRow {
  readonly score: UnitScore;
  readonly rank: number;
  readonly band: string | null;
  /** Index × 10^decimals, rounded half-up: what is displayed */
  readonly indexScaled: bigint;
}

export interface BlockTable {
  /** Block id; '' when the set declares no blocks */
  readonly id: string;
  readonly name: string;
  readonly rows: readonly RankedRow[];
  /** Mean of the unrounded indexes × 10^12, rounded; undefined for an empty block */
  readonly meanScaled12?: bigint;
  readonly bandCounts: readonly { label: string; count: number }[];
}

type Compare = (a: UnitScore, b: UnitScore) => number;

function tieKeyCompare(key: TieKey, set: CriteriaSet): Compare {
  switch (key) {
    case 'points':
      return (a, b) => b.total - a.total;
    case 'appraisal':
      return (a, b) => b.appraisal - a.appraisal;
    case 'survey':
      return (a, b) => b.survey - a.survey;
    case 'name':
      return (a, b) => compareVietnamese(a.unit.name, b.unit.name);
    case 'code':
      return (a, b) => compareVietnamese(a.unit.code, b.unit.code);
    default: {
      const code = key.slice('field:'.length);
      const index = set.fields.findIndex((f) => f.code === code || f.key === code);
      return (a, b) => (b.fieldPoints[index] ?? 0) - (a.fieldPoints[index] ?? 0);
    }
  }
}

/** A score with its index as displayed (× 10^decimals). */
export interface Entry {
  readonly score: UnitScore;
  readonly scaled: bigint;
}

/** The order that decides ranks: index (as displayed or exact), then the set's tie-break keys. */
export function rankComparator(set: CriteriaSet): (a: Entry, b: Entry) => number {
  const primary =
    set.ties.compare === 'exact'
      ? (a: Entry, b: Entry) => compareRatio(b.score.index, a.score.index)
      : (a: Entry, b: Entry) => (a.scaled === b.scaled ? 0 : a.scaled > b.scaled ? -1 : 1);
  const breakers = set.ties.breakBy.map((k) => tieKeyCompare(k, set));
  return (a, b) => {
    const p = primary(a, b);
    if (p !== 0) return p;
    for (const c of breakers) {
      const r = c(a.score, b.score);
      if (r !== 0) return r;
    }
    return 0;
  };
}

export function bandOf(indexScaled: bigint, decimals: number, bands: CriteriaSet['bands']): string | null {
  // index/10^d ≥ min/10^6  ⇔  index·10^6 ≥ min·10^d
  const lhs = indexScaled * BigInt(SCALE);
  const scale = 10n ** BigInt(decimals);
  for (const b of bands) if (lhs >= BigInt(b.min) * scale) return b.label;
  return null;
}

function meanScaled12(scores: readonly UnitScore[]): bigint | undefined {
  if (scores.length === 0) return undefined;
  let sum = 0n;
  for (const s of scores) sum += ratioScaled(s.index, 100, 12);
  return roundDiv(sum, BigInt(scores.length));
}

export function rankBlock(scores: readonly UnitScore[], set: CriteriaSet, blockId: string, name: string): BlockTable {
  const d = set.decimals;
  const entries: Entry[] = scores.map((score) => ({ score, scaled: ratioScaled(score.index, 100, d) }));
  const cmp = rankComparator(set);
  // Equal units share a rank; among them the table lists names in Vietnamese order, then codes.
  entries.sort(
    (a, b) => cmp(a, b) || compareVietnamese(a.score.unit.name, b.score.unit.name) || compareVietnamese(a.score.unit.code, b.score.unit.code),
  );
  const bands = bandsFor(set, blockId || undefined);
  const rows: RankedRow[] = [];
  let rank = 0;
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    if (!prev || cmp(prev, e) !== 0) rank = i + 1;
    rows.push({ score: e.score, rank, band: bandOf(e.scaled, d, bands), indexScaled: e.scaled });
  });
  const bandCounts = bands.map((b) => ({ label: b.label, count: rows.filter((r) => r.band === b.label).length }));
  const mean = meanScaled12(scores);
  return { id: blockId, name, rows, ...(mean !== undefined ? { meanScaled12: mean } : {}), bandCounts };
}

/** Ranks every block of the set (in the set's order), or all units together when the set has no blocks. */
export function rankUnits(scores: readonly UnitScore[], set: CriteriaSet, allName: string): BlockTable[] {
  if (set.blocks.length === 0) return [rankBlock(scores, set, '', allName)];
  const tables: BlockTable[] = [];
  for (const block of set.blocks) {
    const members = scores.filter((s) => s.unit.blockId === block.id);
    if (members.length > 0) tables.push(rankBlock(members, set, block.id, block.name));
  }
  return tables;
}

