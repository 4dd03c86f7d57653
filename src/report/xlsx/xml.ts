/** Text as SpreadsheetML holds it. */

const SPECIAL = /[&<>"]/g;
const HAS_SPECIAL = /[&<>"]/;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Characters XML 1.0 cannot hold at all (every C0 control but tab, line feed and carriage return; U+FFFE, U+FFFF). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const NOT_XML_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const SURROGATE = /[\ud800-\udfff]/;
/** A lone surrogate, which UTF-8 cannot encode */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** For attribute values and text that is never a cell's (names, titles, format codes). */
export function escapeXml(s: string): string {
  const clean = NOT_XML.test(s) ? s.replace(NOT_XML_ALL, '\ufffd') : s;
  return HAS_SPECIAL.test(clean) ? clean.replace(SPECIAL, (c) => ENTITY[c]!) : clean;
}

/** What one cell may hold (Excel refuses a workbook with a longer one) */
export const CELL_TEXT_MAX = 32767;

/** In a cell: those, and the carriage return, which an XML reader would turn into a line feed */
// eslint-disable-next-line no-control-regex
const NOT_IN_CELL = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const NOT_IN_CELL_ALL = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g;

const ESCAPED_LOOKALIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * A cell's text: characters XML cannot hold (and the carriage return) written as Excel writes them, `_x0001_` (ECMA-376 §22.9.2.19), and text
 * that already looks like such an escape kept as it is by escaping its underscore (`_x005F_x0001_`). Longer than a
 * cell may hold: cut, with an ellipsis, at CELL_TEXT_MAX characters.
 */
export function cellText(s: string): string {
  let t = s.length > CELL_TEXT_MAX ? `${s.slice(0, CELL_TEXT_MAX - 1)}…` : s;
  if (t.includes('_x')) t = t.replace(ESCAPED_LOOKALIKE, '_x005F_$1');
  if (NOT_IN_CELL.test(t)) t = t.replace(NOT_IN_CELL_ALL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  if (SURROGATE.test(t)) t = t.replace(LONE_SURROGATE, '\ufffd');
  return HAS_SPECIAL.test(t) ? t.replace(SPECIAL, (c) => ENTITY[c]!) : t;
}

const letters: string[] = [];

/** Column 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = letters[column];
  if (s === undefined) {
    s = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    if (column < 1024) letters[column] = s;
  }
  return s;
}
