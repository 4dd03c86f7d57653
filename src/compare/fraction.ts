/**
 * Exact fractions of BigInt for comparisons across years: an index is points / maximum × 100, a merged unit's earlier
 * index a weighted mean of such ratios, a change the difference of two. Rounded once, half-up, at display.
 */
import { formatScaled, roundDiv, SCALE, type Micro } from '../core/decimal.js';

export interface Fraction {
  readonly num: bigint;
  /** Always positive */
  readonly den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export function fraction(num: bigint, den: bigint): Fraction {
  if (den === 0n) throw new RangeError('zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den < 0n ? -den : den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** points / max × 100: an index (%) exactly. */
export const percentOf = (points: Micro, max: Micro): Fraction => fraction(BigInt(points) * 100n, BigInt(max));

/** A number as written in a report (at most six decimals), exactly. */
export const fromMicro = (m: Micro): Fraction => fraction(BigInt(m), BigInt(SCALE));

export const subtract = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den - b.num * a.den, a.den * b.den);

export const compareFractions = (a: Fraction, b: Fraction): number => {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Σ wᵢ·vᵢ / Σ wᵢ; undefined when there is nothing to average or the weights add up to zero. */
export function weightedMean(items: readonly { readonly value: Fraction; readonly weight: Fraction }[]): Fraction | undefined {
  let num = 0n;
  let den = 1n;
  let weights = fraction(0n, 1n);
  for (const { value, weight } of items) {
    const term = fraction(value.num * weight.num, value.den * weight.den);
    const sum = fraction(num * term.den + term.num * den, den * term.den);
    num = sum.num;
    den = sum.den;
    weights = fraction(weights.num * weight.den + weight.num * weights.den, weights.den * weight.den);
  }
  if (items.length === 0 || weights.num === 0n) return undefined;
  return fraction(num * weights.den, den * weights.num);
}

export const mean = (values: readonly Fraction[]): Fraction | undefined => weightedMean(values.map((value) => ({ value, weight: fraction(1n, 1n) })));

/** Rounded half-up to `decimals` and written with `separator`. */
export function formatFraction(f: Fraction, decimals: number, separator = '.'): string {
  return formatScaled(roundDiv(f.num * 10n ** BigInt(decimals), f.den), decimals, separator);
}

/** A change with its sign: "+1.25", "−0.50" is written "-0.50", "0.00" when it rounds to nothing. */
export function formatChange(f: Fraction, decimals: number, separator = '.'): string {
  const text = formatFraction(f, decimals, separator);
  return /^-?[0.,]+$/.test(text) ? text.replace(/^-/, '') : f.num > 0n ? `+${text}` : text;
}

/** The rounded value as a JS number (JSON, XLSX cells, chart coordinates). */
export const fractionNumber = (f: Fraction, decimals: number): number => Number(formatFraction(f, decimals));
