// Makes the README's pictures from the demo (fixtures/demo/xa.xlsx scored against criteria-xa.json), with the
// programs a reader would use: headless Chromium for the HTML report (a screenshot of the page, and a page of
// its print to PDF), LibreOffice for the XLSX annex (its first printed page). `npm run pictures`.
//
// Needs: a build (npm run build), chromium (or PARINDEX_CHROMIUM=/path), soffice (LibreOffice), pdftoppm
// (poppler-utils). Writes docs/img/*.png only; everything else goes to a temporary folder that is removed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'docs', 'img');
const CHROMIUM = process.env.PARINDEX_CHROMIUM ?? '/usr/bin/chromium';
/** The same quiet flags as tests/report/html-browser.test.ts: a browser that talks to nobody. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DPI = '70';

/** The annex heading and signature block of the pictures (made-up office, real layout). */
const ANNEX = ['--issuer', 'UBND TỈNH ĐỒNG THÁP\\nSỞ NỘI VỤ', '--decision', '125/QĐ-UBND', '--date', '2025-03-15', '--place', 'Đồng Tháp', '--signer-title', 'KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC', '--signer', 'Nguyễn Văn An'];

/** `parindex score` on the demo, as a reader runs it, writing one format to `file`. */
function score(format, file, extra = []) {
  const argv = ['score', 'fixtures/demo/xa.xlsx', '-c', 'fixtures/demo/criteria-xa.json', '--lang', 'vi', '--format', format, '-o', file, ...extra];
  execFileSync(process.execPath, [join(ROOT, 'bin', 'parindex.cjs'), ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** One page of a PDF as a PNG at DPI. */
function pdfPage(pdf, page, png) {
  const prefix = png.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-png', '-r', DPI, '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
}

async function htmlPictures(tmp) {
  const html = join(tmp, 'par-index.html');
  score('html', html);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, protocolTimeout: 180_000, args: [...FLAGS, `--user-data-dir=${join(tmp, 'profile')}`] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 1400 });
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    // The top of the page: the overview, then the first block's mean and charts.
    await page.screenshot({ path: join(OUT, 'html-report.png'), clip: { x: 0, y: 0, width: 1100, height: 1640 } });
    const pdf = join(tmp, 'par-index.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    pdfPage(pdf, 3, join(OUT, 'html-report-print.png'));
  } finally {
    await browser.close();
  }
}

function xlsxPicture(tmp) {
  const xlsx = join(tmp, 'par-index.xlsx');
  score('xlsx', xlsx, ANNEX);
  const profile = pathToFileURL(join(tmp, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, xlsx], { stdio: 'ignore', timeout: 180_000 });
  pdfPage(join(tmp, 'par-index.pdf'), 1, join(OUT, 'annex-xa.png'));
}

if (!existsSync(join(ROOT, 'dist', 'parindex.cjs'))) throw new Error('make-pictures: run `npm run build` first (or `npm run pictures`)');
mkdirSync(OUT, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'parindex-pictures-'));
try {
  await htmlPictures(tmp);
  rmSync(join(tmp, 'par-index.pdf'));
  xlsxPicture(tmp);
  console.log(`wrote ${['html-report.png', 'html-report-print.png', 'annex-xa.png'].map((f) => join('docs', 'img', f)).join(', ')}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
