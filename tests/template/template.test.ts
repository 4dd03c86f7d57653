import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCriteriaSet } from '../../src/criteria/load.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { checkFingerprint, fingerprintOf, readFingerprint } from '../../src/template/fingerprint.js';
import { fixturePath as fixture } from '../helpers/fixtures.js';
import { cli } from '../annex/memory-io.js';
import { fillWide } from './fill.js';

const SET = fixture('criteria', 'xa-2024.json');
const UNITS = fixture('template', 'don-vi-xa.csv');
const setBytes = readFileSync(SET);
const set = (loadCriteriaSet(setBytes.toString('utf8'), SET) as { set: CriteriaSet }).set;
const dir = mkdtempSync(join(tmpdir(), 'parindex-template-'));

describe('parindex template --layout wide', () => {
  const file = join(dir, 'wide.xlsx');
  beforeAll(async () => {
    const r = await cli(['template', SET, '--layout', 'wide', '--units', UNITS, '-o', file]);
    expect(r.stderr).toContain('wide.xlsx');
    expect(r.code).toBe(0);
  });

  it('has a sheet per block, a guide sheet, validation on every score cell, formulas, protection and frozen panes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Xã', 'Phường', 'Thị trấn', 'Hướng dẫn']);
    const ws = wb.getWorksheet('Xã') as ExcelJS.Worksheet;
    expect(ws.getCell('B6').value).toBe('25102');
    const leafCols = set.leaves.length;
    for (let col = 5; col < 5 + leafCols; col++) {
      const dv = ws.getCell(6, col).dataValidation;
      expect(dv?.type, `column ${col}`).toBeDefined();
      expect(dv?.showErrorMessage).toBe(true);
      expect(dv?.prompt).toMatch(/^(Nhập|Chọn)/);
    }
    const total = ws.getRow(5).values as unknown[];
    const totalCol = total.indexOf('Tổng điểm');
    expect((ws.getCell(6, totalCol).value as { formula?: string }).formula).toMatch(/^IF\(COUNTA\(/);
    expect(ws.getCell(6, totalCol).protection?.locked).not.toBe(false);
    expect(ws.getCell(6, 5).protection?.locked).toBe(false);
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } }).sheetProtection).toMatchObject({ sheet: true });
    expect((ws as unknown as { sheetProtection?: { hashValue?: string } }).sheetProtection?.hashValue).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 5 });
  });

  it('carries the fingerprint of its set, which readFingerprint finds and checkFingerprint compares', async () => {
    const found = await readFingerprint(readFileSync(file));
    const expected = fingerprintOf(set, setBytes);
    expect(found).toEqual(expected);
    expect(checkFingerprint(found, expected, { file })).toBeUndefined();
    const other = checkFingerprint(found, { ...expected, id: 'huyen-2024', sha256: '0'.repeat(64) }, { file });
    expect(other).toMatchObject({ code: 'template/set-mismatch', severity: 'error', details: { found: '"xa-2024" (2024)', expected: '"huyen-2024" (2024)' } });
    const edited = checkFingerprint(found, { ...expected, sha256: '1'.repeat(64) }, { file });
    expect(edited?.severity).toBe('warning');
  });

  it('is the same bytes when made twice', async () => {
    const again = join(dir, 'wide-again.xlsx');
    await cli(['template', SET, '--layout', 'wide', '--units', UNITS, '-o', again]);
    expect(Buffer.compare(readFileSync(again), readFileSync(file))).toBe(0);
  });

  it('filled by a script, validates with no error and scores the expected indexes', async () => {
    const { bytes, expected } = await fillWide(readFileSync(file), set);
    const filled = join(dir, 'wide-filled.xlsx');
    writeFileSync(filled, bytes);
    const v = await cli(['validate', filled, '-c', SET, '--units', UNITS, '--format', 'json']);
    expect(JSON.parse(v.stdout)).toMatchObject({ summary: { units: 6, errors: 0, warnings: 0 } });
    expect(v.code).toBe(0);
    const s = await cli(['score', filled, '-c', SET, '--format', 'json']);
    expect(s.code).toBe(0);
    const rows = (JSON.parse(s.stdout) as { blocks: { rows: { code: string; index: number; effectiveMax: number }[] }[] }).blocks.flatMap((b) => b.rows);
    expect(rows.length).toBe(6);
    for (const row of rows) {
      const e = expected.get(row.code);
      expect(row.effectiveMax * 1e6).toBe(e?.effectiveMax);
      expect(Math.round(row.index * 100)).toBe(e?.index100);
    }
  });
});

describe('parindex template --layout form', () => {
  it('writes one form per unit, A4 portrait, that validate reads as a form once filled', async () => {
    const out = join(dir, 'forms');
    const r = await cli(['template', SET, '--layout', 'form', '--units', UNITS, '--out-dir', out]);
    expect(r.code).toBe(0);
    const file = join(out, '25102 - Xã An Bình.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    expect(ws.getCell('B5').value).toBe('25102');
    expect(await readFingerprint(readFileSync(file))).toEqual(fingerprintOf(set, setBytes));
    // Fill the self-assessed column with each leaf's max (or its highest allowed points).
    let row = 0;
    ws.eachRow((r, n) => {
      const code = String(r.getCell(1).value ?? '');
      const leaf = set.leaves.find((l) => l.code === code);
      if (!leaf) return;
      r.getCell(4).value = leaf.max / 1e6;
      row = n;
    });
    expect(row).toBeGreaterThan(0);
    const filled = join(out, 'filled', '25102 - Xã An Bình.xlsx');
    await import('node:fs').then((fs) => fs.mkdirSync(join(out, 'filled'), { recursive: true }));
    writeFileSync(filled, new Uint8Array(await wb.xlsx.writeBuffer()));
    const v = await cli(['validate', filled, '-c', SET, '--units', UNITS, '--format', 'json']);
    const report = JSON.parse(v.stdout) as { summary: { units: number; errors: number }; files: { diagnostics: { code: string; severity: string }[] }[] };
    expect(report.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.summary).toMatchObject({ units: 1, errors: 0 });
    expect(v.code).toBe(0);
  });
});

describe('parindex template usage', () => {
  it('needs somewhere to write the workbook, and one place only (exit 2)', async () => {
    const none = await cli(['template', SET, '--layout', 'wide']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give -o FILE.xlsx');
    const both = await cli(['template', SET, '-o', join(dir, 'a.xlsx'), '--out-dir', dir]);
    expect(both.code).toBe(2);
    const noUnits = await cli(['template', SET, '--layout', 'form', '--out-dir', join(dir, 'x')]);
    expect(noUnits.code).toBe(2);
    expect(noUnits.stderr).toContain('--out-dir needs --units');
  });

  it('makes a blank form without a unit list, which validate reads as a form without a unit', async () => {
    const file = join(dir, 'blank-form.xlsx');
    expect((await cli(['template', SET, '--layout', 'form', '-o', file])).code).toBe(0);
    const v = await cli(['validate', file, '-c', SET, '--format', 'json']);
    const codes = (JSON.parse(v.stdout) as { files: { diagnostics: { code: string }[] }[] }).files.flatMap((f) => f.diagnostics.map((d) => d.code));
    expect(codes).toContain('form/no-unit');
  });
});
