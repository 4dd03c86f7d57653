/**
 * Criterion codes as people write them, in criteria files, sheet headers, form rows and long sheets. The one
 * grammar of a code lives here:
 *   code    = segment ( ("." | ",") segment )*     "1.1", "3.2.1", "I", "I.1", "A.1", "1.a", "3,2" (a decimal comma)
 *   segment = digits | Roman numeral | one letter
 *   prefix  = "TC", "TCTP", "LV", "Tiêu chí", "Tiêu chí thành phần", "Lĩnh vực" (optional, before the code)
 * Folding: case, Unicode form and white space; diacritics only in the prefix words.
 */
import { asciiKey, cleanText } from '../core/text.js';

const PREFIX_WORDS = 'tctp|tc|lv|ti[êe]u\\s*ch[íi](?:\\s*th[àa]nh\\s*ph[ầa]n)?|l[ĩi]nh\\s*v[ựu]c';
const SEGMENT = '(?:\\d+|[ivxlcdm]+|[a-z])';
const CODE = `${SEGMENT}(?:\\s*[.,]\\s*${SEGMENT})*`;
/** A prefix word is taken off only where a code follows it. */
const PREFIX = new RegExp(`^(?:${PREFIX_WORDS})\\s*[:.]?\\s*(?=\\d|[ivxlcdm]+(?![a-z])|[a-z](?![a-z]))`, 'iu');
/** A code at the start of a header, followed by nothing or a separator and the criterion's name. */
const LEADING = new RegExp(`^(?:(?:${PREFIX_WORDS})\\s*[:.]?\\s*)?(${CODE})\\s*\\.?(?=$|[\\s:)\\-–—(])`, 'u');
/** A cell that is a code and nothing else. */
const WHOLE = new RegExp(`^(?:(?:${PREFIX_WORDS})\\s*[:.]?\\s*)?(${CODE})\\s*\\.?$`, 'u');

/**
 * The comparable form of a criterion code as people write it: "1.1", "1.1.", "TC 1.1", "TCTP 3.2.1", " 1.1 "
 * all give "1.1"; "LV I" and "I." give "i". Used for criteria files and sheet headers alike.
 */
export function codeKey(raw: string): string {
  let key = keys.get(raw);
  if (key === undefined) {
    key = cleanText(raw).toLowerCase().replace(PREFIX, '').replace(/\s*\.\s*/g, '.').replace(/\.+$/, '');
    if (keys.size >= 20_000) keys.clear();
    keys.set(raw, key);
  }
  return key;
}

/** Codes already seen (headers and form rows repeat them across sheets) */
const keys = new Map<string, string>();

export interface FoundCode {
  /** The code's key ("3,2" read as "3.2") */
  readonly key: string;
  /** The code as written, white space removed */
  readonly written: string;
  /** False for a code of letters only ("I", "A"), which is a code only where the set has it */
  readonly numbered: boolean;
}

/**
 * The criterion code a text names: at its start ("1.1 Kế hoạch CCHC", "TC 1.1:", "I. Chỉ đạo") or, with
 * `whole`, as the whole text ("1.1.", "TC 1.1").
 */
export function findCode(text: string, whole = false): FoundCode | undefined {
  const m = (whole ? WHOLE : LEADING).exec(asciiKey(text));
  if (!m?.[1]) return undefined;
  const written = m[1].replace(/\s+/g, '');
  return { key: codeKey(written.replace(/,/g, '.')), written, numbered: /\d/.test(written) };
}

/** True when `child` extends `parent` ("1.2" under "1", "3.2.1" under "3.2"). */
export function extendsCode(childKey: string, parentKey: string): boolean {
  return childKey.startsWith(`${parentKey}.`) && childKey.length > parentKey.length + 1;
}
