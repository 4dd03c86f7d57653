/**
 * A case computed by hand (fixtures/sensitivity: 3 units × 2 fields, max 60 and 40, no ties, bands Tốt ≥ 80,
 * Khá ≥ 70): A01 60 + 10, B02 40 + 35, C03 50 + 22 points, so B02 75, C03 72, A01 70 (all Khá).
 */
import { describe, expect, it } from 'vitest';
import type { SensitivityReport } from '../../src/sensitivity/model.js';
import type { WhatIfReport } from '../../src/sensitivity/whatif.js';
import { runInMemory as parindexInProcess } from '../compare/memory-io.js';

const SET = 'fixtures/sensitivity/criteria-tay.json';
const SHEET = 'fixtures/sensitivity/tay.csv';

async function sensitivity(...args: string[]): Promise<SensitivityReport> {
  const r = await parindexInProcess(['sensitivity', SHEET, '-c', SET, '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as SensitivityReport;
}

const unit = (m: SensitivityReport, code: string) => m.blocks[0]!.units.find((u) => u.code === code)!;

describe('whatif --reweight 2=10 (field 2: 40 → 10 points, its points × ¼; total 70)', () => {
  it('gives the ranks, indexes and bands computed by hand', async () => {
    const r = await parindexInProcess(['whatif', SHEET, '-c', SET, '--reweight', '2=10', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as WhatIfReport;
    // A01 (60 + 2.5)/70 = 89.29 %, C03 (50 + 5.5)/70 = 79.29 %, B02 (40 + 8.75)/70 = 69.64 %
    const rows = Object.fromEntries(m.blocks[0]!.rows.map((x) => [x.code, x]));
    expect(rows.A01).toMatchObject({ before: { rank: 3, index: '70.00', band: 'Khá' }, after: { rank: 1, index: '89.29', band: 'Tốt' }, rankChange: 2, bandChanged: true });
    expect(rows.C03).toMatchObject({ before: { rank: 2, index: '72.00' }, after: { rank: 2, index: '79.29', band: 'Khá' }, rankChange: 0, bandChanged: false });
    expect(rows.B02).toMatchObject({ before: { rank: 1, index: '75.00' }, after: { rank: 3, index: '69.64', band: 'Trung bình' }, rankChange: -2, bandChanged: true });
    expect(m.after.total).toBe(70);
    expect(m.reweight).toEqual([{ code: '2', name: 'Cải cách thủ tục hành chính', from: 40, to: 10 }]);
    expect([m.moved, m.bandChanges]).toEqual([2, 2]);
  });

  it('a second set with the same weights changes nothing', async () => {
    const r = await parindexInProcess(['whatif', SHEET, '-c', SET, '--compare-criteria', SET, '--format', 'json']);
    const m = JSON.parse(r.stdout) as WhatIfReport;
    expect(m.blocks[0]!.rows.every((x) => x.rankChange === 0 && !x.bandChanged)).toBe(true);
  });
});

describe('sensitivity --drop-field', () => {
  it('ranks with each field left out as by hand: without 1, B02 C03 A01 (ρ = 1); without 2, A01 C03 B02 (ρ = −1)', async () => {
    const m = await sensitivity('--draws', '0', '--drop-field');
    expect(unit(m, 'A01').dropRanks).toEqual([3, 1]);
    expect(unit(m, 'B02').dropRanks).toEqual([1, 3]);
    expect(unit(m, 'C03').dropRanks).toEqual([2, 2]);
    expect(m.blocks[0]!.dropSpearman).toEqual([1, -1]);
    expect(unit(m, 'A01').medianRank).toBeNull();
  });
});

describe('sensitivity --weights 50 (factors f1, f2 uniform in [0.5, 1.5]; the renormalisation cancels in each index)', () => {
  it('matches the probabilities integrated by hand, within sampling error', async () => {
    const m = await sensitivity('--weights', '±50%', '--draws', '20000', '--seed', '3');
    // A01 leaves Khá below when f1 < f2 (½) and reaches Tốt when f1 ≥ 1.8333 f2 (0.0928)
    expect(Math.abs(unit(m, 'A01').bandChange! - 0.5928)).toBeLessThan(0.015);
    // C03 drops under 70 when f1 < 0.75 f2: ∫ from 2/3 to 1.5 of (0.75 y − 0.5) dy = 0.2604
    expect(Math.abs(unit(m, 'C03').bandChange! - 0.2604)).toBeLessThan(0.015);
    // B02 reaches 80 only when f2 ≥ 8/3 f1: 0.0052
    expect(unit(m, 'B02').bandChange!).toBeLessThan(0.015);
    // A01 is first when f1 > 1.25 f2 (0.306) and third when f1 < 1.2 f2 (0.6625): ranks 1 … 3, median 3
    expect([unit(m, 'A01').rankLow, unit(m, 'A01').medianRank, unit(m, 'A01').rankHigh]).toEqual([1, 3, 3]);
  });

  it('without spread, every draw is the published ranking', async () => {
    const m = await sensitivity('--weights', '0', '--draws', '50');
    for (const u of m.blocks[0]!.units) expect([u.medianRank, u.rankLow, u.rankHigh, u.bandChange]).toEqual([u.rank, u.rank, u.rank, 0]);
    expect([m.blocks[0]!.meanAbsShift, m.blocks[0]!.spearmanMean]).toEqual([0, 1]);
  });
});
