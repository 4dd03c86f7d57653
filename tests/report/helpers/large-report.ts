/**
 * A synthetic block of many units for the HTML report's large-block charts: rows made as they are read (a RowList
 * that counts its readings), indexes from about 60 to 95, two bands split at 80, a field not applicable to every
 * 7th unit and a field whose maximum differs between units.
 */
import { meanIndex } from '../../../src/report/model/build.js';
import type { ReportBlock, ReportRow, RowList, RunReport } from '../../../src/report/model/schema.js';
import { REPORT } from './report.js';

/** The index of the i-th unit in hundredths of a point: 60.00 to 94.99, in no order, descending overall. */
const indexOf = (i: number, n: number): number => 9499 - Math.floor((3500 * i) / n) + ((i * 37) % 5) - 2;

/** Field 1 does not apply to every 7th unit; field 2 is out of 10 points for most units and of 5 for every 3rd. */
export function rowAt(i: number, n: number): ReportRow {
  const hundredths = Math.max(0, indexOf(i, n));
  const value = hundredths / 100;
  const text = value.toFixed(2);
  const f1 = i % 7 === 0 ? { points: 0, max: 0, index: null } : { points: 5_000_000 + ((i * 13) % 5_000_001), max: 10_000_000 };
  const f2max = i % 3 === 0 ? 5_000_000 : 10_000_000;
  const f2 = { points: (i * 7919) % (f2max + 1), max: f2max };
  const shown = (p: number, m: number) => ({ value: Number(((100 * p) / m).toFixed(2)), text: ((100 * p) / m).toFixed(2) });
  return {
    rank: i + 1,
    code: `U${i}`,
    name: `Xã ${i}`,
    fields: [f1.max > 0 ? { ...f1, index: shown(f1.points, f1.max) } : { ...f1, index: null }, { ...f2, index: shown(f2.points, f2.max) }],
    appraisal: 0,
    survey: 0,
    bonus: 0,
    penalty: 0,
    total: hundredths * 2000,
    effectiveMax: 20_000_000,
    index: { exact: { num: hundredths * 2000, den: 20_000_000 }, value, text },
    band: hundredths >= 8000 ? 'Tốt' : 'Khá',
    capped: false,
    leaves: [null, null],
    source: { file: 'lon.csv', row: i + 2 },
  };
}

/** n rows made as they are read, counting how many times they are read through. */
export class Rows implements RowList {
  passes = 0;
  constructor(readonly length: number) {}
  *[Symbol.iterator](): Iterator<ReportRow> {
    this.passes++;
    for (let i = 0; i < this.length; i++) yield rowAt(i, this.length);
  }
}

export function largeReport(n: number): { report: RunReport; rows: Rows } {
  const rows = new Rows(n);
  let good = 0;
  const exact = [];
  for (let i = 0; i < n; i++) {
    const r = rowAt(i, n);
    if (r.band === 'Tốt') good++;
    exact.push(r.index.exact);
  }
  const block: ReportBlock = {
    ...REPORT.blocks[0]!,
    rows,
    mean: meanIndex(exact, 2),
    bandCounts: [
      { label: 'Tốt', count: good },
      { label: 'Khá', count: n - good },
    ],
  };
  return { report: { ...REPORT, blocks: [block] }, rows };
}

