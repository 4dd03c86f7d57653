/** The official list of a province's units (`--units units.csv`): codes, names and blocks. */
import { cleanText, unitCode } from '../core/text.js';
import type { RawSheet } from '../sheet/types.js';
import { cellText, findHeader } from './vocabulary.js';

export interface ListedUnit {
  readonly code: string;
  readonly name: string;
  readonly block?: string;
  readonly row: number;
}

export interface UnitList {
  readonly file: string;
  readonly byCode: ReadonlyMap<string, ListedUnit>;
}

export type UnitListRead = { ok: true; list: UnitList } | { ok: false; reason: string; reasonVi: string };

/** Reads the first sheet that has a unit code column; later rows with the same code are ignored. */
export async function readUnitList(sheets: AsyncIterable<RawSheet>, file: string): Promise<UnitListRead> {
  for await (const sheet of sheets) {
    let cols: { code: number; name: number; block: number } | undefined;
    const byCode = new Map<string, ListedUnit>();
    for await (const { row, cells } of sheet.rows) {
      if (!cols) {
        const code = findHeader(cells, 'unitCode');
        if (code >= 0 && row <= 50) cols = { code, name: findHeader(cells, 'unitName'), block: findHeader(cells, 'unitBlock') };
        continue;
      }
      const code = unitCode(cellText(cells[cols.code]));
      if (code === '' || byCode.has(code)) continue;
      const block = cols.block >= 0 ? cellText(cells[cols.block]) : '';
      byCode.set(code, { code, name: cols.name >= 0 ? cleanText(cellText(cells[cols.name])) : code, ...(block ? { block } : {}), row });
    }
    if (cols) return { ok: true, list: { file, byCode } };
  }
  return {
    ok: false,
    reason: 'no sheet with a unit code column ("Mã đơn vị", "code")',
    reasonVi: 'không có trang tính nào có cột mã đơn vị ("Mã đơn vị", "code")',
  };
}
