/** Reading a block's rows (a RowList: made one at a time as they are read) without holding them all. */
import type { ReportRow, RowList } from './schema.js';

/** Whether any row passes `test`, reading no further than the first that does. */
export function someRow(rows: RowList, test: (row: ReportRow) => boolean): boolean {
  for (const row of rows) if (test(row)) return true;
  return false;
}

/** The largest of `measure` over the rows, and at least `floor` (no spread of 100,000 arguments). */
export function maxOfRows(rows: RowList, measure: (row: ReportRow) => number, floor = -Infinity): number {
  let max = floor;
  for (const row of rows) {
    const m = measure(row);
    if (m > max) max = m;
  }
  return max;
}

/** Each row as `make` turns it, made afresh each time it is read: re-readable, never held. */
export function mapRows<T>(rows: RowList, make: (row: ReportRow, index: number) => T): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      let i = 0;
      for (const row of rows) yield make(row, i++);
    },
  };
}
