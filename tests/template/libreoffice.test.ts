/**
 * The round trip of a template through a real spreadsheet program: made by parindex, filled by a script,
 * recalculated and saved by LibreOffice headless, then validated and scored.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { loadCriteriaSet } from '../../src/criteria/load.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { fingerprintOf, readFingerprint } from '../../src/template/fingerprint.js';
import { fixturePath } from '../helpers/fixtures.js';
import { cli } from '../annex/memory-io.js';
import { fillWide } from './fill.js';
import { realProgram } from '../helpers/real-programs.js';

const SET = fixturePath('criteria', 'xa-2024.json');
const UNITS = fixturePath('template', 'don-vi-xa.csv');

/** Opens and saves a workbook with LibreOffice (which recalculates every formula of a file it did not write). */
function saveWithLibreOffice(soffice: string, file: string, outDir: string, profile: string): string {
  const r = spawnSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, file], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return join(outDir, file.split('/').pop() as string);
}

it('template → filled → recalculated by LibreOffice → validates clean, scores as expected, keeps its validation', async () => {
  const soffice = realProgram('libreoffice', 'template round trip through LibreOffice');
  if (!soffice) return;
  const setBytes = readFileSync(SET);
  const set = (loadCriteriaSet(setBytes.toString('utf8'), SET) as { set: CriteriaSet }).set;
  const dir = mkdtempSync(join(tmpdir(), 'parindex-lo-'));
  const template = join(dir, 'template.xlsx');
  expect((await cli(['template', SET, '--layout', 'wide', '--units', UNITS, '-o', template])).code).toBe(0);
  const { bytes, expected } = await fillWide(readFileSync(template), set);
  const filled = join(dir, 'filled.xlsx');
  writeFileSync(filled, bytes);
  mkdirSync(join(dir, 'lo'));
  const saved = saveWithLibreOffice(soffice, filled, join(dir, 'lo'), join(dir, 'profile'));

  // LibreOffice computed the subtotals, total and index: every unit row has numbers there now.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Xã') as ExcelJS.Worksheet;
  const header = ws.getRow(5).values as unknown[];
  const totalCol = header.indexOf('Tổng điểm');
  const indexCol = header.indexOf('Chỉ số CCHC (%)');
  const computed = ws.getCell(6, totalCol).value as { result?: unknown };
  expect(typeof computed.result).toBe('number');
  expect(typeof (ws.getCell(6, indexCol).value as { result?: unknown }).result).toBe('number');
  // The data validation is still there, with its Vietnamese messages.
  for (let col = 5; col < 5 + set.leaves.length; col++) {
    const dv = ws.getCell(7, col).dataValidation;
    expect(dv?.type, `column ${col}`).toMatch(/^(list|decimal|custom)$/);
    expect(dv?.error).toMatch(/^Tiêu chí /);
  }
  expect(await readFingerprint(readFileSync(saved))).toEqual(fingerprintOf(set, setBytes));

  const v = await cli(['validate', saved, '-c', SET, '--units', UNITS, '--format', 'json']);
  const report = JSON.parse(v.stdout) as { summary: Record<string, number>; files: { diagnostics: { code: string }[] }[] };
  expect(report.files.flatMap((f) => f.diagnostics.map((d) => d.code))).not.toContain('check/reported-mismatch');
  expect(report.summary).toMatchObject({ units: 6, errors: 0, warnings: 0 });
  const s = await cli(['score', saved, '-c', SET, '--format', 'json']);
  expect(s.code).toBe(0);
  const rows = (JSON.parse(s.stdout) as { blocks: { rows: { code: string; index: number; points: number }[] }[] }).blocks.flatMap((b) => b.rows);
  expect(rows.length).toBe(6);
  for (const row of rows) expect(Math.round(row.index * 100), row.code).toBe(expected.get(row.code)?.index100);
}, 240_000);
