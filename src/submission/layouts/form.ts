/**
 * The per-unit self-assessment form (biểu tự đánh giá): one unit per sheet, rows = criteria in the set's order with
 * code, name, max, self-assessed and appraised points and evidence; subtotal rows for fields and criteria, which are
 * kept as written totals (checked with every layout's in scoring/written.ts) rather than taken as leaves.
 */
import path from 'node:path';
import { formatExact, NOT_GIVEN, SCALE } from '../../core/decimal.js';
import { cleanText, foldKey, unitCode } from '../../core/text.js';
import { textCachePer } from '../../core/text-cache.js';
import { codeKey } from '../../criteria/codes.js';
import type { Criterion, CriteriaSet, Leaf } from '../../criteria/model.js';
import type { Location } from '../../diagnostics/types.js';
import type { Cell, SheetRow } from '../../sheet/types.js';
import type { CellLocator } from '../locate.js';
import { storedPoints, type WrittenTotal } from '../record.js';
import type { UnitDraft } from '../registry.js';
import { asPointsLeaf, isProblem, isUncheckable, leafInterpreter, reportedNumber, type Interpreter } from '../values.js';
import { cellText, findCode, findHeader, FORM_LABELS, isTotalsLabel } from '../vocabulary.js';
import type { LayoutReader, SheetContext } from './contract.js';
import { SeparatorWatch, UncheckedTotals } from './watch.js';

/**
 * The criterion code a cell of the code column holds ("1.1", "1.1.", "TC 1.1", "I.1", or the number 1.1). Letters
 * alone ("I", "A") are a code only where the set has it: forms number their field rows I, II, III.
 */
function codeOf(cell: Cell | undefined, set: CriteriaSet): string | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) || cell > 0 ? String(cell) : undefined;
  if (typeof cell !== 'string') return undefined;
  // Every form of a folder holds the same codes (and each form's are read twice): each text is read once per set.
  const code = CODES(set).get(cell, (text) => {
    const found = findCode(cleanText(text), true);
    return found && (found.numbered || set.byKey.has(found.key)) ? found.key : null;
  });
  return code ?? undefined;
}

const CODES = textCachePer<CriteriaSet, string | null>();

/**
 * The interpreters of a run's leaves (built once per registry, not once per form), where the sheets' options are
 * the set's own: each holds only the set's rule for its leaf and the texts it has read.
 */
const INTERPRETERS = new WeakMap<object, Map<number, Interpreter>>();

function interpretersOf(ctx: SheetContext): Map<number, Interpreter> {
  if (ctx.interpret.naTokens !== ctx.set.naTokens) return new Map();
  let found = INTERPRETERS.get(ctx.registry);
  if (!found) INTERPRETERS.set(ctx.registry, (found = new Map()));
  return found;
}

export function isFormHeader(cells: readonly Cell[], next: readonly Cell[] = []): boolean {
  if (findHeader(cells, 'max') < 0) return false;
  const scores = (r: readonly Cell[]): boolean => findHeader(r, 'self') >= 0 || findHeader(r, 'appraised') >= 0;
  // "Điểm" merged over "Tự đánh giá | Thẩm định" puts the score headers on the next row.
  return scores(cells) || scores(next);
}

/** Index of the form's header row, or -1. */
function formHeaderIndex(rows: readonly SheetRow[]): number {
  return rows.findIndex((r, i) => isFormHeader(r.cells, rows[i + 1]?.cells));
}

export interface FormPlan {
  readonly headerIndex: number;
  /** Rows before the data: the header and, under a merged "Điểm", its second row */
  readonly dataStart: number;
  readonly col: { readonly max: number; readonly self: number; readonly appraised: number; readonly evidence: number };
}

function plan(rows: readonly SheetRow[]): FormPlan | undefined {
  const hi = formHeaderIndex(rows);
  if (hi < 0) return undefined;
  const header = (rows[hi] as SheetRow).cells;
  // A second header row under a merged "Điểm" cell holds "Tự đánh giá" | "Thẩm định".
  const sub = rows[hi + 1]?.cells ?? [];
  const subIsHeader = findHeader(sub, 'self') >= 0 || findHeader(sub, 'appraised') >= 0;
  const pick = (kind: 'self' | 'appraised' | 'evidence'): number => {
    const a = findHeader(header, kind);
    return a >= 0 ? a : subIsHeader ? findHeader(sub, kind) : -1;
  };
  return { headerIndex: hi, dataStart: hi + (subIsHeader ? 2 : 1), col: { max: findHeader(header, 'max'), self: pick('self'), appraised: pick('appraised'), evidence: pick('evidence') } };
}

/** The code column: the one, left of the max column, whose cells name the most criteria. */
function codeColumn(data: readonly SheetRow[], maxCol: number, set: CriteriaSet): number {
  let best = -1;
  let bestCount = 0;
  for (let c = 0; c < Math.max(maxCol, 1); c++) {
    const count = data.filter((r) => {
      const k = codeOf(r.cells[c], set);
      return k !== undefined && set.byKey.has(k);
    }).length;
    if (count > bestCount) [best, bestCount] = [c, count];
  }
  return best;
}

interface Labeled {
  readonly value: string;
  readonly loc: Location;
}
interface UnitLabels {
  code?: Labeled;
  name?: Labeled;
  block?: string;
}

/** "Mã đơn vị: 25102", "Đơn vị: Xã An Bình", "Khối: Xã" in the rows above the table (one cell or two). */
function readLabels(rows: readonly SheetRow[], at: CellLocator): UnitLabels {
  const found: UnitLabels = {};
  for (const { row, cells } of rows) {
    cells.forEach((cell, i) => {
      const text = cellText(cell);
      if (text === '') return;
      const next = cellText(cells.slice(i + 1).find((c) => cellText(c) !== ''));
      const withNext = /[:：]$/.test(text) ? `${text} ${next}` : text;
      for (const part of withNext.split(/\s{2,}|;\s*|\s+[-–—]\s+(?=m[ãa](?:\s|[:：]))/i)) {
        const code = FORM_LABELS.code.exec(part);
        if (code?.[1] && !found.code) found.code = { value: unitCode(code[1]).replace(/[).]+$/, ''), loc: at(row, i) };
        const name = FORM_LABELS.name.exec(part);
        if (name?.[1] && !found.name) found.name = { value: cleanText(name[1].replace(/\(.*?\)\s*$/, '')), loc: at(row, i) };
        const block = FORM_LABELS.block.exec(part);
        if (block?.[1] && found.block === undefined) found.block = cleanText(block[1]);
      }
    });
  }
  return found;
}

/** "25102 - Xã An Bình.xlsx" → code 25102, name Xã An Bình. */
function fromFileName(file: string): { code?: string; name?: string } {
  const base = path.basename(file, path.extname(file)).normalize('NFC');
  const m = /^([A-Za-z]{0,4}\d[\d.]*)(?:[\s_–—-]+(.+))?$/.exec(base);
  if (!m?.[1]) return {};
  const name = m[2] && /\s|[^\x00-\x7f]/.test(m[2]) ? cleanText(m[2]) : undefined;
  return { code: unitCode(m[1]), ...(name ? { name } : {}) };
}

/** What reading a form's rows builds up for its one unit. */
interface FormState {
  readonly unit: UnitDraft;
  readonly col: FormPlan['col'] & { readonly code: number; readonly name: number; readonly final: number };
  readonly self: Int32Array;
  /** Row of each leaf (0 where not seen) */
  readonly rowOf: Int32Array;
  readonly subtotals: WrittenTotal[];
  /** Leaves whose cell could not be read, per column: totals over them are not checked */
  readonly unreadable: { readonly self: Set<number>; readonly final: Set<number> };
  readonly interpreter: (leaf: Leaf) => Interpreter;
  readonly watch: SeparatorWatch;
  readonly unchecked: UncheckedTotals;
}

/** A subtotal or total row: its written sums, self-assessed and final. */
function readSubtotal(st: FormState, node: Criterion | undefined, row: number, cells: readonly Cell[], ctx: SheetContext): void {
  const { col, unit } = st;
  for (const [column, c] of [['self', col.self], ['final', col.final]] as const) {
    if (c < 0 || (column === 'self' && c === col.final)) continue;
    if (isUncheckable(cells[c])) st.unchecked.see(c, () => ctx.at(row, c, unit.code), { total: 'form-totals' });
    const written = reportedNumber(cells[c] ?? null);
    if (written) st.subtotals.push({ target: { kind: 'sum', nodeKey: node?.key, column }, written, at: ctx.at(row, c, unit.code, node?.code) });
  }
}

/** A leaf's row: its self-assessed and final points, and its evidence. */
function readLeaf(st: FormState, leaf: Leaf, row: number, cells: readonly Cell[], ctx: SheetContext): void {
  const { col, unit } = st;
  const registry = ctx.registry;
  st.rowOf[leaf.leafIndex] = row;
  // Self-assessed first, as the form reads left to right.
  for (const c of [...new Set([col.self, col.final])].sort((a, b) => a - b)) {
    if (c < 0) continue;
    // A blank self-assessed cell (survey criteria units do not score) is "not given", not an error.
    if (c === col.self && c !== col.final && cellText(cells[c]) === '') {
      st.self[leaf.leafIndex] = NOT_GIVEN;
      continue;
    }
    st.watch.see(cells[c], row, c, unit.code, leaf.code);
    const v = st.interpreter(leaf)(cells[c] ?? null);
    if (isProblem(v)) {
      registry.report(v.problem, ctx.at(row, c, unit.code, leaf.code), v.details, unit);
      if (c === col.self) st.unreadable.self.add(leaf.leafIndex);
      if (c === col.final) st.unreadable.final.add(leaf.leafIndex);
      continue;
    }
    if (c === col.final) unit.setLeaf(leaf.leafIndex, storedPoints(v));
    if (c === col.self) st.self[leaf.leafIndex] = storedPoints(v);
  }
  if (leaf.evidenceRequired && col.evidence >= 0 && cellText(cells[col.evidence]) === '')
    registry.report('cell/evidence-missing', ctx.at(row, col.evidence, unit.code, leaf.code), { code: leaf.code });
}

function readRow(st: FormState, { row, cells }: SheetRow, ctx: SheetContext): void {
  const { col, unit } = st;
  const key = codeOf(cells[col.code], ctx.set);
  if (key === undefined) {
    // The label sits in the name column, or in the code column when the two are merged.
    const label = (c: number): boolean => isTotalsLabel(cellText(cells[c]));
    if (label(col.name >= 0 ? col.name : col.code + 1) || label(col.code)) readSubtotal(st, undefined, row, cells, ctx);
    return;
  }
  const node = ctx.set.byKey.get(key);
  const codeText = cellText(cells[col.code]);
  if (!node) {
    ctx.registry.report('row/unknown-criterion', ctx.at(row, col.code, unit.code, codeText), { code: codeText, set: ctx.set.id }, unit);
    return;
  }
  const printed = col.max >= 0 ? reportedNumber(cells[col.max] ?? null) : undefined;
  if (printed && !sameMax(printed.value, node.max))
    ctx.registry.report('form/max-mismatch', ctx.at(row, col.max, unit.code, node.code), { code: node.code, printed: printed.text, max: formatExact(node.max), set: ctx.set.id }, unit);
  if (node.children.length > 0) return readSubtotal(st, node, row, cells, ctx);
  const leaf = node as Leaf;
  const first = st.rowOf[leaf.leafIndex] as number;
  if (first > 0) {
    ctx.registry.report('unit/duplicate-criterion', ctx.at(row, col.code, unit.code, leaf.code), { code: leaf.code, firstRow: first }, unit);
    return;
  }
  readLeaf(st, leaf, row, cells, ctx);
}

/** A printed max against the set's, exactly (micro-points). */
function sameMax(printed: { digits: bigint; scale: number }, max: number): boolean {
  return printed.digits * BigInt(SCALE) === BigInt(max) * 10n ** BigInt(printed.scale);
}

const covers = (nodeKey: string | undefined, leaf: Leaf): boolean => nodeKey === undefined || leaf.key === nodeKey || leaf.key.startsWith(`${nodeKey}.`);

/** After the rows: missing criteria, which columns hold the points, and the written totals that can be checked. */
function finishUnit(st: FormState, hasAppraised: boolean, headerRow: number, ctx: SheetContext): void {
  const { unit, col } = st;
  const set = ctx.set;
  for (const leaf of set.leaves) {
    if (st.rowOf[leaf.leafIndex] === 0)
      ctx.registry.report('unit/missing-criterion', { ...ctx.base, unit: unit.code, criterion: leaf.code }, { code: leaf.code, name: leaf.name }, unit);
  }
  unit.setCells({ final: { sheet: ctx.base, rows: st.rowOf, cols: col.final }, ...(col.self >= 0 ? { self: { sheet: ctx.base, rows: st.rowOf, cols: col.self } } : {}) });
  if (!hasAppraised) ctx.registry.report('form/self-only', { ...ctx.base, row: headerRow, unit: unit.code });
  else if (col.self >= 0) unit.setSelf(st.self);
  const readable = (t: WrittenTotal): boolean =>
    t.target.kind !== 'sum' || !set.leaves.some((l) => st.unreadable[(t.target as { column: 'self' | 'final' }).column].has(l.leafIndex) && covers((t.target as { nodeKey?: string }).nodeKey, l));
  unit.addWritten(...st.subtotals.filter(readable));
  st.watch.finish(ctx.registry);
  st.unchecked.finish(ctx.registry);
}

/** The unit a form is about, from the labels above its table or its file name. */
function formUnit(rows: readonly SheetRow[], p: FormPlan, ctx: SheetContext) {
  const found = readLabels(rows.slice(0, p.headerIndex), ctx.at);
  const byFile = fromFileName(ctx.sheet.file);
  const code = found.code?.value ?? byFile.code;
  if (code === undefined) return undefined;
  const ofUnit = (l: Labeled | undefined): Labeled | undefined => l && { ...l, loc: { ...l.loc, unit: code } };
  return { code, codeLabel: ofUnit(found.code), nameLabel: ofUnit(found.name), block: found.block, rawName: found.name?.value ?? byFile.name ?? '' };
}

async function read(p: FormPlan, source: AsyncIterable<SheetRow>, ctx: SheetContext): Promise<boolean> {
  const rows: SheetRow[] = [];
  for await (const r of source) rows.push(r);
  const set = ctx.set;
  const data = rows.slice(p.dataStart);
  const codeCol = codeColumn(data, p.col.max, set);
  if (codeCol < 0) return false;
  const hasAppraised = p.col.appraised >= 0 && data.some((r) => {
    const k = codeOf(r.cells[codeCol], set);
    const node = k !== undefined ? set.byKey.get(k) : undefined;
    return node !== undefined && node.children.length === 0 && cellText(r.cells[p.col.appraised]) !== '';
  });
  const finalCol = hasAppraised ? p.col.appraised : p.col.self;
  if (finalCol < 0) return false;
  const headerRow = (rows[p.headerIndex] as SheetRow).row;
  const who = formUnit(rows, p, ctx);
  if (who === undefined) {
    ctx.registry.report('form/no-unit', { ...ctx.base, row: headerRow });
    return true;
  }
  const unit = ctx.registry.draft(who.code, who.rawName === '' ? who.code : who.rawName, { ...ctx.base, row: headerRow }, 'form');
  const interps = interpretersOf(ctx);
  const nameCol = findHeader((rows[p.headerIndex] as SheetRow).cells, 'formName', [codeCol]);
  const st: FormState = {
    unit,
    col: { ...p.col, code: codeCol, name: nameCol, final: finalCol },
    self: new Int32Array(set.leaves.length),
    rowOf: new Int32Array(set.leaves.length),
    subtotals: [],
    unreadable: { self: new Set(), final: new Set() },
    interpreter: (leaf) => interps.get(leaf.leafIndex) ?? interps.set(leaf.leafIndex, leafInterpreter(asPointsLeaf(leaf), ctx.interpret)).get(leaf.leafIndex)!,
    watch: new SeparatorWatch(ctx.at),
    unchecked: new UncheckedTotals(),
  };
  for (const r of data) readRow(st, r, ctx);
  finishUnit(st, hasAppraised, headerRow, ctx);
  const unitAt = { ...ctx.base, row: headerRow, unit: who.code };
  ctx.registry.assignBlock(unit, ctx.options.block, who.block ?? '', undefined, unitAt);
  ctx.registry.admit(unit, { rawName: who.rawName, codeAt: who.codeLabel?.loc ?? unitAt, ...(who.nameLabel ? { nameAt: who.nameLabel.loc } : {}) });
  return true;
}

function detect(rows: readonly SheetRow[]): number {
  return formHeaderIndex(rows) >= 0 ? 2 : 0;
}

export const form: LayoutReader<FormPlan> = { detect, plan: (rows) => plan(rows), read };
