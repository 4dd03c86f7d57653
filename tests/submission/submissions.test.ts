/**
 * The realistic submissions of fixtures/submissions/ (written by make-submissions.mjs, described in its README): ten
 * per-unit forms, a wide summary sheet and a long export, checked against fixtures/demo/criteria-xa.json with the
 * official unit list don-vi.csv, as `parindex validate fixtures/submissions/ --units …/don-vi.csv` reads them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../src/diagnostics/catalogue.js';
import type { Diagnostic, Location, Severity } from '../../src/diagnostics/types.js';
import { scoreInputs, type ScoreOutcome } from '../../src/pipeline/score.js';
import { fixturePath, repoRoot, validCriteriaFixture } from '../helpers/fixtures.js';
import { unitListFixture } from './unit-list.js';

const SET = validCriteriaFixture('demo', 'criteria-xa.json');
const DIR = 'fixtures/submissions';
const UNITS = `${DIR}/don-vi.csv`;
const FORMS = `${DIR}/bieu-tu-danh-gia`;
const WIDE = `${DIR}/bang-tong-hop.xlsx`;
const LONG = `${DIR}/khao-sat.csv`;

/** The forms, by unit code, as named in the folder. */
const FORM = {
  haiXa: `${FORMS}/25144 - Xã Hải Xá.xlsx`,
  camMy: `${FORMS}/25147_CamMy_TDG2024.xlsx`,
  thanhThanh: `${FORMS}/25186 - Xã Thanh Thành.xlsx`,
  xuanPhuoc: `${FORMS}/25189 Xuan Phuoc.xlsx`,
  ducTuong: `${FORMS}/25198 - Xã Đức Tường (bản sửa).xlsx`,
  sonTrung: `${FORMS}/Bieu TDG Son Trung.xlsx`,
  ducNghia: `${FORMS}/Duc Nghia - bieu tu cham.xlsx`,
  dongThanh: `${FORMS}/Phuong Dong Thanh - tu danh gia 2024.xlsx`,
  phuLam: `${FORMS}/TT Phu Lam.xlsx`,
  tanDong: `${FORMS}/Tân Đông 2024.xlsx`,
} as const;
const CLEAN_FORMS: readonly string[] = [FORM.haiXa, FORM.camMy, FORM.thanhThanh, FORM.sonTrung, FORM.dongThanh, FORM.phuLam];

/**
 * The sheets of a folder as `validate` walks it: sorted by name, Office lock files (~$…) and hidden files left out,
 * only .xlsx and .csv — and not the unit list given with --units, which is no submission.
 */
function walk(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const p = `${dir}/${e.name}`;
      if (e.name.startsWith('.') || e.name.startsWith('~$')) return [];
      if (e.isDirectory()) return walk(p);
      return ['.xlsx', '.csv'].includes(extname(e.name)) && p !== UNITS ? [p] : [];
    });
}
const FILES = walk(DIR);

let outcome: Promise<ScoreOutcome> | undefined;
/** One run over the whole folder, shared by the tests. */
function run(): Promise<ScoreOutcome> {
  outcome ??= (async () => {
    const units = await unitListFixture(UNITS);
    return scoreInputs(SET, FILES.map((name) => ({ name, bytes: readFileSync(join(repoRoot, name)) })), { units });
  })();
  return outcome;
}

// ── the expected diagnostics ─────────────────────────────────────────────────────────────────────────────────
const columnOf = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A cell: file, sheet, row, column, A1 reference, unit, criterion. */
function cell(file: string, sheet: string | undefined, ref: string, unit: string, criterion?: string): Location {
  const [, letters = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
  return {
    file,
    ...(sheet !== undefined ? { sheet } : {}),
    row: Number(row),
    column: columnOf(letters),
    ref,
    unit,
    ...(criterion !== undefined ? { criterion } : {}),
  };
}

interface Expected {
  readonly code: Code;
  readonly severity: Severity;
  readonly location: Location;
  readonly details?: Record<string, unknown>;
}
const E = (code: Code, severity: Severity, location: Location, details?: Record<string, unknown>): Expected => ({
  code,
  severity,
  location,
  ...(details ? { details } : {}),
});
/** A unit left out of the ranking: listed where it is planted, named in the run's one `unit/excluded` note. */
const excluded = (file: string, sheet: string | undefined, row: number, unit: string, errors: number): Expected =>
  ({ ...E('unit/excluded', 'info', { file, ...(sheet !== undefined ? { sheet } : {}), row, unit }, { errors }), excludedUnit: unit }) as Expected;
/** The expected diagnostics with the excluded units gathered into the one note. */
function gathered(list: readonly Expected[]): Expected[] {
  const units = list.filter((e) => 'excludedUnit' in e);
  const rest = list.filter((e) => !('excludedUnit' in e));
  return units.length === 0 ? rest : [...rest, E('unit/excluded', 'info', {}, { units: units.length })];
}

const B01 = 'Biểu 01';
/** The summary sheet and the export: independent of how forms are read. */
const WIDE_AND_LONG: readonly Expected[] = [
  E('cell/value-out-of-range', 'error', cell(WIDE, 'Tổng hợp', 'AC10', '25234', '3.2.1'), { value: '995', range: '0–100 %' }),
  excluded(WIDE, 'Tổng hợp', 10, '25234', 1),
  E('unit/duplicate-criterion', 'error', cell(LONG, undefined, 'D97', '25261', '2.4.2'), { code: '2.4.2', firstRow: 96 }),
  excluded(LONG, undefined, 77, '25261', 1),
  E('row/unknown-criterion', 'error', cell(LONG, undefined, 'D228', '25264', '7.6.1'), { code: '7.6.1', set: 'xa-2024' }),
  excluded(LONG, undefined, 153, '25264', 1),
];
const PLANTED_IN_FORMS: readonly Expected[] = [
  E('check/reported-mismatch', 'warning', cell(FORM.xuanPhuoc, B01, 'D12', '25189', '1.1'), { reported: '2.25', computed: '2' }),
  E('units/name-mismatch', 'warning', cell(FORM.xuanPhuoc, B01, 'A7', '25189'), { name: 'Xã Xuân Phúc', listed: 'Xã Xuân Phước', list: UNITS }),
  E('reconcile/appraised-above-self', 'warning', cell(FORM.xuanPhuoc, B01, 'E46', '25189', '3.1.3'), { self: '0.25', appraised: '0.5' }),
  E('cell/out-of-range', 'error', cell(FORM.ducNghia, B01, 'D28', '25192', '1.7'), { value: '2.5', max: '2' }),
  E('cell/not-a-number', 'error', cell(FORM.ducNghia, B01, 'E76', '25192', '4.6'), { value: '1,5.0', both: true }),
  excluded(FORM.ducNghia, B01, 10, '25192', 2),
  E('form/max-mismatch', 'error', cell(FORM.tanDong, B01, 'C49', '25195', '3.2.4'), { printed: '1.5', max: '1', set: 'xa-2024' }),
  E('cell/na-not-allowed', 'error', cell(FORM.tanDong, B01, 'D60', '25195', '4.1.1'), { value: 'KĐG' }),
  excluded(FORM.tanDong, B01, 8, '25195', 2),
  E('cell/empty', 'error', cell(FORM.ducTuong, B01, 'E97', '25198', '6.3.1')),
  excluded(FORM.ducTuong, B01, 10, '25198', 1),
  E('sheet/skipped', 'info', { file: FORM.dongThanh, sheet: 'Hướng dẫn' }),
];
const NOT_SUBMITTED: readonly Expected[] = [
  E('units/not-submitted', 'warning', { file: UNITS, row: 25, unit: '25267' }, { unit: '25267', name: 'Xã Long Lâm' }),
  E('units/not-submitted', 'warning', { file: UNITS, row: 26, unit: '25270' }, { unit: '25270', name: 'Xã Thuận Nghĩa' }),
];

const shape = (d: Diagnostic | Expected): string => JSON.stringify({ code: d.code, severity: d.severity, location: d.location });
/** Diagnostics as a sorted list of code, severity and location: a multiset that ignores the order found. */
const multiset = (ds: readonly (Diagnostic | Expected)[]): string[] => ds.map(shape).sort();
/** Each expected diagnostic's details are present in the one found at the same place. */
function expectDetails(found: readonly Diagnostic[], expected: readonly Expected[]): void {
  for (const e of expected) {
    if (!e.details) continue;
    const d = found.find((x) => shape(x) === shape(e));
    expect(d?.details, `${e.code} at ${JSON.stringify(e.location)}`).toMatchObject(e.details);
  }
}
const inFiles = (ds: readonly Diagnostic[], files: readonly string[]): Diagnostic[] => ds.filter((d) => files.includes(d.location.file ?? ''));

describe('the folder as validate walks it', () => {
  it('holds the ten forms, the summary sheet and the export; the lock file and the unit list are not submissions', () => {
    expect(FILES).toEqual([WIDE, ...Object.values(FORM).sort((a, b) => (a < b ? -1 : 1)), LONG]);
    expect(readdirSync(fixturePath('submissions', 'bieu-tu-danh-gia'))).toContain('~$25144 - Xã Hải Xá.xlsx');
  });

  it('make-submissions.mjs writes the committed bytes (fixed workbook dates and zip entry times)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'parindex-submissions-'));
    try {
      // The repository's layout, as far as the generator reaches: its folder, the demo set, the shared helpers.
      const out = join(tmp, 'fixtures', 'submissions');
      mkdirSync(out, { recursive: true });
      mkdirSync(join(tmp, 'fixtures', 'demo'));
      mkdirSync(join(tmp, 'scripts', 'lib'), { recursive: true });
      copyFileSync(fixturePath('submissions', 'make-submissions.mjs'), join(out, 'make-submissions.mjs'));
      copyFileSync(fixturePath('demo', 'criteria-xa.json'), join(tmp, 'fixtures', 'demo', 'criteria-xa.json'));
      copyFileSync(join(repoRoot, 'scripts', 'lib', 'seeded.mjs'), join(tmp, 'scripts', 'lib', 'seeded.mjs'));
      const r = spawnSync(process.execPath, [join(out, 'make-submissions.mjs')], {
        env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') },
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      const written = (dir: string): string[] =>
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && !e.name.endsWith('.mjs') && !e.name.endsWith('.md') && !e.parentPath.split(/[\\/]/).includes('golden'))
          .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
          .sort();
      const made = written(out);
      expect(made).toEqual(written(fixturePath('submissions')));
      for (const f of made) expect(readFileSync(join(out, f)).equals(readFileSync(fixturePath('submissions', f))), f).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('README.md names every file it describes', () => {
    const readme = readFileSync(fixturePath('submissions', 'README.md'), 'utf8');
    for (const f of [...readdirSync(fixturePath('submissions', 'bieu-tu-danh-gia')), 'bang-tong-hop.xlsx', 'khao-sat.csv', 'don-vi.csv'])
      expect(readme, f).toContain(`\`${f}\``);
  });
});

describe('the summary sheet and the export', () => {
  it('bang-tong-hop.xlsx (wide) and khao-sat.csv (long) give exactly their planted problems', async () => {
    const out = await run();
    const found = inFiles(out.sink.kept, [WIDE, LONG]);
    const expected = WIDE_AND_LONG.filter((e) => !('excludedUnit' in e));
    expect(multiset(found)).toEqual(multiset(expected));
    expectDetails(found, expected);
    const note = out.sink.kept.find((d) => d.code === 'unit/excluded');
    for (const e of WIDE_AND_LONG.filter((x) => 'excludedUnit' in x)) expect(note?.details.codes).toContain(e.location.unit);
  });

  it('their other units are read whole, as wide and long rows, and scored', async () => {
    const out = await run();
    const rows = out.units.filter((u) => u.source.file === WIDE || u.source.file === LONG);
    expect(rows.map((u) => [u.code, u.layout, u.blockId, u.errors])).toEqual([
      ['25210', 'wide', 'phuong', 0],
      ['25213', 'wide', 'phuong', 0],
      ['25216', 'wide', 'phuong', 0],
      ['25219', 'wide', 'phuong', 0],
      ['25228', 'wide', 'xa', 0],
      ['25231', 'wide', 'xa', 0],
      ['25234', 'wide', 'xa', 1],
      ['25237', 'wide', 'xa', 0],
      ['25240', 'wide', 'xa', 0],
      ['25243', 'wide', 'xa', 0],
      ['25258', 'long', 'xa', 0],
      ['25261', 'long', 'xa', 1],
      ['25264', 'long', 'xa', 1],
    ]);
    const scored = new Set(out.scores.map((s) => s.unit.code));
    expect(rows.filter((u) => u.errors === 0).every((u) => scored.has(u.code))).toBe(true);
  });
});

// Held back by src/submission/form.ts reading a form's points columns with the leaf's rule (a yes/no leaf worth 0.5
// refuses 0.5, a percentage band reads 1.5 points as 1.5 %, a survey leaf wants a letter); by readLabels not
// splitting "Đơn vị: … - Mã: 25150" (`\b` after the non-ASCII "ã"); by the total-row test matching "CÔNG TÁC …"
// (asciiKey turns "Công" into "cong", the word for "Cộng"); by an unreadable cell counting as 0 in the subtotal
// checks and the reconciliation; and by label locations that carry no unit.
describe('the forms', () => {
  it('every planted problem of the folder, exactly, and nothing else', async () => {
    const out = await run();
    const expected = gathered([...WIDE_AND_LONG, ...PLANTED_IN_FORMS, ...NOT_SUBMITTED]);
    expect(multiset(out.sink.kept)).toEqual(multiset(expected));
    expectDetails(out.sink.kept, expected);
    expect(out.sink.counts).toEqual({ error: 8, warning: 5, info: 2 });
  });

  it('the six clean forms give no error and no warning (a note: a sheet of instructions with no table; total rows of formulas are checked against their saved results)', async () => {
    const out = await run();
    const notes = [E('sheet/skipped', 'info', { file: FORM.dongThanh, sheet: 'Hướng dẫn' })];
    expect(multiset(inFiles(out.sink.kept, CLEAN_FORMS))).toEqual(multiset(notes));
    const scored = out.scores.filter((s) => CLEAN_FORMS.includes(s.unit.source.file));
    expect(scored.map((s) => s.unit.code).sort()).toEqual(['25144', '25147', '25150', '25162', '25186', '25255']);
  });

  it('each form is one unit read in the form layout, named and placed in a block by its labels, its file name or the unit list', async () => {
    const out = await run();
    const forms = out.units.filter((u) => u.source.file.startsWith(`${FORMS}/`));
    expect(forms.map((u) => [u.source.file, u.code, u.name, u.blockId, u.layout, u.source.sheet, u.source.row])).toEqual([
      [FORM.haiXa, '25144', 'Xã Hải Xá', 'xa', 'form', B01, 10],
      [FORM.camMy, '25147', 'Xã Cẩm Mỹ', 'xa', 'form', B01, 10],
      // no labels: the code from the file name, the name and block from don-vi.csv
      [FORM.thanhThanh, '25186', 'Xã Thanh Thành', 'xa', 'form', B01, 7],
      // The official name of the unit list wins over the form's misspelling (which is warned about).
      [FORM.xuanPhuoc, '25189', 'Xã Xuân Phước', 'xa', 'form', B01, 10],
      [FORM.ducTuong, '25198', 'Xã Đức Tường', 'xa', 'form', B01, 10],
      [FORM.sonTrung, '25150', 'Xã Sơn Trung', 'xa', 'form', 'Sheet1', 8],
      [FORM.ducNghia, '25192', 'Xã Đức Nghĩa', 'xa', 'form', B01, 10],
      [FORM.dongThanh, '25162', 'Phường Đông Thành', 'phuong', 'form', 'TĐG 2024', 10],
      [FORM.phuLam, '25255', 'Thị trấn Phú Lâm', 'thitran', 'form', B01, 10],
      [FORM.tanDong, '25195', 'Xã Tân Đông', 'xa', 'form', B01, 8],
    ]);
  });

  it('every form carries self-assessed and appraised points: a reconciliation per form unit, none for the others', async () => {
    const out = await run();
    const byCode = new Map(out.reconciliation.map((r) => [r.unit.code, r]));
    // Units with errors are not reconciled (their unreadable cells would make the comparison mislead).
    expect([...byCode.keys()].sort()).toEqual(out.units.filter((u) => u.layout === 'form' && u.errors === 0).map((u) => u.code).sort());
    expect([...byCode.keys()].sort()).toEqual(['25144', '25147', '25150', '25162', '25186', '25189', '25255']);
    // The totals are the ones printed in each clean form's TỔNG CỘNG row (D and E, or D and F in 25147's).
    expect([...byCode.values()].filter((r) => CLEAN_FORMS.includes(r.unit.source.file)).map((r) => [r.unit.code, r.selfTotal, r.appraisedTotal])).toEqual([
      ['25144', 87_500_000, 82_375_000],
      ['25147', 74_750_000, 73_125_000],
      ['25186', 77_800_000, 73_125_000],
      ['25150', 73_850_000, 68_850_000],
      ['25162', 83_650_000, 77_825_000],
      ['25255', 70_950_000, 66_600_000],
    ]);
    // Xã Xuân Phước: the council above the unit on 3.1.3 is one of the leaves where the two differ.
    const xuanPhuoc = byCode.get('25189');
    expect(xuanPhuoc?.differences.find((d) => d.leaf.code === '3.1.3')).toMatchObject({ self: 250_000, appraised: 500_000 });
  });

  it('units/not-submitted names exactly the two units of the list that sent nothing', async () => {
    const out = await run();
    const found = out.sink.kept.filter((d) => d.code === 'units/not-submitted');
    expect(multiset(found)).toEqual(multiset(NOT_SUBMITTED));
    expectDetails(found, NOT_SUBMITTED);
  });
});
