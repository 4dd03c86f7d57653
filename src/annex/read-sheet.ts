/**
 * XLSX and CSV annexes through the project's sheet readers (src/sheet): the one place that calls them, so a change
 * of their interface is met here.
 */
import { messageOf } from '../diagnostics/catalogue.js';
import { DiagnosticSink } from '../diagnostics/sink.js';
import { openSheets } from '../sheet/open.js';
import type { Cell } from '../sheet/types.js';
import { cellLines, type AnnexRow, type AnnexTable } from './table.js';

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cellLines(cell);
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.kind === 'date' ? cell.value.toISOString().slice(0, 10) : '';
}

async function collect(rows: AsyncIterable<{ row: number; cells: readonly Cell[] }>): Promise<AnnexRow[]> {
  const out: AnnexRow[] = [];
  for await (const r of rows) {
    const numbers = r.cells.map((c) => (typeof c === 'number' ? c : undefined));
    out.push({ row: r.row, cells: r.cells.map(text), ...(numbers.some((n) => n !== undefined) ? { numbers } : {}) });
  }
  return out;
}

export type SheetTables = { ok: true; tables: AnnexTable[] } | { ok: false; reason: string };

/** Every visible sheet of a workbook, or the one sheet of a CSV file (the sheet stage tells which it is). */
export async function readSheetTables(bytes: Uint8Array, file: string): Promise<SheetTables> {
  const sink = new DiagnosticSink();
  const tables: AnnexTable[] = [];
  try {
    for await (const sheet of openSheets({ name: file, bytes }, sink)) {
      const rows = await collect(sheet.rows);
      if (!sheet.hidden) tables.push({ file, ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}), rows });
    }
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  const problem = sink.kept.find((d) => d.severity === 'error');
  return problem ? { ok: false, reason: messageOf(problem, 'en') } : { ok: true, tables };
}
