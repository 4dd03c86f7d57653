/**
 * Exact point arithmetic.
 *
 * Points are held as integers of micro-points (1 point = 1,000,000). Every score a person enters has at most six
 * decimals, so sums of such integers are exact (they stay far below 2^53) and never drift the way 0.1 + 0.2 does.
 * Ratios (the index) are formed and rounded with BigInt, half-up on the exact value, once, at display.
 */
export type Micro = number;

export const SCALE_DIGITS = 6;
export const SCALE = 1_000_000;
const SCALE_BIG = 1_000_000n;

/**
 * The points of every leaf for one unit, in micro-points. Int32 holds up to 2,147 points exactly (a leaf's max is
 * at most 1,000) at half the memory of doubles: 100,000 units × 120 leaves fit in 48 MB.
 */
export type LeafPoints = Int32Array;

/** Marks a leaf that does not apply to the unit (it leaves both points and maximum). */
export const NOT_APPLICABLE = -0x80000000;

/** Marks a self-assessed score the submission does not give (a survey criterion units do not score themselves). */
export const NOT_GIVEN = -0x7fffffff;

export type DecimalParse = { ok: true; value: Micro } | { ok: false; reason: 'not-a-number' | 'too-precise' };

/**
 * Reads a decimal typed by a person: "12", "0.5", "0,5", "-1.25", " 3 ". A single dot or comma is the decimal
 * separator; thousands separators are not accepted (scores never reach a thousand). Hand-written: it runs for
 * every cell of every sheet.
 */
export function parseDecimal(text: string): DecimalParse {
  let i = 0;
  let end = text.length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 45 /* - */ || first === 43 /* + */) {
    negative = first === 45;
    i++;
  }
  let int = 0;
  let intDigits = 0;
  while (i < end) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    int = int * 10 + c;
    intDigits++;
    i++;
  }
  let frac = 0;
  let fracDigits = 0;
  let significant = 0;
  if (i < end && (text.charCodeAt(i) === 46 /* . */ || text.charCodeAt(i) === 44) /* , */) {
    i++;
    while (i < end) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      fracDigits++;
      if (c !== 0) significant = fracDigits;
      if (fracDigits <= SCALE_DIGITS) frac = frac * 10 + c;
      i++;
    }
  } else if (i < end) return NOT_A_NUMBER;
  if (i !== end || (intDigits === 0 && fracDigits === 0) || intDigits > 12) return NOT_A_NUMBER;
  if (significant > SCALE_DIGITS) return TOO_PRECISE;
  const micro = int * SCALE + frac * 10 ** (SCALE_DIGITS - Math.min(fracDigits, SCALE_DIGITS));
  return { ok: true, value: negative && micro !== 0 ? -micro : micro };
}

const NOT_A_NUMBER: DecimalParse = { ok: false, reason: 'not-a-number' };
const TOO_PRECISE: DecimalParse = { ok: false, reason: 'too-precise' };
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 160 || c === 10 || c === 13;

/** Converts a binary number (from JSON or a spreadsheet cell) to micro-points, refusing more than six decimals. */
export function fromNumber(x: number): DecimalParse {
  if (!Number.isFinite(x)) return { ok: false, reason: 'not-a-number' };
  const micro = microOf(x);
  if (Number.isNaN(micro)) return { ok: false, reason: 'too-precise' };
  return { ok: true, value: micro };
}

/** fromNumber's micro-points without a result object (for every number cell of a sheet); NaN where it refuses. */
export function microOf(x: number): number {
  const scaled = x * SCALE;
  const micro = Math.round(scaled);
  // A number written with six decimals or fewer lands within float noise (a few ulps) of an integer once scaled.
  if (!(Math.abs(scaled - micro) <= Math.max(1e-7, Math.abs(scaled) * 1e-14))) return NaN;
  return micro === 0 ? 0 : micro;
}

/** Micro-points from a number known to be valid (criteria maxima after schema checks). */
export function micro(x: number): Micro {
  const r = fromNumber(x);
  if (!r.ok) throw new RangeError(`not a point value with at most ${SCALE_DIGITS} decimals: ${x}`);
  return r.value;
}

/** The value as a JS number, for JSON output and charts (exact for every micro value). */
export function toNumber(m: Micro): number {
  return m / SCALE;
}

/** Rounds num/den half-up (away from zero) to an integer, exactly. den must be positive. */
export function roundDiv(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('denominator must be positive');
  const neg = num < 0n;
  const a = neg ? -num : num;
  const q = (2n * a + den) / (2n * den);
  return neg ? -q : q;
}

/** Formats a scaled integer (value × 10^decimals) as a decimal string with exactly `decimals` digits. */
export function formatScaled(scaled: bigint, decimals: number, separator = '.'): string {
  const neg = scaled < 0n;
  const digits = (neg ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return (neg ? '-' : '') + int + (decimals > 0 ? separator + frac : '');
}

/** Micro-points rounded half-up to `decimals` and formatted. */
export function formatPoints(m: Micro, decimals: number, separator = '.'): string {
  return formatScaled(roundDiv(BigInt(m) * 10n ** BigInt(decimals), SCALE_BIG), decimals, separator);
}

/** Micro-points as the shortest exact decimal ("2.5", "0.125", "3"). */
export function formatExact(m: Micro, separator = '.'): string {
  const s = formatScaled(BigInt(m), SCALE_DIGITS, separator);
  return s.includes(separator) ? s.replace(/0+$/, '').replace(new RegExp(`\\${separator}$`), '') : s;
}

/** An exact fraction num/den of micro-points (den > 0): an index before rounding. */
export interface Ratio {
  readonly num: Micro;
  readonly den: Micro;
}

/** num/den × factor rounded half-up to `decimals`, as a scaled integer (value × 10^decimals). */
export function ratioScaled(r: Ratio, factor: number, decimals: number): bigint {
  return roundDiv(BigInt(r.num) * BigInt(factor) * 10n ** BigInt(decimals), BigInt(r.den));
}

/** Percentage num/den × 100 rounded half-up to `decimals`, formatted. */
export function formatPercent(r: Ratio, decimals: number, separator = '.'): string {
  return formatScaled(ratioScaled(r, 100, decimals), decimals, separator);
}

/** Compares two exact ratios without rounding. */
export function compareRatio(a: Ratio, b: Ratio): number {
  const l = BigInt(a.num) * BigInt(b.den);
  const r = BigInt(b.num) * BigInt(a.den);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Micro-points × num / den rounded half-up to a whole micro-point (rule-computed points, e.g. ratio leaves). */
export function scaleMicro(m: Micro, num: Micro, den: Micro): Micro {
  return Number(roundDiv(BigInt(m) * BigInt(num), BigInt(den)));
}

/** True when `value` is a whole multiple of `step` (both micro-points, step > 0). */
export function isMultiple(value: Micro, step: Micro): boolean {
  return value % step === 0;
}

/** A decimal written in a sheet, exactly: digits / 10^scale ("93,60" → 9360 / 10^2; "1e-7" → 1 / 10^7). */
export interface ExactDecimal {
  readonly digits: bigint;
  readonly scale: number;
}

/** Reads the exact value of a decimal text (point or comma, optional exponent); undefined if it is not one. */
export function exactDecimal(text: string): ExactDecimal | undefined {
  const m = /^\s*([-+]?)(\d*)(?:[.,](\d*))?(?:e([-+]?\d{1,3}))?\s*$/i.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? 0);
  let digits = BigInt(`${m[2] ?? ''}${frac}` || '0');
  let scale = frac.length - exp;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: m[1] === '-' ? -digits : digits, scale };
}

/**
 * True when a written decimal is within half a unit of its last written place (`decimals`) of num/den × factor,
 * decided exactly: |w − c| ≤ ½·10^−d  ⇔  |2·10^d·(w.digits·den − factor·num·10^scale)| ≤ den·10^scale.
 */
export function agreesWithin(written: ExactDecimal, decimals: number, num: bigint, den: bigint, factor = 1n): boolean {
  const pow = 10n ** BigInt(written.scale);
  let diff = written.digits * den - factor * num * pow;
  if (diff < 0n) diff = -diff;
  return 2n * 10n ** BigInt(decimals) * diff <= den * pow;
}

/**
 * |num|/den × 100 × pow (pow = 10^decimals) rounded half-up, away from zero, in doubles where every step is an integer
 * below 2^53, so exact and the same as ratioScaled; NaN where one is not (then ratioScaled gives it). A report has an
 * index per unit and field, and a BigInt is slow to make and collect.
 */
export function percentScaledNumber(num: number, den: number, pow: number): number {
  const a = Math.abs(num) * 100 * pow;
  if (!(Number.isSafeInteger(num) && Number.isSafeInteger(den) && den > 0 && Number.isSafeInteger(pow) && 2 * a + 3 * den <= Number.MAX_SAFE_INTEGER)) return NaN;
  // floor((2a + den) / 2den): the quotient of doubles, corrected by its remainder
  const x = 2 * a + den;
  const y = 2 * den;
  let q = Math.floor(x / y);
  const r = x - q * y;
  if (r < 0) q--;
  else if (r >= y) q++;
  return q;
}
