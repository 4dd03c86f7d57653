/**
 * Every word of the comparison reports, looked up in the language's catalogue (src/i18n/en.ts and src/i18n/vi.ts,
 * `compare`).
 */
import type { Lang } from '../core/lang.js';
import { compare as en } from '../i18n/en.js';
import { compare as vi } from '../i18n/vi.js';

const WORDS = { en, vi } as const;

export type CompareWord = keyof typeof en;

/** The word in the language, with {0}, {1}… filled in. */
export function cw(key: CompareWord, lang: Lang, ...args: (string | number)[]): string {
  return WORDS[lang][key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
