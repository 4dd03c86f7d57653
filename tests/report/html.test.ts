/** The HTML report as text: escaping of sheet values, nothing fetched, exact rows, languages, deterministic bytes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/diagnostics/types.js';
import { formatForFile, formats } from '../../src/report/formats.js';
import { tickStep } from '../../src/report/html/charts.js';
import { bandColour, heatColour } from '../../src/report/html/colours.js';
import type { RunReport } from '../../src/report/model/schema.js';
import { renderHtml } from '../../src/report/score/html.js';
import { parindex } from '../helpers/cli.js';
import { demoReport } from './helpers/demo-report.js';
import { HUGE, REPORT } from './helpers/report.js';

const ctx = (lang: Lang) => ({ lang, chalk: new Chalk({ level: 0 }) });
/** The page's text: renderHtml gives it in pieces. */
const page = (report: RunReport, lang: Lang): string => [...renderHtml(report, ctx(lang))].join('');
const HOSTILE = `<img src=x onerror=alert(1)> & "Hòa" 'Bình'</td>`;

/** REPORT with a unit name and a block name that try to break out of the markup. */
function hostileReport(): RunReport {
  const block = REPORT.blocks[0]!;
  return {
    ...REPORT,
    blocks: [{ ...block, name: `Khối <b>"A"</b>`, rows: [{ ...block.rows[0]!, name: HOSTILE, code: '<27001>' }, ...block.rows.slice(1)] }],
  };
}

/** The ranked tables' rows as the exact micro-points of their data-v cells, with the cap mark. */
function rankedRows(html: string, fieldCount: number): { fields: number[]; appraisal: number; survey: number; bonus: number; penalty: number; total: number; max: number; capped: boolean }[] {
  const tables = [...html.matchAll(/<table class="ranked">[\s\S]*?<\/table>/g)].map((m) => m[0]);
  return tables.flatMap((t) =>
    [...t.matchAll(/<tr>(<td[\s\S]*?)<\/tr>/g)].map((m) => {
      const v = [...m[1]!.matchAll(/data-v="(-?\d+(?:\.\d+)?)"/g)].map((x) => Number(x[1]));
      // rank, fields…, appraisal, survey, bonus, penalty, total, effective max, index
      const [, ...rest] = v;
      const fields = rest.slice(0, fieldCount);
      const [appraisal = NaN, survey = NaN, bonus = NaN, penalty = NaN, total = NaN, max = NaN] = rest.slice(fieldCount);
      return { fields, appraisal, survey, bonus, penalty, total, max, capped: /class="n total"[^>]*>[^<]*<sup/.test(m[1]!) };
    }),
  );
}

describe('renderHtml on a hand-built report', () => {
  const html = page(hostileReport(), 'vi');

  it('escapes every text from sheets: no tag, attribute or entity can be injected', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>"A"</b>');
    expect(html).not.toContain('<27001>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Hòa&quot; &#39;Bình&#39;&lt;/td&gt;');
    expect(html).toContain('Khối &lt;b&gt;&quot;A&quot;&lt;/b&gt;');
    // the chart's tooltips carry the same name, escaped
    expect(html).toMatch(/<title>1\. &lt;27001&gt; &lt;img src=x/);
  });

  it('shows control characters as pictures and shortens a huge value', () => {
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(html).toContain('Xã Ấn␛[2K␛[1AĐịnh');
    expect(html).not.toContain(HUGE.slice(0, 1000));
    expect(html.length).toBeLessThan(100_000);
  });

  it('marks a total held at the cap and footnotes it; a field not applicable is grey in the heat map', () => {
    const rows = rankedRows(html, 2);
    expect(rows.map((r) => r.capped)).toEqual([true, false]);
    expect(html).toContain('<p class="note">* Tổng điểm bị giới hạn ở điểm tối đa thực tế.</p>');
    expect(html).toMatch(/<rect [^>]*class="na"><title>2\. 27004 Xã Đồng Tâm — LV1: không đánh giá<\/title>/);
  });

  it('lists the first problems with their locations, and the inputs with their SHA-256', () => {
    expect(html).toContain('3 lỗi, 0 cảnh báo, 1 thông tin');
    expect(html).toContain('<code>cell/not-a-number</code>');
    expect(html).toContain(`<span class="hash">${'b'.repeat(64)}</span>`);
    expect(html).toContain('nop/xa␊moi.csv');
  });

  it('loads nothing: no external URL, no src, no stylesheet or font link, a CSP that forbids fetching', () => {
    const urls = [...html.matchAll(/https?:\/\/[^\s"')]+/g)].map((m) => m[0]).filter((u) => u !== 'http://www.w3.org/2000/svg');
    expect(urls).toEqual([]);
    expect(html).not.toMatch(/<[a-z]+[^>]*\ssrc=|@import|url\(|<link(?! rel="icon" href="data:,">)/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
  });

  it('renders a block whose units were all left out, and a set without bands: no bars, no mean, no thresholds', () => {
    const empty: RunReport = {
      ...REPORT,
      criteria: { ...REPORT.criteria, set: { ...REPORT.criteria.set, bands: [] } },
      blocks: [{ ...REPORT.blocks[0]!, rows: [], mean: null, bandCounts: [] }],
    };
    const out = page(empty, 'en');
    expect(out).toContain('Mean index: <strong>—</strong> · 0 units');
    expect(out).not.toMatch(/class="(threshold|mean)"/);
    expect(out).not.toContain('Band distribution</h3>');
    expect(/<svg class="chart bars"[\s\S]*?<g class="marks">([\s\S]*?)<\/g>/.exec(out)?.[1]).toBe('');
  });

  it('is English with --lang en: words, lang attribute and decimal points', () => {
    const en = page(REPORT, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('>Index (%)</th>');
    expect(en).toContain('<strong>66.75</strong>');
    expect(html).toContain('<strong>66,75</strong>');
    expect(en).not.toContain('Bảng xếp hạng');
  });
});

describe('renderHtml on the demo (150 communes, three blocks)', () => {
  let report: RunReport;
  let html: string;
  beforeAll(async () => {
    report = await demoReport('vi');
    html = page(report, 'vi');
  });

  it('gives the same bytes twice', () => {
    expect(page(report, 'vi')).toBe(html);
  });

  it('accounts for every point: fields = appraisal + survey, and appraisal + survey + bonus − penalty = total unless capped', () => {
    const rows = rankedRows(html, report.criteria.set.fields.length);
    expect(rows).toHaveLength(report.blocks.reduce((n, b) => n + b.rows.length, 0));
    const wrong = rows.filter((r) => {
      const sum = r.appraisal + r.survey + r.bonus - r.penalty;
      return r.fields.reduce((a, b) => a + b, 0) !== r.appraisal + r.survey || (r.capped ? sum <= r.total || r.total !== r.max : sum !== r.total);
    });
    expect(wrong).toEqual([]);
    expect(rows.some((r) => r.bonus > 0)).toBe(true);
  });

  it('draws one bar per unit and one heat cell per unit and field in each block', () => {
    const sections = html.split('<section class="page block"').slice(1);
    expect(sections.map((s) => (s.split('</svg>')[0]!.match(/<rect /g) ?? []).length)).toEqual(report.blocks.map((b) => b.rows.length));
    const heat = (s: string): number => (/<svg class="chart heat"[\s\S]*?<g class="marks">([\s\S]*?)<\/g>/.exec(s)?.[1]?.match(/<rect /g) ?? []).length;
    expect(sections.map(heat)).toEqual(report.blocks.map((b) => b.rows.length * report.criteria.set.fields.length));
  });

  it('draws the thresholds of each block’s own bands (Phường has its own)', () => {
    const thresholds = html.split('<section class="page block"').slice(1).map((s) => [...s.matchAll(/class="label" fill="[^"]+">([^<]+)</g)].map((m) => m[1]));
    expect(thresholds).toEqual([
      ['Xuất sắc ≥ 90', 'Tốt ≥ 80', 'Khá ≥ 70', 'Trung bình ≥ 50'],
      ['Xuất sắc ≥ 92', 'Tốt ≥ 82', 'Khá ≥ 72', 'Trung bình ≥ 55'],
      ['Xuất sắc ≥ 90', 'Tốt ≥ 80', 'Khá ≥ 70', 'Trung bình ≥ 50'],
    ]);
  });
});

describe('the html format', () => {
  it('is written by `parindex score -o x.html`, the same bytes as --format html on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parindex-html-cli-'));
    try {
      const file = join(dir, 'bao-cao.html');
      const args = ['score', 'fixtures/demo/xa.csv', '-c', 'fixtures/demo/criteria-xa.json', '--lang', 'vi'];
      const written = await parindex([...args, '-o', file]);
      expect([written.status, written.stdout]).toEqual([0, '']);
      const html = readFileSync(file, 'utf8');
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
      expect(html).toContain('Khối: Thị trấn');
      const printed = await parindex([...args, '--format', 'html']);
      expect(printed.stdout).toBe(html);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is registered as text, chosen by -o x.html or x.htm', () => {
    expect(formatForFile('score', 'bao-cao.html')).toBe('html');
    expect(formatForFile('score', 'BAO-CAO.HTM')).toBe('html');
    expect(formats.score.html.binary).toBe(false);
    expect(formats.score.html.fileName).toBe('par-index.html');
  });
});

describe('chart helpers', () => {
  it('label at most ~25 ticks, at round steps', () => {
    expect([1, 25, 26, 112, 150, 1000].map(tickStep)).toEqual([1, 1, 2, 5, 10, 50]);
  });

  it('colour the best band green and the worst red, however many bands; the heat scale darkens with the index', () => {
    expect([bandColour(0, 5), bandColour(4, 5), bandColour(0, 2), bandColour(1, 2)]).toEqual(['#1a7f37', '#c92a2a', '#1a7f37', '#c92a2a']);
    const lum = (hex: string): number => [1, 3, 5].reduce((s, i) => s + parseInt(hex.slice(i, i + 2), 16), 0);
    const scale = [0, 25, 50, 60, 70, 80, 85, 90, 100].map((v) => lum(heatColour(v)));
    expect(scale).toEqual([...scale].sort((a, b) => b - a));
  });
});
