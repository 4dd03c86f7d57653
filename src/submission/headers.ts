/**
 * Finding the header row of a wide score sheet and what each column holds. The header is the row, among the
 * first rows, whose cells name the most leaves of the criteria set; title rows and merged cells above it are passed.
 */
import { asciiKey, cleanText } from '../core/text.js';
import { codeKey } from '../criteria/codes.js';
import { isLeaf, type Adjustment, type Criterion, type CriteriaSet, type Leaf } from '../criteria/model.js';
import type { Cell } from '../sheet/types.js';
import { columnNumber } from '../sheet/types.js';

/** Headers people give the unit columns, compared without diacritics and case. */
export const UNIT_HEADERS = {
  code: ['ma don vi', 'ma dv', 'ma', 'ma so', 'ma don vi hanh chinh', 'ma dvhc', 'code', 'unit code', 'unit_code', 'id'],
  name: ['ten don vi', 'don vi', 'ten', 'ten co quan', 'co quan', 'co quan, don vi', 'ten xa', 'ten dvhc', 'name', 'unit', 'unit name', 'unit_name'],
  block: ['khoi', 'khoi thi dua', 'nhom', 'loai', 'block', 'group'],
} as const;

/** Whole headers (a bracketed note aside): "Tổng điểm lĩnh vực 1" is not the total. */
const TOTAL_HEADERS = /^(tong diem|tong cong|tong so diem|diem dat|tong diem dat|total|total points)$/;
const INDEX_HEADERS = /^(chi so|chi so cchc|chi so cai cach hanh chinh|par index|index|ty le diem)$/;
const CODE_PREFIX = /^(?:(?:tctp|tc|lv|tieu chi thanh phan|tieu chi|linh vuc)\s*)?(\d+(?:\s*[.,]\s*\d+)*)\s*\.?(?=$|[\s:)\-–—(])/;

export type HeaderMatch =
  | { readonly kind: 'leaf'; readonly leaf: Leaf }
  | { readonly kind: 'node'; readonly node: Criterion }
  | { readonly kind: 'adjustment'; readonly adjustment: Adjustment }
  | { readonly kind: 'unknown-code'; readonly code: string }
  | { readonly kind: 'total' }
  | { readonly kind: 'index' }
  | { readonly kind: 'unit'; readonly role: 'code' | 'name' | 'block' }
  | { readonly kind: 'other' };

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cleanText(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

/**
 * What a header cell names. A number counts as a code (Excel stores a typed "1.1" as the number 1.1), so "1.10"
 * typed as a number reads as 1.1.
 */
export function matchHeader(cell: Cell | undefined, set: CriteriaSet): HeaderMatch {
  if (typeof cell === 'number' && cell > 0 && Number.isFinite(cell)) cell = String(cell);
  if (typeof cell !== 'string') return { kind: 'other' };
  const text = cleanText(cell);
  if (text === '') return { kind: 'other' };
  const whole = codeKey(text);
  const ascii = asciiKey(text);
  for (const adjustment of set.adjustments) {
    if (whole === adjustment.key || ascii === asciiKey(adjustment.name) || whole.startsWith(`${adjustment.key} `))
      return { kind: 'adjustment', adjustment };
  }
  const m = CODE_PREFIX.exec(ascii);
  if (m?.[1]) {
    // "3,2" is 3.2 typed with the decimal comma of a Vietnamese keyboard layout.
    const key = codeKey(m[1].replace(/,/g, '.'));
    const node = set.byKey.get(key);
    if (!node) return { kind: 'unknown-code', code: m[1].replace(/\s+/g, '') };
    return isLeaf(node) ? { kind: 'leaf', leaf: node } : { kind: 'node', node };
  }
  for (const role of ['code', 'name', 'block'] as const) {
    if ((UNIT_HEADERS[role] as readonly string[]).includes(ascii.replace(/\s*\(.*\)$/, ''))) return { kind: 'unit', role };
  }
  const bare = ascii.replace(/\s*\(.*\)\s*$/, '').replace(/\s*%$/, '');
  if (TOTAL_HEADERS.test(bare)) return { kind: 'total' };
  if (INDEX_HEADERS.test(bare)) return { kind: 'index' };
  return { kind: 'other' };
}

/**
 * How many distinct leaves a row names: the header row names the most. Numbers count only when asked: a row of a
 * form holds a few numbers (max, points) that may look like codes, a header typed as numbers holds them all.
 */
export function leafMatchCount(cells: readonly Cell[], set: CriteriaSet, numbers = false): number {
  const seen = new Set<number>();
  for (const cell of cells) {
    if (typeof cell !== 'string' && !(numbers && typeof cell === 'number')) continue;
    const m = matchHeader(cell, set);
    if (m.kind === 'leaf') seen.add(m.leaf.leafIndex);
  }
  return seen.size;
}

export interface ColumnOverrides {
  readonly code?: string;
  readonly name?: string;
  readonly block?: string;
}

export interface LeafColumn {
  readonly col: number;
  readonly leaf: Leaf;
  readonly header: string;
}

export interface ColumnPlan {
  readonly headerRow: number;
  readonly headerCells: readonly Cell[];
  code?: number;
  name?: number;
  block?: number;
  readonly leaves: LeafColumn[];
  readonly adjustments: { col: number; adjustment: Adjustment }[];
  readonly nodes: { col: number; node: Criterion }[];
  total?: number;
  index?: number;
  /** Columns whose header is a code that the set does not have */
  readonly unknown: { col: number; code: string; header: string }[];
  /** Second columns for a leaf or adjustment already placed */
  readonly duplicates: { col: number; code: string; first: number }[];
}

/** Column index (0-based) named by an override: a letter ("C") or a header text. */
function overrideColumn(spec: string | undefined, rows: readonly (readonly Cell[])[]): number | undefined {
  if (spec === undefined) return undefined;
  const n = columnNumber(spec.trim());
  if (n !== undefined) return n - 1;
  const want = asciiKey(spec);
  for (const cells of rows) {
    const i = cells.findIndex((c) => asciiKey(cellText(c)) === want);
    if (i >= 0) return i;
  }
  return undefined;
}

/**
 * The plan of columns from the header row (and the row above it, where unit headers often sit in merged cells).
 */
export function planColumns(set: CriteriaSet, header: readonly Cell[], headerRow: number, above: readonly Cell[] | undefined, overrides: ColumnOverrides): ColumnPlan {
  const plan: ColumnPlan = { headerRow, headerCells: header, leaves: [], adjustments: [], nodes: [], unknown: [], duplicates: [] };
  const placed = new Map<string, number>();
  const place = (code: string, col: number): boolean => {
    const first = placed.get(code);
    if (first !== undefined) {
      plan.duplicates.push({ col, code, first });
      return false;
    }
    placed.set(code, col);
    return true;
  };
  const width = Math.max(header.length, above?.length ?? 0);
  for (let col = 0; col < width; col++) {
    const m = matchHeader(header[col], set);
    // A unit header merged over two header rows leaves its lower cell empty; a filled cell ("STT") stands as it is.
    const fallback = cellText(header[col]) === '' && above ? matchHeader(above[col], set) : undefined;
    const match = fallback?.kind === 'unit' ? fallback : m;
    switch (match.kind) {
      case 'leaf':
        if (place(match.leaf.key, col)) plan.leaves.push({ col, leaf: match.leaf, header: cellText(header[col]) });
        break;
      case 'adjustment':
        if (place(`adj:${match.adjustment.key}`, col)) plan.adjustments.push({ col, adjustment: match.adjustment });
        break;
      case 'node':
        if (place(match.node.key, col)) plan.nodes.push({ col, node: match.node });
        break;
      case 'unknown-code':
        plan.unknown.push({ col, code: match.code, header: cellText(header[col]) });
        break;
      case 'unit':
        if (plan[match.role] === undefined) plan[match.role] = col;
        break;
      case 'total':
        plan.total ??= col;
        break;
      case 'index':
        plan.index ??= col;
        break;
      case 'other':
        break;
    }
  }
  const rows = above ? [header, above] : [header];
  for (const role of ['code', 'name', 'block'] as const) {
    const col = overrideColumn(overrides[role], rows);
    if (col !== undefined) plan[role] = col;
  }
  return plan;
}
