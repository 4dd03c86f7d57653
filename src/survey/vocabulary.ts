/** The words of survey response sheets: column headers and the answers that are not answers. */
import { asciiKey } from '../core/text.js';

/** Column headers, compared without case or diacritics. */
export const SURVEY_HEADERS = {
  unit: ['ma don vi', 'ma dv', 'ma xa', 'ma don vi duoc danh gia', 'don vi duoc danh gia', 'ma', 'unit', 'unit code', 'code'],
  unitName: ['ten don vi', 'ten xa', 'ten don vi duoc danh gia', 'unit name', 'name'],
  group: ['nhom', 'nhom doi tuong', 'doi tuong', 'doi tuong khao sat', 'nhom nguoi tra loi', 'group', 'respondent group'],
  respondent: ['ma phieu', 'so phieu', 'phieu so', 'ma nguoi tra loi', 'ma so phieu', 'respondent', 'respondent id', 'id'],
  criterion: ['ma tieu chi', 'tieu chi', 'ma cau hoi', 'cau hoi', 'criterion', 'item'],
  answer: ['tra loi', 'cau tra loi', 'phuong an', 'phuong an tra loi', 'gia tri', 'answer', 'value'],
} as const;

export type SurveyColumn = keyof typeof SURVEY_HEADERS;

const HEADER_KEYS = Object.fromEntries(
  Object.entries(SURVEY_HEADERS).map(([k, words]) => [k, new Set<string>(words)]),
) as unknown as Record<SurveyColumn, ReadonlySet<string>>;

/** Index of the first cell headed as `kind`, or -1. */
export function findSurveyColumn(headers: readonly string[], kind: SurveyColumn): number {
  const words = HEADER_KEYS[kind];
  return headers.findIndex((h) => words.has(h));
}

/** A header cell's key: without diacritics, case, a trailing colon or a bracketed note ("Nhóm (đối tượng)"). */
export function headerKey(text: string): string {
  return asciiKey(text).replace(/\s*\(.*\)\s*$/, '').replace(/[:.]$/, '').trim();
}

/** Cells that hold no answer: the respondent skipped the item or said they could not judge. */
const NO_ANSWER = new Set(['khong tra loi', 'ktl', 'khong y kien', 'khong biet', 'khong ro', 'bo trong', 'no answer', 'n/a', '-', '--', '.']);

export function isNoAnswer(text: string): boolean {
  return NO_ANSWER.has(asciiKey(text));
}
