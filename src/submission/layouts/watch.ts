/** What a reader notices across a whole sheet and says once, at its end. */
import type { TotalNamed } from '../../i18n/details.js';
import type { Location } from '../../diagnostics/types.js';
import type { Cell } from '../../sheet/types.js';
import type { CellLocator } from '../locate.js';
import type { UnitRegistry } from '../registry.js';

const DECIMAL_COMMA = /^\s*[-+]?\d+,\d+\s*%?\s*$/;
/** "1.000": a decimal point, or a thousands separator in a sheet of decimal commas */
const THOUSANDS_LIKE = /^\s*[-+]?\d{1,3}\.\d{3}\s*%?\s*$/;

/**
 * Watches the separators of score cells typed as text. A sheet that writes "0,5" and also "1.000" leaves the reader
 * guessing whether 1.000 is one point or a thousand: each such cell gets a warning once the sheet is read.
 */
export class SeparatorWatch {
  private comma = false;
  private readonly ambiguous: { value: string; row: number; col: number; unit: string; criterion: string }[] = [];

  constructor(private readonly at: CellLocator) {}

  /** Whether a text is nothing to this watch wherever it is (most score cells): neither pattern can match it. */
  static ignores(cell: string): boolean {
    if (cell.length > 24) return true;
    // Neither a comma nor a point followed by three more characters
    const point = cell.indexOf('.');
    return (point < 0 || point + 4 > cell.length) && cell.indexOf(',') < 0;
  }

  /** A score cell (row 1-based, column 0-based) of a unit and criterion. */
  see(cell: Cell | undefined, row: number, col: number, unit: string, criterion: string): void {
    if (typeof cell !== 'string' || SeparatorWatch.ignores(cell)) return;
    if (!this.comma && DECIMAL_COMMA.test(cell)) this.comma = true;
    else if (THOUSANDS_LIKE.test(cell) && this.ambiguous.length < 1000) this.ambiguous.push({ value: cell.trim(), row, col, unit, criterion });
  }

  finish(registry: UnitRegistry): void {
    if (!this.comma) return;
    for (const a of this.ambiguous)
      registry.report('cell/ambiguous-separator', this.at(a.row, a.col, a.unit, a.criterion), { value: a.value, read: a.value.replace(/\s*%$/, '') });
  }
}

/** Columns of written totals made of formulas with no saved result: one note per column, with the count. */
export class UncheckedTotals {
  private readonly byColumn = new Map<number, { count: number; at: Location; named: TotalNamed }>();

  see(col: number, at: () => Location, named: TotalNamed): void {
    const seen = this.byColumn.get(col);
    if (seen) seen.count++;
    else this.byColumn.set(col, { count: 1, at: at(), named });
  }

  finish(registry: UnitRegistry): void {
    for (const c of this.byColumn.values()) registry.report('check/not-checked', c.at, { ...c.named, cells: c.count });
  }
}
