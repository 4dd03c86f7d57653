/**
 * The HTML report of a large block: it is written in pieces (never one string), a block of more than
 * PER_UNIT_CHARTS units gets a histogram of the index and a heat map of groups of units instead of one mark per
 * unit, its rows are read once for the charts and once for the table, and the charts do not grow with the units.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/diagnostics/types.js';
import { meanIndex } from '../../src/report/model/build.js';
import type { RunReport } from '../../src/report/model/schema.js';
import { PER_UNIT_CHARTS } from '../../src/report/html/summary.js';
import { renderHtml } from '../../src/report/score/html.js';
import { largeReport, rowAt } from './helpers/large-report.js';
import { REPORT } from './helpers/report.js';

const ctx = (lang: Lang) => ({ lang, chalk: new Chalk({ level: 0 }) });
const page = (report: RunReport, lang: Lang = 'en'): string => [...renderHtml(report, ctx(lang))].join('');

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
