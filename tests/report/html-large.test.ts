/**
 * The HTML report of a large block: it is written in pieces (never one string), a block of more than
 * PER_UNIT_CHARTS units gets a histogram of the index and a heat map of groups of units instead of one mark per
 * unit, its rows are read once for the charts and once for the table, and the charts do not grow with the units.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/diagnostics/types.js';
import { meanIndex } from '../../src/report/model/build.js';
import type { ReportBlock, ReportRow, RowList, RunReport } from '../../src/report/model/schema.js';
import { PER_UNIT_CHARTS } from '../../src/report/html/summary.js';
import { renderHtml } from '../../src/report/score/html.js';
import { REPORT } from './helpers/report.js';

const ctx = (lang: Lang) => ({ lang, chalk: new Chalk({ level: 0 }) });
const page = (report: RunReport, lang: Lang = 'en'): string => [...renderHtml(report, ctx(lang))].join('');

/** The index of the i-th unit in hundredths of a point: 60.00 to 94.99, in no order, descending overall. */
const indexOf = (i: number, n: number): number => 9499 - Math.floor((3500 * i) / n) + ((i * 37) % 5) - 2;

/** Field 1 does not apply to every 7th unit; field 2 is out of 10 points for most units and of 5 for every 3rd. */
function rowAt(i: number, n: number): ReportRow {
  const hundredths = Math.max(0, indexOf(i, n));
  const value = hundredths / 100;
  const text = value.toFixed(2);
  const f1 = i % 7 === 0 ? { points: 0, max: 0, index: null } : { points: 5_000_000 + ((i * 13) % 5_000_001), max: 10_000_000 };
  const f2max = i % 3 === 0 ? 5_000_000 : 10_000_000;
  const f2 = { points: (i * 7919) % (f2max + 1), max: f2max };
  const shown = (p: number, m: number) => ({ value: Number(((100 * p) / m).toFixed(2)), text: ((100 * p) / m).toFixed(2) });
  return {
    rank: i + 1,
    code: `U${i}`,
    name: `Xã ${i}`,
    fields: [f1.max > 0 ? { ...f1, index: shown(f1.points, f1.max) } : { ...f1, index: null }, { ...f2, index: shown(f2.points, f2.max) }],
    appraisal: 0,
    survey: 0,
    bonus: 0,
    penalty: 0,
    total: hundredths * 2000,
    effectiveMax: 20_000_000,
    index: { exact: { num: hundredths * 2000, den: 20_000_000 }, value, text },
    band: hundredths >= 8000 ? 'Tốt' : 'Khá',
    capped: false,
    leaves: [null, null],
    source: { file: 'lon.csv', row: i + 2 },
  };
}

/** n rows made as they are read, counting how many times they are read through. */
class Rows implements RowList {
  passes = 0;
  constructor(readonly length: number) {}
  *[Symbol.iterator](): Iterator<ReportRow> {
    this.passes++;
    for (let i = 0; i < this.length; i++) yield rowAt(i, this.length);
  }
}

function largeReport(n: number): { report: RunReport; rows: Rows } {
  const rows = new Rows(n);
  let good = 0;
  const exact = [];
  for (let i = 0; i < n; i++) {
    const r = rowAt(i, n);
    if (r.band === 'Tốt') good++;
    exact.push(r.index.exact);
  }
  const block: ReportBlock = {
    ...REPORT.blocks[0]!,
    rows,
    mean: meanIndex(exact, 2),
    bandCounts: [
      { label: 'Tốt', count: good },
      { label: 'Khá', count: n - good },
    ],
  };
  return { report: { ...REPORT, blocks: [block] }, rows };
}

/** The cells of the rows of a table, as text without tags. */
const tableRows = (html: string, cls: string): string[][] => {
  const t = new RegExp(`<table class="${cls}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  return [...t.matchAll(/<tr>(<td[\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')));
};

const blockPart = (html: string): string => html.slice(html.indexOf('<section class="page block"'), html.indexOf('<section class="page" id="ranking-0"'));

describe('the HTML report of a large block', () => {
  const N = 3000;
  const { report, rows } = largeReport(N);
  const html = page(report);

  it('reads the rows once for the charts and once for the ranked table', () => {
    expect(rows.passes).toBe(2);
    expect(tableRows(html, 'ranked')).toHaveLength(N);
  });

  it('draws a histogram of the index, stacked by band, that counts every unit, and says so under it', () => {
    const charts = blockPart(html);
    expect(charts).not.toContain('class="chart bars"');
    const svg = /<svg class="chart histogram"[\s\S]*?<\/svg>/.exec(charts)?.[0] ?? '';
    const counted = [...svg.matchAll(/<title>[^<]*: (\d+) units — (Tốt|Khá)<\/title>/g)];
    expect(counted.reduce((s, m) => s + Number(m[1]), 0)).toBe(N);
    const byBand = (band: string): number => counted.filter((m) => m[2] === band).reduce((s, m) => s + Number(m[1]), 0);
    expect([byBand('Tốt'), byBand('Khá')]).toEqual(report.blocks[0]!.bandCounts.map((b) => b.count));
    expect(counted.length).toBeLessThanOrEqual(2 * 100);
    // 60–95 in bins of 0.5 points: the x axis is fitted to the indexes, labelled every 5 points
    expect(charts).toContain(`The block has ${N} units, too many to draw one bar each: each bar counts the units whose index lies in a step of 0.5 percentage points.`);
    expect([...svg.matchAll(/text-anchor="middle">(\d+)<\/text>/g)].map((m) => m[1])).toEqual(['60', '65', '70', '75', '80', '85', '90', '95']);
    // the band threshold and the mean are drawn
    expect(svg).toContain('>Tốt ≥ 80</text>');
    expect(svg).toContain(`>mean ${report.blocks[0]!.mean!.text}</text>`);
    // its data table: a row per bin and band, the counts adding up
    const data = tableRows(charts, 'histogram-data');
    expect(data.reduce((s, r) => s + Number(r[2]), 0)).toBe(N);
    expect(data[0]!.slice(0, 2)).toEqual(['60', 'Khá']);
  });

  it('draws a heat map with a column per group of 50 units, coloured by their exact mean component index', () => {
    const charts = blockPart(html);
    const heat = /<svg class="chart heat"[\s\S]*?<g class="marks">([\s\S]*?)<\/g>/.exec(charts)?.[1] ?? '';
    expect(heat.match(/<rect /g)).toHaveLength(2 * (N / 50));
    expect(charts).toContain('Each column is 50 units next to each other in the ranking');
    const data = tableRows(charts, 'heat-data');
    expect(data).toHaveLength(N / 50);
    // each group's mean, computed here as a mean of exact fractions (meanIndex), field 1 skipping the units it does not apply to
    for (const g of [0, 7, N / 50 - 1]) {
      const group = Array.from({ length: 50 }, (_, k) => rowAt(g * 50 + k, N));
      const mean = (f: number) => meanIndex(group.filter((r) => r.fields[f]!.max > 0).map((r) => ({ num: r.fields[f]!.points, den: r.fields[f]!.max })), 2)?.text;
      expect(data[g]).toEqual([`${g * 50 + 1}–${g * 50 + 50}`, '50', mean(0), mean(1)]);
    }
  });

  it('gives charts that do not grow with the units, in pieces none of which is large', () => {
    const big = largeReport(10 * N).report;
    const pieces = [...renderHtml(big, ctx('en'))];
    const whole = pieces.join('');
    expect(whole.length).toBeGreaterThan(5_000_000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100_000);
    expect(pieces.length).toBeGreaterThan(10 * N);
    const [small, large] = [blockPart(html).length, blockPart(whole).length];
    expect(large).toBeLessThan(small * 1.2);
  });

  it('is in Vietnamese with --lang vi', () => {
    const vi = blockPart(page(report, 'vi'));
    expect(vi).toContain(`Khối có ${N} đơn vị, quá nhiều để vẽ mỗi đơn vị một cột: mỗi cột ở đây là số đơn vị có chỉ số nằm trong một khoảng rộng 0,5 điểm phần trăm.`);
    expect(vi).toContain('Mỗi cột gồm 50 đơn vị liền nhau trong bảng xếp hạng');
    expect(vi).toContain('<h3>Số đơn vị theo chỉ số</h3>');
    expect(vi).not.toContain('units');
  });
});

describe('the per-unit charts up to PER_UNIT_CHARTS units', () => {
  it('draw one bar per unit at the limit, and a histogram one unit past it', () => {
    const bars = (n: number): number | undefined => /<svg class="chart bars"[\s\S]*?<g class="marks">([\s\S]*?)<\/g>/.exec(page(largeReport(n).report))?.[1]?.match(/<rect /g)?.length;
    expect(bars(PER_UNIT_CHARTS)).toBe(PER_UNIT_CHARTS);
    expect(bars(PER_UNIT_CHARTS + 1)).toBeUndefined();
    expect(page(largeReport(PER_UNIT_CHARTS + 1).report)).toContain('<svg class="chart histogram"');
  });

  it('are given as pieces, not one string, and the same text every time', () => {
    const out = renderHtml(REPORT, ctx('vi'));
    expect(typeof out).not.toBe('string');
    const pieces = [...out];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(page(REPORT, 'vi'));
  });
});
