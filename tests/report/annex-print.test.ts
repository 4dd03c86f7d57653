/**
 * The annex workbook as LibreOffice prints it: the demo's 150 communes converted to PDF by `soffice`, read back by
 * `pdfinfo` and `pdftotext`. The table's header is on every page of the annex, the 112-commune block takes at least
 * three A4 landscape pages numbered "Trang N/M", and every unit's row is there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { formats } from '../../src/report/formats.js';
import { demoReport } from './helpers/demo.js';
import { realProgram, runProgram as run } from '../helpers/real-programs.js';

const annex = { issuer: 'UBND TỈNH ĐỒNG THÁP\nSỞ NỘI VỤ', decision: '125/QĐ-UBND', date: '2025-03-15', place: 'Đồng Tháp', signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer: 'Nguyễn Văn An' };

describe('the annex workbook printed by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parindex-annex-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the header on every page, the large block on 3+ numbered A4 landscape pages, every unit', async (test) => {
    const soffice = realProgram('libreoffice', 'the annex workbook printed through LibreOffice');
    const pdftotext = realProgram('pdftotext', 'the text of the printed annex');
    const pdfinfo = realProgram('pdfinfo', 'the pages of the printed annex');
    if (!soffice || !pdftotext || !pdfinfo) return test.skip();
    const report = await demoReport();
    const bytes = Buffer.concat([...(await formats.score.xlsx.render(report, { lang: 'vi', chalk: new Chalk({ level: 0 }), annex }))]);
    const xlsx = join(dir, 'xa.xlsx');
    writeFileSync(xlsx, bytes);
    // A fresh profile: parallel runs do not share (and lock) one.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx]);
    const pdf = join(dir, 'xa.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const info = run(pdfinfo, [pdf]);
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(info).toMatch(/^Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/m);
    const pages = run(pdftotext, ['-layout', pdf, '-']).split('\f').slice(0, pageCount);
    expect(pages).toHaveLength(pageCount);

    // The annex pages: each carries the grouped header (printed on every page) and its number.
    const annexPages = pages.map((text, i) => ({ text, i })).filter((p) => p.text.includes('Điểm các lĩnh vực'));
    for (const p of annexPages) {
      expect(p.text, `page ${p.i + 1}`).toMatch(/Hạng +Mã +Đơn vị/);
      expect(p.text, `page ${p.i + 1}`).toContain(`Trang ${p.i + 1}/${pageCount}`);
    }
    expect(pages[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pages[0]).toContain('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC XÃ, PHƯỜNG, THỊ TRẤN');
    expect(pages[0]).toContain('(Kèm theo Quyết định số 125/QĐ-UBND ngày 15/3/2025 của SỞ NỘI VỤ)');

    // Each block's pages run from the one naming it to the one before the next block.
    const starts = report.blocks.map((b) => annexPages.findIndex((p) => p.text.includes(`Khối: ${b.name}`)));
    expect(starts.every((s, i) => s >= 0 && (i === 0 || s > starts[i - 1]!))).toBe(true);
    report.blocks.forEach((block, b) => {
      const own = annexPages.slice(starts[b], b + 1 < starts.length ? starts[b + 1] : undefined).map((p) => p.text).join('\n');
      if (block.rows.length >= 100) expect((b + 1 < starts.length ? starts[b + 1]! : annexPages.length) - starts[b]!, block.name).toBeGreaterThanOrEqual(3);
      for (const row of block.rows) expect(own, `${block.name} ${row.code}`).toMatch(new RegExp(`^ *${row.rank} +${row.code} +${row.name.split(' ')[0]}`, 'm'));
      expect(own).toContain('Nguyễn Văn An');
    });
    expect(report.blocks.some((b) => b.rows.length >= 100)).toBe(true);
  }, 240_000);
});
