/** Words in an annex that mark a criterion as surveyed, possibly non-applicable, or needing evidence. */
import { asciiKey } from '../core/text.js';

/** Phrases an export writes in the note column, read back as flags rather than kept as note text. */
export const FLAG_TEXT = {
  survey: 'Điều tra xã hội học',
  naAllowed: 'Không áp dụng đối với đơn vị không phát sinh',
  evidenceRequired: 'Bắt buộc có tài liệu kiểm chứng',
} as const;

export type Flag = keyof typeof FLAG_TEXT;

const PATTERNS: Record<Flag, RegExp> = {
  survey: /\bdtxhh\b|dieu tra xa hoi hoc/,
  naAllowed: /khong ap dung (doi voi|voi|cho)|khong phat sinh|khong danh gia doi voi/,
  evidenceRequired: /(bat buoc|phai) co tai lieu kiem chung/,
};

export function mentions(flag: Flag, text: string): boolean {
  return PATTERNS[flag].test(asciiKey(text));
}
