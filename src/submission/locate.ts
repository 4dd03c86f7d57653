/** Locations of what a sheet holds: `Xã!F12`, with the unit and criterion the cell belongs to. */
import type { Location } from '../diagnostics/types.js';
import type { RawSheet } from '../sheet/types.js';
import { columnLetters } from '../sheet/types.js';
import type { LeafCells, SourceRef, UnitRecord } from './record.js';

/** The file and sheet of a sheet, as a location. */
export function sheetLocation(sheet: Pick<RawSheet, 'file' | 'sheet'>): { file: string; sheet?: string } {
  return { file: sheet.file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}) };
}

/** A row of a sheet as a unit's source: `{ ...base, row }` made field by field (it runs for every unit). */
export function rowSource(base: { readonly file: string; readonly sheet?: string }, row: number): SourceRef {
  return base.sheet !== undefined ? { file: base.file, sheet: base.sheet, row } : { file: base.file, row };
}

export type CellLocator = (row: number, col: number, unit?: string, criterion?: string) => Location;

/** Locations of the cells of one sheet (row 1-based, column 0-based). Built field by field: it runs for many cells. */
export function cellLocator(sheet: Pick<RawSheet, 'file' | 'sheet'>): CellLocator {
  const { file, sheet: name } = sheet;
  const letters: string[] = [];
  return (row, col, unit, criterion) => {
    const at: Location = name !== undefined ? { file, sheet: name, row } : { file, row };
    at.column = col + 1;
    at.ref = `${(letters[col] ??= columnLetters(col + 1))}${row}`;
    if (unit !== undefined && unit !== '') at.unit = unit;
    if (criterion !== undefined) at.criterion = criterion;
    return at;
  };
}

/** A cell of a sheet, located only when a message needs it: what a row keeps for its unit, with no closure per row. */
export class CellAt {
  constructor(
    readonly at: CellLocator,
    readonly row: number,
    readonly col: number,
    readonly unit?: string,
  ) {}

  location(): Location {
    return this.at(this.row, this.col, this.unit);
  }
}

/**
 * Where the units of a registry were first seen, as numbers: a sheet's locator, a row and a column per unit, by the
 * unit's key. A `CellAt` is taken apart (no object kept per unit); any other location is kept as it is.
 */
export class Places {
  private readonly locators: CellLocator[] = [];
  private numbers = new Int32Array(0);
  private readonly others = new Map<number, Locate>();

  /** Keeps where the unit of this key (and code) was seen. */
  set(key: number, code: string, at: Locate): void {
    if (!(at instanceof CellAt) || at.unit !== code || key < 0) {
      this.others.set(key, at);
      return;
    }
    let sheet = this.locators.length - 1;
    if (this.locators[sheet] !== at.at) {
      sheet = this.locators.indexOf(at.at);
      if (sheet < 0) sheet = this.locators.push(at.at) - 1;
    }
    if (3 * key + 3 > this.numbers.length) {
      const grown = new Int32Array(Math.max(3 * key + 3, this.numbers.length * 2, 3 * 1024));
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[3 * key] = sheet + 1;
    this.numbers[3 * key + 1] = at.row;
    this.numbers[3 * key + 2] = at.col;
  }

  /** Where the unit of this key (and code) was seen: the cell, as the `CellAt` it was given would locate it. */
  location(key: number, code: string): Location {
    const other = this.others.get(key);
    if (other !== undefined) return located(other);
    const n = this.numbers;
    return (this.locators[(n[3 * key] as number) - 1] as CellLocator)(n[3 * key + 1] as number, n[3 * key + 2] as number, code);
  }

  clear(): void {
    this.locators.length = 0;
    this.numbers = new Int32Array(0);
    this.others.clear();
  }
}

/** A location, or how to make it: most rows never need theirs, and 100,000 of them cost time. */
export type Locate = Location | (() => Location) | CellAt;
export const located = (at: Locate): Location => (typeof at === 'function' ? at() : at instanceof CellAt ? at.location() : at);

/** Where a unit's row is, as a location naming the unit. */
export function unitLocation(unit: Pick<UnitRecord, 'source' | 'code'>): Location {
  return { ...sheetLocation(unit.source), row: unit.source.row, unit: unit.code };
}

const pick = (x: number | Int32Array, i: number): number => (typeof x === 'number' ? x : (x[i] ?? -1));

/** The cell a unit's score of a leaf was read from (self-assessed or final), if known. */
export function leafLocation(unit: Pick<UnitRecord, 'cells' | 'code'>, leafIndex: number, criterion: string, self: boolean): Location | undefined {
  const cells: LeafCells | undefined = self ? unit.cells?.self : unit.cells?.final;
  if (!cells) return undefined;
  const row = pick(cells.rows, leafIndex);
  const col = pick(cells.cols, leafIndex);
  if (row <= 0 || col < 0) return undefined;
  return cellLocator(cells.sheet)(row, col, unit.code, criterion);
}
