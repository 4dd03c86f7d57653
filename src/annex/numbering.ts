/** The numbering column of an annex: what style a label is in, and the number it carries. */

export interface Numbering {
  /** Rows in the same style are siblings: "roman", "d1", "d2" (dotted with two parts), "letter", "-" … */
  readonly style: string;
  /** The label as printed, cleaned */
  readonly label: string;
  /** The value a label carries where it has one: II → 2, "1.2" → "1.2" */
  readonly value?: string;
}

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(s: string): number | undefined {
  if (!ROMAN.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] as number;
    const next = ROMAN_VALUES[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const PREFIX = /^(?:phần|phan|lĩnh vực|linh vuc|lv|tiêu chí thành phần|tctp|tiêu chí|tc)\s*/iu;

export function numberingOf(raw: string): Numbering | undefined {
  const label = raw.replace(/\s+/g, ' ').trim();
  if (label === '') return undefined;
  const bare = label.replace(PREFIX, '').replace(/\s+/g, '');
  const roman = bare.replace(/[.)]$/, '');
  const rv = romanValue(roman);
  if (rv !== undefined) return { style: 'roman', label, value: String(rv) };
  if (/^\d+(\.\d+)*\.?$/.test(bare)) {
    const value = bare.replace(/\.$/, '');
    return { style: `d${value.split('.').length}`, label, value };
  }
  if (/^\(?[a-zđăâêôơư][).]$/u.test(bare)) return { style: 'letter', label };
  if (/^\(?[A-ZĐĂÂÊÔƠƯ][).]$/u.test(bare)) return { style: 'LETTER', label };
  if (/^[-–—−]$/.test(bare)) return { style: '-', label: '-' };
  if (/^[+•*·○▪]$/.test(bare)) return { style: bare, label: bare };
  return { style: `other`, label };
}

/** The letters printed before each of I, V, X, L, C in a list of capital letters (Vietnamese and English order). */
const LETTER_BEFORE: Record<string, readonly string[]> = { C: ['B'], I: ['H'], L: ['K'], V: ['U', 'Ư'], X: ['V', 'W'] };
const ROMAN_AFTER: Record<string, string> = { C: 'CI', I: 'II', L: 'LI', V: 'VI', X: 'XI' };

const capitalOf = (n: Numbering | undefined): string | undefined => {
  if (n === undefined || (n.style !== 'LETTER' && n.style !== 'roman')) return undefined;
  const m = /^\(?([A-ZĐĂÂÊÔƠƯ])[).]?$/u.exec(n.label.replace(PREFIX, '').replace(/\s+/g, ''));
  return m?.[1];
};

/**
 * A capital C, I, L, V or X reads as a Roman numeral on its own; in a list of capital letters ("A.", "B.", "C.") it
 * is the next letter. Decided by its neighbours: a letter when the nearest capital letter before it is the one
 * that precedes it in the alphabet, and the next Roman numeral after it is not the one that follows it as a numeral
 * ("H." then "I." then "K." is a list of letters; "H." then "I." then "II." starts numerals under H).
 */
export function settleLetters(list: readonly (Numbering | undefined)[]): (Numbering | undefined)[] {
  const out = list.slice();
  for (let i = 0; i < out.length; i++) {
    const n = out[i];
    const own = n?.style === 'roman' ? capitalOf(n) : undefined;
    if (n === undefined || own === undefined || LETTER_BEFORE[own] === undefined) continue;
    let before: string | undefined;
    for (let j = i - 1; j >= 0 && before === undefined; j--) if (out[j]?.style === 'LETTER') before = capitalOf(out[j]);
    let nextRoman: string | undefined;
    for (let j = i + 1; j < out.length && nextRoman === undefined; j++) if (out[j]?.style === 'roman') nextRoman = romanLabel(out[j] as Numbering);
    if (before !== undefined && LETTER_BEFORE[own].includes(before) && nextRoman !== ROMAN_AFTER[own]) out[i] = { style: 'LETTER', label: n.label };
  }
  return out;
}

const romanLabel = (n: Numbering): string => n.label.replace(PREFIX, '').replace(/\s+/g, '').replace(/[.)]$/, '');
