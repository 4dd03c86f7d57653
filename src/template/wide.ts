/**
 * The wide template: a row per unit, a column per leaf, with data validation on every score cell, formulas for
 * field subtotals, the effective maximum, total and index, locked header and formula cells and frozen panes.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { formatExact, SCALE } from '../core/decimal.js';
import { loadExcelJs } from '../core/exceljs.js';
import type { CriteriaSet, Leaf } from '../criteria/model.js';
import { columnLetters } from '../sheet/types.js';
import { workbookBytes } from '../annex/workbook.js';
import { addFingerprintProperty, type SetFingerprint } from './fingerprint.js';
import { naTest, validationFor, widePoints } from './formulas.js';
import { addGuideSheet } from './guide-sheet.js';
import { asInput, BORDER, FORMULA_FILL, headerOf, pointsFormat, protect, sheetName } from './sheet-style.js';

export interface TemplateUnit {
  readonly code: string;
  readonly name: string;
  /** Block id or name, as the unit list gives it */
  readonly block?: string;
}

export interface TemplateInput {
  readonly set: CriteriaSet;
  readonly fingerprint: SetFingerprint;
  readonly units?: readonly TemplateUnit[];
}

/** Rows left for units to be typed in when no unit list is given. */
const BLANK_ROWS = 30;
const HEADER_ROW = 5;

interface Plan {
  readonly unitCols: readonly string[];
  /** 1-based column of each leaf, in the set's order */
  readonly leafCol: ReadonlyMap<number, number>;
  readonly adjCol: readonly number[];
  readonly fieldCol: readonly number[];
  readonly effMaxCol: number;
  readonly totalCol: number;
  readonly indexCol: number;
}

function planOf(set: CriteriaSet): Plan {
  const unitCols = ['STT', 'Mã đơn vị', 'Tên đơn vị', ...(set.blocks.length > 0 ? ['Khối'] : [])];
  let col = unitCols.length;
  const leafCol = new Map(set.leaves.map((l) => [l.leafIndex, ++col] as const));
  const adjCol = set.adjustments.map(() => ++col);
  const fieldCol = set.fields.map(() => ++col);
  return { unitCols, leafCol, adjCol, fieldCol, effMaxCol: ++col, totalCol: ++col, indexCol: ++col };
}

function leavesUnder(set: CriteriaSet, fieldIndex: number): Leaf[] {
  return set.leaves.filter((l) => l.fieldIndex === fieldIndex);
}

function heading(ws: Worksheet, set: CriteriaSet, plan: Plan, subtitle: string): void {
  const last = plan.indexCol;
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = `BẢNG ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${set.year}`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = subtitle;
  ws.getCell(2, 1).font = { italic: true };
  // Row 3: the field over its leaves; row 4: each column's max ("Tối đa: 0,5", text, so no reader takes it for a score).
  set.fields.forEach((f, i) => {
    const cols = leavesUnder(set, i).map((l) => plan.leafCol.get(l.leafIndex) as number);
    const from = Math.min(...cols);
    const to = Math.max(...cols);
    if (to > from) ws.mergeCells(3, from, 3, to);
    const c = ws.getCell(3, from);
    c.value = `Lĩnh vực ${f.label ?? f.code}: ${f.name}`;
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getCell(4, plan.unitCols.length).value = 'Điểm tối đa';
  for (const l of set.leaves) ws.getCell(4, plan.leafCol.get(l.leafIndex) as number).value = `Tối đa: ${formatExact(l.max, ',')}`;
  set.adjustments.forEach((a, i) => (ws.getCell(4, plan.adjCol[i] as number).value = `Tối đa: ${formatExact(a.max, ',')}`));
  set.fields.forEach((f, i) => (ws.getCell(4, plan.fieldCol[i] as number).value = `Tối đa: ${formatExact(f.max, ',')}`));
  ws.getCell(4, plan.totalCol).value = `Tối đa: ${formatExact(set.total, ',')}`;
  const header = ws.getRow(HEADER_ROW);
  header.values = [
    ...plan.unitCols,
    ...set.leaves.map(headerOf),
    ...set.adjustments.map((a) => `${a.code} ${a.name}`),
    ...set.fields.map(headerOf),
    'Điểm tối đa áp dụng',
    'Tổng điểm',
    'Chỉ số CCHC (%)',
  ];
  header.height = 110;
  header.eachCell((c) => {
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
  });
}

function rowFormulas(set: CriteriaSet, plan: Plan, r: number): { col: number; formula: string }[] {
  const ref = (l: Leaf): string => `${columnLetters(plan.leafCol.get(l.leafIndex) as number)}${r}`;
  const first = columnLetters(Math.min(...plan.leafCol.values()));
  const last = columnLetters(Math.max(...plan.leafCol.values()));
  const blank = (f: string): string => `IF(COUNTA(${first}${r}:${last}${r})=0,"",${f})`;
  const out = set.fields.map((_, i) => ({ col: plan.fieldCol[i] as number, formula: blank(leavesUnder(set, i).map((l) => widePoints(l, ref(l))).join('+')) }));
  const na = set.leaves.filter((l) => l.naAllowed).map((l) => `-IF(${naTest(ref(l), set.naTokens)},${l.max / SCALE},0)`);
  out.push({ col: plan.effMaxCol, formula: blank(`${set.total / SCALE}${na.join('')}`) });
  const fields = plan.fieldCol.map((c) => `${columnLetters(c)}${r}`).join(',');
  const adjustments = set.adjustments.map((a, i) => {
    const cell = `${columnLetters(plan.adjCol[i] as number)}${r}`;
    return a.kind === 'bonus' ? `+N(${cell})` : `-ABS(N(${cell}))`;
  });
  const eff = `${columnLetters(plan.effMaxCol)}${r}`;
  const raw = `MAX(0,SUM(${fields})${adjustments.join('')})`;
  out.push({ col: plan.totalCol, formula: blank(set.allowIndexAbove100 ? raw : `MIN(${eff},${raw})`) });
  const total = `${columnLetters(plan.totalCol)}${r}`;
  out.push({ col: plan.indexCol, formula: blank(`IF(${eff}>0,${total}/${eff}*100,0)`) });
  return out;
}

function validations(ws: Worksheet, set: CriteriaSet, plan: Plan, from: number, to: number): void {
  for (const l of set.leaves) {
    const col = columnLetters(plan.leafCol.get(l.leafIndex) as number);
    const v = validationFor(l, `${col}${from}`, set.naTokens, false);
    const dv = { ...v, allowBlank: true, showInputMessage: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ' };
    (ws as unknown as { dataValidations: { add(range: string, v: unknown): void } }).dataValidations.add(`${col}${from}:${col}${to}`, dv);
  }
  set.adjustments.forEach((a, i) => {
    const col = columnLetters(plan.adjCol[i] as number);
    const max = String(a.max / SCALE);
    (ws as unknown as { dataValidations: { add(range: string, v: unknown): void } }).dataValidations.add(`${col}${from}:${col}${to}`, {
      type: 'decimal', operator: 'between', formulae: [a.kind === 'penalty' ? `-${max}` : '0', max], allowBlank: true,
      showInputMessage: true, promptTitle: `${a.code} (tối đa ${formatExact(a.max, ',')})`.slice(0, 32),
      prompt: `${a.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ'} từ 0 đến ${formatExact(a.max, ',')}.`,
      showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ', error: `${a.name}: tối đa ${formatExact(a.max, ',')} điểm.`,
    });
  });
}

function unitRows(ws: Worksheet, set: CriteriaSet, plan: Plan, units: readonly TemplateUnit[] | undefined): number {
  const rows = units ?? Array.from({ length: BLANK_ROWS }, () => undefined);
  const format = pointsFormat(set.decimals);
  rows.forEach((u, i) => {
    const r = HEADER_ROW + 1 + i;
    const row = ws.getRow(r);
    const blockName = u?.block !== undefined ? (set.blocks.find((b) => b.id === u.block || b.name === u.block)?.name ?? u.block) : undefined;
    const unit = u ? [i + 1, u.code, u.name, ...(set.blocks.length > 0 ? [blockName ?? ''] : [])] : [];
    unit.forEach((v, k) => (row.getCell(k + 1).value = v));
    for (let k = 1; k <= plan.unitCols.length; k++) {
      row.getCell(k).border = BORDER;
      if (!u && k > 1) asInput(row.getCell(k));
    }
    for (const col of [...plan.leafCol.values(), ...plan.adjCol]) asInput(row.getCell(col));
    for (const { col, formula } of rowFormulas(set, plan, r)) {
      const c = row.getCell(col);
      c.value = { formula, result: '' } as never;
      c.numFmt = format;
      c.fill = FORMULA_FILL;
      c.border = BORDER;
    }
  });
  return HEADER_ROW + rows.length;
}

function addWideSheet(wb: Workbook, input: TemplateInput, name: string, subtitle: string, units: readonly TemplateUnit[] | undefined): Worksheet {
  const { set } = input;
  const plan = planOf(set);
  // A wide sheet has a column per leaf: printed across pages, the unit columns repeated on each.
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: false, scale: 65 } });
  ws.columns = Array.from({ length: plan.indexCol }, (_, i) => ({ width: i === 0 ? 5 : i === 1 ? 11 : i === 2 ? 28 : i < plan.unitCols.length ? 10 : 13 }));
  heading(ws, set, plan, subtitle);
  const last = unitRows(ws, set, plan, units);
  validations(ws, set, plan, HEADER_ROW + 1, last);
  ws.views = [{ state: 'frozen', xSplit: plan.unitCols.length, ySplit: HEADER_ROW }];
  ws.pageSetup.printTitlesRow = `3:${HEADER_ROW}`;
  ws.pageSetup.printTitlesColumn = `A:${columnLetters(plan.unitCols.length)}`;
  return ws;
}

/** Units grouped by block (a sheet per block) when the set ranks by block; otherwise one sheet. */
function sheetsOf(input: TemplateInput): { name: string; subtitle: string; units?: readonly TemplateUnit[] }[] {
  const { set, units } = input;
  if (!units || set.blocks.length === 0) return [{ name: 'Bảng điểm', subtitle: set.title, ...(units ? { units } : {}) }];
  const out: { name: string; subtitle: string; units: TemplateUnit[] }[] = [];
  for (const b of set.blocks) {
    const own = units.filter((u) => u.block === b.id || u.block === b.name);
    if (own.length > 0) out.push({ name: b.name, subtitle: `${set.title} — Khối ${b.name}`, units: own });
  }
  const rest = units.filter((u) => !set.blocks.some((b) => u.block === b.id || u.block === b.name));
  if (rest.length > 0) out.push({ name: 'Khác', subtitle: set.title, units: rest });
  return out;
}

export async function wideTemplate(input: TemplateInput): Promise<Uint8Array> {
  const ExcelJS = loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const s of sheetsOf(input)) await protect(addWideSheet(wb, input, sheetName(s.name, taken), s.subtitle, s.units));
  addGuideSheet(wb, input.set, input.fingerprint, 'wide');
  return workbookBytes(wb, (zip) => addFingerprintProperty(zip, input.fingerprint));
}
