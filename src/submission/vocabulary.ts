/**
 * Every spreadsheet word parindex recognises, in one place: column headers, totals rows, yes/no answers, the labels
 * above a per-unit form and the score sources of a long sheet. Criterion codes have their own grammar in
 * criteria/codes.ts (criteria files use it too); it is re-exported here so that this module is the one to read.
 *
 * Each matcher states how it folds text before comparing, because the right folding differs:
 * - headers: case, Unicode form, diacritics, bracketed notes and a trailing ":", "." or "%" are ignored
 *   ("Mã đơn vị (*)" = "MA DON VI:"), since headers are typed without marks as often as with them;
 * - totals rows: case and Unicode form only, diacritics kept, because "Công an tỉnh" (a unit) and "Cộng" (a sum)
 *   differ only by them, and a word must stand alone or before a qualifier ("Tổng cục Thuế" is a unit);
 * - answers (yes/no, score sources): case, Unicode form and diacritics ("Không" = "khong");
 * - form labels: case, with or without diacritics, up to the colon ("Mã đơn vị: 25102").
 */
import { asciiKey, cleanText, foldKey } from '../core/text.js';
import { TextCache } from '../core/text-cache.js';
import type { Cell } from '../sheet/types.js';

export { findCode, type FoundCode } from '../criteria/codes.js';

/** The text of a cell as a header or a label: cleaned; numbers and booleans as written; other cells empty. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cleanText(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

// ── headers ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Header words, already folded (see headerKey). */
export const HEADERS = {
  unitCode: [
    'ma don vi', 'ma dv', 'ma', 'ma so', 'ma don vi hanh chinh', 'ma dvhc', 'ma xa', 'ma phuong', 'ma thi tran', 'ma co quan',
    'ma huyen', 'ma so don vi', 'code', 'unit code', 'unit_code', 'id',
  ],
  unitName: [
    'ten don vi', 'don vi', 'ten', 'ten co quan', 'co quan', 'co quan, don vi', 'ten xa', 'ten phuong', 'ten thi tran', 'ten huyen',
    'ten dvhc', 'ten don vi hanh chinh', 'xa, phuong, thi tran', 'ten xa, phuong, thi tran', 'name', 'unit', 'unit name', 'unit_name',
  ],
  unitBlock: ['khoi', 'khoi thi dua', 'nhom', 'loai', 'block', 'group'],
  /** A whole header: "Tổng điểm lĩnh vực 1" is not the total */
  total: ['tong diem', 'tong cong', 'tong so diem', 'diem dat', 'tong diem dat', 'total', 'total points'],
  index: ['chi so', 'chi so cchc', 'chi so cai cach hanh chinh', 'par index', 'index', 'ty le diem'],
  criterion: ['tieu chi', 'ma tieu chi', 'chi tieu', 'ma chi tieu', 'criterion', 'criterion code', 'indicator'],
  value: ['gia tri', 'diem', 'diem so', 'ket qua', 'value', 'points', 'score'],
  source: ['nguon', 'loai diem', 'nguon diem', 'vong', 'source', 'kind'],
  evidence: ['tai lieu kiem chung', 'tlkc', 'minh chung', 'tai lieu', 'evidence', 'van ban kiem chung'],
  max: ['diem toi da', 'diem chuan', 'thang diem', 'diem toi da duoc cham', 'max', 'maximum', 'max points'],
  self: ['diem tu danh gia', 'tu danh gia', 'tu cham', 'diem tu cham', 'self', 'self-assessed', 'self assessment', 'diem tdg'],
  appraised: ['diem tham dinh', 'tham dinh', 'diem tham dinh cua hoi dong', 'ket qua tham dinh', 'appraised', 'appraisal', 'diem dat'],
  formCode: ['ma', 'stt', 'tt', 'ma so', 'so tt', 'code', 'ma tieu chi', 'ky hieu'],
  formName: ['tieu chi', 'noi dung', 'ten tieu chi', 'linh vuc, tieu chi', 'linh vuc/tieu chi', 'noi dung danh gia', 'criterion', 'name'],
} as const satisfies Record<string, readonly string[]>;

export type HeaderKind = keyof typeof HEADERS;

const headerSets = Object.fromEntries(Object.entries(HEADERS).map(([k, v]) => [k, new Set<string>(v)])) as unknown as Record<HeaderKind, ReadonlySet<string>>;

// Asked of every cell of a sheet's first rows by each layout's detector: each text is keyed once.
const HEADER_KEYS = new TextCache<string>();
const keyOfHeader = (text: string): string =>
  asciiKey(text)
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/\s*[:.%]$/, '')
    .trim();

/** The folded form of a header: see the module's note. */
export function headerKey(text: string): string {
  return HEADER_KEYS.get(text, keyOfHeader);
}

export function headerIs(cell: Cell | undefined, kind: HeaderKind): boolean {
  const key = headerKey(cellText(cell));
  return key !== '' && headerSets[kind].has(key);
}

/** Index (0-based) of the first cell of a row with the header kind, or -1. */
export function findHeader(cells: readonly Cell[], kind: HeaderKind, except: readonly number[] = []): number {
  for (let i = 0; i < cells.length; i++) if (!except.includes(i) && headerIs(cells[i], kind)) return i;
  return -1;
}

// ── totals rows ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Labels of a row that sums or averages the units. A phrase may be followed by anything ("Tổng điểm tự đánh giá");
 * a single word only by nothing, punctuation or a qualifier ("Tổng:", "Cộng toàn tỉnh"), since "Tổng cục Thuế tỉnh"
 * and "Tổng công ty" are units.
 */
export const TOTALS_PHRASES = ['tổng cộng', 'tổng số', 'tổng điểm', 'trung bình', 'bình quân', 'total points', 'grand total'] as const;
export const TOTALS_WORDS = ['tổng', 'cộng', 'total', 'average', 'mean', 'sum'] as const;
const TOTALS_QUALIFIERS = ['toàn', 'cả', 'chung', 'các', 'khối', 'nhóm', 'chỉ số', 'all', 'of'] as const;
const TOTALS_LABEL = new RegExp(
  `^(?:(?:${TOTALS_PHRASES.join('|')})(?=$|[\\s:(\\-–—])|(?:${TOTALS_WORDS.join('|')})(?=$|\\s*[:(\\-–—]|\\s+(?:${TOTALS_QUALIFIERS.join('|')})(?=$|\\s)))`,
  'u',
);

/** True for "Tổng cộng", "TỔNG", "Cộng:", "Trung bình khối xã"; false for "Công an tỉnh", "Tổng cục Thuế tỉnh". */
export function isTotalsLabel(text: string): boolean {
  return TOTALS_LABEL.test(foldKey(text));
}

// ── answers ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Yes/no answers of a yes/no criterion, folded as answers (see the module's note). */
export const YES_WORDS = ['co', 'yes', 'y', 'x', 'dat', '1', 'true', 'da thuc hien', 'thuc hien', 'hoan thanh', 'v', '✓', '✔'] as const;
export const NO_WORDS = ['khong', 'no', 'n', 'khong dat', '0', 'false', 'chua thuc hien', 'chua', 'chua dat', 'khong thuc hien'] as const;
const yes = new Set<string>(YES_WORDS);
const no = new Set<string>(NO_WORDS);

/** true for a yes, false for a no, undefined for anything else. */
export function yesNo(text: string): boolean | undefined {
  const k = asciiKey(text);
  return yes.has(k) ? true : no.has(k) ? false : undefined;
}

/** Where the points of a long sheet's row come from: self-assessed, or final (appraised or survey). */
export const POINT_SOURCES = {
  self: ['self', 'self-assessed', 'tu danh gia', 'tu cham', 'tdg', 'diem tu danh gia'],
  final: ['', 'appraisal', 'appraised', 'tham dinh', 'diem tham dinh', 'survey', 'dieu tra', 'dieu tra xhh', 'xhh', 'final', 'chinh thuc'],
} as const;
export type PointSource = keyof typeof POINT_SOURCES;

export function pointSource(text: string): PointSource | undefined {
  const k = asciiKey(text);
  return (POINT_SOURCES.self as readonly string[]).includes(k) ? 'self' : (POINT_SOURCES.final as readonly string[]).includes(k) ? 'final' : undefined;
}

/** A text that looks like one of the set's non-applicable marks once its letters alone are compared ("K.ĐG", "kdg"). */
export function naLookalike(text: string, naTokens: readonly string[]): boolean {
  const bare = (s: string): string => asciiKey(s).replace(/[^a-z0-9]/g, '');
  const key = bare(text);
  return key !== '' && naTokens.some((t) => bare(t) === key);
}

// ── labels above a per-unit form ───────────────────────────────────────────────────────────────────────────────

/** "Mã đơn vị: 25102", "Đơn vị: Xã An Bình", "Khối: Xã", with or without diacritics, any case. */
export const FORM_LABELS = {
  code: /^m[ãa](?:\s+(?:đơn vị|don vi|đv|dv|số|so))?\s*[:：]\s*(\S.*)$/i,
  name: /^(?:tên\s+|ten\s+)?(?:đơn vị|don vi|cơ quan|co quan|đơn vị tự đánh giá)\s*[:：]\s*(\S.*)$/i,
  block: /^(?:khối|khoi|nhóm|nhom)\s*[:：]\s*(\S.*)$/i,
} as const;
