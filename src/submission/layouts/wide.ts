/**
 * The wide layout: one row per unit, a column per leaf, under a header row that names the leaves by code. Rows
 * stream through: each is read column by column with interpreters built once for the sheet.
 */
import type { TotalNamed } from '../../i18n/details.js';
import { NOT_GIVEN, parseDecimal } from '../../core/decimal.js';
import { cleanText, foldKey, unitCode } from '../../core/text.js';
import type { CriteriaSet, Leaf } from '../../criteria/model.js';
import type { Location } from '../../diagnostics/types.js';
import type { Cell, SheetRow } from '../../sheet/types.js';
import { columnLetters } from '../../sheet/types.js';
import { leafMatchCount, planColumns, type ColumnPlan } from '../headers.js';
import { CellAt, rowSource } from '../locate.js';
import { storedPoints, type WrittenTarget } from '../record.js';
import type { UnitDraft } from '../registry.js';
import { adjustmentInterpreter, isProblem, isUncheckable, leafInterpreter, reportedNumber, type Interpreter } from '../values.js';
import { cellText, isTotalsLabel } from '../vocabulary.js';
import type { LayoutReader, SheetContext } from './contract.js';
import { SeparatorWatch, UncheckedTotals } from './watch.js';

export interface WidePlan {
  readonly headerIndex: number;
  readonly columns: ColumnPlan;
}

function detect(rows: readonly SheetRow[], set: CriteriaSet): number {
  const best = Math.max(0, ...rows.map((r) => leafMatchCount(r.cells, set)));
  const numeric = Math.max(0, ...rows.map((r) => leafMatchCount(r.cells, set, true)));
  if (Math.max(best, numeric) >= Math.max(Math.min(3, set.leaves.length), set.leaves.length / 2)) return 3;
  return best >= Math.min(2, set.leaves.length) ? 1 : 0;
}

function plan(rows: readonly SheetRow[], ctx: SheetContext): WidePlan | undefined {
  const counts = rows.map((r) => leafMatchCount(r.cells, ctx.set, true));
  const best = Math.max(0, ...counts);
  if (best === 0) return undefined;
  // The first row naming at least half as many leaves as the best (a data row may look like codes).
  const headerIndex = counts.findIndex((c) => c * 2 >= best);
  const header = rows[headerIndex] as SheetRow;
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const table = { ...ctx.base, width };
  return { headerIndex, columns: planColumns(ctx.set, header.cells, header.row, rows[headerIndex - 1]?.cells, ctx.options.columns ?? {}, table) };
}

/** Reports header problems; true when no unit can be read from the sheet. */
function checkColumns(plan: ColumnPlan, ctx: SheetContext): boolean {
  const { registry, set, base } = ctx;
  const at = (col: number): Location => ({ ...base, row: plan.headerRow, column: col + 1, ref: `${columnLetters(col + 1)}${plan.headerRow}` });
  for (const u of plan.unknown) registry.report('header/unknown-criterion', { ...at(u.col), criterion: u.code }, { header: u.header, code: u.code, set: set.id });
  for (const d of plan.duplicates) {
    const code = d.code.replace(/^adj:/, '');
    registry.report('header/duplicate-criterion', { ...at(d.col), criterion: code }, { code, first: columnLetters(d.first + 1) });
  }
  const present = new Set(plan.leaves.map((l) => l.leaf.leafIndex));
  for (const leaf of set.leaves) {
    if (!present.has(leaf.leafIndex) && registry.role === 'scores')
      registry.report('header/missing-criterion', { ...base, row: plan.headerRow, criterion: leaf.code }, { code: leaf.code, name: leaf.name });
  }
  if (plan.code === undefined) {
    registry.report('header/missing-unit-column', { ...base, row: plan.headerRow });
    return true;
  }
  if (plan.name === undefined) registry.report('header/missing-name-column', { ...base, row: plan.headerRow });
  return false;
}

interface AdjustmentColumn {
  readonly col: number;
  readonly index: number;
  readonly code: string;
  readonly interpret: Interpreter;
}
interface LeafColumn extends AdjustmentColumn {
  readonly leaf: Leaf;
  /** Texts of this column read as points before (stored form), for the sheet: a column repeats a few dozen texts */
  readonly known: Map<string, number>;
}

/** The most texts a column remembers */
const KNOWN_TEXTS = 4096;

const covers = (target: { nodeKey: string }, leaf: Leaf): boolean => leaf.key === target.nodeKey || leaf.key.startsWith(`${target.nodeKey}.`);

/** The columns of a sheet with their interpreters, built once before any row is read. */
function sheetColumns(plan: ColumnPlan, ctx: SheetContext) {
  const leaves: LeafColumn[] = plan.leaves.map((l) => ({ col: l.col, index: l.leaf.leafIndex, code: l.leaf.code, leaf: l.leaf, interpret: leafInterpreter(l.leaf, ctx.interpret), known: new Map() }));
  const adjustments: AdjustmentColumn[] = plan.adjustments.map((a) => ({ col: a.col, index: a.adjustment.index, code: a.adjustment.code, interpret: adjustmentInterpreter(a.adjustment) }));
  const written: { col: number; target: WrittenTarget; criterion?: string; named: TotalNamed }[] = [
    ...(plan.total !== undefined ? [{ col: plan.total, target: { kind: 'total' } as const, named: { total: 'total' } as const }] : []),
    ...(plan.index !== undefined ? [{ col: plan.index, target: { kind: 'index' } as const, named: { total: 'index' } as const }] : []),
    ...plan.nodes.map((n) => ({
      col: n.col,
      target: { kind: 'sum', nodeKey: n.node.key, column: 'final' } as const,
      criterion: n.node.code,
      named: { total: 'points-of', code: n.node.code } as const,
    })),
  ];
  const cols = new Int32Array(ctx.set.leaves.length).fill(-1);
  for (const l of leaves) cols[l.index] = l.col;
  return { leaves, adjustments, written, cols, rowCells: { sheet: ctx.base, cols }, missingLeaves: ctx.set.leaves.length - leaves.length };
}

type Columns = ReturnType<typeof sheetColumns>;

/** A value a person enters as a score (a number, a decimal, an answer, a non-applicable mark), not a signature or a note. */
function looksLikeScore(cell: Cell | undefined, column: LeafColumn, naKeys: ReadonlySet<string>): boolean {
  if (typeof cell === 'number' || typeof cell === 'boolean') return true;
  if (typeof cell !== 'string') return cell !== null && cell !== undefined;
  if (parseDecimal(cell.replace(/\s*%\s*$/, '')).ok) return true;
  const key = foldKey(cell);
  return key !== '' && (naKeys.has(key) || !isProblem(column.interpret(cell)));
}

/** Reads a unit's leaf and adjustment cells into its draft; returns the leaves whose cell could not be read. */
function readCells(unit: UnitDraft, cells: readonly Cell[], row: number, columns: Columns, ctx: SheetContext, watch: SeparatorWatch): readonly Leaf[] {
  let unreadable: Leaf[] | undefined;
  const leaves = columns.leaves;
  for (let k = 0; k < leaves.length; k++) {
    const c = leaves[k]!;
    const cell = cells[c.col] ?? null;
    // a text this column has read before, as points, and nothing to the separator watch: no more to do
    if (typeof cell === 'string') {
      const known = c.known.get(cell);
      if (known !== undefined) {
        unit.setLeaf(c.index, known);
        continue;
      }
    }
    watch.see(cell, row, c.col, unit.code, c.code);
    const v = c.interpret(cell);
    if (isProblem(v)) {
      ctx.registry.report(v.problem, ctx.at(row, c.col, unit.code, c.code), v.details, unit);
      (unreadable ??= []).push(c.leaf);
      continue;
    }
    const stored = storedPoints(v);
    if (typeof cell === 'string' && c.known.size < KNOWN_TEXTS && SeparatorWatch.ignores(cell)) c.known.set(cell, stored);
    unit.setLeaf(c.index, stored);
  }
  for (const c of columns.adjustments) {
    const v = c.interpret(cells[c.col] ?? null);
    if (isProblem(v)) ctx.registry.report(v.problem, ctx.at(row, c.col, unit.code, c.code), v.details, unit);
    else unit.adjustments[c.index] = v;
  }
  return unreadable ?? NONE_UNREADABLE;
}

const NONE_UNREADABLE: readonly Leaf[] = Object.freeze([]);

/** Totals written in the row, kept to be checked once the unit is scored (not a sum over a cell that could not be read). */
function readWritten(unit: UnitDraft, cells: readonly Cell[], row: number, columns: Columns, ctx: SheetContext, unchecked: UncheckedTotals, unreadable: readonly Leaf[]): void {
  for (const w of columns.written) {
    if (w.target.kind === 'sum' && unreadable.some((l) => covers(w.target as { nodeKey: string }, l))) continue;
    const cell = cells[w.col] ?? null;
    if (isUncheckable(cell)) unchecked.see(w.col, () => ctx.at(row, w.col), w.named);
    const written = reportedNumber(cell);
    if (written) unit.addWritten({ target: w.target, written, at: ctx.at(row, w.col, unit.code, w.criterion) });
  }
}

interface SheetState {
  readonly watch: SeparatorWatch;
  readonly unchecked: UncheckedTotals;
  /** Units with no block where the sheet has no block column: one diagnostic for them all */
  readonly noBlock: UnitDraft[];
  units: number;
}

/** Whether a row without a code or a name holds scores (then it is a unit whose code is missing, not a note). */
function hasScores(cells: readonly Cell[], columns: Columns, naKeys: ReadonlySet<string>): boolean {
  return columns.leaves.some((c) => looksLikeScore(cells[c.col], c, naKeys));
}

/** A row numbering the columns "(1) (2) (3)…" above the data. */
const numbering = (code: string): boolean => code.endsWith(')') && /^\(?\d+\)$/.test(code);

function rowReader(plan: ColumnPlan, ctx: SheetContext, state: SheetState): (r: SheetRow) => void {
  const { registry, options } = ctx;
  const columns = sheetColumns(plan, ctx);
  const codeCol = plan.code as number;
  const nameCol = plan.name;
  const headerCode = unitCode(cellText(plan.headerCells[codeCol]));
  const fixedBlock = options.block;

  return ({ row, cells }) => {
    const code = unitCode(cellText(cells[codeCol]));
    const nameCell = nameCol === undefined ? undefined : cells[nameCol];
    const rawName = typeof nameCell === 'string' ? nameCell.trim() : cellText(nameCell);
    const name = cleanText(rawName);
    // A row numbering the columns, or the header repeated above a second table, is no unit.
    if (numbering(code) || code === headerCode) return;
    if (code === '') {
      if (hasScores(cells, columns, ctx.naKeys) && !isTotalsLabel(name)) registry.report('row/missing-unit-code', ctx.at(row, codeCol), { name });
      return; // blank, signature or totals rows
    }
    if (name === '' && columns.leaves.length > 0 && !hasScores(cells, columns, ctx.naKeys)) return;

    const unit = registry.draft(code, name || code, rowSource(ctx.base, row), 'wide');
    state.units++;
    if (registry.role === 'self') unit.setLeaves(NOT_GIVEN);
    else if (columns.missingLeaves > 0) registry.carry(unit, 1); // header/missing-criterion, reported for the sheet
    const unreadable = readCells(unit, cells, row, columns, ctx, state.watch);
    if (columns.written.length > 0) readWritten(unit, cells, row, columns, ctx, state.unchecked, unreadable);
    const blockRaw = plan.block !== undefined ? cellText(cells[plan.block]) : '';
    const blockAt = plan.block !== undefined ? new CellAt(ctx.at, row, plan.block, code) : undefined;
    const noColumn = plan.block === undefined && fixedBlock === undefined ? state.noBlock : undefined;
    registry.assignBlock(unit, fixedBlock, blockRaw, blockAt, undefined, noColumn);
    unit.setRowCells(columns.rowCells);
    const codeAt = new CellAt(ctx.at, row, codeCol, code);
    registry.admit(unit, nameCol !== undefined ? { rawName, cleanName: name, codeAt, nameAt: new CellAt(ctx.at, row, nameCol, code) } : { rawName, codeAt });
  };
}

async function read(plan: WidePlan, rows: AsyncIterable<SheetRow>, ctx: SheetContext): Promise<boolean> {
  const columns = plan.columns;
  if (checkColumns(columns, ctx)) return true;
  const state: SheetState = { watch: new SeparatorWatch(ctx.at), unchecked: new UncheckedTotals(), noBlock: [], units: 0 };
  const readRow = rowReader(columns, ctx, state);
  const errorsBefore = ctx.registry.errorCount;
  let i = 0;
  for await (const r of rows) if (i++ > plan.headerIndex) readRow(r);
  const headerAt = { ...ctx.base, row: columns.headerRow };
  if (state.noBlock.length > 0)
    ctx.registry.report('header/missing-block-column', headerAt, { rows: state.noBlock.length, blocks: ctx.registry.blockList }, state.noBlock);
  state.watch.finish(ctx.registry);
  state.unchecked.finish(ctx.registry);
  // Neither a unit nor a row with a problem: an empty form of the table, sent by mistake.
  if (state.units === 0 && ctx.registry.errorCount === errorsBefore) ctx.registry.report('sheet/no-units', headerAt, { row: columns.headerRow });
  return true;
}

export const wide: LayoutReader<WidePlan> = { detect, plan, read };
