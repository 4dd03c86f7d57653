/**
 * The long layout: one row per unit × criterion (`Mã đơn vị`, `Tiêu chí`, `Giá trị`, optional `Nguồn`), as a
 * database or a survey tool exports it. Rows of a unit need not be together; only numbers are kept per unit.
 */
import { asciiKey, cleanText } from '../core/text.js';
import { codeKey } from '../criteria/codes.js';
import type { Leaf } from '../criteria/model.js';
import type { Location } from '../diagnostics/types.js';
import type { RawSheet, SheetRow } from '../sheet/types.js';
import { cellText } from './headers.js';
import { NOT_GIVEN, type LeafPoints } from '../core/decimal.js';
import { cellLocator, sheetLocation, storedPoints, type IngestContext, type IngestOptions, type UnitRow } from './ingest.js';
import { findHeader, isLongHeader } from './layout.js';
import { adjustmentInterpreter, isProblem, leafInterpreter, type Interpreter } from './values.js';

export type PointSource = 'final' | 'self';

const SELF = new Set(['self', 'self-assessed', 'tu danh gia', 'tu cham', 'tdg', 'diem tu danh gia']);
const FINAL = new Set(['', 'appraisal', 'appraised', 'tham dinh', 'diem tham dinh', 'survey', 'dieu tra', 'dieu tra xhh', 'xhh', 'final', 'chinh thuc']);

/** Which score a source cell names: self-assessed, or the final one (appraised or survey); undefined if unknown. */
export function pointSource(text: string): PointSource | undefined {
  const k = asciiKey(text);
  return SELF.has(k) ? 'self' : FINAL.has(k) ? 'final' : undefined;
}

interface Pending {
  readonly unit: UnitRow;
  readonly self: LeafPoints;
  /** 1: final score seen, 2: self score seen, per leaf */
  readonly seen: Uint8Array;
  readonly firstRowOf: Map<string, number>;
  rawName: string;
  block: string;
  readonly codeLoc: Location;
  nameLoc?: Location;
}

export async function readLong(ctx: IngestContext, buffered: SheetRow[], iterator: AsyncIterator<SheetRow>, sheet: RawSheet, options: IngestOptions): Promise<boolean> {
  const hi = buffered.findIndex((r) => isLongHeader(r.cells));
  if (hi < 0) return false;
  const header = (buffered[hi] as SheetRow).cells;
  const col = {
    code: findHeader(header, 'unitCode'),
    name: findHeader(header, 'unitName'),
    block: findHeader(header, 'unitBlock'),
    criterion: -1,
    value: findHeader(header, 'value'),
    source: findHeader(header, 'source'),
  };
  col.criterion = findHeader(header, 'criterion', [col.code, col.name]);
  const set = ctx.set;
  const base = sheetLocation(sheet);
  const at = cellLocator(sheet);
  const leafInterp = new Map<number, Interpreter>();
  const interpreterOf = (leaf: Leaf): Interpreter => {
    let f = leafInterp.get(leaf.leafIndex);
    if (!f) leafInterp.set(leaf.leafIndex, (f = leafInterpreter(leaf, { naKeys: ctx.naKeys })));
    return f;
  };
  const adjInterp = set.adjustments.map((a) => adjustmentInterpreter(a));
  const units = new Map<string, Pending>();

  const readRow = ({ row, cells }: SheetRow): void => {
    const code = cellText(cells[col.code]);
    const critText = cellText(cells[col.criterion]);
    if (code === '') {
      if (critText !== '') ctx.report('row/missing-unit-code', at(row, col.code), { name: cellText(cells[col.name]) });
      return;
    }
    let p = units.get(code);
    if (!p) {
      const unit = ctx.newUnit(code, code, undefined, { ...base, row }, 'long');
      p = { unit, self: new Int32Array(set.leaves.length), seen: new Uint8Array(set.leaves.length), firstRowOf: new Map(), rawName: '', block: '', codeLoc: at(row, col.code, code) };
      units.set(code, p);
    }
    if (p.rawName === '' && col.name >= 0 && typeof cells[col.name] === 'string') {
      p.rawName = (cells[col.name] as string).trim();
      p.nameLoc = at(row, col.name, code);
    }
    if (p.block === '' && col.block >= 0) p.block = cellText(cells[col.block]);
    const unit = p.unit;
    const sourceText = col.source >= 0 ? cellText(cells[col.source]) : '';
    const source = pointSource(sourceText);
    if (source === undefined) {
      unit.errors++;
      ctx.report('cell/unknown-answer', at(row, col.source, code), { value: sourceText, expected: 'tự đánh giá / thẩm định / điều tra (self / appraisal / survey)' });
      return;
    }
    const key = codeKey(critText);
    const adjustment = set.adjustments.find((a) => a.key === key);
    const node = set.byKey.get(key);
    if (adjustment) {
      if (source === 'self') return; // bonus and penalty are the council's
      const v = (adjInterp[adjustment.index] as Interpreter)(cells[col.value] ?? null);
      if (isProblem(v)) {
        unit.errors++;
        ctx.report(v.problem, at(row, col.value, code, adjustment.code), v.details);
      } else unit.adjustments[adjustment.index] = v;
      return;
    }
    if (!node || node.children.length > 0) {
      if (node) return; // a subtotal row: the sum of its leaves is computed anyway
      unit.errors++;
      ctx.report('row/unknown-criterion', at(row, col.criterion, code, critText), { code: critText, set: set.id });
      return;
    }
    const leaf = node as Leaf;
    const bit = source === 'self' ? 2 : 1;
    const seenKey = `${leaf.leafIndex}:${bit}`;
    if ((p.seen[leaf.leafIndex] as number) & bit) {
      unit.errors++;
      ctx.report('unit/duplicate-criterion', at(row, col.criterion, code, leaf.code), {
        code: leaf.code,
        first: `${sheet.sheet ? `${sheet.sheet} ` : ''}row ${p.firstRowOf.get(seenKey)}`,
        firstVi: `${sheet.sheet ? `${sheet.sheet} ` : ''}dòng ${p.firstRowOf.get(seenKey)}`,
      });
      return;
    }
    p.seen[leaf.leafIndex] = (p.seen[leaf.leafIndex] as number) | bit;
    p.firstRowOf.set(seenKey, row);
    const v = interpreterOf(leaf)(cells[col.value] ?? null);
    if (isProblem(v)) {
      unit.errors++;
      ctx.report(v.problem, at(row, col.value, code, leaf.code), v.details);
      return;
    }
    if (source === 'self') p.self[leaf.leafIndex] = storedPoints(v);
    else unit.leafPoints[leaf.leafIndex] = storedPoints(v);
  };

  for (const r of buffered.slice(hi + 1)) readRow(r);
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    readRow(next.value);
  }

  for (const p of units.values()) finishUnit(ctx, p, base, options, at, col.value);
  return true;
}

function finishUnit(
  ctx: IngestContext,
  p: Pending,
  base: Location,
  options: IngestOptions,
  cellAt: (row: number, col: number, unit?: string, criterion?: string) => Location,
  valueCol: number,
): void {
  const { unit, seen } = p;
  const set = ctx.set;
  const hasFinal = seen.some((b) => (b & 1) !== 0);
  const hasSelf = seen.some((b) => (b & 2) !== 0);
  const bit = hasFinal ? 1 : 2;
  if (!hasFinal && hasSelf) {
    unit.leafPoints.set(p.self);
    ctx.report('form/self-only', { ...base, unit: unit.code });
  } else if (hasSelf) {
    for (const leaf of set.leaves) if (((seen[leaf.leafIndex] as number) & 2) === 0) p.self[leaf.leafIndex] = NOT_GIVEN;
    unit.selfPoints = p.self;
  }
  for (const leaf of set.leaves) {
    if (((seen[leaf.leafIndex] as number) & bit) === 0) {
      unit.errors++;
      ctx.report('unit/missing-criterion', { ...base, unit: unit.code, criterion: leaf.code }, { code: leaf.code, name: leaf.name });
    }
  }
  unit.leafCell = (leafIndex, isSelf) => {
    const row = p.firstRowOf.get(`${leafIndex}:${isSelf ? 2 : 1}`);
    return row === undefined ? undefined : cellAt(row, valueCol, unit.code, set.leaves[leafIndex]?.code);
  };
  if (p.rawName !== '') (unit as { name: string }).name = cleanText(p.rawName);
  ctx.assignBlock(unit, options.block, p.block, undefined, { ...base, row: unit.source.row, unit: unit.code });
  ctx.admit(unit, p.rawName, p.codeLoc, p.nameLoc);
}
