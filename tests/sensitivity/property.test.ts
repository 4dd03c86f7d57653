/** Invariants of the engine on random report models (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/report/model/schema.js';
import { buildSensitivity } from '../../src/sensitivity/model.js';

const M = 1_000_000;
const MAXIMA = [30, 45, 25];

/** Units with whole points per field (null: non-applicable), listed and ranked by index as a report lists them. */
function report(points: (number | null)[][]): RunReport {
  const index = (p: (number | null)[]): number => {
    const max = p.reduce<number>((s, x, i) => s + (x === null ? 0 : MAXIMA[i]!), 0);
    return max === 0 ? 0 : p.reduce<number>((s, x) => s + (x ?? 0), 0) / max;
  };
  const sorted = [...points].sort((a, b) => index(b) - index(a));
  const rows = sorted.map((p, u) => ({
    rank: sorted.findIndex((q) => index(q) === index(p)) + 1,
    code: `U${u}`,
    name: `U${u}`,
    band: null,
    bonus: 0,
    penalty: 0,
    leaves: p.map((x) => (x === null ? null : x * M)),
    fields: p.map((x, i) => ({ points: (x ?? 0) * M, max: x === null ? 0 : MAXIMA[i]! * M })),
    index: { text: '' },
  }));
  const fields = MAXIMA.map((max, i) => ({ code: String(i + 1), name: String(i + 1), max: max * M, children: [] }));
  const set = { id: 'p', title: 'p', total: 100 * M, decimals: 2, allowIndexAbove100: false, fields, leaves: fields, bands: [], blocks: [] };
  return { tool: { name: 'parindex', version: '0' }, criteria: { file: 'p.json', sha256: '0'.repeat(64), set }, inputs: [], blocks: [{ id: '', name: 'p', rows }] } as unknown as RunReport;
}

const unit = fc.tuple(...MAXIMA.map((max) => fc.option(fc.integer({ min: 0, max }), { freq: 6 }))).filter((p) => p.some((x) => x !== null));

describe('sensitivity invariants', () => {
  it('ranks with a field left out as a plain sort of the remaining points over the remaining maxima', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 12 }), (points) => {
        const r = report(points);
        const m = buildSensitivity(r, { draws: 0, weightsPercent: 0, noisePercent: 0, seed: 1, dropField: true });
        const rows = [...r.blocks[0]!.rows];
        MAXIMA.forEach((_, k) => {
          const idx = rows.map((row) => {
            const pts = row.fields.reduce((s, f, i) => s + (i === k ? 0 : f.points), 0);
            const max = row.fields.reduce((s, f, i) => s + (i === k ? 0 : f.max), 0);
            return max > 0 ? pts / max : 0;
          });
          // competition ranks: 1 + the number of units strictly ahead (indexes compared to 10^−9)
          const expected = idx.map((x) => 1 + idx.filter((y) => y - x > 1e-9).length);
          expect(m.blocks[0]!.units.map((u) => u.dropRanks![k])).toEqual(expected);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every rank statistic within 1 … block size, ordered 5 % ≤ median ≤ 95 %', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 1000 }), (points, seed) => {
        const m = buildSensitivity(report(points), { draws: 60, weightsPercent: 40, noisePercent: 10, seed, dropField: false });
        const n = points.length;
        for (const u of m.blocks[0]!.units) {
          expect(1 <= u.rankLow! && u.rankLow! <= u.medianRank! && u.medianRank! <= u.rankHigh! && u.rankHigh! <= n).toBe(true);
          expect(u.bandChange).toBe(0);
        }
        expect(m.blocks[0]!.spearmanMean!).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });
});
