/** Reported numbers against recomputed ones, unit by unit: every difference as data (unit, what, both values). */
import { formatExact, type Micro } from '../core/decimal.js';
import type { RunReport } from '../report/model/schema.js';
import type { RecordedRun, ReportedRow } from './recorded.js';

export type Quantity = 'unit' | 'rank' | 'points' | 'effectiveMax' | 'index' | 'band' | `field ${string}`;

export interface Difference {
  readonly code: string;
  readonly name: string;
  readonly what: Quantity;
  /** As the report states it; null where the report lacks the unit */
  readonly reported: string | null;
  /** As recomputed; null where the recomputed run lacks the unit */
  readonly recomputed: string | null;
}

/** A recomputed row: the report's row as `score --format json` states it, with the exact index beside. */
export interface RecomputedRow extends ReportedRow {
  readonly exactIndex: number;
  readonly indexText: string;
  /** total / effectiveMax in micro-points: the index before rounding */
  readonly exact: { readonly num: Micro; readonly den: Micro };
}

/** The rows of a recomputed report, in the report's order. */
export function recomputedRows(report: RunReport): RecomputedRow[] {
  return report.blocks.flatMap((b) =>
    Array.from(b.rows, (r) => ({
      code: r.code,
      name: r.name,
      rank: r.rank,
      points: r.total,
      effectiveMax: r.effectiveMax,
      index: r.index.value,
      indexText: r.index.text,
      exactIndex: (r.index.exact.num * 100) / r.index.exact.den,
      exact: { num: r.index.exact.num, den: r.index.exact.den },
      band: r.band,
      fields: report.criteria.set.fields.map((f, i) => ({ code: f.code, points: r.fields[i]?.points ?? 0 })),
    })),
  );
}

/** Rows by code; a code met twice keeps its occurrences apart (`code#2`). */
function keyed<T extends { code: string }>(rows: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const n = (seen.get(r.code) ?? 0) + 1;
    seen.set(r.code, n);
    out.set(n === 1 ? r.code : `${r.code}#${n}`, r);
  }
  return out;
}

const pts = (m: Micro): string => (Number.isNaN(m) ? '?' : formatExact(m));

function rowDifferences(a: ReportedRow, b: RecomputedRow, indexExact: boolean): Difference[] {
  const out: Difference[] = [];
  const add = (what: Quantity, reported: string, recomputed: string): void => {
    if (reported !== recomputed) out.push({ code: b.code, name: b.name, what, reported, recomputed });
  };
  add('rank', String(a.rank), String(b.rank));
  add('points', pts(a.points), pts(b.points));
  add('effectiveMax', pts(a.effectiveMax), pts(b.effectiveMax));
  const sameIndex = indexExact ? Math.abs(a.index - b.exactIndex) < 1e-9 : a.index === b.index;
  if (!sameIndex) out.push({ code: b.code, name: b.name, what: 'index', reported: String(a.index), recomputed: indexExact ? String(b.exactIndex) : b.indexText });
  add('band', a.band ?? '—', b.band ?? '—');
  if (a.fields) {
    const mine = new Map(b.fields?.map((f) => [f.code, f.points]));
    for (const f of a.fields) add(`field ${f.code}`, pts(f.points), mine.has(f.code) ? pts(mine.get(f.code)!) : '—');
  }
  return out;
}

/** Every difference between a report's rows and the recomputed ones; units only one side has are differences too. */
export function differences(run: Pick<RecordedRun, 'rows' | 'indexExact'>, recomputed: readonly RecomputedRow[]): Difference[] {
  const reported = keyed(run.rows);
  const mine = keyed(recomputed);
  const out: Difference[] = [];
  for (const [key, r] of reported) {
    const m = mine.get(key);
    if (!m) out.push({ code: r.code, name: r.name, what: 'unit', reported: 'ranked', recomputed: null });
    else out.push(...rowDifferences(r, m, run.indexExact));
  }
  for (const [key, m] of mine) if (!reported.has(key)) out.push({ code: m.code, name: m.name, what: 'unit', reported: null, recomputed: 'ranked' });
  return out;
}
