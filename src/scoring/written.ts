/**
 * Totals someone wrote in a sheet (a wide sheet's `Tổng điểm`, `Chỉ số` and field columns, a form's subtotal and
 * total rows, a long sheet's total rows) against ours: the one place where every layout's written totals are
 * checked. Exact: a written figure agrees when it is within half a unit of its last written decimal.
 */
import type { TotalNamed } from '../i18n/details.js';
import { agreesWithin, formatExact, formatPercent, NOT_APPLICABLE, NOT_GIVEN, SCALE, type Micro } from '../core/decimal.js';
import type { CriteriaSet, Leaf } from '../criteria/model.js';
import { diag } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { UnitRecord, WrittenTotal } from '../submission/record.js';
import type { UnitScore } from './score.js';

const covers = (nodeKey: string | undefined, leaf: Leaf): boolean => nodeKey === undefined || leaf.key === nodeKey || leaf.key.startsWith(`${nodeKey}.`);

/** The plain sum of a unit's applicable points under a criterion (or all leaves), final or self-assessed. */
function sumUnder(unit: UnitRecord, nodeKey: string | undefined, column: 'final' | 'self', set: CriteriaSet): Micro {
  let sum = 0;
  for (const leaf of set.leaves) {
    if (!covers(nodeKey, leaf)) continue;
    const p = column === 'self' ? unit.points.self(leaf.leafIndex) : unit.points.leaf(leaf.leafIndex);
    if (p !== NOT_APPLICABLE && p !== NOT_GIVEN) sum += p;
  }
  return sum;
}

/** What a written total states, as the message names it. */
function wording(w: WrittenTotal, unit: UnitRecord, set: CriteriaSet): TotalNamed {
  const t = w.target;
  if (t.kind === 'index') return { total: 'index' };
  if (t.kind === 'total') return { total: 'total' };
  const code = t.nodeKey === undefined ? undefined : (set.byKey.get(t.nodeKey)?.code ?? t.nodeKey);
  if (unit.layout !== 'form') return code === undefined ? { total: 'total' } : { total: 'points-of', code };
  const named: TotalNamed = code === undefined ? { total: 'total' } : { total: 'subtotal-of', code };
  return { ...named, column: t.column === 'self' ? 'self' : 'appraised' };
}

/** The computed figure a written total is compared with, and how it is shown; undefined when none exists. */
function computed(w: WrittenTotal, unit: UnitRecord, score: UnitScore | undefined, set: CriteriaSet): { ok: boolean; shown: string } | undefined {
  const t = w.target;
  const { value, decimals } = w.written;
  if (t.kind === 'sum') {
    const sum = sumUnder(unit, t.nodeKey, t.column, set);
    return { ok: agreesWithin(value, decimals, BigInt(sum), BigInt(SCALE)), shown: formatExact(sum) };
  }
  if (!score) return undefined;
  if (t.kind === 'total') return { ok: agreesWithin(value, decimals, BigInt(score.total), BigInt(SCALE)), shown: formatExact(score.total) };
  const { num, den } = score.index;
  return { ok: agreesWithin(value, decimals, BigInt(num), BigInt(den), 100n), shown: formatPercent(score.index, Math.max(set.decimals, decimals)) };
}

const NONE: readonly Diagnostic[] = Object.freeze([]);

/**
 * The written totals of a unit that disagree with ours. Sums of leaves are checked for every unit (a sum over a
 * cell that could not be read was never kept); the total and the index only for a scored unit.
 */
export function checkWritten(unit: UnitRecord, score: UnitScore | undefined, set: CriteriaSet): readonly Diagnostic[] {
  if (unit.written.length === 0) return NONE;
  const out: Diagnostic[] = [];
  for (const w of unit.written) {
    const c = computed(w, unit, score, set);
    if (!c || c.ok) continue;
    out.push(diag('check/reported-mismatch', w.at, { ...wording(w, unit, set), reported: w.written.text, computed: c.shown }));
  }
  return out;
}
