/** Shared looks and protection of template sheets. */
import type { Borders, Cell, Worksheet } from 'exceljs';
import type { Criterion } from '../criteria/model.js';

const THIN = { style: 'thin' as const };
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const INPUT_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF8DC' } };
export const FORMULA_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFEFEFEF' } };

export function pointsFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/** A cell the unit fills in: unlocked, tinted. */
export function asInput(cell: Cell): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  cell.border = BORDER;
}

/** Header and formula cells stay locked; the protection has no password, so Review › Unprotect lifts it. */
export async function protect(ws: Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

/** "1.2 Name" as a criterion is printed in a header. */
export function headerOf(c: Criterion): string {
  return `${c.code} ${c.name}`;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(s: string, taken: Set<string>): string {
  const base = s.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 27)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}
