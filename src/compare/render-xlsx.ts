/** The comparison as a workbook: a sheet per pair of years (its block tables one under another), then the trend. */
import { loadExcelJs } from '../core/exceljs.js';
import { displayWidth } from '../core/text.js';
import { stampZipEntries } from '../report/xlsx/stamp.js';
import { sheetNamer } from '../report/xlsx/writer.js';
import type { Comparison } from './model.js';
import type { CompareFormatContext } from './render-text.js';
import { comparisonView, DECIMALS } from './view.js';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

export async function renderCompareXlsx(m: Comparison, ctx: CompareFormatContext): Promise<Uint8Array> {
  const ExcelJS = loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'parindex';
  wb.lastModifiedBy = 'parindex';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const name = sheetNamer();
  for (const section of comparisonView(m, ctx.lang, '.')) {
    const ws = wb.addWorksheet(name(section.title));
    const widths: number[] = [];
    let rowNo = 1;
    const put = (col: number, value: string | number, numFmt?: string): void => {
      const cell = ws.getCell(rowNo, col);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      widths[col] = Math.max(widths[col] ?? 0, Math.min(60, displayWidth(String(value))));
    };
    ws.getCell(rowNo, 1).value = section.title;
    ws.getCell(rowNo++, 1).font = { bold: true, size: 13 };
    for (const note of section.notes) ws.getCell(rowNo++, 1).value = note;
    for (const t of section.tables) {
      rowNo++;
      ws.getCell(rowNo, 1).value = t.title;
      ws.getCell(rowNo++, 1).font = { bold: true };
      t.columns.forEach((c, i) => put(i + 1, c.header));
      ws.getRow(rowNo++).font = { bold: true };
      for (const r of t.rows) {
        r.forEach((cell, i) => {
          if (cell === '') return;
          const numeric = t.columns[i]?.numeric && NUMBER.test(cell);
          if (numeric) put(i + 1, Number(cell), i === 0 ? '0' : `+0.${'0'.repeat(DECIMALS)};-0.${'0'.repeat(DECIMALS)};0.${'0'.repeat(DECIMALS)}`);
          else put(i + 1, cell);
        });
        rowNo++;
      }
      for (const note of t.notes) ws.getCell(rowNo++, 1).value = note;
    }
    widths.forEach((w, c) => {
      if (c > 0) ws.getColumn(c).width = Math.max(6, w + 2);
    });
  }
  return stampZipEntries(new Uint8Array(await wb.xlsx.writeBuffer()));
}
