/**
 * The cells a unit's leaves were read from, as written. The pipeline keeps where each score came from, not the text
 * of the cell; explain reads the one sheet again and keeps only the cells it was asked for.
 */
import type { CriteriaSet } from '../criteria/model.js';
import type { Cell, RawSheet } from '../sheet/types.js';
import { asciiKey } from '../core/text.js';
import type { UnitRecord } from '../submission/record.js';
import { leafLocation } from '../submission/locate.js';

/** A cell's value as a person reads it in the sheet: text as typed, a number as stored, empty as null. */
export function writtenText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') return cell.trim() === '' ? null : cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  switch (cell.kind) {
    case 'date':
      return cell.value.toISOString().slice(0, 10);
    case 'error':
      return cell.value;
    case 'formula-no-value':
      return `=${cell.formula}`;
  }
}

/** Row → columns (0-based) wanted of the unit's sheet, from where its leaves were read. */
export function wantedCells(unit: UnitRecord, set: CriteriaSet): Map<number, Set<number>> {
  const wanted = new Map<number, Set<number>>();
  for (const leaf of set.leaves) {
    const at = leafLocation(unit, leaf.leafIndex, leaf.code, false);
    if (at?.row === undefined || at.column === undefined) continue;
    let cols = wanted.get(at.row);
    if (!cols) wanted.set(at.row, (cols = new Set()));
    cols.add(at.column - 1);
  }
  return wanted;
}

/** The written values of the unit's leaf cells, by `row:col` (col 0-based), read from the sheets of its file. */
export async function readLeafCells(sheets: AsyncIterable<RawSheet>, unit: UnitRecord, set: CriteriaSet): Promise<Map<string, string | null>> {
  const wanted = wantedCells(unit, set);
  const found = new Map<string, string | null>();
  const name = unit.cells?.final.sheet.sheet;
  for await (const sheet of sheets) {
    const mine = name === undefined || (sheet.sheet !== undefined && asciiKey(sheet.sheet) === asciiKey(name));
    for await (const row of sheet.rows) {
      const cols = mine ? wanted.get(row.row) : undefined;
      if (cols) for (const c of cols) found.set(`${row.row}:${c}`, writtenText(row.cells[c]));
    }
  }
  return found;
}
