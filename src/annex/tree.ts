/**
 * Annex rows → a tree of criteria. Depth comes from the numbering style: a row in a style already open is a sibling
 * there; a new style opens a level below. Codes are dotted (2.3.1) whatever the annex prints; the printed label is
 * kept where it differs.
 */
import { micro, parseDecimal, SCALE, formatExact } from '../core/decimal.js';
import { codeKey } from '../criteria/codes.js';
import { numberingOf, type Numbering } from './numbering.js';

export interface AnnexLine {
  readonly row: number;
  readonly numbering?: Numbering;
  name: string;
  /** Max as printed ('' when empty) and the number a spreadsheet cell held */
  readonly maxText: string;
  readonly maxNumber?: number;
  guide: string;
  method: string;
  note: string;
}

export interface AnnexNode {
  readonly line: AnnexLine;
  code: string;
  /** The printed label when it is not the code */
  label?: string;
  /** Points, or undefined when the annex has none (or not a number) */
  max?: number;
  readonly children: AnnexNode[];
}

/** Reads a max cell: 1,5 · 1.5 · "2 điểm"; undefined when empty or not a number. */
export function readMax(text: string, number: number | undefined): number | undefined {
  if (number !== undefined) return Math.round(number * SCALE) / SCALE;
  const t = text.replace(/\s*(điểm|đ)\.?\s*$/iu, '').trim();
  if (t === '') return undefined;
  const r = parseDecimal(t);
  return r.ok && r.value >= 0 ? r.value / SCALE : undefined;
}

export function buildTree(lines: readonly AnnexLine[]): AnnexNode[] {
  const roots: AnnexNode[] = [];
  const open: { style: string; node: AnnexNode }[] = [];
  for (const line of lines) {
    const style = line.numbering?.style ?? 'none';
    const at = open.findIndex((o) => o.style === style);
    if (at >= 0) open.length = at;
    const node: AnnexNode = { line, code: '', children: [] };
    const max = readMax(line.maxText, line.maxNumber);
    if (max !== undefined) node.max = max;
    (open[open.length - 1]?.node.children ?? roots).push(node);
    open.push({ style, node });
  }
  assignCodes(roots, undefined);
  return roots;
}

function assignCodes(nodes: readonly AnnexNode[], parent: string | undefined): void {
  const used = new Set<string>();
  nodes.forEach((node, i) => {
    const value = node.line.numbering?.value;
    const position = parent === undefined ? String(i + 1) : `${parent}.${i + 1}`;
    let code = position;
    if (value !== undefined) {
      const parts = value.split('.');
      const own = parts[parts.length - 1] as string;
      const extendsParent = parent === undefined ? parts.length === 1 : parts.slice(0, -1).join('.') === parent;
      // A number printed under its parent's code (1.2 under 1), or a field's own number (II → 2), is the code.
      if (extendsParent && Number(own) > 0) code = parent === undefined ? String(Number(own)) : `${parent}.${Number(own)}`;
      else if (node.line.numbering?.style === 'roman' && parent === undefined) code = value;
    }
    if (used.has(code)) code = position;
    used.add(code);
    node.code = code;
    const label = node.line.numbering?.label;
    if (label !== undefined && codeKey(label) !== code) node.label = label;
    assignCodes(node.children, code);
  });
}

/** A parent without a max in the annex gets its children's sum (exact, in micro-points). */
export function fillParentMax(node: AnnexNode, computed: (node: AnnexNode, max: string) => void): void {
  for (const c of node.children) fillParentMax(c, computed);
  if (node.max === undefined && node.children.length > 0 && node.children.every((c) => c.max !== undefined)) {
    const sum = node.children.reduce((s, c) => s + micro(c.max as number), 0);
    node.max = sum / SCALE;
    computed(node, formatExact(sum, ','));
  }
}
