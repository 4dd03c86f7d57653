/** Colours of the HTML report: one per band (best to worst), and a sequential scale for component indexes. */

/** Best band first: green, light green, amber, orange, red; readable on white and distinct in grey print. */
const BAND_COLOURS = ['#1a7f37', '#6cb33f', '#e0a800', '#ef7d22', '#c92a2a'] as const;
export const NO_BAND_COLOUR = '#8c959f';

/** The colour of the i-th of n bands (0 = the highest), spread over the palette so the worst band is always red. */
export function bandColour(i: number, n: number): string {
  if (i < 0) return NO_BAND_COLOUR;
  const last = BAND_COLOURS.length - 1;
  const at = n <= 1 ? 0 : Math.round((Math.min(i, n - 1) * last) / (n - 1));
  return BAND_COLOURS[at] as string;
}

/**
 * Stops of the heat map scale (index %, RGB): pale at 0, deep blue at 100, darker all the way (it reads in
 * grey print too). Most component indexes lie between 50 and 100, so that part gets most of the range.
 */
const HEAT_STOPS: readonly (readonly [number, readonly [number, number, number]])[] = [
  [0, [255, 247, 236]],
  [50, [222, 235, 247]],
  [70, [158, 202, 225]],
  [85, [66, 146, 198]],
  [100, [8, 48, 107]],
];

/** Values named on the heat map's legend. */
export const HEAT_TICKS = [0, 50, 70, 100] as const;

const hex = (rgb: readonly number[]): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** The heat map colour of an index in % (clamped to 0–100). */
export function heatColour(index: number): string {
  const x = Math.max(0, Math.min(100, index));
  for (let s = 1; s < HEAT_STOPS.length; s++) {
    const [hi, to] = HEAT_STOPS[s]!;
    const [lo, from] = HEAT_STOPS[s - 1]!;
    if (x <= hi) {
      const t = (x - lo) / (hi - lo);
      return hex(from.map((c, k) => c + (to[k]! - c) * t));
    }
  }
  return hex(HEAT_STOPS[HEAT_STOPS.length - 1]![1]);
}

/** Dark text on light cells, white on dark ones. */
export const heatTextColour = (index: number): string => (index >= 60 ? '#ffffff' : '#1f2328');
