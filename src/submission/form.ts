/**
 * The per-unit self-assessment form (biểu tự đánh giá): one unit per sheet, rows = criteria in the set's order with
 * code, name, max, self-assessed and appraised points and evidence; subtotal rows for fields and criteria, which are
 * checked against their children rather than taken as leaves.
 */
import path from 'node:path';
import { formatExact, NOT_APPLICABLE, NOT_GIVEN, SCALE, type LeafPoints, type Micro } from '../core/decimal.js';
import { cleanText, foldKey } from '../core/text.js';
import { codeKey } from '../criteria/codes.js';
import type { Criterion, Leaf } from '../criteria/model.js';
import type { Location } from '../diagnostics/types.js';
import type { Cell, RawSheet, SheetRow } from '../sheet/types.js';
import { cellText } from './headers.js';
import { cellLocator, sheetLocation, storedPoints, type IngestContext, type IngestOptions } from './ingest.js';
import { findHeader, formHeaderIndex } from './layout.js';
import { asPointsLeaf, isProblem, leafInterpreter, reportedNumber, type Interpreter } from './values.js';

const CODE_CELL = /^(?:(?:tctp|tc|lv)\s*)?(\d+(?:\s*\.\s*\d+)*)\s*\.?$/i;

/** The criterion code a cell of the code column holds ("1.1", "1.1.", "TC 1.1", or the number 1.1). */
function codeOf(cell: Cell | undefined): string | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) || cell > 0 ? String(cell) : undefined;
  if (typeof cell !== 'string') return undefined;
  const m = CODE_CELL.exec(cleanText(cell));
  return m?.[1] ? codeKey(m[1]) : undefined;
}

const LABELS = {
  code: /^m[ãa](?:\s+(?:đơn vị|don vi|đv|dv|số|so))?\s*[:：]\s*(\S.*)$/i,
  name: /^(?:tên\s+|ten\s+)?(?:đơn vị|don vi|cơ quan|co quan|đơn vị tự đánh giá)\s*[:：]\s*(\S.*)$/i,
  block: /^(?:khối|khoi|nhóm|nhom)\s*[:：]\s*(\S.*)$/i,
} as const;

interface UnitLabels {
  code?: { value: string; loc: Location };
  name?: { value: string; loc: Location };
  block?: string;
}

/** "Mã đơn vị: 25102", "Đơn vị: Xã An Bình", "Khối: Xã" in the rows above the table (one cell or two). */
function readLabels(rows: readonly SheetRow[], at: (row: number, col: number) => Location): UnitLabels {
  const found: UnitLabels = {};
  for (const { row, cells } of rows) {
    cells.forEach((cell, i) => {
      const text = cellText(cell);
      if (text === '') return;
      const next = cellText(cells.slice(i + 1).find((c) => cellText(c) !== ''));
      const withNext = /[:：]$/.test(text) ? `${text} ${next}` : text;
      for (const part of withNext.split(/\s{2,}|;\s*|\s+[-–—]\s+(?=m[ãa](?:\s|[:：]))/i)) {
        const code = LABELS.code.exec(part);
        if (code?.[1] && !found.code) found.code = { value: cleanText(code[1]).replace(/[).]+$/, ''), loc: at(row, i) };
        const name = LABELS.name.exec(part);
        if (name?.[1] && !found.name) found.name = { value: cleanText(name[1].replace(/\(.*?\)\s*$/, '')), loc: at(row, i) };
        const block = LABELS.block.exec(part);
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
  return { code: m[1], ...(name ? { name } : {}) };
}

interface Subtotal {
  readonly node: Criterion | 'total';
  readonly column: 'self' | 'final';
  readonly value: NonNullable<ReturnType<typeof reportedNumber>>;
  readonly loc: Location;
}

export async function readForm(ctx: IngestContext, buffered: SheetRow[], iterator: AsyncIterator<SheetRow>, sheet: RawSheet, options: IngestOptions): Promise<boolean> {
  const rows = [...buffered];
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    rows.push(next.value);
  }
  const hi = formHeaderIndex(rows);
  if (hi < 0) return false;
  const set = ctx.set;
  const header = (rows[hi] as SheetRow).cells;
  // A second header row under a merged "Điểm" cell holds "Tự đánh giá" | "Thẩm định".
  const sub = rows[hi + 1]?.cells ?? [];
  const subIsHeader = findHeader(sub, 'self') >= 0 || findHeader(sub, 'appraised') >= 0;
  const pick = (kind: 'self' | 'appraised' | 'evidence'): number => {
    const a = findHeader(header, kind);
    return a >= 0 ? a : subIsHeader ? findHeader(sub, kind) : -1;
  };
  const col = { max: findHeader(header, 'max'), self: pick('self'), appraised: pick('appraised'), evidence: pick('evidence'), code: -1, name: -1 };
  const dataStart = hi + (subIsHeader ? 2 : 1);
  const data = rows.slice(dataStart);
  // The code column is the one, left of the max column, whose cells name the most criteria.
  let bestCount = 0;
  for (let c = 0; c < Math.max(col.max, 1); c++) {
    const count = data.filter((r) => {
      const k = codeOf(r.cells[c]);
      return k !== undefined && set.byKey.has(k);
    }).length;
    if (count > bestCount) {
      bestCount = count;
      col.code = c;
    }
  }
  if (col.code < 0) return false;
  col.name = findHeader(header, 'formName', [col.code]);

  const base = sheetLocation(sheet);
  const at = cellLocator(sheet);

  const found = readLabels(rows.slice(0, hi), at);
  const byFile = fromFileName(sheet.file);
  const code = found.code?.value ?? byFile.code;
  const ofUnit = (l: { value: string; loc: Location } | undefined) => (l && code !== undefined ? { ...l, loc: { ...l.loc, unit: code } } : l);
  const labels = { ...found, code: ofUnit(found.code), name: ofUnit(found.name) };
  const headerRow = (rows[hi] as SheetRow).row;
  if (code === undefined) {
    ctx.report('form/no-unit', { ...base, row: headerRow });
    return true;
  }
  const rawName = labels.name?.value ?? byFile.name ?? '';
  const unit = ctx.newUnit(code, rawName === '' ? code : rawName, undefined, { ...base, row: headerRow }, 'form');
  const self = new Int32Array(set.leaves.length);
  const seenAt = new Map<number, number>();
  const subtotals: Subtotal[] = [];
  /** Leaves whose cell could not be read, per column: subtotals over them are not checked */
  const unreadable = { self: new Set<number>(), final: new Set<number>() };
  const interps = new Map<number, Interpreter>();
  const interp = (leaf: Leaf): Interpreter => {
    let f = interps.get(leaf.leafIndex);
    if (!f) interps.set(leaf.leafIndex, (f = leafInterpreter(asPointsLeaf(leaf), { naKeys: ctx.naKeys })));
    return f;
  };
  const hasAppraised = col.appraised >= 0 && data.some((r) => {
    const k = codeOf(r.cells[col.code]);
    const node = k !== undefined ? set.byKey.get(k) : undefined;
    return node !== undefined && node.children.length === 0 && cellText(r.cells[col.appraised]) !== '';
  });
  const finalCol = hasAppraised ? col.appraised : col.self;
  if (finalCol < 0) return false;

  for (const { row, cells } of data) {
    const key = codeOf(cells[col.code]);
    if (key === undefined) {
      // "Tổng cộng", not "CÔNG TÁC CHỈ ĐẠO" (the same letters without their marks)
      const label = foldKey(cellText(cells[col.name >= 0 ? col.name : col.code + 1]));
      if (/^(tổng cộng|tổng điểm|tổng số|tổng|cộng|total)(?=$|[\s:(])/.test(label)) {
        for (const [column, c] of [['self', col.self], ['final', finalCol]] as const) {
          const v = c >= 0 && !(column === 'self' && c === finalCol) ? reportedNumber(cells[c] ?? null) : undefined;
          if (v) subtotals.push({ node: 'total', column, value: v, loc: at(row, c, code) });
        }
      }
      continue;
    }
    const node = set.byKey.get(key);
    const codeText = cellText(cells[col.code]);
    if (!node) {
      unit.errors++;
      ctx.report('row/unknown-criterion', at(row, col.code, code, codeText), { code: codeText, set: set.id });
      continue;
    }
    const printed = col.max >= 0 ? reportedNumber(cells[col.max] ?? null) : undefined;
    if (printed && Math.round(printed.value * SCALE) !== node.max) {
      unit.errors++;
      ctx.report('form/max-mismatch', at(row, col.max, code, node.code), { code: node.code, printed: printed.text, max: formatExact(node.max), set: set.id });
    }
    if (node.children.length > 0) {
      for (const [column, c] of [['self', col.self], ['final', finalCol]] as const) {
        const v = c >= 0 && !(column === 'self' && c === finalCol) ? reportedNumber(cells[c] ?? null) : undefined;
        if (v) subtotals.push({ node, column, value: v, loc: at(row, c, code, node.code) });
      }
      continue;
    }
    const leaf = node as Leaf;
    const first = seenAt.get(leaf.leafIndex);
    if (first !== undefined) {
      unit.errors++;
      ctx.report('unit/duplicate-criterion', at(row, col.code, code, leaf.code), { code: leaf.code, first: `row ${first}`, firstVi: `dòng ${first}` });
      continue;
    }
    seenAt.set(leaf.leafIndex, row);
    // Self-assessed first, as the form reads left to right.
    for (const c of [...new Set([col.self, finalCol])].sort((a, b) => a - b)) {
      if (c < 0) continue;
      // A blank self-assessed cell (survey criteria units do not score) is "not given", not an error.
      if (c === col.self && c !== finalCol && cellText(cells[c]) === '') {
        self[leaf.leafIndex] = NOT_GIVEN;
        continue;
      }
      const v = interp(leaf)(cells[c] ?? null);
      if (isProblem(v)) {
        unit.errors++;
        ctx.report(v.problem, at(row, c, code, leaf.code), v.details);
        if (c === col.self) unreadable.self.add(leaf.leafIndex);
        if (c === finalCol) unreadable.final.add(leaf.leafIndex);
        continue;
      }
      if (c === finalCol) unit.leafPoints[leaf.leafIndex] = storedPoints(v);
      if (c === col.self) self[leaf.leafIndex] = storedPoints(v);
    }
    if (leaf.evidenceRequired && col.evidence >= 0 && cellText(cells[col.evidence]) === '')
      ctx.report('cell/evidence-missing', at(row, col.evidence, code, leaf.code), { code: leaf.code });
  }

  for (const leaf of set.leaves) {
    if (!seenAt.has(leaf.leafIndex)) {
      unit.errors++;
      ctx.report('unit/missing-criterion', { ...base, unit: code, criterion: leaf.code }, { code: leaf.code, name: leaf.name });
    }
  }
  unit.leafCell = (leafIndex, isSelf) => {
    const row = seenAt.get(leafIndex);
    const c = isSelf ? col.self : finalCol;
    return row === undefined || c < 0 ? undefined : at(row, c, code, set.leaves[leafIndex]?.code);
  };
  if (!hasAppraised) ctx.report('form/self-only', { ...base, row: headerRow, unit: code });
  else if (col.self >= 0) unit.selfPoints = self;
  const readable = (t: Subtotal): boolean => !ctx.set.leaves.some((l) => unreadable[t.column].has(l.leafIndex) && covers(t.node, l));
  checkSubtotals(ctx, subtotals.filter(readable), unit.leafPoints, self);

  ctx.assignBlock(unit, options.block, labels.block ?? '', undefined, { ...base, row: headerRow, unit: code });
  ctx.admit(unit, rawName, labels.code?.loc ?? { ...base, row: headerRow, unit: code }, labels.name?.loc);
  return true;
}

const covers = (node: Criterion | 'total', leaf: Leaf): boolean => node === 'total' || leaf.key === node.key || leaf.key.startsWith(`${node.key}.`);

function sumUnder(node: Criterion | 'total', points: LeafPoints, leaves: readonly Leaf[]): Micro {
  let sum = 0;
  for (const leaf of leaves) {
    const p = points[leaf.leafIndex] as number;
    if (covers(node, leaf) && p !== NOT_APPLICABLE && p !== NOT_GIVEN) sum += p;
  }
  return sum;
}

function checkSubtotals(ctx: IngestContext, subtotals: readonly Subtotal[], final: LeafPoints, self: LeafPoints): void {
  for (const s of subtotals) {
    const computed = sumUnder(s.node, s.column === 'self' ? self : final, ctx.set.leaves);
    const tolerance = 0.5 * 10 ** -s.value.decimals + 1e-9;
    if (Math.abs(s.value.value - computed / SCALE) <= tolerance) continue;
    const what = s.node === 'total' ? 'total points' : `subtotal of ${s.node.code}`;
    const whatVi = s.node === 'total' ? 'tổng điểm' : `tổng điểm ${s.node.code}`;
    ctx.report('check/reported-mismatch', s.loc, {
      what: `${what} (${s.column === 'self' ? 'self-assessed' : 'appraised'})`,
      whatVi: `${whatVi} (${s.column === 'self' ? 'tự đánh giá' : 'thẩm định'})`,
      reported: s.value.text,
      computed: formatExact(computed),
    });
  }
}
