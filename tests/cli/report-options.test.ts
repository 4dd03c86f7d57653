/** The options that shape score's reports, as a user types them: --csv-dialect, --wide, the annex heading. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parindex, STACK_FRAME } from '../helpers/cli.js';

const SET = 'fixtures/score/criteria-mini.json';
const VALID = 'fixtures/score/valid.csv';

describe('score report options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parindex-report-options-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--csv-dialect excel-vi writes semicolons and decimal commas; rfc stays the default', async () => {
    const vi = await parindex(['score', VALID, '-c', SET, '--format', 'csv', '--csv-dialect', 'excel-vi']);
    expect(vi.status).toBe(0);
    expect(vi.stdout.split('\r\n')[1]).toBe('1;Xã;27016;Xã Mỹ Đức;9,00;4,70;2,70;13,70;2,70;0,30;0,00;16,70;20,00;83,50;Tốt;;ranked;0;');
    const rfc = await parindex(['score', VALID, '-c', SET, '--format', 'csv']);
    expect(rfc.stdout.split('\r\n')[1]).toBe('1,Xã,27016,Xã Mỹ Đức,9.00,4.70,2.70,13.70,2.70,0.30,0.00,16.70,20.00,83.50,Tốt,,ranked,0,');
  });

  it('an unknown dialect or a date that is not a date: one line naming the option, exit 2', async () => {
    for (const args of [['--csv-dialect', 'excel'], ['--date', '2025-02-30'], ['--date', '15/3/2025']]) {
      const r = await parindex(['score', VALID, '-c', SET, ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')[0]).toContain(args[0]);
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('--wide is accepted, and a pipe gets the full table with or without it', async () => {
    const plain = await parindex(['score', VALID, '-c', SET]);
    const wide = await parindex(['score', VALID, '-c', SET, '--wide']);
    expect(wide.status).toBe(0);
    expect(wide.stdout).toBe(plain.stdout);
    expect(plain.stdout).toMatch(/Rank +Code +Unit +F1 +F2 +F3 +Appraisal +Survey +Bonus +Penalty +Total/);
  });

  it('the annex heading and signature block come from the options, line breaks from \\n', async () => {
    const out = join(dir, 'phu-luc.xlsx');
    const r = await parindex(['score', VALID, '-c', SET, '--lang', 'vi', '-o', out, '--issuer', 'UBND TỈNH ĐỒNG THÁP\\nSỞ NỘI VỤ', '--decision', '125/QĐ-UBND', '--date', '2025-03-15', '--place', 'Đồng Tháp', '--signer-title', 'KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC', '--signer', 'Nguyễn Văn An']);
    expect(r.status, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => void (c.isMerged && c.master !== c ? null : texts.push(String(c.value)))));
    expect(texts.slice(0, 2)).toEqual(['UBND TỈNH ĐỒNG THÁP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(texts).toContain('(Kèm theo Quyết định số 125/QĐ-UBND ngày 15/3/2025 của SỞ NỘI VỤ)');
    expect(texts.slice(-4)).toEqual(['Đồng Tháp, ngày 15 tháng 3 năm 2025', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']);
  });
});
