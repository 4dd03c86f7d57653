/**
 * The unit map of `compare --map` (CSV/XLSX): old code, new code and an optional weight (population…) per row.
 * Many rows to one new code are a merger, one old code to many new codes a split.
 */
import { parseDecimal, SCALE } from '../core/decimal.js';
import { asciiKey } from '../core/text.js';
import { diag } from '../diagnostics/catalogue.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';
import { columnLetters, type Cell, type RawSheet } from '../sheet/types.js';
import { cellText } from '../submission/headers.js';
import { fraction, type Fraction } from './fraction.js';

export interface MapRow {
  readonly old: string;
  readonly new: string;
  /** 1 for every row when the map has no weight column */
  readonly weight: Fraction;
  readonly location: Location;
}

export interface UnitMap {
  readonly file: string;
  readonly rows: readonly MapRow[];
  /** The weight column's header, when there is one */
  readonly weightColumn?: string;
}

const OLD_WORDS = ['cu', 'old', 'truoc', 'previous', 'former'];
const NEW_WORDS = ['moi', 'new', 'sau', 'successor'];
const NAME_WORDS = ['ten', 'name'];
const WEIGHT_WORDS = ['dan so', 'so dan', 'population', 'trong so', 'weight', 'dien tich', 'area'];

const words = (cell: Cell | undefined): string[] => asciiKey(cellText(cell)).split(/[^a-z0-9]+/).filter(Boolean);
const hasAny = (ws: readonly string[], list: readonly string[]): boolean => list.some((w) => ws.includes(w));

interface MapColumns {
  readonly old: number;
  readonly new: number;
  readonly weight: number;
}

/** The code columns (a header saying old / new that is not a name) and the weight column of a header row. */
function mapColumns(cells: readonly Cell[]): MapColumns | undefined {
  const heads = cells.map(words);
  const codeColumn = (side: readonly string[]): number => heads.findIndex((ws) => hasAny(ws, side) && !hasAny(ws, NAME_WORDS));
  const old = codeColumn(OLD_WORDS);
  const next = codeColumn(NEW_WORDS);
  if (old < 0 || next < 0) return undefined;
  const weight = cells.findIndex((c, i) => i !== old && i !== next && WEIGHT_WORDS.some((w) => asciiKey(cellText(c)).includes(w)));
  return { old, new: next, weight };
}

function weightOf(cell: Cell | undefined): Fraction | undefined {
  const parsed = typeof cell === 'number' ? parseDecimal(String(cell)) : parseDecimal(cellText(cell));
  if (!parsed.ok || parsed.value <= 0) return undefined;
  return fraction(BigInt(parsed.value), BigInt(SCALE));
}

/** Reads the first sheet with a header; every problem is a located diagnostic. */
export async function readUnitMap(sheets: AsyncIterable<RawSheet>, file: string): Promise<{ map: UnitMap; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  for await (const sheet of sheets) {
    let cols: MapColumns | undefined;
    let weightColumn: string | undefined;
    const rows: MapRow[] = [];
    const seen = new Map<string, number>();
    for await (const { row, cells } of sheet.rows) {
      const at = (col: number): Location => ({ file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}), row, column: col + 1, ref: `${columnLetters(col + 1)}${row}` });
      if (!cols) {
        cols = mapColumns(cells);
        if (cols && cols.weight >= 0) weightColumn = cellText(cells[cols.weight]);
        continue;
      }
      const old = cellText(cells[cols.old]);
      const next = cellText(cells[cols.new]);
      if (old === '' && next === '') continue;
      if (old === '' || next === '') {
        diagnostics.push(diag('map/missing-code', at(old === '' ? cols.old : cols.new), { side: old === '' ? 'old' : 'new', old, new: next }));
        continue;
      }
      const weight = cols.weight >= 0 ? weightOf(cells[cols.weight]) : fraction(1n, 1n);
      if (!weight) {
        diagnostics.push(diag('map/bad-weight', at(cols.weight), { value: cellText(cells[cols.weight]), old, new: next, column: weightColumn ?? '' }));
        continue;
      }
      const key = `${old}\u0000${next}`;
      const first = seen.get(key);
      if (first !== undefined) {
        diagnostics.push(diag('map/duplicate', { ...at(cols.old), unit: old }, { old, new: next, firstRow: first }));
        continue;
      }
      seen.set(key, row);
      rows.push({ old, new: next, weight, location: { ...at(cols.old), unit: old } });
    }
    if (cols) return { map: { file, rows, ...(weightColumn !== undefined ? { weightColumn } : {}) }, diagnostics };
  }
  diagnostics.push(diag('map/no-header', { file }));
  return { map: { file, rows: [] }, diagnostics };
}
