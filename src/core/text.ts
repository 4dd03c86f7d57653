/** Text as people type it in Vietnamese spreadsheets: Unicode forms, widths, collation. */

export function nfc(s: string): string {
  return s.normalize('NFC');
}



/**
 * Remembers the keys of texts already seen: headers, criterion names and tokens repeat across rows, sheets and the
 * hundreds of forms of one run. Bounded, so unit names streaming by cannot grow it without end.
 */
function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let key = cache.get(s);
    if (key === undefined) {
      key = fn(s);
      if (cache.size >= 20_000) cache.clear();
      cache.set(s, key);
    }
    return key;
  };
}

/** NFC, trimmed, inner runs of white space (including no-break spaces) folded to one space. */
export const cleanText = memo((s) => s.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim());

/**
 * A unit code as the same unit, however it was typed: compatibility forms folded (NFKC: a full-width "２７００１" is
 * 27001), invisible format characters dropped (soft hyphen, zero-width joiners, word joiner, bidirectional marks and
 * overrides, byte-order mark), white space cleaned. Without this, codes that all display as 27001 rank apart.
 */
export const unitCode = memo((s) => cleanText(s.normalize('NFKC').replace(/\p{Cf}/gu, '')));

/** A key for comparing headers and tokens: cleaned and lower-cased. */
export const foldKey = memo((s) => cleanText(s).toLocaleLowerCase('vi'));

/** The key without Vietnamese diacritics ("Mã đơn vị" → "ma don vi"), for lenient header matching. */
export const asciiKey = memo((s) =>
  foldKey(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd'),
);

const ZERO_WIDTH = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a string takes in a terminal: combining marks take none, East Asian wide characters two. */
export function displayWidth(s: string): number {
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

/** Vietnamese dictionary order (a ă â b c d đ e ê …), the same whichever Unicode form the names are in. */
export function compareVietnamese(a: string, b: string): number {
  viCollator ??= new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
  return viCollator.compare(nfc(a), nfc(b));
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
