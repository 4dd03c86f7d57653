/**
 * Which layout a sheet is in, from its first rows:
 * - wide: one row per unit, a column per leaf (a header row names many leaves);
 * - long: one row per unit × criterion (a header with unit, criterion and value columns);
 * - form: the per-unit self-assessment form, rows = criteria (a header with max and score columns, codes down a column).
 */
import { asciiKey } from '../core/text.js';
import type { CriteriaSet } from '../criteria/model.js';
import type { Cell, SheetRow } from '../sheet/types.js';
import { cellText, leafMatchCount, UNIT_HEADERS } from './headers.js';
import type { Layout } from './ingest.js';

const strip = (s: string): string => asciiKey(s).replace(/\s*\(.*?\)\s*/g, ' ').replace(/[:.]$/, '').trim();

/** Column headers of the long and form layouts, compared without case, diacritics and bracketed notes. */
export const LAYOUT_HEADERS = {
  criterion: ['tieu chi', 'ma tieu chi', 'chi tieu', 'ma chi tieu', 'criterion', 'criterion code', 'indicator'],
  value: ['gia tri', 'diem', 'diem so', 'ket qua', 'value', 'points', 'score'],
  source: ['nguon', 'loai diem', 'nguon diem', 'vong', 'source', 'kind'],
  evidence: ['tai lieu kiem chung', 'tlkc', 'minh chung', 'tai lieu', 'evidence', 'van ban kiem chung'],
  max: ['diem toi da', 'diem chuan', 'thang diem', 'diem toi da duoc cham', 'max', 'maximum', 'max points'],
  self: ['diem tu danh gia', 'tu danh gia', 'tu cham', 'diem tu cham', 'self', 'self-assessed', 'self assessment', 'diem tdg'],
  appraised: ['diem tham dinh', 'tham dinh', 'diem tham dinh cua hoi dong', 'ket qua tham dinh', 'appraised', 'appraisal', 'diem dat'],
  formCode: ['ma', 'stt', 'tt', 'ma so', 'so tt', 'code', 'ma tieu chi', 'ky hieu'],
  formName: ['tieu chi', 'noi dung', 'ten tieu chi', 'linh vuc, tieu chi', 'linh vuc/tieu chi', 'noi dung danh gia', 'criterion', 'name'],
} as const;

export type LayoutHeader = keyof typeof LAYOUT_HEADERS;

export function headerIs(cell: Cell | undefined, kind: LayoutHeader | 'unitCode' | 'unitName' | 'unitBlock'): boolean {
  const text = strip(cellText(cell));
  if (text === '') return false;
  const list: readonly string[] =
    kind === 'unitCode' ? UNIT_HEADERS.code : kind === 'unitName' ? UNIT_HEADERS.name : kind === 'unitBlock' ? UNIT_HEADERS.block : LAYOUT_HEADERS[kind];
  return list.includes(text);
}

/** Index (0-based) of the first cell of a row with the header kind, or -1. */
export function findHeader(cells: readonly Cell[], kind: Parameters<typeof headerIs>[1], except: readonly number[] = []): number {
  for (let i = 0; i < cells.length; i++) if (!except.includes(i) && headerIs(cells[i], kind)) return i;
  return -1;
}

export function isLongHeader(cells: readonly Cell[]): boolean {
  return findHeader(cells, 'unitCode') >= 0 && findHeader(cells, 'criterion') >= 0 && findHeader(cells, 'value') >= 0;
}

export function isFormHeader(cells: readonly Cell[], next: readonly Cell[] = []): boolean {
  if (findHeader(cells, 'max') < 0) return false;
  const scores = (r: readonly Cell[]): boolean => findHeader(r, 'self') >= 0 || findHeader(r, 'appraised') >= 0;
  // "Điểm" merged over "Tự đánh giá | Thẩm định" puts the score headers on the next row.
  return scores(cells) || scores(next);
}

/** Index of the form's header row, or -1. */
export function formHeaderIndex(rows: readonly SheetRow[]): number {
  return rows.findIndex((r, i) => isFormHeader(r.cells, rows[i + 1]?.cells));
}

export function detectLayout(rows: readonly SheetRow[], set: CriteriaSet): Layout | undefined {
  if (rows.some((r) => isLongHeader(r.cells))) return 'long';
  const best = Math.max(0, ...rows.map((r) => leafMatchCount(r.cells, set)));
  const numeric = Math.max(0, ...rows.map((r) => leafMatchCount(r.cells, set, true)));
  const strongWide = Math.max(best, numeric) >= Math.max(Math.min(3, set.leaves.length), set.leaves.length / 2);
  if (strongWide) return 'wide';
  // A form saved as CSV has codes and scores as text ("1.5"), which can look like a few criterion headers.
  if (formHeaderIndex(rows) >= 0) return 'form';
  if (best >= Math.min(2, set.leaves.length)) return 'wide';
  return undefined;
}
