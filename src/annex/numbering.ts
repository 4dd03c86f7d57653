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
  if (/^\(?[a-zđ][).]$/u.test(bare)) return { style: 'letter', label };
  if (/^\(?[A-ZĐ][).]$/u.test(bare)) return { style: 'LETTER', label };
  if (/^[-–—−]$/.test(bare)) return { style: '-', label: '-' };
  if (/^[+•*·○▪]$/.test(bare)) return { style: bare, label: bare };
  return { style: `other`, label };
}
