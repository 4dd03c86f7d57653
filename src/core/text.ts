/** Text as people type it in Vietnamese spreadsheets: Unicode forms, widths, collation. */

export function nfc(s: string): string {
  return s.normalize('NFC');
}



import { TextCache } from './text-cache.js';

/**
 * Remembers the keys of texts already seen: headers, criterion names and tokens repeat across rows, sheets and the
 * hundreds of forms of one run. Bounded, so unit names streaming by cannot grow it without end. A text that `fast`
 * answers (most codes and names: already clean) is neither looked up nor kept.
 */
function memo(fn: (s: string) => string, fast: (s: string) => string | undefined): (s: string) => string {
  const cache = new TextCache<string>();
  return (s) => fast(s) ?? cache.get(s, fn);
}

/** White space that cleanText folds, above ASCII: U+00A0, U+1680, U+2000–U+200B, U+2028/9, U+202F, U+205F, U+3000, U+FEFF. */
const isWideSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Plain: no control character, no white space but single spaces between words. 2: and ASCII only. 0: neither. */
function plainness(s: string): 0 | 1 | 2 {
  let ascii = true;
  let space = true; // a space at the start is not plain
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20) {
      if (c !== 0x20 || space) return 0;
      space = true;
      continue;
    }
    space = false;
    if (c >= 0x7f) {
      ascii = false;
      if (isWideSpace(c)) return 0;
    }
  }
  if (space && s.length > 0) return 0;
  return ascii ? 2 : 1;
}

/** The text itself when cleaning leaves it as it is: plain, and in NFC already. */
function alreadyClean(s: string): string | undefined {
  const p = plainness(s);
  return p === 2 || (p === 1 && s.normalize('NFC') === s) ? s : undefined;
}

/** NFC, trimmed, inner runs of white space (including no-break spaces) folded to one space. */
export const cleanText = memo((s) => s.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim(), alreadyClean);

/**
 * A unit code as the same unit, however it was typed: compatibility forms folded (NFKC: a full-width "２７００１" is
 * 27001), invisible format characters dropped (soft hyphen, zero-width joiners, word joiner, bidirectional marks and
 * overrides, byte-order mark), white space cleaned. Without this, codes that all display as 27001 rank apart.
 * Plain ASCII (most codes) is left as it is: NFKC does not change it and it holds no format character.
 */
export const unitCode = memo(
  (s) => cleanText(s.normalize('NFKC').replace(/\p{Cf}/gu, '')),
  (s) => (plainness(s) === 2 ? s : undefined),
);

/**
 * A key for comparing headers and tokens: cleaned and lower-cased. Vietnamese has no casing of its own in Unicode
 * (only Turkish, Azeri and Lithuanian do), so the plain lower case is the Vietnamese one (tests/core/text.test.ts).
 */
export const foldKey = memo(
  (s) => cleanText(s).toLowerCase(),
  (s) => alreadyClean(s)?.toLowerCase(),
);

/** The key without Vietnamese diacritics ("Mã đơn vị" → "ma don vi"), for lenient header matching. */
export const asciiKey = memo(
  (s) =>
    foldKey(s)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd'),
  (s) => (plainness(s) === 2 ? s.toLowerCase() : undefined),
);

const ZERO_WIDTH = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Columns a string takes in a terminal: combining marks take none, East Asian wide characters two. Printable ASCII,
 * Latin-1 and Latin Extended letters (U+00A0–U+02FF) and Vietnamese precomposed letters (U+1E00–U+1EFF) take one
 * each without a look at the tables; from the first other character on, each is looked up.
 */
export function displayWidth(s: string): number {
  let w = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x300) || (c >= 0x1e00 && c < 0x1f00)) w++;
    else break;
  }
  return i === s.length ? w : w + tableWidth(i === 0 ? s : s.slice(i));
}

function tableWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ZERO_WIDTH.test(ch)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    w += WIDE.test(ch) || cp >= 0x1f300 ? 2 : 1;
  }
  return w;
}

export function padEndDisplay(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStartDisplay(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** Made on first use: ICU's Vietnamese collation data costs ~10 ms to load, and only a ranking or a sort needs it. */
let viCollator: Intl.Collator | undefined;
const collator = (): Intl.Collator => (viCollator ??= new Intl.Collator('vi', { sensitivity: 'variant', numeric: true }));

/** Vietnamese dictionary order (a ă â b c d đ e ê …), the same whichever Unicode form the names are in. */
export function compareVietnamese(a: string, b: string): number {
  return collator().compare(nfc(a), nfc(b));
}

/** compareVietnamese of texts in NFC already (a sort's keys, normalised once rather than at every comparison). */
export function compareVietnameseNfc(a: string, b: string): number {
  return a === b ? 0 : collator().compare(a, b);
}

/** The five tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A key under which a name written with the old or the new tone placement ("Hoà" / "Hòa", "Thuỷ" / "Thủy")
 * compares equal: each word's tone mark is moved to the end of the word.
 */
export function toneKey(s: string): string {
  return foldKey(s)
    .normalize('NFD')
    .split(' ')
    .map((word) => {
      const tones = word.match(TONE_MARKS)?.join('') ?? '';
      return word.replace(TONE_MARKS, '') + tones;
    })
    .join(' ');
}
