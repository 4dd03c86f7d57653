/** buildReport on real runs of the pipeline, and the exact arithmetic the model does itself (the block mean). */
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundDiv } from '../../src/core/decimal.js';
import { diag } from '../../src/diagnostics/catalogue.js';
import { buildReport, materialised, meanIndex } from '../../src/report/model/build.js';
import { RunReportSchema } from '../../src/report/model/schema.js';
import { diagnosticLine } from '../../src/report/diagnostics-text.js';
import type { RunResult } from '../../src/report/result.js';
import { SHOWN_VALUE_CHARS } from '../../src/report/text.js';
import { scoreCsv, setFrom } from '../score/build.js';

const SET = setFrom({
  id: 't', title: 'Bộ thử', year: 2024, level: 'commune', total: 10, decimals: 2,
  criteria: [{ code: '1', name: 'LV', max: 10, children: [{ code: '1.1', name: 'Tiêu chí', max: 10, naAllowed: true }] }],
  adjustments: [
    { code: 'T', name: 'Điểm thưởng', kind: 'bonus', max: 2 },
    { code: 'P', name: 'Điểm trừ', kind: 'penalty', max: 20 },
  ],
});

async function run(csv: string): Promise<RunResult> {
  return {
    tool: { name: 'parindex', version: '0.0.0-test' },
    criteria: { file: 't.json', sha256: '0'.repeat(64), set: SET },
    inputs: [{ file: 'part1.csv', sha256: '1'.repeat(64), bytes: csv.length }],
    options: { lang: 'vi', sheet: null },
    outcome: await scoreCsv(SET, csv),
  };
}

describe('buildReport', () => {
  it('gives plain data the RunReport schema accepts: caps marked, non-applicable leaves null, excluded units with their first error', async () => {
    const report = materialised(buildReport(await run('Mã,Tên đơn vị,1.1,T,P\nA,Xã A,9.5,2,\nB,Xã B,1,,-3\nC,Xã C,abc,,\nD,Xã D,KĐG,,\nE,Xã E,7,,\n')));
    const parsed = RunReportSchema.safeParse(report);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const rows = report.blocks[0]!.rows;
    expect(rows.map((r) => [r.code, r.total, r.capped, r.index.text, r.leaves])).toEqual([
      ['A', 10_000_000, true, '100.00', [9_500_000]],
      ['E', 7_000_000, false, '70.00', [7_000_000]],
      ['B', 0, false, '0.00', [1_000_000]],
    ]);
    expect(report.excluded.map((u) => [u.code, u.errors, u.firstError?.code, u.firstError?.location.ref])).toEqual([
      ['C', 1, 'cell/not-a-number', 'C4'],
      ['D', 1, 'row/no-applicable-criteria', undefined],
    ]);
    expect(report.units.map((u) => u.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(report.blocks[0]!.mean).toEqual({ value: 56.67, text: '56.67' });
  });
});

describe('meanIndex', () => {
  it('rounds once, exactly: a mean of 83.334999999999555…% is 83.33 (rounding to 12 decimals first gave 83.34)', () => {
    const indexes = [
      { num: 46_669_150, den: 70_000_001 },
      { num: 29_999_943, den: 30_000_007 },
    ];
    expect(meanIndex(indexes, 2)).toEqual({ value: 83.33, text: '83.33' });
    expect(meanIndex([], 2)).toBeNull();
  });

  it('equals the half-up rounding of the exact mean, for any indexes', () => {
    const ratio = fc.record({ num: fc.integer({ min: 0, max: 100_000_000 }), den: fc.integer({ min: 1, max: 100_000_000 }) });
    fc.assert(
      fc.property(fc.array(ratio, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 3 }), (rs, d) => {
        // Σ num_i/den_i over n, with one common denominator: the product of all dens.
        const den = rs.reduce((p, r) => p * BigInt(r.den), 1n);
        const num = rs.reduce((s, r) => s + (BigInt(r.num) * den) / BigInt(r.den), 0n);
        const scaled = roundDiv(num * 100n * 10n ** BigInt(d), den * BigInt(rs.length));
        expect(meanIndex(rs, d)!.value).toBe(Number(scaled) / 10 ** d);
      }),
    );
  });
});

describe('diagnostic lines on stderr', () => {
  const plain = { lang: 'en' as const, chalk: new Chalk({ level: 0 }) };

  it('shorten a huge value: a 5 MB cell gives a line of a few hundred characters', () => {
    const value = 'x'.repeat(5_000_000);
    const line = diagnosticLine(diag('cell/not-a-number', { file: 'a.csv', row: 2, ref: 'C2', unit: '1' }, { value }), plain);
    expect(line).toBe(`a.csv › C2 (unit 1)  error  cell/not-a-number  "${'x'.repeat(SHOWN_VALUE_CHARS)}…" is not a number — ${line.split(' — ')[1]}`);
    expect(line.length).toBeLessThan(300);
  });

  it('show control characters of cells, sheets and file names as pictures: one line, no terminal escape', () => {
    const d = diag('cell/not-a-number', { file: 'nộp\nbài.csv', sheet: 'Xã\u001b[2J', row: 2, ref: 'C2' }, { value: '1\r\u001b[1A\u0007' });
    const line = diagnosticLine(d, plain);
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line.startsWith('nộp␊bài.csv › Xã␛[2J!C2  error  cell/not-a-number  "1␍␛[1A␇" is not a number')).toBe(true);
  });
});
