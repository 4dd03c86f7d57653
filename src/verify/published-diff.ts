/** A published table against the recomputed ranking: each unit matched by code or name, every difference listed. */
import { formatScaled, ratioScaled, roundDiv, SCALE_DIGITS, type Micro } from '../core/decimal.js';
import { asciiKey, unitCode } from '../core/text.js';
import type { Location } from '../diagnostics/types.js';
import { findUnit } from '../explain/match.js';
import type { RecomputedRow } from './differences.js';
import type { Printed, PublishedRow } from './published.js';

export type PublishedProblem =
  /** Published and recomputed disagree on what: the listed quantities */
  | { readonly kind: 'differs'; readonly what: readonly ('rank' | 'index' | 'points' | 'band')[] }
  /** The published row names no recomputed unit, or several */
  | { readonly kind: 'unmatched'; readonly candidates: readonly string[] }
  /** A recomputed unit the table does not list */
  | { readonly kind: 'missing' }
  /** A printed cell that is not a number */
  | { readonly kind: 'unreadable'; readonly what: string; readonly text: string };

export interface PublishedDifference {
  readonly code: string;
  readonly name: string;
  readonly at: Location | undefined;
  readonly problem: PublishedProblem;
  /** rank, index (and points, band where printed and different), as published and as recomputed */
  readonly published: readonly string[];
  readonly recomputed: readonly string[];
}

const scaleTo = (m: bigint, decimals: number): bigint => m * 10n ** BigInt(SCALE_DIGITS - decimals);

/** The recomputed index rounded half-up to the printed decimals, in micro-percent. */
const indexAt = (r: RecomputedRow, decimals: number): Micro => Number(scaleTo(ratioScaled(r.exact, 100, decimals), decimals));
const pointsAt = (m: Micro, decimals: number): Micro => Number(scaleTo(roundDiv(BigInt(m) * 10n ** BigInt(decimals), 10n ** BigInt(SCALE_DIGITS)), decimals));
const shownAt = (m: Micro, decimals: number): string => formatScaled(BigInt(m) / 10n ** BigInt(SCALE_DIGITS - decimals), decimals);

function match(p: PublishedRow, rows: readonly RecomputedRow[]): RecomputedRow | readonly RecomputedRow[] {
  if (p.code !== undefined) {
    const byCode = rows.filter((r) => unitCode(r.code) === unitCode(p.code!));
    if (byCode.length === 1) return byCode[0]!;
  }
  const m = findUnit(rows, p.name);
  return m.kind === 'one' ? m.unit : m.kind === 'many' ? m.candidates : [];
}

function compareRow(p: PublishedRow, r: RecomputedRow): PublishedDifference | undefined {
  const what: ('rank' | 'index' | 'points' | 'band')[] = [];
  const published: string[] = [];
  const recomputed: string[] = [];
  if (p.rank !== undefined) {
    if (p.rank !== r.rank) what.push('rank');
    published.push(`rank ${p.rank}`);
    recomputed.push(`rank ${r.rank}`);
  }
  // A printed number agrees when it is the exact value rounded to the decimals printed, or the set's rounded value
  // printed with more zeros (90.02 printed as 90,020).
  const setDecimals = r.indexText.split('.')[1]?.length ?? 0;
  const show = (x: Printed | undefined, at: (d: number) => Micro, key: 'index' | 'points', always: boolean): void => {
    if (!x) return;
    const mine = at(x.decimals);
    const differs = x.value !== mine && !(x.decimals >= setDecimals && x.value === at(setDecimals));
    if (differs) what.push(key);
    if (differs || always) {
      published.push(shownAt(x.value, x.decimals));
      recomputed.push(shownAt(mine, x.decimals));
    }
  };
  if (p.index) show(p.index, (d) => indexAt(r, d), 'index', true);
  if (p.points) show(p.points, (d) => pointsAt(r.points, d), 'points', false);
  if (p.band !== undefined && asciiKey(p.band) !== asciiKey(r.band ?? '')) {
    what.push('band');
    published.push(p.band);
    recomputed.push(r.band ?? '—');
  }
  return what.length > 0 ? { code: r.code, name: r.name, at: p.at, problem: { kind: 'differs', what }, published, recomputed } : undefined;
}

export function comparePublished(published: readonly PublishedRow[], rows: readonly RecomputedRow[]): PublishedDifference[] {
  const out: PublishedDifference[] = [];
  const seen = new Set<RecomputedRow>();
  for (const p of published) {
    for (const u of p.unreadable) out.push({ code: p.code ?? '', name: p.name, at: u.at, problem: { kind: 'unreadable', what: u.what, text: u.text }, published: [u.text], recomputed: [] });
    const m = match(p, rows);
    if (Array.isArray(m)) {
      out.push({ code: p.code ?? '', name: p.name, at: p.at, problem: { kind: 'unmatched', candidates: (m as readonly RecomputedRow[]).map((r) => `${r.code} ${r.name}`) }, published: [], recomputed: [] });
      continue;
    }
    const r = m as RecomputedRow;
    seen.add(r);
    const d = compareRow(p, r);
    if (d) out.push(d);
  }
  for (const r of rows) if (!seen.has(r)) out.push({ code: r.code, name: r.name, at: undefined, problem: { kind: 'missing' }, published: [], recomputed: [`rank ${r.rank}`, r.indexText] });
  return out;
}
