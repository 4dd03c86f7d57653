/**
 * The HTML report of the demo (150 communes in three blocks) opened in headless Chromium, the real browser a
 * province would use: it loads with no console error and no request but its own file, draws one bar per unit,
 * sorts on a click, is screenshotted, and prints to the number of A4 pages its print style sheet sets; a block of
 * 3,000 units opens too, with a histogram and a heat map of groups of units.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/report/model/schema.js';
import { renderHtml } from '../../src/report/score/html.js';
import { ROWS_PER_PRINTED_PAGE } from '../../src/report/html/style.js';
import { demoReport } from './helpers/demo-report.js';
import { largeReport } from './helpers/large-report.js';
import { realProgram } from '../helpers/real-programs.js';

const chromium = process.env.PARINDEX_CHROMIUM ?? realProgram('chromium', 'the HTML report in a real browser');
const pdfinfo = chromium ? realProgram('pdfinfo', 'the HTML report printed to PDF') : undefined;

/** The flags of a browser that talks to nobody: no first-run, sync, component updates or background traffic. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Opened {
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly otherRequests: string[];
}

async function open(browser: Browser, file: string): Promise<Opened> {
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  const consoleErrors: string[] = [];
  const otherRequests: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
  page.on('pageerror', (e) => void consoleErrors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url() === url) return void r.continue();
    otherRequests.push(r.url());
    void r.abort();
  });
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  return { page, consoleErrors, otherRequests };
}

/** A cover page, then per block a page of charts and the table's pages, then the criteria set. */
const expectedPages = (report: RunReport): number => 1 + report.blocks.reduce((n, b) => n + 1 + Math.ceil(b.rows.length / ROWS_PER_PRINTED_PAGE), 0) + 1;

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  let dir: string;
  let browser: Browser;
  let report: RunReport;
  let opened: Opened;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parindex-html-'));
    report = await demoReport('vi');
    writeFileSync(join(dir, 'par-index.html'), [...renderHtml(report, { lang: 'vi', chalk: new Chalk({ level: 0 }) })].join(''));
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: [...QUIET_CHROMIUM_FLAGS, `--user-data-dir=${join(dir, 'profile')}`],
    });
    opened = await open(browser, join(dir, 'par-index.html'));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no console error and no request but the page itself', () => {
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.otherRequests).toEqual([]);
  });

  it('draws one bar per unit in each block, and each block table has every unit', async () => {
    // A string: the tests are compiled without the DOM's types.
    const counts = await opened.page.evaluate(`Array.from(document.querySelectorAll('section.block')).map((s) => [
      s.querySelectorAll('svg.bars g.marks rect').length,
      document.getElementById(s.id.replace('block', 'ranking')).querySelectorAll('table.ranked tbody tr').length,
    ])`);
    expect(counts).toEqual(report.blocks.map((b) => [b.rows.length, b.rows.length]));
  });

  it('sorts a table by a click on its heading: index ascending puts the lowest first', async () => {
    const { page } = opened;
    const column = await page.$$eval('#ranking-0 table.ranked thead th', (ths) => ths.findIndex((th) => th.textContent?.startsWith('Chỉ số')));
    expect(column).toBeGreaterThan(0);
    await page.click(`#ranking-0 table.ranked thead th:nth-child(${column + 1}) button`);
    const first = await page.$eval('#ranking-0 table.ranked tbody tr td', (td) => td.textContent);
    expect(first).toBe(String([...report.blocks[0]!.rows].at(-1)!.rank));
    expect(await page.$eval(`#ranking-0 table.ranked thead th:nth-child(${column + 1})`, (th) => th.getAttribute('aria-sort'))).toBe('ascending');
    expect(opened.consoleErrors).toEqual([]);
  });

  it('takes a screenshot', async () => {
    const png = await opened.page.screenshot({ type: 'png' });
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.byteLength).toBeGreaterThan(50_000);
  });

  it('opens a block of 3,000 units: a histogram and a heat map of groups instead of a mark per unit, every unit in the table', async () => {
    const file = join(dir, 'lon.html');
    writeFileSync(file, [...renderHtml(largeReport(3000).report, { lang: 'vi', chalk: new Chalk({ level: 0 }) })].join(''));
    const large = await open(browser, file);
    try {
      expect(large.consoleErrors).toEqual([]);
      expect(large.otherRequests).toEqual([]);
      const seen = await large.page.evaluate(`[
        document.querySelectorAll('svg.bars').length,
        Array.from(document.querySelectorAll('svg.histogram g.marks rect')).reduce((n, r) => n + Number(/: (\\d+) đơn vị/.exec(r.textContent)[1]), 0),
        document.querySelectorAll('svg.heat g.marks rect').length,
        document.querySelectorAll('table.ranked tbody tr').length,
        Math.round(document.querySelector('svg.histogram').getBoundingClientRect().width),
      ]`);
      expect(seen).toEqual([0, 3000, 2 * 60, 3000, 1000]);
    } finally {
      await large.page.close();
    }
  });

  it.skipIf(!pdfinfo)('prints on A4 landscape: a cover, per block a page of charts and the table pages, the criteria set', async () => {
    // The page as the earlier tests left it (one table sorted): the page count does not depend on the order.
    const { page } = opened;
    const pdf = join(dir, 'par-index.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync(pdfinfo!, [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(expectedPages(report));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
