/**
 * `parindex validate` and `parindex score` end to end on the realistic submissions of fixtures/submissions/ (see its
 * README): the built CLI, its exit code and what it prints.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationSchema } from '../../src/report/validation-schema.js';
import { parindex, STACK_FRAME } from '../helpers/cli.js';

const SET = 'fixtures/demo/criteria-xa.json';
const DIR = 'fixtures/submissions';
const UNITS = `${DIR}/don-vi.csv`;
const FORMS = `${DIR}/bieu-tu-danh-gia`;
const WIDE = `${DIR}/bang-tong-hop.xlsx`;
const LONG = `${DIR}/khao-sat.csv`;
const CLEAN_FORMS = [
  '25144 - Xã Hải Xá.xlsx',
  '25147_CamMy_TDG2024.xlsx',
  '25186 - Xã Thanh Thành.xlsx',
  'Bieu TDG Son Trung.xlsx',
  'Phuong Dong Thanh - tu danh gia 2024.xlsx',
  'TT Phu Lam.xlsx',
].map((f) => `${FORMS}/${f}`);

interface Report {
  valid: boolean;
  summary: { files: number; units: number; unitsWithErrors: number; errors: number; warnings: number; infos: number };
  files: {
    file: string;
    sha256: string | null;
    units: { code: string; errors: number; warnings: number }[];
    diagnostics: { code: string; severity: string; location: { ref?: string; sheet?: string; row?: number; unit?: string; criterion?: string } }[];
  }[];
  diagnostics: unknown[];
}

/** Runs validate with --format json and parses the report, checking it against the published schema. */
async function validateJson(...args: string[]): Promise<{ status: number | null; stderr: string; report: Report }> {
  const r = await parindex(['validate', ...args, '-c', SET, '--format', 'json']);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  const json: unknown = JSON.parse(r.stdout);
  const parsed = ValidationSchema.safeParse(json);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  return { status: r.status, stderr: r.stderr, report: json as Report };
}

/** Each file's problems as `code severity sheet!ref (unit, criterion)`, in the order the report lists them. */
function problemsByFile(report: Report): Record<string, string[]> {
  return Object.fromEntries(
    report.files.map((f) => [
      f.file,
      f.diagnostics.map(({ code, severity, location: l }) => {
        const at = l.ref !== undefined ? `${l.sheet !== undefined ? `${l.sheet}!` : ''}${l.ref}` : l.row !== undefined ? `row ${l.row}` : (l.sheet ?? '-');
        return `${code} ${severity} ${at} (${l.unit ?? ''}, ${l.criterion ?? ''})`;
      }),
    ]),
  );
}

describe('validate on the summary sheet and the export', () => {
  it('exits 1 with each file, its units and its planted problems located to the cell', async () => {
    const { status, report } = await validateJson(WIDE, LONG);
    expect(status).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.summary).toMatchObject({ files: 2, units: 13, unitsWithErrors: 3, errors: 3, warnings: 0 });
    expect(problemsByFile(report)).toEqual({
      [WIDE]: ['cell/value-out-of-range error Tổng hợp!AC10 (25234, 3.2.1)'],
      [LONG]: ['unit/duplicate-criterion error D97 (25261, 2.4.2)', 'row/unknown-criterion error D228 (25264, 7.6.1)'],
    });
    expect(report.files.map((f) => f.units.filter((u) => u.errors > 0).map((u) => u.code))).toEqual([['25234'], ['25261', '25264']]);
  });
});

describe('validate on the whole folder, with the unit list', () => {
  // Also held back by src/cli/commands/run.ts walking the folder into don-vi.csv, the file given with --units,
  // and reporting it as a sheet with no header (sheet/skipped, sheet/no-header).
  it('exits 1 and lists every planted problem under its file; the lock file and the unit list are not read as submissions', async () => {
    const { status, report } = await validateJson(`${DIR}/`, '--units', UNITS);
    expect(status).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.summary).toMatchObject({ files: 13, units: 23, unitsWithErrors: 6, errors: 8, warnings: 5 });
    expect(problemsByFile(report)).toEqual({
      [WIDE]: ['cell/value-out-of-range error Tổng hợp!AC10 (25234, 3.2.1)'],
      [`${FORMS}/25144 - Xã Hải Xá.xlsx`]: [],
      [`${FORMS}/25147_CamMy_TDG2024.xlsx`]: [],
      [`${FORMS}/25186 - Xã Thanh Thành.xlsx`]: [],
      [`${FORMS}/25189 Xuan Phuoc.xlsx`]: [
        'units/name-mismatch warning Biểu 01!A7 (25189, )',
        'check/reported-mismatch warning Biểu 01!D12 (25189, 1.1)',
        'reconcile/appraised-above-self warning Biểu 01!E46 (25189, 3.1.3)',
      ],
      [`${FORMS}/25198 - Xã Đức Tường (bản sửa).xlsx`]: ['cell/empty error Biểu 01!E97 (25198, 6.3.1)'],
      [`${FORMS}/Bieu TDG Son Trung.xlsx`]: [],
      [`${FORMS}/Duc Nghia - bieu tu cham.xlsx`]: ['cell/out-of-range error Biểu 01!D28 (25192, 1.7)', 'cell/not-a-number error Biểu 01!E76 (25192, 4.6)'],
      [`${FORMS}/Phuong Dong Thanh - tu danh gia 2024.xlsx`]: ['sheet/skipped info Hướng dẫn (, )'],
      [`${FORMS}/TT Phu Lam.xlsx`]: [],
      [`${FORMS}/Tân Đông 2024.xlsx`]: ['form/max-mismatch error Biểu 01!C49 (25195, 3.2.4)', 'cell/na-not-allowed error Biểu 01!D60 (25195, 4.1.1)'],
      [LONG]: ['unit/duplicate-criterion error D97 (25261, 2.4.2)', 'row/unknown-criterion error D228 (25264, 7.6.1)'],
      // named by the not-submitted warnings, but not an input: no hash, no units
      [UNITS]: ['units/not-submitted warning row 25 (25267, )', 'units/not-submitted warning row 26 (25270, )'],
    });
    expect(report.files.find((f) => f.file === UNITS)).toMatchObject({ sha256: null, units: [] });
    expect(report.files.filter((f) => f.file.startsWith(`${FORMS}/`)).map((f) => f.units.map((u) => [u.code, u.errors, u.warnings]))).toEqual([
      [['25144', 0, 0]],
      [['25147', 0, 0]],
      [['25186', 0, 0]],
      [['25189', 0, 3]],
      [['25198', 1, 0]],
      [['25150', 0, 0]],
      [['25192', 2, 0]],
      [['25162', 0, 0]],
      [['25255', 0, 0]],
      [['25195', 2, 0]],
    ]);
  });
});

describe('score on the clean forms', () => {
  it('ranks the six units by block with names and blocks from the forms, the file name or the unit list: exit 0', async () => {
    const r = await parindex(['score', ...CLEAN_FORMS, '-c', SET, '--units', UNITS]);
    expect(r.status, r.stderr).toBe(0);
    const ranked = r.stdout
      .split('\n')
      .filter((l) => /^\s+\d+\s+25\d{3}\s/.test(l))
      .map((l) => l.trim().split(/\s{2,}/))
      .map((cells) => [cells[0], cells[1], cells[2], cells.at(-2), cells.at(-1)]);
    expect(ranked).toEqual([
      ['1', '25144', 'Xã Hải Xá', '84.06', 'Tốt'],
      ['2', '25147', 'Xã Cẩm Mỹ', '76.17', 'Khá'],
      ['3', '25186', 'Xã Thanh Thành', '75.78', 'Khá'],
      ['4', '25150', 'Xã Sơn Trung', '71.35', 'Khá'],
      ['1', '25162', 'Phường Đông Thành', '78.61', 'Khá'],
      ['1', '25255', 'Thị trấn Phú Lâm', '67.96', 'Trung bình'],
    ]);
    // stderr: the note on the instructions sheet (the forms' total rows of formulas are checked against their
    // saved results), and the 19 listed units that are not among these six; no error
    const stderr = r.stderr.split('\n').filter((l) => l !== '');
    expect(stderr.filter((l) => /\s{2}error\s{2}/.test(l))).toEqual([]);
    expect(stderr.at(-1)).toBe('0 errors, 19 warnings, 1 note');
  });
});
