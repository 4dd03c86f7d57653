/**
 * The words of the human-readable reports, looked up by key in the language's catalogue (src/i18n/en.ts and
 * src/i18n/vi.ts, `report`). A third language is a third catalogue, not an edit here.
 */
import type { Lang } from '../diagnostics/types.js';
import { report as en } from '../i18n/en.js';
import { report as vi } from '../i18n/vi.js';

const catalogues = { en, vi } as const;

export type Word = keyof typeof en.words;

export function word(w: Word, lang: Lang): string {
  return catalogues[lang].words[w];
}

/** Column headers and captions of the ranked table (terminal, CSV, Markdown, XLSX). */
export function label(key: keyof typeof en.labels, lang: Lang): string {
  return catalogues[lang].labels[key];
}

/** Sheet names and captions of the XLSX report. */
export function xlsxWord(key: keyof typeof en.xlsx, lang: Lang): string {
  return catalogues[lang].xlsx[key];
}

/** Headings and columns of the Markdown validation report. */
export function mdWord(key: keyof typeof en.md, lang: Lang): string {
  return catalogues[lang].md[key];
}

/** Headings, captions and chart texts of the HTML report. */
export function htmlWord(key: keyof typeof en.html, lang: Lang): string {
  return catalogues[lang].html[key];
}
