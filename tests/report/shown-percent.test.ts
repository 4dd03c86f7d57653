/** The report's index in doubles (shownPercent) is the BigInt rounding it replaced, digit for digit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScaled, ratioScaled } from '../../src/core/decimal.js';
import { shownPercent } from '../../src/report/model/build.js';

const byBigInt = (num: number, den: number, d: number): { value: number; text: string } => {
  const scaled = ratioScaled({ num, den }, 100, d);
  return { value: Number(scaled) / 10 ** d, text: formatScaled(scaled, d) };
};

describe('shownPercent', () => {
  it('gives the value and text of ratioScaled(…, 100, d) for micro-point ratios, halves and large numbers included', () => {
    const micro = fc.oneof(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.constantFrom(0, 1, -1, 5, -5, 125, 2 ** 53 - 1));
    fc.assert(
      fc.property(micro, fc.integer({ min: 1, max: 2 ** 53 - 1 }).chain((den) => fc.constantFrom(den, Math.ceil(den / 1e9), 3, 8, 12_500_000, 100_000_000)), fc.integer({ min: 0, max: 6 }), (num, den, d) => {
        const got = shownPercent(num, den, d);
        const want = byBigInt(num, den, d);
        expect(got.text).toBe(want.text);
        expect(Object.is(got.value, want.value) || (got.value === 0 && want.value === 0)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds exact halves away from zero, as roundDiv does', () => {
    // 1/8 = 12.5 %, 0 decimals → 13; −1/8 → −13; 1/800 = 0.125 % at 2 decimals → 0.13
    expect(shownPercent(1, 8, 0)).toEqual({ value: 13, text: '13' });
    expect(shownPercent(-1, 8, 0)).toEqual({ value: -13, text: '-13' });
    expect(shownPercent(1, 800, 2)).toEqual({ value: 0.13, text: '0.13' });
    expect(shownPercent(1049, 10_000, 2)).toEqual({ value: 10.49, text: '10.49' });
  });

  it('keeps to BigInt where doubles would not be exact', () => {
    expect(shownPercent(2 ** 53 - 1, 3, 2)).toEqual(byBigInt(2 ** 53 - 1, 3, 2));
    expect(() => shownPercent(1, 0, 2)).toThrow(RangeError);
  });
});
