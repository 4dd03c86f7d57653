/**
 * The per-unit self-assessment form (biểu tự đánh giá): the unit's name and code at the top, a row per criterion with
 * max, self-assessed and appraised points and evidence; subtotal formulas; A4 portrait.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { SCALE } from '../core/decimal.js';
import { loadExcelJs } from '../core/exceljs.js';
import { walk, type Criterion, type CriteriaSet, type Leaf } from '../criteria/model.js';
import { workbookBytes } from '../annex/workbook.js';
import { addFingerprintProperty } from './fingerprint.js';
import { validationFor } from './formulas.js';
import { addGuideSheet } from './guide-sheet.js';
import { asInput, BORDER, FORMULA_FILL, pointsFormat, protect, sheetName } from './sheet-style.js';
import type { TemplateInput, TemplateUnit } from './wide.js';

const HEADERS = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng'];
const WIDTHS = [12, 50, 9, 11, 11, 24];
const SCORE_COLS = ['D', 'E'] as const;

function labels(ws: Worksheet, set: CriteriaSet, unit: TemplateUnit | undefined): number {
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.getCell(1, 1).value = `BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${set.year}`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: 'center', wrapText: true };
  ws.mergeCells(2, 1, 2, HEADERS.length);
  ws.getCell(2, 1).value = set.title;
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  ws.getCell(2, 1).font = { italic: true };
  const block = unit?.block !== undefined ? (set.blocks.find((b) => b.id === unit.block || b.name === unit.block)?.name ?? unit.block) : '';
  const lines: [string, string][] = [
    ['Đơn vị:', unit?.name ?? ''],
    ['Mã đơn vị:', unit?.code ?? ''],
    ...(set.blocks.length > 0 ? [['Khối:', block] as [string, string]] : []),
  ];
  lines.forEach(([label, value], i) => {
    const r = 4 + i;
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 1).font = { bold: true };
    ws.getCell(r, 1).alignment = { horizontal: 'left' };
    const c = ws.getCell(r, 2);
    if (value !== '') c.value = value;
    if (!unit) asInput(c);
  });
  return 4 + lines.length + 1;
}

function criterionRow(ws: Worksheet, c: Criterion, r: number, rowOf: Map<string, number>, set: CriteriaSet): void {
  const row = ws.getRow(r);
  row.getCell(1).value = c.code;
  row.getCell(2).value = c.name;
  row.getCell(3).value = c.max / SCALE;
  row.getCell(2).alignment = { wrapText: true, vertical: 'top', indent: c.depth };
  // Programs do not all size rows to wrapped text: give long names the lines they need.
  const lines = Math.ceil((c.name.length + 2 * c.depth) / ((WIDTHS[1] as number) * (c.depth === 0 ? 1 : 1.2)));
  if (lines > 1) row.height = 15 * lines;
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
  row.getCell(3).alignment = { horizontal: 'center', vertical: 'top' };
  for (let k = 1; k <= HEADERS.length; k++) row.getCell(k).border = BORDER;
  if (c.depth === 0) for (let k = 1; k <= HEADERS.length; k++) row.getCell(k).font = { bold: true };
  const format = pointsFormat(set.decimals);
  if (c.children.length === 0) {
    for (const col of SCORE_COLS) {
      const cell = row.getCell(col);
      asInput(cell);
      const v = validationFor(c as Leaf, `${col}${r}`, set.naTokens, true);
      cell.dataValidation = { ...v, allowBlank: true, showInputMessage: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ' } as never;
    }
    asInput(row.getCell('F'));
    row.getCell('F').alignment = { wrapText: true, vertical: 'top' };
    return;
  }
  for (const col of SCORE_COLS) {
    const refs = c.children.map((k) => `${col}${rowOf.get(k.key) as number}`).join(',');
    const cell = row.getCell(col);
    cell.value = { formula: `IF(COUNT(${refs})=0,"",SUM(${refs}))`, result: '' } as never;
    cell.numFmt = format;
    cell.fill = FORMULA_FILL;
  }
}

function addFormSheet(wb: Workbook, set: CriteriaSet, name: string, unit: TemplateUnit | undefined): Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const headerRow = labels(ws, set, unit);
  const header = ws.getRow(headerRow);
  header.values = HEADERS;
  header.height = 32;
  header.eachCell((c) => {
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
  });
  const nodes = [...walk(set.fields)];
  const rowOf = new Map(nodes.map((c, i) => [c.key, headerRow + 1 + i] as const));
  nodes.forEach((c) => criterionRow(ws, c, rowOf.get(c.key) as number, rowOf, set));
  const totalRow = ws.getRow(headerRow + 1 + nodes.length);
  totalRow.getCell(2).value = 'Tổng cộng';
  totalRow.getCell(3).value = set.total / SCALE;
  for (const col of SCORE_COLS) {
    const refs = set.fields.map((f) => `${col}${rowOf.get(f.key) as number}`).join(',');
    totalRow.getCell(col).value = { formula: `IF(COUNT(${refs})=0,"",SUM(${refs}))`, result: '' } as never;
    totalRow.getCell(col).numFmt = pointsFormat(set.decimals);
    totalRow.getCell(col).fill = FORMULA_FILL;
  }
  for (let k = 1; k <= HEADERS.length; k++) {
    totalRow.getCell(k).border = BORDER;
    totalRow.getCell(k).font = { bold: true };
  }
  const sign = totalRow.number + 2;
  ws.getCell(sign, 4).value = 'Ngày ..... tháng ..... năm .....';
  ws.getCell(sign + 1, 4).value = 'THỦ TRƯỞNG ĐƠN VỊ';
  ws.getCell(sign + 1, 4).font = { bold: true };
  ws.getCell(sign + 2, 4).value = '(Ký, ghi rõ họ tên, đóng dấu)';
  ws.getCell(sign + 2, 4).font = { italic: true };
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return ws;
}

/** One workbook: a form per unit given (a sheet each), or one blank form. */
export async function formTemplate(input: TemplateInput, units: readonly (TemplateUnit | undefined)[] = input.units ?? [undefined]): Promise<Uint8Array> {
  const ExcelJS = loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const u of units) await protect(addFormSheet(wb, input.set, sheetName(u ? u.code : 'Biểu tự đánh giá', taken), u));
  addGuideSheet(wb, input.set, input.fingerprint, 'form');
  return workbookBytes(wb, (zip) => addFingerprintProperty(zip, input.fingerprint));
}

/** "25102 - Xã An Bình.xlsx": the file name the form reader also takes the unit from. */
export function formFileName(unit: TemplateUnit): string {
  return `${unit.code} - ${unit.name}`.replace(/[\\/:*?"<>|]/g, '-').slice(0, 120) + '.xlsx';
}
