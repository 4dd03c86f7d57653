import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreesWithin,
  compareRatio,
  exactDecimal,
  formatExact,
  formatPercent,
  formatPoints,
  fromNumber,
  isMultiple,
  micro,
  parseDecimal,
  ratioScaled,
  roundDiv,
  scaleMicro,
  toNumber,
} from '../../src/core/decimal.js';

describe('parseDecimal: numbers as people type them', () => {
  it.each([
    ['0,5', 500_000],
    ['1.25', 1_250_000],
    [' 3 ', 3_000_000],
    ['12', 12_000_000],
    ['+2', 2_000_000],
    ['-1,25', -1_250_000],
    ['.5', 500_000],
    ['5.', 5_000_000],
    ['0.123456', 123_456],
    ['2.5000000', 2_500_000],
    ['\u00a04,75\t', 4_750_000],
  ])('%j → %d micro-points', (text, value) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value });
  });

  it('reads "-0" as plain zero, not negative zero', () => {
    const r = parseDecimal('-0');
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
    const r2 = parseDecimal('-0,00');
    expect(r2.ok && Object.is(r2.value, 0)).toBe(true);
  });

  it.each(['1.2345678', '0,0000001', '3.1415926535'])('refuses %j: more than six decimals', (text) => {
    expect(parseDecimal(text)).toEqual({ ok: false, reason: 'too-precise' });
  });

  it.each(['', ' ', 'abc', '.', ',', '-', '1.2.3', '1,000.5', '1 000', '12a', 'KĐG', '1e3', '0x10', '--1', 'NaN', 'Infinity'])(
    'refuses %j: not a number',
    (text) => {
      expect(parseDecimal(text)).toEqual({ ok: false, reason: 'not-a-number' });
    },
  );

  it('reads back every exact decimal it prints, with a dot or a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (m) => {
        expect(parseDecimal(formatExact(m))).toEqual({ ok: true, value: m === 0 ? 0 : m });
        expect(parseDecimal(formatExact(m, ','))).toEqual({ ok: true, value: m === 0 ? 0 : m });
      }),
      { numRuns: 200 },
    );
  });
});

describe('fromNumber and micro: binary numbers from JSON and spreadsheets', () => {
  it('takes float noise for the decimal a person wrote', () => {
    expect(fromNumber(0.1 + 0.2)).toEqual({ ok: true, value: 300_000 });
    expect(fromNumber(68.32)).toEqual({ ok: true, value: 68_320_000 });
    expect(fromNumber(-0)).toEqual({ ok: true, value: 0 });
    expect(Object.is(micro(-0), 0)).toBe(true);
  });

  it('refuses what is not a finite number or has many more decimals', () => {
    expect(fromNumber(Number.NaN)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(fromNumber(Number.POSITIVE_INFINITY)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(fromNumber(0.1234567)).toEqual({ ok: false, reason: 'too-precise' });
    expect(() => micro(0.1234567)).toThrow(RangeError);
  });

  it('round-trips every value with at most six decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (m) => {
        expect(fromNumber(toNumber(m))).toEqual({ ok: true, value: m === 0 ? 0 : m });
      }),
      { numRuns: 200 },
    );
  });
});

describe('exact sums', () => {
  it('0.1 + 0.2 is 0.3, and ten times 0.1 is 1', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the drift the micro representation avoids
    expect(micro(0.1) + micro(0.2)).toBe(micro(0.3));
    expect(formatExact(micro(0.1) + micro(0.2))).toBe('0.3');
    const ten = Array.from({ length: 10 }, () => micro(0.1)).reduce((a, b) => a + b, 0);
    expect(ten).toBe(micro(1));
  });

  it('the 2017 field maxima add up to exactly 100', () => {
    const fields = [10, 10, 14.5, 11, 16, 7, 16, 15.5].map(micro);
    expect(fields.reduce((a, b) => a + b, 0)).toBe(micro(100));
  });
});

describe('formatting: half-up on the exact value, once', () => {
  it.each([
    [81.325, 2, '81.33'],
    [2.675, 2, '2.68'], // a float rounds this down: (2.675).toFixed(2) === '2.67'
    [1.005, 2, '1.01'],
    [0.125, 2, '0.13'], // half-up, not to even
    [-0.125, 2, '-0.13'], // away from zero
    [2.5, 0, '3'],
    [0, 2, '0.00'],
    [7, 2, '7.00'],
    [14.5, 1, '14.5'],
    [92.1849, 3, '92.185'],
    [99.995, 2, '100.00'],
  ])('formatPoints(%d, %d) = %s', (value, decimals, text) => {
    expect(formatPoints(micro(value), decimals)).toBe(text);
  });

  it('uses the separator asked for', () => {
    expect(formatPoints(micro(81.325), 2, ',')).toBe('81,33');
    expect(formatExact(micro(2.5), ',')).toBe('2,5');
  });

  it('prints the shortest exact decimal', () => {
    expect(formatExact(micro(2.5))).toBe('2.5');
    expect(formatExact(micro(0.125))).toBe('0.125');
    expect(formatExact(micro(3))).toBe('3');
    expect(formatExact(micro(-0.000001))).toBe('-0.000001');
  });

  it('68.32 points of an effective max of 84 is 81.33 % (Thanh Hóa 2023, Ban Dân tộc)', () => {
    expect(formatPercent({ num: micro(68.32), den: micro(84) }, 2)).toBe('81.33');
    expect(formatPercent({ num: micro(68.32), den: micro(84) }, 3)).toBe('81.333');
    expect(ratioScaled({ num: micro(68.32), den: micro(84) }, 100, 2)).toBe(8133n);
  });

  it('rounds a ratio half-up exactly at the boundary', () => {
    // 1/8 = 0.125 → 12.5 % → 13 % with no decimals; 1/3 → 33.33 %.
    expect(formatPercent({ num: micro(1), den: micro(8) }, 0)).toBe('13');
    expect(formatPercent({ num: micro(1), den: micro(3) }, 2)).toBe('33.33');
    expect(formatPercent({ num: micro(2), den: micro(3) }, 2)).toBe('66.67');
  });
});

describe('comparing and scaling', () => {
  it('compares ratios exactly, even when they display the same', () => {
    const a = { num: micro(68.32), den: micro(84) }; // 81.3333… %
    const b = { num: micro(81.33), den: micro(100) }; // 81.33 %
    expect(formatPercent(a, 2)).toBe(formatPercent(b, 2));
    expect(compareRatio(a, b)).toBe(1);
    expect(compareRatio(b, a)).toBe(-1);
    expect(compareRatio({ num: 1, den: 3 }, { num: 2, den: 6 })).toBe(0);
  });

  it('roundDiv rounds half away from zero and refuses a non-positive denominator', () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(roundDiv(4n, 3n)).toBe(1n);
    expect(() => roundDiv(1n, 0n)).toThrow(RangeError);
  });

  it('scales points for a ratio rule and checks steps', () => {
    // max 2 × 45 / 80 = 1.125
    expect(scaleMicro(micro(2), micro(45), micro(80))).toBe(micro(1.125));
    expect(scaleMicro(micro(1), micro(1), micro(3))).toBe(333_333);
    expect(isMultiple(micro(2), micro(0.25))).toBe(true);
    expect(isMultiple(micro(2), micro(0.75))).toBe(false);
    expect(isMultiple(micro(1.5), micro(0.5))).toBe(true);
  });
});

describe('exactDecimal and agreesWithin: written figures checked without floats', () => {
  it.each([
    ['93,60', 9360n, 2],
    ['93.6', 936n, 1],
    ['-1.25', -125n, 2],
    ['1e-7', 1n, 7],
    ['2.5e3', 2500n, 0],
    ['.5', 5n, 1],
    ['7', 7n, 0],
  ])('%s is %s / 10^%s', (text, digits, scale) => expect(exactDecimal(text)).toEqual({ digits, scale }));

  it.each(['', 'abc', '1.2.3', '1,2,3', '--1', '.', 'e5'])('"%s" is not a decimal', (text) => expect(exactDecimal(text)).toBeUndefined());

  it('agrees within half a unit of the last written decimal, boundaries included', () => {
    const w = (t: string) => exactDecimal(t)!;
    // 16.7 (micro-points over 10^6) written to 0 decimals: 17 agrees, 16 does not
    expect(agreesWithin(w('17'), 0, 16_700_000n, 1_000_000n)).toBe(true);
    expect(agreesWithin(w('16'), 0, 16_700_000n, 1_000_000n)).toBe(false);
    // 83.5 % exactly: 84 and 83 are each half a unit away
    expect(agreesWithin(w('84'), 0, 167n, 200n, 100n)).toBe(true);
    expect(agreesWithin(w('83'), 0, 167n, 200n, 100n)).toBe(true);
    expect(agreesWithin(w('83.4'), 1, 167n, 200n, 100n)).toBe(false);
    // 5/12 = 41.666… %
    expect(agreesWithin(w('41.67'), 2, 5n, 12n, 100n)).toBe(true);
    expect(agreesWithin(w('41.66'), 2, 5n, 12n, 100n)).toBe(false);
  });
});
