import { describe, expect, it } from 'vitest';
import { micro } from '../../src/core/decimal.js';
import { weightedMeanPoints, wilson } from '../../src/survey/stats.js';

describe('survey statistics', () => {
  it('weights each group’s mean, exactly, and rounds once to a micro-point', () => {
    // Người dân (0.6): 2 + 1.2 + 2 over 3 answers; Doanh nghiệp (0.4): 2 + 0.4 over 2 → 0.6 × 5.2/3 + 0.4 × 1.2 = 1.52
    expect(weightedMeanPoints([
      { n: 3, sum: micro(5.2), weight: micro(0.6) },
      { n: 2, sum: micro(2.4), weight: micro(0.4) },
    ])).toBe(micro(1.52));
    // 1/3 of a point: 333333.33… micro-points → 333333; 2/3 → 666667 (half-up on the exact value)
    expect(weightedMeanPoints([{ n: 3, sum: micro(1), weight: 1 }])).toBe(333_333);
    expect(weightedMeanPoints([{ n: 3, sum: micro(2), weight: 1 }])).toBe(666_667);
  });

  it('leaves a group without answers out of the weighting, and has no mean without any answer', () => {
    expect(weightedMeanPoints([{ n: 2, sum: micro(3), weight: micro(0.6) }, { n: 0, sum: 0, weight: micro(0.4) }])).toBe(micro(1.5));
    expect(weightedMeanPoints([{ n: 0, sum: 0, weight: 1 }])).toBeUndefined();
  });

  it('gives the 95 % Wilson interval', () => {
    // 8 of 10: the textbook interval 0.4902–0.9433
    const s = wilson(8, 10);
    expect(s.share).toBe(0.8);
    expect(s.low).toBeCloseTo(0.4902, 4);
    expect(s.high).toBeCloseTo(0.9433, 4);
    // All satisfied still leaves room below 100 %; none answered says nothing.
    expect(wilson(20, 20).low).toBeCloseTo(0.8389, 4);
    expect(wilson(20, 20).high).toBe(1);
    expect(wilson(0, 0)).toEqual({ yes: 0, n: 0, share: 0, low: 0, high: 0 });
  });
});
