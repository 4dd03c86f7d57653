/**
 * The CSV path as issue 14 reworked it: the same bytes out for the benchmark's sheet, and what a run keeps per unit
 * (one record that is its own points, leaf points as one-byte codes, fields' points made in the scoring pass, ranked
 * rows without a big integer each).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_APPLICABLE, ratioScaled } from '../../src/core/decimal.js';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import { scoreInputs } from '../../src/pipeline/score.js';
import { scaledIndexNumber } from '../../src/ranking/rank.js';
import { effectiveMaximum, fieldPointsOf } from '../../src/scoring/score.js';
import { Unit, withError, withSelfPoints, type UnitRecord } from '../../src/submission/record.js';
import { UnitRegistry } from '../../src/submission/registry.js';
import { parindex } from '../helpers/cli.js';
import { validCriteriaFixture } from '../helpers/fixtures.js';

interface Generator {
  ensureCsv(dir: string, units: number): { path: string };
  writeCriteria(dir: string): string;
}

/**
 * SHA-256 of `score <200-unit bench sheet> -c criteria-120-v1.json --format F --lang en` as printed by 8bfb475, before
 * the rework (the JSON with its tool version written as VERSION): the same sheet must still give the same bytes.
 */
const BEFORE: Record<'json' | 'csv' | 'md', string> = {
  json: '8ae28361598bcd40827cc5bb384c2994c3bb53b2d26c95e7a319281dc03ff0e1',
  csv: '36d9d1da9726b336e28fd9c9c60dc2586b3a54501b7a3ad0ed47640926723aa3',
  md: 'b19e674e3f266c90723af71fc598ad2d40c22e9d5b0c0411d07618a3f95cae44',
};

describe('the benchmark sheet of 200 units × 120 leaves', () => {
  let dir = '';
  let csv = '';
  let criteria = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parindex-csv-path-'));
    // the benchmark's own generator (seeded: the same bytes every time)
    const generator = (await import('../../scripts/bench/generate.mjs' as string)) as Generator;
    csv = basename(generator.ensureCsv(dir, 200).path);
    criteria = basename(generator.writeCriteria(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['json', 'csv', 'md'] as const)('gives the same %s report as before the rework', async (format) => {
    const r = await parindex(['score', csv, '-c', criteria, '--format', format, '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(0);
    const text = r.stdout.replace(/^ {4}"version": "[^"]*"$/m, '    "version": "VERSION"');
    expect(createHash('sha256').update(text).digest('hex')).toBe(BEFORE[format]);
  });

  it('reports every leaf as written in the sheet, and fields and totals as their exact sums', async () => {
    const r = await parindex(['score', csv, '-c', criteria, '--format', 'json'], { cwd: dir });
    const rows = (JSON.parse(r.stdout) as { blocks: { rows: { code: string; points: number; fields: { points: number }[]; leaves: Record<string, number> }[] }[] }).blocks[0]!.rows;
    const lines = readFileSync(join(dir, csv), 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    const micro = (text: string): number => Math.round(Number(text) * 1e6);
    expect(rows).toHaveLength(200);
    const byCode = new Map(rows.map((row) => [row.code, row]));
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      const row = byCode.get(cells[0]!)!;
      const fields = new Array<number>(8).fill(0);
      for (let c = 2; c < header.length; c++) {
        const code = header[c]!;
        expect(micro(String(row.leaves[code]))).toBe(micro(cells[c]!));
        fields[Number(code.split('.')[0]) - 1]! += micro(cells[c]!);
      }
      expect(row.fields.map((f) => micro(String(f.points)))).toEqual(fields);
      expect(micro(String(row.points))).toBe(fields.reduce((a, b) => a + b, 0));
    }
  });
});

describe('what a run keeps per unit', () => {
  const mini = validCriteriaFixture('score', 'criteria-mini.json');
  const sheet = (rows: string[]): string => `Mã đơn vị,Tên đơn vị,Khối,1.1,1.2,1.3,1.4,2.1,2.2,3.1,3.2\n${rows.join('\n')}\n`;
  const read = async (text: string) => scoreInputs(mini, [{ name: 'diem.csv', bytes: Buffer.from(text) }], {});

  it('is one frozen record per unit that is its own points; a wide sheet’s units share its columns', async () => {
    const out = await read(sheet(['27001,Xã Tân Lập,xa,2,1,100,1,10,2,A,Hài lòng', '27004,Xã Đồng Tâm,xa,1,1,80,0,5,2,B,Rất hài lòng']));
    const [a, b] = out.units as [UnitRecord, UnitRecord];
    expect(a).toBeInstanceOf(Unit);
    expect(a.points).toBe(a);
    expect(Object.isFrozen(a.written)).toBe(true);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.keys(a)).not.toContain('cells');
    expect(a.cells!.final.rows).toBe(a.source.row);
    expect(b.cells!.final.rows).toBe(3);
    expect(a.cells!.final.cols).toBe(b.cells!.final.cols);
    expect([...(a.cells!.final.cols as Int32Array)]).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(mini.leaves.map((l) => a.points.leaf(l.leafIndex) / 1e6)).toEqual([2, 1, 3, 2, 4, 2, 2, 1.5]);
  });

  it('keeps a unit whole when an error or self-assessed points are added to it', async () => {
    const out = await read(sheet(['27001,Xã Tân Lập,xa,2,1,100,1,10,2,A,Hài lòng', '27004,Xã Đồng Tâm,xa,1,1,80,0,5,2,B,Rất hài lòng']));
    const [a, b] = out.units as [UnitRecord, UnitRecord];
    const failed = withError(a);
    expect(failed).toBeInstanceOf(Unit);
    expect([failed.errors, failed.code, failed.cells!.final.rows, failed.points.leaf(0)]).toEqual([1, '27001', 2, a.points.leaf(0)]);
    const both = withSelfPoints(a, b.points);
    expect(both.points.hasSelf).toBe(true);
    expect(mini.leaves.map((l) => [both.points.leaf(l.leafIndex), both.points.self(l.leafIndex)])).toEqual(mini.leaves.map((l) => [a.points.leaf(l.leafIndex), b.points.leaf(l.leafIndex)]));
    expect(a.points.hasSelf).toBe(false);
  });

  it('stores leaf points in one byte while 256 values do, then two, then the values; every unit reads back what it was given', () => {
    const registry = new UnitRegistry(mini, new DiagnosticSink());
    const given: number[][] = [];
    const width = (u: UnitRecord): number => (u as unknown as { codes: Uint8Array | Uint16Array | Int32Array }).codes.BYTES_PER_ELEMENT;
    // unit k: leaf 0 takes value k (distinct), the others repeat a few values and NOT_APPLICABLE
    const total = 70_000;
    let first: unknown;
    for (let k = 0; k < total; k++) {
      const d = registry.draft(`U${k}`, `U${k}`, { file: 'x.csv', row: k + 2 }, 'wide');
      first ??= d;
      const values = mini.leaves.map((_, i) => (i === 0 ? k * 7 : i === 1 ? NOT_APPLICABLE : (k % 3) * 250_000));
      values.forEach((v, i) => d.setLeaf(i, v));
      given.push(values);
      registry.admit(d, { rawName: '', codeAt: { file: 'x.csv', row: k + 2 } });
    }
    const units = registry.finish();
    // the draft is the record: finishing makes no second object per unit
    expect(units[0]).toBe(first);
    expect(Object.isFrozen(units[0])).toBe(true);
    expect(units.map((u) => mini.leaves.map((l) => u.points.leaf(l.leafIndex)))).toEqual(given);
    // 0, NOT_APPLICABLE, 250,000 and 500,000 and k * 7 for k = 1…: after unit k, codes 0…k + 3 (one byte up to k = 252)
    expect([width(units[0]!), width(units[252]!), width(units[253]!), width(units[60_000]!), width(units[total - 1]!)]).toEqual([1, 1, 2, 2, 4]);
  });

  it('scores each unit’s fields in the pass that scores it, as the leaves add up', async () => {
    const out = await read(sheet(['27001,Xã Tân Lập,xa,2,1,100,1,KĐG,2,A,Hài lòng', '27004,Xã Đồng Tâm,xa,1,1,80,0,5,2,B,Rất hài lòng']));
    expect(out.scores).toHaveLength(2);
    for (const s of out.scores) {
      expect(s.fieldPoints).toEqual(fieldPointsOf(s.unit, mini));
      expect(s.fieldMax).toEqual(effectiveMaximum(s.unit, mini).perField);
    }
    expect(out.scores[0]!.fieldMax).not.toEqual(out.scores[1]!.fieldMax);
  });
});

describe('the displayed index as a number', () => {
  it('is ratioScaled exactly wherever a number holds every step, NaN elsewhere', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      const den = 1 + next(200_000_000);
      const num = next(den + 1);
      const decimals = next(5);
      expect([num, den, decimals, scaledIndexNumber(num, den, decimals)]).toEqual([num, den, decimals, Number(ratioScaled({ num, den }, 100, decimals))]);
    }
    // halves round up
    expect(scaledIndexNumber(1, 8, 1)).toBe(Number(ratioScaled({ num: 1, den: 8 }, 100, 1)));
    expect(scaledIndexNumber(2 ** 52, 3, 2)).toBeNaN();
  });
});
