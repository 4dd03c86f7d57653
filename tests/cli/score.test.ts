/**
 * `parindex score` end to end: the built CLI on fixture files, checking stdout, stderr and the exit code
 * (0 ranked with no problem at or above --fail-on, 1 problems in the data, 2 the run could not happen).
 * Golden outputs live in fixtures/score/golden/; `UPDATE_GOLDEN=1 npx vitest run tests/cli` rewrites them.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';
import { ANSI, parindex, STACK_FRAME } from '../helpers/cli.js';

const SET = 'fixtures/score/criteria-mini.json';
const VALID = 'fixtures/score/valid.csv';
const broken = (file: string): string => `fixtures/score/broken/${file}`;
const score = (...args: string[]) => parindex(['score', ...args]);
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

/** A run that could not happen: exit 2, one line on stderr, nothing on stdout, no stack trace. */
function expectCannotRun(r: { status: number | null; stdout: string; stderr: string }, line: string | RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toContain('internal error');
  const [first] = lines(r.stderr);
  if (typeof line === 'string') expect(first).toBe(line);
  else expect(first).toMatch(line);
}

describe('a valid sheet', () => {
  it('exits 0 with the ranked table per block on stdout and nothing on stderr', async () => {
    const r = await score(VALID, '--criteria', SET);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out[0]).toBe('Bộ chỉ số thử nghiệm cấp xã (mini-xa)');
    expect(out).toContain('Block: Xã');
    expect(out).toContain('Block: Phường');
    // Shared rank on equal displayed indexes, then the next rank skips (1, 1, 3).
    const ranked = out.filter((l) => /^\s+\d+\s+270\d\d\s/.test(l)).map((l) => l.trim().split(/\s{2,}/));
    expect(ranked.map((cells) => [cells[0], cells[1], cells[2], cells.at(-2), cells.at(-1)])).toEqual([
      ['1', '27016', 'Xã Mỹ Đức', '83.50', 'Tốt'],
      ['1', '27001', 'Xã Tân Lập', '83.50', 'Tốt'],
      ['3', '27004', 'Xã Đồng Tâm', '66.88', 'Khá'],
      ['4', '27013', 'Xã Quảng Phú', '56.25', 'Trung bình'],
      ['1', '27007', 'Phường Hoà Bình', '95.00', 'Tốt'],
      ['2', '27010', 'Phường Đống Đa', '37.00', 'Yếu'],
    ]);
  });

  it('reads the XLSX of the same units (merged title, formula column, text-typed numbers) to the same table', async () => {
    const csv = await score(VALID, '-c', SET);
    const xlsx = await score('fixtures/score/valid.xlsx', '-c', SET);
    expect(xlsx.stderr).toBe('');
    expect(xlsx.status).toBe(0);
    expect(xlsx.stdout).toBe(csv.stdout);
  });

  it('prints no colour into a pipe, colour with FORCE_COLOR, and none with NO_COLOR even then', async () => {
    const piped = await parindex(['score', VALID, '-c', SET], { env: { NO_COLOR: undefined } });
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toMatch(ANSI);
    const forced = await parindex(['score', VALID, '-c', SET], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
    const both = await parindex(['score', VALID, '-c', SET], { env: { FORCE_COLOR: '1' } });
    expect(both.stdout).not.toMatch(ANSI);
    expect(both.stdout).toBe(piped.stdout);
  });
});

describe('golden outputs of the valid sheet', () => {
  /** The tool's version changes with every release; everything else in the document is fixed by the inputs. */
  const normaliseJson = (text: string): string => {
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect((JSON.parse(text) as { tool: { version: string } }).tool.version).toBe(version);
    return text.replace(/("tool": \{\s*"name": "parindex",\s*"version": )"[^"]*"/, '$1"<version>"');
  };
  /** The page names the tool's version in its generator meta and its footer. */
  const normaliseHtml = (text: string): string => {
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(text).toContain(`<meta name="generator" content="parindex ${version}">`);
    return text.replaceAll(`parindex ${version}`, 'parindex <version>');
  };

  it.each([
    ['table', 'valid.score.txt'],
    ['csv', 'valid.score.csv'],
    ['md', 'valid.score.md'],
    ['json', 'valid.score.json'],
    ['html', 'valid.score.html'],
  ])('--format %s matches fixtures/score/golden/%s byte for byte', async (format, golden) => {
    const r = await score(VALID, '-c', SET, '--format', format);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const normalise = format === 'json' ? normaliseJson : format === 'html' ? normaliseHtml : (text: string) => text;
    expectGolden(normalise(r.stdout), 'score', 'golden', golden);
  });

  it('the table is the default format', async () => {
    expect((await score(VALID, '-c', SET)).stdout).toBe((await score(VALID, '-c', SET, '--format', 'table')).stdout);
  });

  it('--format csv starts with a BOM (Excel reads it as UTF-8), uses CRLF and carries no ANSI escapes', async () => {
    const r = await parindex(['score', VALID, '-c', SET, '--format', 'csv'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\ufeffRank,Block,Code,Unit,')).toBe(true);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout.split('\r\n').slice(1, 3)).toEqual([
      '1,Xã,27016,Xã Mỹ Đức,9.00,4.70,2.70,13.70,2.70,0.30,0.00,16.70,20.00,83.50,Tốt,,ranked,0,',
      '1,Xã,27001,Xã Tân Lập,8.50,4.70,3.50,13.20,3.50,0.00,0.00,16.70,20.00,83.50,Tốt,,ranked,0,',
    ]);
  });
});

describe('a sheet with problems', () => {
  it('exits 1; the located diagnostic goes to stderr, the table of the other units to stdout', async () => {
    const r = await score(broken('cell-empty.csv'), '-c', SET);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([
      'fixtures/score/broken/cell-empty.csv › D4 (unit 27007, criterion 1.1)  error  cell/empty  empty; a score (or a non-applicable mark where allowed) is required',
      'info  unit/excluded  1 unit(s) left out of the ranking because of their errors: 27007',
      expect.stringMatching(/^1 errors?, 0 warnings?, 1 notes?$/),
    ]);
    expect(r.stdout).toContain('27001  Xã Tân Lập');
    expect(r.stdout).toContain('Not ranked (errors): 1 — 27007 Phường Hoà Bình');
    expect(r.stdout).not.toContain('cell/empty');
  });

  it('locates a cell of a workbook by sheet and reference', async () => {
    const r = await score(broken('cell-date.xlsx'), '-c', SET);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)[0]).toBe(
      'fixtures/score/broken/cell-date.xlsx › Xã!D4 (unit 27007, criterion 1.1)  error  cell/date  holds a date (2024-05-01); ' +
        'Excel may have turned a typed "1.5" into a date — Format the column as Number and retype the value.',
    );
  });

  it('names the first occurrence of a unit code repeated in another file', async () => {
    const r = await score(VALID, broken('row-duplicate-unit-across-files.csv'), '-c', SET);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)[0]).toBe(
      'fixtures/score/broken/row-duplicate-unit-across-files.csv › A3 (unit 27007)  error  row/duplicate-unit  ' +
        'unit 27007 appears again (first at fixtures/score/valid.csv › B6); neither row is ranked',
    );
  });

  it('refuses a file that is not UTF-8 with one diagnostic, not mojibake', async () => {
    const r = await score(broken('file-not-utf8.csv'), '-c', SET);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/^fixtures\/score\/broken\/file-not-utf8\.csv {2}error {2}file\/not-utf8 {2}not UTF-8 text \(first invalid byte at offset 88\)/);
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('--fail-on never exits 0 on errors, still reporting them', async () => {
    const r = await score(broken('cell-empty.csv'), '-c', SET, '--fail-on', 'never');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('cell/empty');
  });

  it('--fail-on warning exits 1 on a warning-only sheet, which exits 0 by default; notes never fail', async () => {
    const sheet = broken('header-missing-name-column.csv');
    const byDefault = await score(sheet, '-c', SET);
    expect(byDefault.status).toBe(0);
    expect(lines(byDefault.stderr)[0]).toBe(
      'fixtures/score/broken/header-missing-name-column.csv › row 2  warning  header/missing-name-column  ' +
        'no column for the unit name ("Tên đơn vị", "name"); units are shown by their code',
    );
    expect((await score(sheet, '-c', SET, '--fail-on', 'warning')).status).toBe(1);
    expect((await score(broken('check-reported-mismatch.csv'), '-c', SET, '--fail-on', 'warning')).status).toBe(1);
    const notesOnly = await score(broken('sheet-skipped.xlsx'), '-c', SET, '--fail-on', 'warning');
    expect(notesOnly.stderr).toContain('info  sheet/skipped');
    expect(notesOnly.status).toBe(0);
  });

  it('--lang vi writes diagnostics and the table in Vietnamese', async () => {
    const r = await score(broken('cell-empty.csv'), '-c', SET, '--lang', 'vi');
    expect(r.status).toBe(1);
    expect(lines(r.stderr)[0]).toBe(
      'fixtures/score/broken/cell-empty.csv › D4 (đơn vị 27007, tiêu chí 1.1)  lỗi  cell/empty  ô trống; cần nhập điểm (hoặc ký hiệu không đánh giá nếu được phép)',
    );
    expect(lines(r.stdout)).toContain('Khối: Xã');
    expect(r.stdout).toContain('Không xếp hạng (có lỗi): 1 — 27007 Phường Hoà Bình');
  });

  it('takes Vietnamese from the locale when --lang is not given', async () => {
    const r = await parindex(['score', broken('cell-empty.csv'), '-c', SET], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(r.stderr).toContain('lỗi  cell/empty  ô trống');
  });
});

describe('runs that cannot happen (exit 2, one line, no stack trace)', () => {
  it('a sheet file that does not exist', async () => {
    expectCannotRun(await score('khong-co.csv', '-c', SET), "parindex: cannot read score sheet 'khong-co.csv': no such file");
    expect(lines((await score('khong-co.csv', '-c', SET)).stderr)).toHaveLength(1);
  });

  it('a criteria file that does not exist', async () => {
    expectCannotRun(await score(VALID, '-c', 'khong-co.json'), "parindex: cannot read criteria file 'khong-co.json': no such file");
  });

  it('a criteria file that is not JSON', async () => {
    expectCannotRun(await score(VALID, '-c', VALID), /^parindex: fixtures\/score\/valid\.csv.*: not valid JSON: /);
    expectCannotRun(await score(VALID, '-c', 'fixtures/criteria/broken/set-invalid-json.json'), /^parindex: fixtures\/criteria\/broken\/set-invalid-json\.json:\d+:\d+ criteria\[1\]: not valid JSON: /);
  });

  it('an invalid criteria set: its diagnostics, then why the run stops', async () => {
    const r = await score(VALID, '-c', 'fixtures/criteria/broken/criteria-children-sum.json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(lines(r.stderr)).toEqual([
      "fixtures/criteria/broken/criteria-children-sum.json:20:14 criteria[0].max  error  criteria/children-sum  children add up to 5.5 but the criterion's max is 6",
      "parindex: the criteria set 'fixtures/criteria/broken/criteria-children-sum.json' has errors",
    ]);
  });

  it('an unknown option, an unknown value, a missing --criteria', async () => {
    expectCannotRun(await score(VALID, '-c', SET, '--bogus'), "error: unknown option '--bogus'");
    expectCannotRun(await score(VALID, '-c', SET, '--fail-on', 'sometimes'), /^error: option '--fail-on <level>' argument 'sometimes' is invalid/);
    expectCannotRun(await score(VALID, '-c', SET, '--lang', 'fr'), /^error: option '--lang <lang>' argument 'fr' is invalid/);
    expectCannotRun(await score(VALID), "error: required option '-c, --criteria <file>' not specified");
  });
});

describe('help', () => {
  it('score --help exits 0 with examples and the exit codes', async () => {
    const r = await score('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: parindex score [options] <sheets...>');
    expect(r.stdout).toContain('Example');
    expect(r.stdout).toContain('Exit codes');
    expect(r.stderr).toBe('');
  });

  it('parindex --help exits 0 with examples', async () => {
    const r = await parindex(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Example');
    expect(r.stdout).toContain('score');
    expect(r.stdout).toContain('criteria');
  });
});

describe('-o: writing the report to a file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parindex-e2e-'));
    copyFileSync(fixturePath('score', 'valid.csv'), join(dir, 'valid.csv'));
    copyFileSync(fixturePath('score', 'criteria-mini.json'), join(dir, 'criteria-mini.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const inDir = (...args: string[]) => parindex(['score', 'valid.csv', '-c', 'criteria-mini.json', ...args], { cwd: dir });

  it('writes the format its extension names, whole, leaving no temporary file behind', async () => {
    const r = await inDir('-o', 'ket-qua.csv');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'ket-qua.csv'), 'utf8')).toBe((await inDir('--format', 'csv')).stdout);
    const x = await inDir('-o', 'ket-qua.xlsx');
    expect(x.status).toBe(0);
    expect([...readFileSync(join(dir, 'ket-qua.xlsx')).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(readdirSync(dir).sort()).toEqual(['criteria-mini.json', 'ket-qua.csv', 'ket-qua.xlsx', 'valid.csv']);
  });

  it('refuses to overwrite an input file, which stays as it was', async () => {
    const sheet = readFileSync(join(dir, 'valid.csv'));
    const set = readFileSync(join(dir, 'criteria-mini.json'));
    expectCannotRun(await inDir('-o', 'valid.csv'), "parindex: refusing to overwrite the input file 'valid.csv'");
    expectCannotRun(await inDir('-o', './criteria-mini.json'), "parindex: refusing to overwrite the input file './criteria-mini.json'");
    expect(readFileSync(join(dir, 'valid.csv')).equals(sheet)).toBe(true);
    expect(readFileSync(join(dir, 'criteria-mini.json')).equals(set)).toBe(true);
  });

  it('a path that cannot be written (a file where its folder should be): exit 2, one line, nothing left behind', async () => {
    const before = readdirSync(dir).sort();
    expectCannotRun(await inDir('-o', 'valid.csv/ket-qua.csv'), /^parindex: cannot write 'valid\.csv\/ket-qua\.csv': /);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('--out-dir without --format writes every file format (not the terminal table), each as --format gives it', async () => {
    const r = await inDir('--out-dir', 'alle');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(dir, 'alle')).sort()).toEqual(['par-index.csv', 'par-index.html', 'par-index.json', 'par-index.md', 'par-index.xlsx']);
    for (const [format, ext] of [['csv', 'csv'], ['html', 'html'], ['md', 'md']])
      expect(readFileSync(join(dir, 'alle', `par-index.${ext}`), 'utf8')).toBe((await inDir('--format', format!)).stdout);
  });

  it('a folder that does not exist yet is created', async () => {
    expect((await inDir('-o', 'bao-cao/2024/ket-qua.md')).status).toBe(0);
    expect(readFileSync(join(dir, 'bao-cao', '2024', 'ket-qua.md'), 'utf8')).toBe((await inDir('--format', 'md')).stdout);
    expect(readdirSync(join(dir, 'bao-cao', '2024'))).toEqual(['ket-qua.md']);
  });
});
