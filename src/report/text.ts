/**
 * Text that reaches a person through any report: values from sheets shortened and made inert, messages from the
 * catalogue built from shortened values, decimals written the way the language writes them.
 */
import { messageOf } from '../diagnostics/catalogue.js';
import type { Details, Diagnostic, Lang } from '../diagnostics/types.js';

/** Characters of a value quoted in a message, before "…". */
export const SHOWN_VALUE_CHARS = 60;

/** A value cut to SHOWN_VALUE_CHARS characters (whole code points) and "…": a 50 MB cell is not a 50 MB line. */
export function shorten(s: string, max = SHOWN_VALUE_CHARS): string {
  if (s.length <= max) return s;
  let out = '';
  let n = 0;
  for (const ch of s) {
    if (n++ === max) return `${out}…`;
    out += ch;
  }
  return out;
}

/**
 * Control characters shown as their visible pictures (␊ for a line break, ␛ for escape), so that a value cannot
 * break a line of the report or drive the terminal; C1 controls as �.
 */
export function visibleControls(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** Characters of a table cell a person reads (unit names run to about 70), before "…". */
export const SHOWN_CELL_CHARS = 80;

/** A cell of a table a person reads: shortened, controls made visible. */
export const shownCell = (s: string): string => visibleControls(shorten(s, SHOWN_CELL_CHARS));

function shortDetails(details: Details): Details {
  const out: Record<string, Details[string]> = {};
  for (const [k, v] of Object.entries(details))
    out[k] = typeof v === 'string' ? shorten(v) : Array.isArray(v) ? (v as readonly string[]).map((x) => shorten(x)) : v;
  return out;
}

/** The catalogue's message for a diagnostic, every value it quotes shortened. */
export function messageText(d: Diagnostic, lang: Lang): string {
  return messageOf({ ...d, details: shortDetails(d.details) }, lang);
}

/**
 * The decimal separator of text a person reads: a comma in Vietnamese, as provincial tables are published
 * ("81,33"); machine formats (CSV, JSON) always use a point.
 */
export function decimalSeparator(lang: Lang): string {
  return lang === 'vi' ? ',' : '.';
}

/** A number's text from the report model ("81.33") with the language's separator ("81,33"). */
export function decimalText(text: string, lang: Lang): string {
  return lang === 'vi' ? text.replace('.', ',') : text;
}
