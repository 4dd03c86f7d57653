/** The annex as a workbook people print: merged title rows, bordered table, fields bold, maxima summed by formulas. */
import type { Borders, Worksheet } from 'exceljs';
import { SCALE } from '../core/decimal.js';
import { loadExcelJs } from '../core/exceljs.js';
import { ANNEX_HEADERS, type AnnexExport } from './export.js';
import { workbookBytes } from './workbook.js';

const THIN = { style: 'thin' as const };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WIDTHS = [8, 48, 10, 46, 26];
const MAX_FORMAT = 'General';

function heading(ws: Worksheet, annex: AnnexExport): number {
  annex.heading.forEach((text, i) => {
    const row = i + 1;
    ws.mergeCells(row, 1, row, ANNEX_HEADERS.length);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { bold: i < 2, italic: i >= 2, size: i === 1 ? 13 : 12 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (i === 1) ws.getRow(row).height = 36;
  });
  return annex.heading.length + 2;
}

/** Lines the longest cell of a row wraps to (programs do not all size rows to wrapped text). */
function linesOf(r: AnnexExport['rows'][number]): number {
  const cells: [string, number][] = [[r.name, WIDTHS[1] as number], [r.guide, WIDTHS[3] as number], [r.note, WIDTHS[4] as number]];
  return Math.max(1, ...cells.map(([text, width]) => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (width * 1.1))), 0)));
}

export async function annexXlsx(annex: AnnexExport): Promise<Uint8Array> {
  const ExcelJS = loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const headerRow = heading(ws, annex);
  const first = headerRow + 1;
  ws.getRow(headerRow).values = [...ANNEX_HEADERS];
  ws.getRow(headerRow).height = 32;
  ws.getRow(headerRow).eachCell((c) => {
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  annex.rows.forEach((r, i) => {
    const row = ws.getRow(first + i);
    const max = r.max / SCALE;
    const sum = r.children.map((k) => `C${first + k}`).join(',');
    row.values = [r.label, r.name, r.children.length > 0 ? { formula: `SUM(${sum})`, result: max } : max, r.guide, r.note];
    for (let col = 1; col <= ANNEX_HEADERS.length; col++) {
      const c = row.getCell(col);
      c.border = BORDER;
      c.alignment = { vertical: 'top', wrapText: true, horizontal: col === 1 || col === 3 ? 'center' : 'left' };
      if (r.depth === 0) c.font = { bold: true };
    }
    row.getCell(3).numFmt = MAX_FORMAT;
    row.height = 15 * linesOf(r);
  });
  const totalRow = ws.getRow(first + annex.rows.length);
  totalRow.values = ['', 'Tổng cộng', { formula: `SUM(${annex.fields.map((k) => `C${first + k}`).join(',')})`, result: annex.total / SCALE }, '', ''];
  for (let col = 1; col <= ANNEX_HEADERS.length; col++) {
    const c = totalRow.getCell(col);
    c.border = BORDER;
    c.font = { bold: true };
    c.alignment = { horizontal: col === 2 || col === 3 ? 'center' : 'left', vertical: 'top' };
  }
  totalRow.getCell(3).numFmt = MAX_FORMAT;
  return workbookBytes(wb);
}
