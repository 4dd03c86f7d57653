/**
 * How a language writes the values a message is built from: numbers with a decimal point (English) or a decimal
 * comma (Vietnamese), lists joined with commas, and a first-seen place as "Xã!F12" or "row 12" / "dòng 12".
 */
import type { Lang } from '../core/lang.js';
import type { FirstPlace, Num } from './details.js';

/** A canonical decimal ("8.5", "-0.25") or a JS number, written the way `lang` writes numbers. */
export function numberIn(lang: Lang, v: Num | undefined): string {
  if (v === undefined) return '';
  const text = typeof v === 'number' ? String(v) : v;
  return lang === 'vi' ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;
}

/** Any detail value as text, as written: lists joined with ", ", absent values empty. */
export function text(v: string | number | boolean | readonly string[] | null | undefined): string {
  if (Array.isArray(v)) return v.join(', ');
  return v === undefined || v === null ? '' : String(v);
}

/** `file › Xã!F12`, `Xã row 12`, `row 12` for a first-seen place, with the language's word for a row. */
export function placeIn(p: FirstPlace, rowWord: string): string {
  const sheet = p.firstSheet !== undefined ? `${p.firstSheet}!` : '';
  const cell = p.firstRef !== undefined ? sheet + p.firstRef : p.firstRow !== undefined ? `${p.firstSheet !== undefined ? `${p.firstSheet} ` : ''}${rowWord} ${p.firstRow}` : (p.firstSheet ?? '');
  return p.firstFile !== undefined ? (cell ? `${p.firstFile} › ${cell}` : p.firstFile) : cell;
}

/** A size in bytes as a person reads it: 1.5 GB, 12.0 MB, 900 bytes (1,5 GB, 900 byte in Vietnamese). */
export function bytesIn(lang: Lang, n: number): string {
  const scaled = n >= 2 ** 30 ? `${(n / 2 ** 30).toFixed(1)} GB` : n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MB` : n >= 2 ** 10 ? `${(n / 2 ** 10).toFixed(1)} KB` : undefined;
  if (scaled === undefined) return `${n} ${lang === 'vi' ? 'byte' : 'bytes'}`;
  return numberIn(lang, scaled);
}
