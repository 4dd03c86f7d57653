/**
 * Charts as inline SVG, drawn by our own small code: bars and a grid of coloured cells need no library, and the
 * output stays byte-for-byte the same from run to run. Every chart carries a <title> and <desc> (named by
 * aria-labelledby), every mark its own <title>, and the page gives a table with the same numbers.
 */
import { HEAT_TICKS, heatColour } from './colours.js';
import { coord as c, esc } from './escape.js';

/** Width of every chart's drawing (px); the columns of the bar chart and the heat map line up. */
const WIDTH = 1000;
const LEFT = 44;
const RIGHT = 118;
const PLOT = WIDTH - LEFT - RIGHT;

export interface ChartText {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
}

export interface Bar {
  readonly value: number;
  readonly colour: string;
  /** What a tooltip or a screen reader says of the bar */
  readonly title: string;
  /** Shown under the axis for some bars (the rank) */
  readonly tick: string;
}

export interface Line {
  readonly value: number;
  readonly label: string;
  readonly colour: string;
}

function svgOpen(t: ChartText, height: number, cls: string, width = WIDTH): string {
  return (
    `<svg class="${cls}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
    `aria-labelledby="${t.id}-t ${t.id}-d" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${t.id}-t">${esc(t.title)}</title><desc id="${t.id}-d">${esc(t.desc)}</desc>`
  );
}

/** The least of 1, 2, 5, 10, 20, 50… that divides n into at most `most` steps. */
export function roundStep(n: number, most: number): number {
  for (let k = 1; ; k *= 10) for (const m of [1, 2, 5]) if (n / (k * m) <= most) return k * m;
}

/** Every k-th column gets a tick label, k in 1, 2, 5, 10, 20… so that at most ~25 labels show. */
export const tickStep = (n: number): number => roundStep(n, 25);

function xTicks(ticks: readonly string[], y: number): string {
  const slot = PLOT / Math.max(1, ticks.length);
  const step = tickStep(ticks.length);
  let out = '';
  ticks.forEach((t, i) => {
    if (i !== 0 && (i + 1) % step !== 0) return;
    out += `<text x="${c(LEFT + slot * (i + 0.5))}" y="${y}" class="tick" text-anchor="middle">${esc(t)}</text>`;
  });
  return out;
}

/** A column per value from 0, the band thresholds as dashed lines labelled on the right, the mean as a solid line. */
export function barChart(t: ChartText, bars: readonly Bar[], thresholds: readonly Line[], mean: Line | null, axisLabel: string): string {
  const height = 195;
  const top = 10;
  const plotH = height - top - 32;
  // reduce, not Math.max(...values): a block of 100,000 units would overflow the call's arguments.
  const highest = thresholds.reduce((m, l) => Math.max(m, l.value), bars.reduce((m, b) => Math.max(m, b.value), 100));
  const yMax = Math.ceil(highest / 10) * 10;
  const y = (v: number): number => top + plotH * (1 - Math.max(0, v) / yMax);
  const slot = PLOT / Math.max(1, bars.length);
  const barW = Math.max(1, slot * (bars.length > 60 ? 0.78 : 0.7));
  let out = svgOpen(t, height, 'chart bars');
  for (let v = 0; v <= yMax; v += 20)
    out += `<line x1="${LEFT}" x2="${LEFT + PLOT}" y1="${c(y(v))}" y2="${c(y(v))}" class="grid"/><text x="${LEFT - 6}" y="${c(y(v) + 3.5)}" class="tick" text-anchor="end">${v}</text>`;
  out += '<g class="marks">';
  bars.forEach((b, i) => {
    const x = LEFT + slot * i + (slot - barW) / 2;
    out += `<rect x="${c(x)}" y="${c(y(b.value))}" width="${c(barW)}" height="${c(y(0) - y(b.value))}" fill="${b.colour}"><title>${esc(b.title)}</title></rect>`;
  });
  out += '</g>';
  for (const l of thresholds) {
    const ly = c(y(l.value));
    out += `<line x1="${LEFT}" x2="${LEFT + PLOT + 4}" y1="${ly}" y2="${ly}" class="threshold" stroke="${l.colour}"/>`;
    out += `<text x="${LEFT + PLOT + 8}" y="${c(y(l.value) + 3.5)}" class="label" fill="${l.colour}">${esc(l.label)}</text>`;
  }
  if (mean) {
    const my = c(y(mean.value));
    out += `<line x1="${LEFT}" x2="${LEFT + PLOT}" y1="${my}" y2="${my}" class="mean"/>`;
    // At the right end: bars are in rank order, so the lowest (under the mean) are there and the label stays clear.
    out += `<text x="${LEFT + PLOT - 4}" y="${c(y(mean.value) - 4)}" class="label halo" text-anchor="end">${esc(mean.label)}</text>`;
  }
  out += `<line x1="${LEFT}" x2="${LEFT + PLOT}" y1="${c(y(0))}" y2="${c(y(0))}" class="axis"/>`;
  out += xTicks(bars.map((b) => b.tick), height - 18);
  out += `<text x="${LEFT + PLOT / 2}" y="${height - 3}" class="tick" text-anchor="middle">${esc(axisLabel)}</text>`;
  return `${out}</svg>`;
}

export interface HeatCell {
  /** Index in %, or null when the field is not applicable to the unit */
  readonly value: number | null;
  readonly title: string;
}

/** A legend of the heat scale in the right margin: a strip from 0 to 100 %. */
function heatLegend(x: number, top: number, height: number, naLabel: string): string {
  const steps = 20;
  let out = '';
  for (let i = 0; i < steps; i++) {
    const v = 100 - (100 * (i + 0.5)) / steps;
    out += `<rect x="${x}" y="${c(top + (height * i) / steps)}" width="12" height="${c(height / steps + 0.3)}" fill="${heatColour(v)}"/>`;
  }
  for (const v of HEAT_TICKS) out += `<text x="${x + 16}" y="${c(top + height * (1 - v / 100) + 3.5)}" class="tick">${v}</text>`;
  out += `<rect x="${x}" y="${top + height + 8}" width="12" height="10" class="na"/><text x="${x + 16}" y="${top + height + 17}" class="tick">${esc(naLabel)}</text>`;
  return out;
}

const HEAT_LEGEND_HEIGHT = 72;

/** Rows of cells (one row per field, one column per unit in rank order), coloured by the component index. */
export function heatMap(
  t: ChartText,
  rowLabels: readonly { label: string; title: string }[],
  cells: readonly (readonly HeatCell[])[],
  ticks: readonly string[],
  naLabel: string,
  axisLabel?: string,
): string {
  const rowH = 12;
  const top = 6;
  const height = top + rowH * rowLabels.length + 34;
  const slot = PLOT / Math.max(1, ticks.length);
  let out = svgOpen(t, Math.max(height, top + HEAT_LEGEND_HEIGHT + 24), 'chart heat');
  rowLabels.forEach((r, i) => {
    out += `<text x="${LEFT - 6}" y="${c(top + rowH * i + rowH / 2 + 3.5)}" class="tick" text-anchor="end">${esc(r.label)}<title>${esc(r.title)}</title></text>`;
  });
  out += '<g class="marks">';
  cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      const attrs = cell.value === null ? 'class="na"' : `fill="${heatColour(cell.value)}"`;
      out += `<rect x="${c(LEFT + slot * j)}" y="${top + rowH * i}" width="${c(slot)}" height="${rowH}" ${attrs}><title>${esc(cell.title)}</title></rect>`;
    }),
  );
  out += '</g>';
  out += xTicks(ticks, top + rowH * rowLabels.length + 14);
  if (axisLabel !== undefined) out += `<text x="${LEFT + PLOT / 2}" y="${top + rowH * rowLabels.length + 28}" class="tick" text-anchor="middle">${esc(axisLabel)}</text>`;
  out += heatLegend(LEFT + PLOT + 14, top, HEAT_LEGEND_HEIGHT, naLabel);
  return `${out}</svg>`;
}

export interface Segment {
  readonly count: number;
  readonly colour: string;
  readonly title: string;
}

/** One horizontal bar split by band, each part as long as its share of the units. */
export function shareStrip(t: ChartText, segments: readonly Segment[], width = 460): string {
  const total = segments.reduce((n, s) => n + s.count, 0);
  const height = 24;
  let out = svgOpen(t, height, 'chart strip', width);
  let x = 0;
  for (const s of segments) {
    if (s.count === 0) continue;
    const w = (width * s.count) / Math.max(1, total);
    out += `<rect x="${c(x)}" y="2" width="${c(w)}" height="20" fill="${s.colour}"><title>${esc(s.title)}</title></rect>`;
    if (w >= 22) out += `<text x="${c(x + w / 2)}" y="16" class="on-colour" text-anchor="middle">${s.count}</text>`;
    x += w;
  }
  return `${out}</svg>`;
}

/** A histogram: equal bins from lo to hi on the x axis, each a stack of segments (counts) from the axis up. */
export interface Histogram {
  readonly lo: number;
  readonly hi: number;
  readonly bins: readonly (readonly Segment[])[];
  /** Labelled values on the x axis */
  readonly ticks: readonly { readonly value: number; readonly label: string }[];
  readonly xLabel: string;
  readonly yLabel: string;
}

/**
 * How many units fall in each bin of the index: for a block too large for a bar per unit. The band thresholds are
 * dashed vertical lines labelled at the top, the mean a solid one labelled above the plot.
 */
export function histogramChart(t: ChartText, h: Histogram, thresholds: readonly Line[], mean: Line | null): string {
  const height = 222;
  const top = 30;
  const plotH = height - top - 32;
  const highest = h.bins.reduce((m, bin) => Math.max(m, bin.reduce((n, s) => n + s.count, 0)), 1);
  const yStep = roundStep(highest, 5);
  const yMax = Math.ceil(highest / yStep) * yStep;
  const y = (n: number): number => top + plotH * (1 - n / yMax);
  const x = (v: number): number => LEFT + (PLOT * (v - h.lo)) / (h.hi - h.lo);
  const slot = PLOT / Math.max(1, h.bins.length);
  const barW = Math.max(0.5, slot - Math.min(1, slot * 0.15));
  let out = svgOpen(t, height, 'chart histogram');
  out += `<text x="4" y="11" class="tick">${esc(h.yLabel)}</text>`;
  for (let n = 0; n <= yMax; n += yStep)
    out += `<line x1="${LEFT}" x2="${LEFT + PLOT}" y1="${c(y(n))}" y2="${c(y(n))}" class="grid"/><text x="${LEFT - 6}" y="${c(y(n) + 3.5)}" class="tick" text-anchor="end">${n}</text>`;
  out += '<g class="marks">';
  h.bins.forEach((bin, i) => {
    let below = 0;
    for (const s of bin) {
      if (s.count === 0) continue;
      out += `<rect x="${c(LEFT + slot * i + (slot - barW) / 2)}" y="${c(y(below + s.count))}" width="${c(barW)}" height="${c(y(below) - y(below + s.count))}" fill="${s.colour}"><title>${esc(s.title)}</title></rect>`;
      below += s.count;
    }
  });
  out += '</g>';
  for (const l of thresholds) {
    const lx = c(x(l.value));
    out += `<line x1="${lx}" x2="${lx}" y1="${top}" y2="${c(y(0) + 4)}" class="threshold" stroke="${l.colour}"/>`;
    out += `<text x="${c(x(l.value) + 3)}" y="${top + 9}" class="label" fill="${l.colour}">${esc(l.label)}</text>`;
  }
  if (mean) {
    const mx = c(x(mean.value));
    out += `<line x1="${mx}" x2="${mx}" y1="${top - 4}" y2="${c(y(0))}" class="mean"/>`;
    out += `<text x="${mx}" y="${top - 8}" class="label halo" text-anchor="middle">${esc(mean.label)}</text>`;
  }
  out += `<line x1="${LEFT}" x2="${LEFT + PLOT}" y1="${c(y(0))}" y2="${c(y(0))}" class="axis"/>`;
  for (const tick of h.ticks) out += `<text x="${c(x(tick.value))}" y="${height - 18}" class="tick" text-anchor="middle">${esc(tick.label)}</text>`;
  out += `<text x="${LEFT + PLOT / 2}" y="${height - 3}" class="tick" text-anchor="middle">${esc(h.xLabel)}</text>`;
  return `${out}</svg>`;
}
