/**
 * What the command line does with its inputs beyond scoring them: the fingerprint of a template-made workbook
 * (issue 10), options that name what a sheet does not have (issue 8 #7), a workbook with no visible sheet (issue 8 #4).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lines, parindex } from '../helpers/cli.js';
import { makeZip, workbookParts } from '../sheet/zip-writer.js';

const tmp = mkdtempSync(join(tmpdir(), 'parindex-wiring-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonDiagnostic {
  code: string;
  severity: string;
  location: { file?: string };
  details: Record<string, unknown>;
}

async function diagnosticsOf(args: readonly string[]): Promise<{ status: number; diagnostics: JsonDiagnostic[] }> {
  const r = await parindex(['score', ...args, '-f', 'json']);
  return { status: r.status, diagnostics: (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics };
}

describe('the fingerprint of a template-made workbook', () => {
  const template = 'fixtures/template/bang-diem-huyen-2024.xlsx';

  it('a template of the district set scored with the commune set is template/set-mismatch, naming both (an error)', async () => {
    const r = await diagnosticsOf([template, '-c', 'fixtures/criteria/xa-2024.json']);
    expect(r.status).toBe(1);
    const found = r.diagnostics.filter((d) => d.code === 'template/set-mismatch');
    expect(found.map((d) => [d.severity, d.location.file, d.details.found, d.details.expected])).toEqual([['error', template, '"huyen-2024" (2024)', '"xa-2024" (2024)']]);
  });

  it('with its own set there is no mismatch; with an edited copy of it, a warning', async () => {
    expect((await diagnosticsOf([template, '-c', 'fixtures/criteria/huyen-2024.json'])).diagnostics.map((d) => d.code)).not.toContain('template/set-mismatch');
    const edited = join(tmp, 'huyen-2024.json');
    writeFileSync(edited, `${readFileSync('fixtures/criteria/huyen-2024.json', 'utf8')}\n`);
    const r = await diagnosticsOf([template, '-c', edited]);
    expect(r.diagnostics.filter((d) => d.code === 'template/set-mismatch').map((d) => d.severity)).toEqual(['warning']);
  });

  it('validate says it too, in Vietnamese', async () => {
    const r = await parindex(['validate', template, '-c', 'fixtures/criteria/xa-2024.json', '--lang', 'vi']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('bảng này được tạo từ bộ chỉ số "huyen-2024" (2024), không phải "xa-2024" (2024)');
  });
});

describe('input options naming what the sheet does not have: one line, exit 2', () => {
  const args = ['score', 'fixtures/survey/mini/tham-dinh.csv', '-c', 'fixtures/survey/mini/criteria.json'];

  it('--code-column past the table, in English and in Vietnamese', async () => {
    const en = await parindex([...args, '--code-column', 'Z']);
    expect([en.status, en.stdout, en.stderr]).toEqual([2, '', 'parindex: --code-column Z: fixtures/survey/mini/tham-dinh.csv has only 4 column(s)\n']);
    const vi = await parindex([...args, '--code-column', 'Z', '--lang', 'vi']);
    expect([vi.status, vi.stderr]).toEqual([2, 'parindex: --code-column Z: fixtures/survey/mini/tham-dinh.csv chỉ có 4 cột\n']);
  });

  it('a header no cell says', async () => {
    const r = await parindex([...args, '--name-column', 'Tên xã']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(['parindex: --name-column "Tên xã": no header cell in fixtures/survey/mini/tham-dinh.csv says "Tên xã"']);
  });

  it('--layout offers the layouts the readers know, and auto', async () => {
    const r = await parindex([...args, '--layout', 'grid']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('auto, wide, form, long');
  });
});

describe('a workbook with no sheet to read', () => {
  const row = (n: number, cells: readonly string[]): string =>
    `<row r="${n}">${cells.map((v, i) => `<c r="${String.fromCharCode(65 + i)}${n}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`;
  const data = row(1, ['Mã đơn vị', 'Tên đơn vị', '1.1', '1.2']) + row(2, ['10001', 'Xã An Bình', '1,5', 'Có']);

  it('whose only sheet is hidden is an error with a hint to use --sheet; named by --sheet, it is scored', async () => {
    const file = join(tmp, 'an.xlsx');
    writeFileSync(file, makeZip(workbookParts([{ name: 'Xã', data, state: 'hidden' }])));
    const r = await parindex(['score', file, '-c', 'fixtures/survey/mini/criteria.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}  error  file/no-readable-sheet  no sheet was read (hidden: Xã) — Name a hidden sheet with --sheet to score it.`);
    const named = await diagnosticsOf([file, '-c', 'fixtures/survey/mini/criteria.json', '--sheet', 'Xã', '--fail-on', 'never']);
    expect(named.diagnostics.map((d) => d.code)).not.toContain('file/no-readable-sheet');
    expect(named.diagnostics.map((d) => d.code)).toContain('header/missing-criterion');
  });

  it('with no sheet at all is an error too (the reader names it)', async () => {
    const file = join(tmp, 'rong.xlsx');
    writeFileSync(file, makeZip(workbookParts([])));
    const r = await parindex(['score', file, '-c', 'fixtures/survey/mini/criteria.json']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([`${file}  error  file/unreadable  could not be read: the workbook has no worksheet`, '1 error, 0 warnings, 0 notes']);
  });
});
