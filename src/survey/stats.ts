/** The statistics of a survey: weighted means as exact fractions, shares and their Wilson intervals. */
import { roundDiv, type Micro } from '../core/decimal.js';

/** One group's answers to one item: how many and the sum of their points (micro-points). */
export interface GroupSum {
  readonly n: number;
  readonly sum: number;
  /** The group's weight (micro); 1 when the set declares no groups */
  readonly weight: Micro;
}

/**
 * The item's points: the mean of the answers' points, each group's mean weighted by its weight (groups without
 * answers leave the weighting). Exact until the one half-up rounding to a micro-point; undefined without answers.
 */
export function weightedMeanPoints(groups: readonly GroupSum[]): Micro | undefined {
  let num = 0n;
  let den = 1n;
  let weights = 0n;
  for (const g of groups) {
    if (g.n === 0) continue;
    // num/den + w·sum/n, kept as one fraction
    const w = BigInt(g.weight);
    const n = BigInt(g.n);
    num = num * n + w * BigInt(g.sum) * den;
    den *= n;
    weights += w;
  }
  if (weights === 0n) return undefined;
  return Number(roundDiv(num, den * weights));
}

/** A share with its 95 % Wilson score interval (floats: statistics, not points). */
export interface Share {
  readonly yes: number;
  readonly n: number;
  /** yes / n, 0–1; 0 when n is 0 */
  readonly share: number;
  readonly low: number;
  readonly high: number;
}

const Z95 = 1.959963984540054;

export function wilson(yes: number, n: number, z = Z95): Share {
  if (n === 0) return { yes, n, share: 0, low: 0, high: 0 };
  const p = yes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { yes, n, share: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
