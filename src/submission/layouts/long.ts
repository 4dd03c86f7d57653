/**
 * The long layout: one row per unit × criterion (`Mã đơn vị`, `Tiêu chí`, `Giá trị`, optional `Nguồn`), as a
 * database or a survey tool exports it. Rows of a unit need not be together; only numbers are kept per unit. Rows
 * for a criterion with children, `Tổng điểm` or `Chỉ số` are written totals, checked like a wide sheet's.
 */
import { NOT_GIVEN, type LeafPoints } from '../../core/decimal.js';
import { cleanText, unitCode } from '../../core/text.js';
import { codeKey } from '../../criteria/codes.js';
import type { Leaf } from '../../criteria/model.js';
import type { Location } from '../../diagnostics/types.js';
import type { Cell, SheetRow } from '../../sheet/types.js';
import { storedPoints, type WrittenTarget } from '../record.js';
import { rowSource } from '../locate.js';
import type { UnitDraft } from '../registry.js';
import { adjustmentInterpreter, isProblem, isUncheckable, leafInterpreter, reportedNumber, type Interpreter } from '../values.js';
import { cellText, findHeader, headerKey, HEADERS, pointSource, type PointSource } from '../vocabulary.js';
import type { LayoutReader, SheetContext } from './contract.js';
import { SeparatorWatch, UncheckedTotals } from './watch.js';

export function isLongHeader(cells: readonly Cell[]): boolean {
  return findHeader(cells, 'unitCode') >= 0 && findHeader(cells, 'criterion') >= 0 && findHeader(cells, 'value') >= 0;
}

export interface LongPlan {
  readonly headerIndex: number;
  readonly col: { readonly code: number; readonly name: number; readonly block: number; readonly criterion: number; readonly value: number; readonly source: number };
}

function plan(rows: readonly SheetRow[]): LongPlan | undefined {
  const hi = rows.findIndex((r) => isLongHeader(r.cells));
  if (hi < 0) return undefined;
  const header = (rows[hi] as SheetRow).cells;
  const code = findHeader(header, 'unitCode');
  const name = findHeader(header, 'unitName');
  return {
    headerIndex: hi,
    col: { code, name, block: findHeader(header, 'unitBlock'), criterion: findHeader(header, 'criterion', [code, name]), value: findHeader(header, 'value'), source: findHeader(header, 'source') },
  };
}

interface Pending {
  readonly unit: UnitDraft;
  readonly self: LeafPoints;
  /** Row of each leaf's final and self-assessed score (0: not seen) */
  readonly finalRow: Int32Array;
  readonly selfRow: Int32Array;
  rawName: string;
  block: string;
  readonly codeLoc: Location;
  nameLoc?: Location;
}

interface LongState {
  readonly plan: LongPlan;
  readonly units: Map<string, Pending>;
  readonly interpreter: (leaf: Leaf) => Interpreter;
  readonly adjustments: readonly Interpreter[];
  readonly watch: SeparatorWatch;
  readonly unchecked: UncheckedTotals;
}

function pendingUnit(st: LongState, code: string, row: number, cells: readonly Cell[], ctx: SheetContext): Pending {
  const col = st.plan.col;
  let p = st.units.get(code);
  if (!p) {
    const n = ctx.set.leaves.length;
    const unit = ctx.registry.draft(code, code, rowSource(ctx.base, row), 'long');
    p = { unit, self: new Int32Array(n), finalRow: new Int32Array(n), selfRow: new Int32Array(n), rawName: '', block: '', codeLoc: ctx.at(row, col.code, code) };
    st.units.set(code, p);
  }
  if (p.rawName === '' && col.name >= 0 && typeof cells[col.name] === 'string') {
    p.rawName = (cells[col.name] as string).trim();
    p.nameLoc = ctx.at(row, col.name, code);
  }
  if (p.block === '' && col.block >= 0) p.block = cellText(cells[col.block]);
  return p;
}

/** A total written as a row: a criterion with children, `Tổng điểm` or `Chỉ số`; undefined for any other row. */
function writtenTarget(critText: string, source: PointSource, ctx: SheetContext): { target: WrittenTarget; criterion?: string } | undefined {
  const node = ctx.set.byKey.get(codeKey(critText));
  if (node && node.children.length > 0) return { target: { kind: 'sum', nodeKey: node.key, column: source }, criterion: node.code };
  if (source !== 'final') return undefined;
  const key = headerKey(critText);
  if ((HEADERS.total as readonly string[]).includes(key)) return { target: { kind: 'total' } };
  if ((HEADERS.index as readonly string[]).includes(key)) return { target: { kind: 'index' } };
  return undefined;
}

function readScore(st: LongState, p: Pending, leaf: Leaf, source: PointSource, row: number, cells: readonly Cell[], ctx: SheetContext): void {
  const { col } = st.plan;
  const unit = p.unit;
  const rows = source === 'self' ? p.selfRow : p.finalRow;
  const first = rows[leaf.leafIndex] as number;
  if (first > 0) {
    const sheet = ctx.sheet.sheet !== undefined ? { firstSheet: ctx.sheet.sheet } : {};
    ctx.registry.report('unit/duplicate-criterion', ctx.at(row, col.criterion, unit.code, leaf.code), { code: leaf.code, ...sheet, firstRow: first }, unit);
    return;
  }
  rows[leaf.leafIndex] = row;
  st.watch.see(cells[col.value], row, col.value, unit.code, leaf.code);
  const v = st.interpreter(leaf)(cells[col.value] ?? null);
  if (isProblem(v)) ctx.registry.report(v.problem, ctx.at(row, col.value, unit.code, leaf.code), v.details, unit);
  else if (source === 'self') p.self[leaf.leafIndex] = storedPoints(v);
  else unit.setLeaf(leaf.leafIndex, storedPoints(v));
}

function readRow(st: LongState, { row, cells }: SheetRow, ctx: SheetContext): void {
  const { col } = st.plan;
  const code = unitCode(cellText(cells[col.code]));
  const critText = cellText(cells[col.criterion]);
  if (code === '') {
    if (critText !== '') ctx.registry.report('row/missing-unit-code', ctx.at(row, col.code), { name: cellText(cells[col.name]) });
    return;
  }
  const p = pendingUnit(st, code, row, cells, ctx);
  const unit = p.unit;
  const sourceText = col.source >= 0 ? cellText(cells[col.source]) : '';
  const source = pointSource(sourceText);
  if (source === undefined) {
    const expected = 'tự đánh giá / thẩm định / điều tra (self / appraisal / survey)';
    ctx.registry.report('cell/unknown-answer', ctx.at(row, col.source, code), { value: sourceText, expected }, unit);
    return;
  }
  const key = codeKey(critText);
  const adjustment = ctx.set.adjustments.find((a) => a.key === key);
  if (adjustment) {
    if (source === 'self') return; // bonus and penalty are the council's
    const v = (st.adjustments[adjustment.index] as Interpreter)(cells[col.value] ?? null);
    if (isProblem(v)) ctx.registry.report(v.problem, ctx.at(row, col.value, code, adjustment.code), v.details, unit);
    else unit.adjustments[adjustment.index] = v;
    return;
  }
  const node = ctx.set.byKey.get(key);
  if (node && node.children.length === 0) return readScore(st, p, node as Leaf, source, row, cells, ctx);
  const total = writtenTarget(critText, source, ctx);
  if (total) return readTotal(st, unit, total, row, cells, ctx);
  ctx.registry.report('row/unknown-criterion', ctx.at(row, col.criterion, code, critText), { code: critText, set: ctx.set.id }, unit);
}

function readTotal(st: LongState, unit: UnitDraft, total: NonNullable<ReturnType<typeof writtenTarget>>, row: number, cells: readonly Cell[], ctx: SheetContext): void {
  const c = st.plan.col.value;
  const named = total.criterion !== undefined ? ({ total: 'points-of', code: total.criterion } as const) : ({ total: total.target.kind === 'index' ? 'index' : 'total' } as const);
  if (isUncheckable(cells[c])) st.unchecked.see(c, () => ctx.at(row, c), named);
  const written = reportedNumber(cells[c] ?? null);
  if (written) unit.addWritten({ target: total.target, written, at: ctx.at(row, c, unit.code, total.criterion) });
}

function finishUnit(p: Pending, ctx: SheetContext): void {
  const { unit } = p;
  const set = ctx.set;
  const hasFinal = p.finalRow.some((r) => r > 0);
  const hasSelf = p.selfRow.some((r) => r > 0);
  const rows = hasFinal ? p.finalRow : p.selfRow;
  if (!hasFinal && hasSelf) {
    unit.setLeaves(p.self);
    ctx.registry.report('form/self-only', { ...ctx.base, unit: unit.code });
  } else if (hasSelf) {
    for (const leaf of set.leaves) if (p.selfRow[leaf.leafIndex] === 0) p.self[leaf.leafIndex] = NOT_GIVEN;
    unit.setSelf(p.self);
  }
  for (const leaf of set.leaves) {
    if (rows[leaf.leafIndex] === 0) ctx.registry.report('unit/missing-criterion', { ...ctx.base, unit: unit.code, criterion: leaf.code }, { code: leaf.code, name: leaf.name }, unit);
  }
  if (p.rawName !== '') unit.name = cleanText(p.rawName);
  ctx.registry.assignBlock(unit, ctx.options.block, p.block, undefined, { ...ctx.base, row: unit.source.row, unit: unit.code });
  ctx.registry.admit(unit, { rawName: p.rawName, codeAt: p.codeLoc, ...(p.nameLoc ? { nameAt: p.nameLoc } : {}) });
}

async function read(plan: LongPlan, rows: AsyncIterable<SheetRow>, ctx: SheetContext): Promise<boolean> {
  const interps = new Map<number, Interpreter>();
  const st: LongState = {
    plan,
    units: new Map(),
    interpreter: (leaf) => interps.get(leaf.leafIndex) ?? interps.set(leaf.leafIndex, leafInterpreter(leaf, ctx.interpret)).get(leaf.leafIndex)!,
    adjustments: ctx.set.adjustments.map((a) => adjustmentInterpreter(a)),
    watch: new SeparatorWatch(ctx.at),
    unchecked: new UncheckedTotals(),
  };
  let i = 0;
  for await (const r of rows) if (i++ > plan.headerIndex) readRow(st, r, ctx);
  for (const p of st.units.values()) {
    p.unit.setCells({ final: { sheet: ctx.base, rows: p.finalRow, cols: plan.col.value }, self: { sheet: ctx.base, rows: p.selfRow, cols: plan.col.value } });
    finishUnit(p, ctx);
  }
  st.watch.finish(ctx.registry);
  st.unchecked.finish(ctx.registry);
  return true;
}

function detect(rows: readonly SheetRow[]): number {
  return rows.some((r) => isLongHeader(r.cells)) ? 4 : 0;
}

export const long: LayoutReader<LongPlan> = { detect, plan: (rows) => plan(rows), read };
