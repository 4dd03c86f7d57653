/**
 * The seeded generator of the Monte Carlo draws: xoshiro128** (32-bit state words, Math.imul), its state filled
 * from the seed by splitmix32. Written here so that the same seed gives the same draws on every Node version.
 */

/** splitmix32: spreads one 32-bit seed over the generator's four state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export interface Random {
  /** A uniform number in [0, 1), with 32 random bits */
  next(): number;
}

/** xoshiro128** seeded from a whole number (any size: it is folded to 32 bits). */
export function seededRandom(seed: number): Random {
  const st = { s: Math.trunc(seed) % 0x1_0000_0000 | 0 };
  const s = new Uint32Array(4);
  for (let i = 0; i < 4; i++) s[i] = splitmix32(st);
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
  return {
    next(): number {
      const s0 = s[0]!;
      const s1 = s[1]!;
      const s2 = s[2]!;
      const s3 = s[3]!;
      const m = Math.imul(s1, 5);
      const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
      const t = s1 << 9;
      const n2 = s2 ^ s0;
      const n3 = s3 ^ s1;
      s[1] = s1 ^ n2;
      s[0] = s0 ^ n3;
      s[2] = n2 ^ t;
      s[3] = (n3 << 11) | (n3 >>> 21);
      return result / 0x1_0000_0000;
    },
  };
}
