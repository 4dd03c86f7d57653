/**
 * Finding the header row of a wide score sheet and what each column holds. The header is the row, among the
 * first rows, whose cells name the most leaves of the criteria set; title rows and merged cells above it are passed.
 */
import { asciiKey, cleanText } from '../core/text.js';
import { textCachePer } from '../core/text-cache.js';
import { codeKey } from '../criteria/codes.js';
import { isLeaf, type Adjustment, type Criterion, type CriteriaSet, type Leaf } from '../criteria/model.js';
import type { Cell } from '../sheet/types.js';
import { columnNumber } from '../sheet/types.js';
import { InputUsageError } from './usage-error.js';
import { cellText, findCode, HEADERS, headerKey } from './vocabulary.js';

export { cellText };

const HEADER_SETS = {
  unitCode: new Set<string>(HEADERS.unitCode),
  unitName: new Set<string>(HEADERS.unitName),
  unitBlock: new Set<string>(HEADERS.unitBlock),
  total: new Set<string>(HEADERS.total),
  index: new Set<string>(HEADERS.index),
};
const UNIT_ROLES = [
  ['unitCode', 'code'],
  ['unitName', 'name'],
  ['unitBlock', 'block'],
] as const;

export type HeaderMatch =
  | { readonly kind: 'leaf'; readonly leaf: Leaf }
  | { readonly kind: 'node'; readonly node: Criterion }
  | { readonly kind: 'adjustment'; readonly adjustment: Adjustment }
  | { readonly kind: 'unknown-code'; readonly code: string }
  | { readonly kind: 'total' }
  | { readonly kind: 'index' }
  | { readonly kind: 'unit'; readonly role: 'code' | 'name' | 'block' }
  | { readonly kind: 'other' };

/**
 * What a header cell names. A number counts as a code (Excel stores a typed "1.1" as the number 1.1), so "1.10"
 * typed as a number reads as 1.1.
 */
export function matchHeader(cell: Cell | undefined, set: CriteriaSet): HeaderMatch {
  if (typeof cell === 'number') return cell > 0 && Number.isFinite(cell) ? numberMatch(cell, set) : OTHER;
  if (typeof cell !== 'string') return OTHER;
  // The same texts come back in every sheet of a run (a folder of forms: the criteria names, 3 times each): each is
  // matched once per set.
  return MATCHES(set).get(cell, (text) => matchText(text, set));
}

const OTHER: HeaderMatch = Object.freeze({ kind: 'other' });
const MATCHES = textCachePer<CriteriaSet, HeaderMatch>();
/** A number's match, by the number: the first rows of a score sheet are mostly points, the same few again and again */
const NUMBER_MATCHES = new WeakMap<CriteriaSet, Map<number, HeaderMatch>>();

function numberMatch(n: number, set: CriteriaSet): HeaderMatch {
  let known = NUMBER_MATCHES.get(set);
  if (known === undefined) NUMBER_MATCHES.set(set, (known = new Map()));
  let m = known.get(n);
  if (m === undefined) {
    const text = String(n);
    m = MATCHES(set).get(text, (t) => matchText(t, set));
    if (known.size >= 10_000) known.clear();
    known.set(n, m);
  }
  return m;
}

function matchText(cell: string, set: CriteriaSet): HeaderMatch {
  const text = cleanText(cell);
  if (text === '') return { kind: 'other' };
  const whole = codeKey(text);
  const ascii = asciiKey(text);
  for (const adjustment of set.adjustments) {
    if (whole === adjustment.key || ascii === asciiKey(adjustment.name) || whole.startsWith(`${adjustment.key} `))
      return { kind: 'adjustment', adjustment };
  }
  const code = findCode(text);
  if (code) {
    const node = set.byKey.get(code.key);
    if (node) return isLeaf(node) ? { kind: 'leaf', leaf: node } : { kind: 'node', node };
    // A code of letters alone ("ID", "V") is a code only where the set has it.
    if (code.numbered) return { kind: 'unknown-code', code: code.written };
  }
  const key = headerKey(text);
  const unit = UNIT_ROLES.find(([kind]) => HEADER_SETS[kind].has(key));
  if (unit) return { kind: 'unit', role: unit[1] };
  if (HEADER_SETS.total.has(key)) return { kind: 'total' };
  if (HEADER_SETS.index.has(key)) return { kind: 'index' };
  return { kind: 'other' };
}

/**
 * How many distinct leaves a row names: the header row names the most. Numbers count only when asked: a row of a
 * form holds a few numbers (max, points) that may look like codes, a header typed as numbers holds them all.
 * Both counts are made in one pass and kept with the row (the layouts' detection and planning ask again).
 */
export function leafMatchCount(cells: readonly Cell[], set: CriteriaSet, numbers = false): number {
  let counts = COUNTS.get(cells);
  if (counts === undefined || counts.set !== set) COUNTS.set(cells, (counts = countLeaves(cells, set)));
  return numbers ? counts.numeric : counts.plain;
}

const COUNTS = new WeakMap<readonly Cell[], { readonly set: CriteriaSet; readonly plain: number; readonly numeric: number }>();

function countLeaves(cells: readonly Cell[], set: CriteriaSet): { set: CriteriaSet; plain: number; numeric: number } {
  const plain = new Set<number>();
  const numeric = new Set<number>();
  for (const cell of cells) {
    if (typeof cell === 'string') {
      const m = matchHeader(cell, set);
      if (m.kind === 'leaf') {
        plain.add(m.leaf.leafIndex);
        numeric.add(m.leaf.leafIndex);
      }
    } else if (typeof cell === 'number') {
      const m = matchHeader(cell, set);
      if (m.kind === 'leaf') numeric.add(m.leaf.leafIndex);
    }
  }
  return { set, plain: plain.size, numeric: numeric.size };
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

/** Where a sheet's table is, for a usage error about it. */
export interface TableExtent {
  readonly file: string;
  readonly sheet?: string;
  /** Columns of the widest of the first rows */
  readonly width: number;
}

const OPTION_OF = { code: '--code-column', name: '--name-column', block: '--block-column' } as const;

/**
 * Column index (0-based) named by an override: a letter ("C") or a header text. A letter past the table, or a
 * header no cell has, cannot be what the user meant: an InputUsageError, not a run that silently reads nothing.
 */
function overrideColumn(role: keyof typeof OPTION_OF, spec: string, rows: readonly (readonly Cell[])[], table: TableExtent): number {
  const fail = (problem: 'column-beyond-table' | 'header-not-found'): never => {
    throw new InputUsageError({ option: OPTION_OF[role], value: spec, problem, file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), columns: table.width });
  };
  const n = columnNumber(spec.trim());
  if (n !== undefined) return n <= table.width ? n - 1 : fail('column-beyond-table');
  const want = asciiKey(spec);
  for (const cells of rows) {
    const i = cells.findIndex((c) => asciiKey(cellText(c)) === want);
    if (i >= 0) return i;
  }
  return fail('header-not-found');
}

/**
 * The plan of columns from the header row (and the row above it, where unit headers often sit in merged cells).
 */
export function planColumns(
  set: CriteriaSet,
  header: readonly Cell[],
  headerRow: number,
  above: readonly Cell[] | undefined,
  overrides: ColumnOverrides,
  table: TableExtent,
): ColumnPlan {
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
    const spec = overrides[role];
    if (spec !== undefined) plan[role] = overrideColumn(role, spec, rows, table);
  }
  return plan;
}
