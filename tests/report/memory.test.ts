/**
 * What a scored run holds per unit (issue 14): the pipeline's outcome and the report model built from it, measured on
 * the heap after full collections. The report's rows are made as they are read and a score keeps its totals only, so
 * a unit costs a few hundred bytes beside its points; a model that kept its rows (over 1 KB a unit here) or a pipeline
 * that kept per-unit arrays and objects it can remake would break the bound.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/model/build.js';
import type { RunResult } from '../../src/report/result.js';
import { flatSet, scoreCsv, wideCsv, type UnitSpec } from '../score/build.js';

/** A full collection, from a context made once the flag is on (the test process is not started with --expose-gc). */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const SET = flatSet(Array.from({ length: 40 }, (_, i) => ({ field: 1 + Math.floor(i / 5), max: 1, na: true })));
const UNITS = 10_000;
/**
 * Bytes of heap per unit, points aside (they are in shared Int32 blocks outside the heap). Measured: about 640 (860
 * while the registry kept a Seen object and a locator per unit and each draft its own typed-array view; 3,100 before
 * the rows were made as read).
 */
const MAX_HEAP_PER_UNIT = 1000;

function units(n: number): UnitSpec[] {
  return Array.from({ length: n }, (_, u) => ({
    code: `U${String(u).padStart(6, '0')}`,
    name: `Xã thử nghiệm số ${u}`,
    values: SET.leaves.map((_, i) => ((u * 7 + i * 3) % 11 === 0 ? 'KĐG' : ((u + i) % 5) / 4)),
  }));
}

const resultOf = (outcome: RunResult['outcome']): RunResult => ({
  tool: { name: 'parindex', version: '0.0.0-test' },
  criteria: { file: 'set.json', sha256: '0'.repeat(64), set: SET },
  inputs: [],
  options: {},
  outcome,
});

describe('memory held per unit', () => {
  it(`scoring ${UNITS} units and building their report model holds at most ${MAX_HEAP_PER_UNIT} bytes of heap a unit`, async () => {
    const gc = collector();
    const csv = wideCsv(SET, units(UNITS));
    // Code and caches that the first run of each path makes are not the units' memory.
    buildReport(resultOf(await scoreCsv(SET, wideCsv(SET, units(200)))));
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    const outcome = await scoreCsv(SET, csv);
    const report = buildReport(resultOf(outcome));
    gc();
    gc();
    const perUnit = (process.memoryUsage().heapUsed - before) / UNITS;
    expect(report.blocks[0]!.rows.length).toBe(UNITS);
    expect(outcome.units).toHaveLength(UNITS);
    expect(perUnit).toBeLessThan(MAX_HEAP_PER_UNIT);
  });

  it("does not keep a block's rows: each reading makes them afresh, equal to the last", async () => {
    const report = buildReport(resultOf(await scoreCsv(SET, wideCsv(SET, units(3)))));
    const rows = report.blocks[0]!.rows;
    expect(Array.isArray(rows)).toBe(false);
    const [first, again] = [[...rows], [...rows]];
    expect(again).toEqual(first);
    expect(again[0]).not.toBe(first[0]);
  });
});
