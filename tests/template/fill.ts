/**
 * Fills a template as a clerk would (by a script), and says what parindex should make of it: each unit's points,
 * effective maximum and index, computed here from the rules independently of the scoring code.
 */
import ExcelJS from 'exceljs';
import type { CriteriaSet, Leaf } from '../../src/criteria/model.js';
import { SCALE } from '../../src/core/decimal.js';

export interface Expected {
  readonly total: number;
  readonly effectiveMax: number;
  /** Index × 100, rounded half-up (two decimals) */
  readonly index100: number;
}

interface Entry {
  readonly value: string | number;
  /** micro-points, or undefined for non-applicable */
  readonly points: number | undefined;
}

/** What a clerk types for a leaf (k varies by unit and leaf) and the points it earns. */
export function entryFor(leaf: Leaf, k: number, naToken: string): Entry {
  const r = leaf.rule;
  const max = leaf.max;
  if (leaf.naAllowed && k % 7 === 3) return { value: naToken, points: undefined };
  switch (r.kind) {
    case 'points': {
      if (r.allowed) {
        const a = r.allowed[k % r.allowed.length] as number;
        return { value: a / SCALE, points: a };
      }
      const step = r.step ?? 1;
      const p = k % 3 === 0 ? max : k % 3 === 1 ? 0 : Math.floor(max / 2 / step) * step;
      return { value: p / SCALE, points: p };
    }
    case 'yesno':
      return k % 2 === 0 ? { value: 'Có', points: max } : { value: 'Không', points: 0 };
    case 'bands': {
      const v = (r.unit === 'percent' ? [100, 85, 60, 10] : [0, 1, 5, 20])[k % 4] as number;
      const band = r.bands.find((b) => v * SCALE >= b.min);
      return { value: v, points: band ? band.points : 0 };
    }
    case 'ratio': {
      const cap = r.unit === 'percent' ? 100 / (r.target / SCALE) : 2;
      const f = [1, 0.5, Math.min(2, cap)][k % 3] as number;
      const v = (r.target / SCALE) * f;
      return { value: v, points: Math.round((max * Math.min(v * SCALE, r.target)) / r.target) };
    }
    case 'options': {
      const o = r.options[k % r.options.length] as { value: string; percent: number };
      return { value: o.value, points: Math.round((max * o.percent) / (100 * SCALE)) };
    }
  }
}

export function expectedOf(set: CriteriaSet, entries: readonly Entry[]): Expected {
  let total = 0;
  let eff = set.total;
  set.leaves.forEach((l, i) => {
    const p = entries[i]?.points;
    if (p === undefined) eff -= l.max;
    else total += p;
  });
  total = Math.min(total, eff);
  return { total, effectiveMax: eff, index100: Math.floor((2 * total * 10000 + eff) / (2 * eff)) };
}

/** Fills every unit row of every sheet with a leaf header row; returns the workbook and the expected results. */
export async function fillWide(bytes: Uint8Array, set: CriteriaSet): Promise<{ bytes: Uint8Array; expected: Map<string, Expected> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const expected = new Map<string, Expected>();
  let unitIndex = 0;
  wb.eachSheet((ws) => {
    const header = ws.getRow(5);
    const cols = new Map<number, Leaf>();
    header.eachCell((c, col) => {
      const code = String(c.value ?? '').split(' ')[0] ?? '';
      const leaf = set.leaves.find((l) => l.code === code);
      if (leaf) cols.set(col, leaf);
    });
    if (cols.size === 0) return;
    for (let r = 6; r <= ws.rowCount; r++) {
      const code = ws.getCell(r, 2).value;
      if (code === null || code === '') continue;
      const entries: Entry[] = [];
      for (const [col, leaf] of cols) {
        const e = entryFor(leaf, unitIndex + leaf.leafIndex * 3, set.naTokens[0] ?? 'KĐG');
        entries[leaf.leafIndex] = e;
        ws.getCell(r, col).value = e.value;
      }
      expected.set(String(code), expectedOf(set, entries));
      unitIndex++;
    }
  });
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), expected };
}
