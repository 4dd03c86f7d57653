/** The engine on report models written as literals: non-applicable parts, ties in draws, bonus and the cap. */
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/report/model/schema.js';
import { buildSensitivity, type SensitivityOptions } from '../../src/sensitivity/model.js';

const M = 1_000_000;

interface UnitSpec {
  code: string;
  rank: number;
  band: string | null;
  /** Points per field; null: the field's only leaf is non-applicable */
  points: (number | null)[];
  bonus?: number;
}

/** A set of fields that are leaves (max 60 and 40 unless given), one block, bands Tốt ≥ 80, Khá ≥ 70 and nothing below. */
function report(units: UnitSpec[], maxima = [60, 40]): RunReport {
  const fields = maxima.map((max, i) => ({ code: String(i + 1), name: `Lĩnh vực ${i + 1}`, max: max * M, children: [] }));
  const rows = units.map((u) => ({
    rank: u.rank,
    code: u.code,
    name: u.code,
    band: u.band,
    bonus: (u.bonus ?? 0) * M,
    penalty: 0,
    leaves: u.points.map((p) => (p === null ? null : p * M)),
    fields: u.points.map((p, i) => ({ points: (p ?? 0) * M, max: p === null ? 0 : maxima[i]! * M })),
    index: { text: '' },
  }));
  const set = {
    id: 'x',
    title: 'x',
    total: maxima.reduce((a, b) => a + b, 0) * M,
    decimals: 2,
    allowIndexAbove100: false,
    fields,
    leaves: fields.map((f) => ({ code: f.code, name: f.name })),
    bands: [
      { label: 'Tốt', min: 80 * M },
      { label: 'Khá', min: 70 * M },
    ],
    blocks: [],
  };
  return { tool: { name: 'parindex', version: '0' }, criteria: { file: 'x.json', sha256: '0'.repeat(64), set }, inputs: [], blocks: [{ id: '', name: 'Tất cả', rows }] } as unknown as RunReport;
}

const options = (o: Partial<SensitivityOptions> = {}): SensitivityOptions => ({ draws: 2000, weightsPercent: 50, noisePercent: 0, seed: 5, dropField: false, ...o });

describe('buildSensitivity', () => {
  it('keeps a non-applicable field out of the effective maximum: a unit scored in one field only never moves', () => {
    // D01 has only field 1 (54/60 = 90 %): its index is the same under every weight
    const m = buildSensitivity(
      report([
        { code: 'D01', rank: 1, band: 'Tốt', points: [54, null] },
        { code: 'B02', rank: 2, band: 'Khá', points: [40, 35] },
      ]),
      options(),
    );
    const d = m.blocks[0]!.units[0]!;
    expect([d.medianRank, d.rankLow, d.rankHigh, d.bandChange]).toEqual([1, 1, 1, 0]);
  });

  it('gives equal units a shared rank in every draw', () => {
    const m = buildSensitivity(
      report([
        { code: 'A01', rank: 1, band: 'Khá', points: [50, 25] },
        { code: 'A02', rank: 1, band: 'Khá', points: [50, 25] },
        { code: 'C03', rank: 3, band: 'Khá', points: [30, 40] },
      ]),
      options({ weightsPercent: 10 }),
    );
    const [a, b] = m.blocks[0]!.units;
    expect([a!.medianRank, a!.rankLow, a!.rankHigh]).toEqual([1, 1, 1]);
    expect([b!.medianRank, b!.rankLow, b!.rankHigh]).toEqual([1, 1, 1]);
    expect(m.blocks[0]!.meanAbsShift).toBe(0);
  });

  it('keeps bonus in points and applies the cap: 98 + 5 bonus stays at 100 % under every weight', () => {
    const m = buildSensitivity(
      report([
        { code: 'A01', rank: 1, band: 'Tốt', points: [60, 38], bonus: 5 },
        { code: 'B02', rank: 2, band: 'Tốt', points: [58, 39] },
      ]),
      options(),
    );
    expect(m.blocks[0]!.units.map((u) => [u.medianRank, u.rankHigh, u.bandChange])).toEqual([
      [1, 1, 0],
      [2, 2, 0],
    ]);
  });

  it('counts a unit in no band as changing band only when it reaches the lowest band', () => {
    // E01: (42 + 20)/100 = 62 %, below Khá (70); it reaches 70 % only when 42 f1 + 20 f2 ≥ 0.7 (60 f1 + 40 f2), i.e. f2 ≤ 0 — never
    const m = buildSensitivity(report([{ code: 'E01', rank: 1, band: null, points: [42, 20] }]), options());
    expect(m.blocks[0]!.units[0]!.bandChange).toBe(0);
  });

  it('leaves out each field in turn, renormalising the others (three fields)', () => {
    const m = buildSensitivity(
      report(
        [
          { code: 'A01', rank: 1, band: 'Tốt', points: [50, 30, 5] },
          { code: 'B02', rank: 2, band: 'Khá', points: [30, 25, 20] },
        ],
        [50, 30, 20],
      ),
      options({ draws: 0, dropField: true }),
    );
    // without 3: A 80/80 vs B 55/80 → A first; without 1: A 35/50 vs B 45/50 → B first; without 2: A 55/70 vs B 50/70
    expect(m.blocks[0]!.units.map((u) => u.dropRanks)).toEqual([
      [2, 1, 1],
      [1, 2, 2],
    ]);
    expect(m.blocks[0]!.dropSpearman).toEqual([-1, 1, 1]);
  });
});
