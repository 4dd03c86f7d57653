import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPercent, formatScaled } from '../../src/core/decimal.js';
import { flatSet, scoreCsv, setFrom, wideCsv, type UnitSpec } from './build.js';

describe('index arithmetic', () => {
  it('68.32 points with 16 points non-applicable out of 100 gives 81.33 (Thanh Hóa 2023, Ban Dân tộc)', async () => {
    const set = flatSet([{ field: 1, max: 84 }, { field: 2, max: 16, na: true }]);
    const out = await scoreCsv(set, wideCsv(set, [{ code: 'BDT', name: 'Ban Dân tộc', values: ['68,32', 'KĐG'] }]));
    expect(out.sink.counts.error).toBe(0);
    const row = out.blocks[0]!.rows[0]!;
    expect(row.score.total).toBe(68_320_000);
    expect(row.score.effectiveMax).toBe(84_000_000);
    expect(formatScaled(row.indexScaled, 2)).toBe('81.33');
  });

  it('sums exactly: ten leaves of 0.1 make 1, not 0.9999999', async () => {
    const set = flatSet(Array.from({ length: 10 }, () => ({ field: 1, max: 0.1 })));
    const out = await scoreCsv(set, wideCsv(set, [{ code: 'A', name: 'Xã A', values: Array(10).fill('0.1') }]));
    expect(out.blocks[0]!.rows[0]!.score.total).toBe(1_000_000);
    expect(formatPercent(out.blocks[0]!.rows[0]!.score.index, 2)).toBe('100.00');
  });

  it('rounds half-up once, on the exact value', async () => {
    // 2.675 / 4 × 100 = 66.875 exactly → 66.88 (a float would give 66.87)
    const set = flatSet([{ field: 1, max: 4 }]);
    const out = await scoreCsv(set, wideCsv(set, [{ code: 'A', name: 'Xã A', values: ['2.675'] }]));
    expect(formatScaled(out.blocks[0]!.rows[0]!.indexScaled, 2)).toBe('66.88');
  });

  it('caps bonus at the effective maximum and floors penalties at zero', async () => {
    const set = setFrom({
      id: 't', title: 'T', year: 2024, level: 'commune', total: 10,
      criteria: [{ code: '1', name: 'LV', max: 10 }],
      adjustments: [
        { code: 'T', name: 'Điểm thưởng', kind: 'bonus', max: 2 },
        { code: 'P', name: 'Điểm trừ', kind: 'penalty', max: 20 },
      ],
    });
    const csv = 'Mã,Tên đơn vị,1,T,P\nA,Xã A,9.5,2,\nB,Xã B,1,,-3\n';
    const out = await scoreCsv(set, csv);
    expect(out.sink.counts.error).toBe(0);
    const byCode = new Map(out.blocks[0]!.rows.map((r) => [r.score.unit.code, r]));
    expect(byCode.get('A')!.score.total).toBe(10_000_000);
    expect(byCode.get('B')!.score.total).toBe(0);
    expect(byCode.get('B')!.score.penalty).toBe(3_000_000);
  });
});

describe('ranking', () => {
  const set2 = (ties: unknown) => flatSet([{ field: 1, max: 3 }], { ties, decimals: 2 });
  // 2/3 = 66.666…% and 1.99999/3 = 66.666333…%: equal as displayed (66.67), different exactly.
  const units: UnitSpec[] = [
    { code: 'A', name: 'Xã Ân', values: ['2'] },
    { code: 'B', name: 'Xã Bình', values: ['1.99999'] },
    { code: 'C', name: 'Xã Cư', values: ['3'] },
    { code: 'D', name: 'Xã Đông', values: ['1'] },
  ];
  const ranks = async (ties: unknown) => {
    const out = await scoreCsv(set2(ties), wideCsv(set2(ties), units));
    return Object.fromEntries(out.blocks[0]!.rows.map((r) => [r.score.unit.code, r.rank]));
  };

  it('shared: equal displayed indexes share a rank (1, 2, 2, 4)', async () => {
    expect(await ranks('shared')).toEqual({ C: 1, A: 2, B: 2, D: 4 });
  });
  it('exact: ranks on the unrounded index', async () => {
    expect(await ranks('exact')).toEqual({ C: 1, A: 2, B: 3, D: 4 });
  });
  it('a tie-break list decides between equal displayed indexes', async () => {
    expect(await ranks({ compare: 'shared', breakBy: ['name'] })).toEqual({ C: 1, A: 2, B: 3, D: 4 });
    expect(await ranks({ compare: 'shared', breakBy: ['code'] })).toEqual({ C: 1, A: 2, B: 3, D: 4 });
  });
  it('lists units that share a rank in Vietnamese order', async () => {
    const set = flatSet([{ field: 1, max: 1 }]);
    const out = await scoreCsv(set, wideCsv(set, [
      { code: '1', name: 'Xã Đông Hà', values: ['1'] },
      { code: '2', name: 'Xã Dương Minh Châu', values: ['1'] },
      { code: '3', name: 'Xã Ea Kar', values: ['1'] },
    ]));
    expect(out.blocks[0]!.rows.map((r) => r.score.unit.name)).toEqual(['Xã Dương Minh Châu', 'Xã Đông Hà', 'Xã Ea Kar']);
  });
  it('bands use the index as displayed and per-block thresholds', async () => {
    const set = flatSet([{ field: 1, max: 100 }], {
      bands: [{ label: 'Tốt', min: 90 }, { label: 'Khá', min: 0 }],
      blocks: [{ id: 'xa', name: 'Xã' }, { id: 'phuong', name: 'Phường', bands: [{ label: 'Tốt', min: 95 }, { label: 'Khá', min: 0 }] }],
    });
    const out = await scoreCsv(set, wideCsv(set, [
      { code: 'A', name: 'Xã A', block: 'xa', values: ['89.996'] },
      { code: 'B', name: 'Phường B', block: 'Phường', values: ['92'] },
    ]));
    const rowA = out.blocks.find((b) => b.id === 'xa')!.rows[0]!;
    expect(formatScaled(rowA.indexScaled, 2)).toBe('90.00');
    expect(rowA.band).toBe('Tốt');
    expect(out.blocks.find((b) => b.id === 'phuong')!.rows[0]!.band).toBe('Khá');
  });
});

// ── properties ─────────────────────────────────────────────────────────────────────────────────────────────

const MAXES = [1, 2, 3, 4];
const propLeaves = MAXES.map((max, i) => ({ field: i < 2 ? 1 : 2, max, na: i === 3 }));
const propSet = flatSet(propLeaves);

/** Quarter points so that ties are frequent. */
const unitsArb = fc
  .array(fc.tuple(...MAXES.map((m, i) => (i === 3 ? fc.oneof(fc.constant('KĐG'), fc.integer({ min: 0, max: m * 4 })) : fc.integer({ min: 0, max: m * 4 })))), { minLength: 1, maxLength: 25 })
  .map((rows) =>
    rows.map((vals, i): UnitSpec => ({
      code: `U${String(i).padStart(3, '0')}`,
      name: `Xã Thử ${i}`,
      values: vals.map((v) => (typeof v === 'string' ? v : String(v / 4))),
    })),
  );

const plain = (out: Awaited<ReturnType<typeof scoreCsv>>) =>
  out.blocks.map((b) => b.rows.map((r) => ({ code: r.score.unit.code, rank: r.rank, index: r.indexScaled, band: r.band, total: r.score.total })));

describe('properties', () => {
  it('ranks agree with indexes under each tie rule', async () => {
    for (const ties of ['shared', 'exact'] as const) {
      const set = flatSet(propLeaves, { ties });
      await fc.assert(
        fc.asyncProperty(unitsArb, async (units) => {
          const out = await scoreCsv(set, wideCsv(set, units));
          expect(out.sink.counts.error).toBe(0);
          const rows = out.blocks[0]!.rows;
          for (const a of rows)
            for (const b of rows) {
              const cmp =
                ties === 'shared'
                  ? Math.sign(Number(a.indexScaled - b.indexScaled))
                  : Math.sign(a.score.index.num * b.score.index.den - b.score.index.num * a.score.index.den);
              if (cmp > 0) expect(a.rank).toBeLessThan(b.rank);
              if (cmp === 0) expect(a.rank).toBe(b.rank);
            }
        }),
        { numRuns: 40 },
      );
    }
  });

  it('a criterion that is non-applicable for every unit changes no result', async () => {
    const withExtra = flatSet([...propLeaves, { field: 3, max: 5, na: true }]);
    await fc.assert(
      fc.asyncProperty(unitsArb, async (units) => {
        const before = await scoreCsv(propSet, wideCsv(propSet, units));
        const after = await scoreCsv(withExtra, wideCsv(withExtra, units.map((u) => ({ ...u, values: [...u.values, 'KĐG'] }))));
        expect(plain(after)).toEqual(plain(before));
      }),
      { numRuns: 30 },
    );
  });

  it("marking one unit's criterion non-applicable changes no other unit's index", async () => {
    await fc.assert(
      fc.asyncProperty(unitsArb, fc.nat(), async (units, pick) => {
        const target = pick % units.length;
        const changed = units.map((u, i) => (i === target ? { ...u, values: [...u.values.slice(0, 3), 'KĐG'] } : u));
        const a = await scoreCsv(propSet, wideCsv(propSet, units));
        const b = await scoreCsv(propSet, wideCsv(propSet, changed));
        const idx = (o: typeof a) => new Map(o.scores.map((s) => [s.unit.code, `${s.index.num}/${s.index.den}`]));
        const ia = idx(a);
        const ib = idx(b);
        for (const [code, v] of ia) if (code !== units[target]!.code) expect(ib.get(code)).toBe(v);
      }),
      { numRuns: 30 },
    );
  });

  it('shuffling rows or splitting them over several files changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(unitsArb, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), fc.nat(), async (units, noise, cut) => {
        const it = noise[Symbol.iterator]();
        const shuffled = units.map((u) => ({ u, k: it.next().value as number })).sort((x, y) => x.k - y.k).map((x) => x.u);
        const at = cut % (shuffled.length + 1);
        const whole = await scoreCsv(propSet, wideCsv(propSet, units));
        const split = await scoreCsv(propSet, [wideCsv(propSet, shuffled.slice(0, at)), wideCsv(propSet, shuffled.slice(at))]);
        expect(plain(split)).toEqual(plain(whole));
      }),
      { numRuns: 30 },
    );
  });
});
