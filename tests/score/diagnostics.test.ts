/**
 * Every diagnostic a score sheet can trigger, each from its own broken fixture (fixtures/score/broken/, written by
 * fixtures/score/make-fixtures.mjs), asserted with its code, severity and location as a person would look for it:
 * file, sheet, cell, unit and criterion. A last group holds that every code of the catalogue has a fixture that
 * fires it (the criteria-file codes through fixtures/criteria/broken/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { CRITERIA_MAX_BYTES, loadCriteriaBytes } from '../../src/criteria/load.js';
import { catalogue, messageOf, type Code } from '../../src/diagnostics/catalogue.js';
import type { Diagnostic, Location, Severity } from '../../src/diagnostics/types.js';
import { evaluate, type SheetSource } from '../../src/pipeline/evaluate.js';
import { scoreInputs, type InputFile, type ScoreOptions, type ScoreOutcome } from '../../src/pipeline/score.js';
import type { Cell, RawSheet } from '../../src/sheet/types.js';
import { micro } from '../../src/core/decimal.js';
import { fixturePath, jsonFixtures, loadCriteriaFixture, validCriteriaFixture } from '../helpers/fixtures.js';
import { unitListFixture } from '../submission/unit-list.js';
import { annexAndTemplateDiagnostics } from '../annex/fired.js';

const mini = validCriteriaFixture('score', 'criteria-mini.json');
const allNa = validCriteriaFixture('score', 'criteria-all-na.json');
/** Small set for per-unit forms: five point leaves under subtotals, evidence required on 1.1.1, 1.2 and 2.1. */
const formSet = validCriteriaFixture('score', 'criteria-form.json');
const UNIT_LIST = 'fixtures/score/units-list.csv';

/** A fixture under fixtures/score/, named as a user would type it from the repository root. */
function input(relative: string, name = `fixtures/score/${relative}`): InputFile {
  return { name, bytes: readFileSync(fixturePath('score', relative)) };
}

/** A broken fixture's name as given to the pipeline (a path from the repository root passes through). */
const B = (file: string): string => (file.startsWith('fixtures/') ? file : `fixtures/score/broken/${file}`);

/** Column number of letters (A → 1), written here rather than imported so that the test checks src's. */
function columnOf(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The location of a cell: file, sheet, row, column, A1 reference, unit, criterion. */
function cell(file: string, ref: string, about: { unit?: string; criterion?: string; sheet?: string } = {}): Location {
  const [, letters = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
  return {
    file: B(file),
    ...(about.sheet !== undefined ? { sheet: about.sheet } : {}),
    row: Number(row),
    column: columnOf(letters),
    ref,
    ...(about.unit !== undefined ? { unit: about.unit } : {}),
    ...(about.criterion !== undefined ? { criterion: about.criterion } : {}),
  };
}

/** The location of a whole row (of a unit, when it has one). */
function rowOf(file: string, row: number, about: { unit?: string; criterion?: string; sheet?: string } = {}): Location {
  return {
    file: B(file),
    ...(about.sheet !== undefined ? { sheet: about.sheet } : {}),
    row,
    ...(about.unit !== undefined ? { unit: about.unit } : {}),
    ...(about.criterion !== undefined ? { criterion: about.criterion } : {}),
  };
}

interface Expected {
  readonly code: Code;
  readonly severity: Severity;
  readonly location: Location;
  /** Details that must be present with these values (others may be there too) */
  readonly details?: Record<string, unknown>;
}

/** Severities stated here rather than read from the catalogue, so that a changed severity shows up as a failure. */
const WARNINGS = new Set<string>([
  'header/missing-name-column',
  'row/name-unicode-variant',
  'row/duplicate-name',
  'sheet/no-units',
  'check/reported-mismatch',
  'cell/evidence-missing',
  'units/name-mismatch',
  'units/not-submitted',
  'reconcile/appraised-above-self',
  'reconcile/large-difference',
  'cell/ambiguous-separator',
]);
const NOTES = new Set<string>(['sheet/skipped', 'unit/excluded', 'form/self-only', 'check/not-checked']);
const severityOf = (code: Code): Severity => (WARNINGS.has(code) ? 'warning' : NOTES.has(code) ? 'info' : 'error');

const E = (code: Code, location: Location, details?: Record<string, unknown>): Expected => ({
  code,
  severity: severityOf(code),
  location,
  ...(details ? { details } : {}),
});
/**
 * A unit with errors, left out of the ranking: one note at the end of the run names them all (by code, in reading
 * order), so a case lists each where it is found and `expectedOf` gathers them into that note.
 */
const excluded = (file: string, row: number, unit: string, errors: number, sheet?: string): Expected =>
  ({ ...E('unit/excluded', rowOf(file, row, { unit, ...(sheet !== undefined ? { sheet } : {}) })), excludedUnit: { unit, errors } }) as Expected;

function expectedOf(c: Case): Expected[] {
  const units = c.expected.flatMap((e) => ((e as { excludedUnit?: { unit: string } }).excludedUnit ? [(e as unknown as { excludedUnit: { unit: string } }).excludedUnit.unit] : []));
  const rest = c.expected.filter((e) => !(e as { excludedUnit?: unknown }).excludedUnit);
  if (units.length === 0) return rest;
  const note = E('unit/excluded', {}, { units: units.length, codes: units });
  const at = rest.findIndex((e) => e.code.startsWith('reconcile/'));
  return at < 0 ? [...rest, note] : [...rest.slice(0, at), note, ...rest.slice(at)];
}

interface Case {
  /** Files under fixtures/score/, read in this order; the one under broken/ is the fixture the case is about */
  readonly files: readonly string[];
  readonly set?: CriteriaSet;
  readonly options?: ScoreOptions;
  /** The official unit list given as `units` (path from the repository root) */
  readonly unitList?: string;
  /** Sheets made in memory (cells no file format gives so simply), named like a broken fixture; instead of files */
  readonly sources?: readonly SheetSource[];
  /** Every diagnostic of the run, in the order found */
  readonly expected: readonly Expected[];
}

/** A source of sheets made in memory: each sheet's rows numbered from 1. */
function memorySource(file: string, sheets: readonly { name: string; hidden?: boolean; rows: readonly (readonly Cell[])[] }[]): SheetSource {
  return {
    name: B(file),
    sheets: async function* () {
      for (const s of sheets) {
        const rows = (async function* () {
          for (let i = 0; i < s.rows.length; i++) yield { row: i + 1, cells: s.rows[i]! };
        })();
        yield { file: B(file), sheet: s.name, hidden: s.hidden ?? false, rows } satisfies RawSheet;
      }
    },
  };
}
const HEADER: Cell[] = ['Mã đơn vị', 'Tên đơn vị', 'Khối', '1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2'];
const ROW = (code: string, name: string): Cell[] => [code, name, 'Xã', 2.5, 2, 95, 'Có', 8, 1.5, 'A', 'Hài lòng'];
const NO_VALUE: Cell = { kind: 'formula-no-value', formula: 'SUM(D3:K3)' };

const cases: Record<string, Case> = {
  // ── files and sheets ──────────────────────────────────────────────────────────────────────────────────────
  'file/unsupported-type (an Excel 97–2003 .xls)': {
    files: ['broken/file-unsupported-type.xls'],
    expected: [E('file/unsupported-type', { file: B('file-unsupported-type.xls') }, { reason: 'xls' })],
  },
  'file/not-utf8 (Windows-1258 bytes)': {
    files: ['broken/file-not-utf8.csv'],
    expected: [E('file/not-utf8', { file: B('file-not-utf8.csv') }, { offset: 88 })],
  },
  'file/unreadable (a workbook cut short)': {
    files: ['broken/file-unreadable.xlsx'],
    expected: [E('file/unreadable', { file: B('file-unreadable.xlsx') })],
  },
  'file/no-readable-sheet (a workbook whose only sheet is hidden)': {
    files: [],
    sources: [memorySource('file-no-readable-sheet.xlsx', [{ name: 'Xã', hidden: true, rows: [HEADER, ROW('27001', 'Xã Tân Lập')] }])],
    expected: [
      E('sheet/skipped', { file: B('file-no-readable-sheet.xlsx'), sheet: 'Xã' }),
      E('file/no-readable-sheet', { file: B('file-no-readable-sheet.xlsx') }, { hidden: ['Xã'] }),
    ],
  },
  'sheet/not-found (--sheet names no sheet of the workbook)': {
    files: ['broken/sheet-not-found.xlsx'],
    options: { sheet: 'Thị trấn' },
    expected: [E('sheet/not-found', { file: B('sheet-not-found.xlsx') }, { sheet: 'Thị trấn', available: ['Xã', 'Phường'] })],
  },
  'sheet/no-header (headers in words, no criterion codes)': {
    files: ['broken/sheet-no-header.csv'],
    // One message for the file: a sheet skipped beside none that was read is the file's error.
    expected: [E('sheet/no-header', { file: B('sheet-no-header.csv') }, { scanned: 3, set: 'mini-xa' })],
  },
  'sheet/no-units (a header and a signature, no unit)': {
    files: ['broken/sheet-no-units.csv'],
    expected: [E('sheet/no-units', { file: B('sheet-no-units.csv'), row: 2 }, { row: 2 })],
  },
  'sheet/skipped (a hidden sheet)': {
    files: ['broken/sheet-skipped.xlsx'],
    expected: [E('sheet/skipped', { file: B('sheet-skipped.xlsx'), sheet: 'Nháp' })],
  },
  // ── headers ──────────────────────────────────────────────────────────────────────────────────────────────
  'header/unknown-criterion (a column of last year\'s set)': {
    files: ['broken/header-unknown-criterion.csv'],
    expected: [
      E('header/unknown-criterion', cell('header-unknown-criterion.csv', 'N2', { criterion: '4.1' }), {
        header: '4.1 Tiêu chí của bộ năm 2023',
        code: '4.1',
        set: 'mini-xa',
      }),
    ],
  },
  'header/duplicate-criterion (a second "TC 1.2")': {
    files: ['broken/header-duplicate-criterion.csv'],
    expected: [E('header/duplicate-criterion', cell('header-duplicate-criterion.csv', 'N2', { criterion: '1.2' }), { code: '1.2', first: 'E' })],
  },
  'header/missing-criterion (no column for 2.2)': {
    files: ['broken/header-missing-criterion.csv'],
    expected: [
      E('header/missing-criterion', rowOf('header-missing-criterion.csv', 2, { criterion: '2.2' }), { code: '2.2' }),
      excluded('header-missing-criterion.csv', 3, '27001', 1),
      excluded('header-missing-criterion.csv', 4, '27007', 1),
    ],
  },
  'header/missing-unit-column': {
    files: ['broken/header-missing-unit-column.csv'],
    expected: [E('header/missing-unit-column', rowOf('header-missing-unit-column.csv', 2))],
  },
  'header/missing-name-column (a warning: units show by code)': {
    files: ['broken/header-missing-name-column.csv'],
    expected: [E('header/missing-name-column', rowOf('header-missing-name-column.csv', 2))],
  },
  // ── unit rows ────────────────────────────────────────────────────────────────────────────────────────────
  'row/missing-unit-code': {
    files: ['broken/row-missing-unit-code.csv'],
    expected: [E('row/missing-unit-code', cell('row-missing-unit-code.csv', 'A4'), { name: 'Xã Mỹ Đức' })],
  },
  'row/duplicate-unit (twice in one file)': {
    files: ['broken/row-duplicate-unit.csv'],
    expected: [
      E('row/duplicate-unit', cell('row-duplicate-unit.csv', 'A4', { unit: '27001' }), { unit: '27001', firstFile: B('row-duplicate-unit.csv'), firstRow: 3, firstRef: 'A3' }),
      excluded('row-duplicate-unit.csv', 3, '27001', 1),
      excluded('row-duplicate-unit.csv', 4, '27001', 1),
    ],
  },
  'row/duplicate-unit (across two files)': {
    files: ['valid.csv', 'broken/row-duplicate-unit-across-files.csv'],
    expected: [
      E('row/duplicate-unit', cell('row-duplicate-unit-across-files.csv', 'A3', { unit: '27007' }), {
        unit: '27007',
        firstFile: 'fixtures/score/valid.csv',
        firstRow: 6,
        firstRef: 'B6',
      }),
      excluded('fixtures/score/valid.csv', 6, '27007', 1),
      excluded('row-duplicate-unit-across-files.csv', 3, '27007', 1),
    ],
  },
  'row/name-unicode-variant (the same name in NFC and NFD)': {
    files: ['broken/row-name-unicode-variant.csv'],
    expected: [E('row/name-unicode-variant', cell('row-name-unicode-variant.csv', 'B4', { unit: '27022' }), { name: 'Xã Tân Lập' })],
  },
  'row/duplicate-name (two codes, one name, one block)': {
    files: ['broken/row-duplicate-name.csv'],
    expected: [E('row/duplicate-name', cell('row-duplicate-name.csv', 'B4', { unit: '27022' }), { unit: '27022', other: '27019', name: 'Xã Tân Lập' })],
  },
  'row/unknown-block': {
    files: ['broken/row-unknown-block.csv'],
    expected: [
      E('row/unknown-block', cell('row-unknown-block.csv', 'C4', { unit: '27007' }), { block: 'Thị trấn' }),
      excluded('row-unknown-block.csv', 4, '27007', 1),
    ],
  },
  'row/missing-block': {
    files: ['broken/row-missing-block.csv'],
    expected: [E('row/missing-block', cell('row-missing-block.csv', 'C4', { unit: '27007' })), excluded('row-missing-block.csv', 4, '27007', 1)],
  },
  'header/missing-block-column (three units, one diagnostic for the column)': {
    files: ['broken/header-missing-block-column.csv'],
    expected: [
      E('header/missing-block-column', rowOf('header-missing-block-column.csv', 2), { rows: 3, blocks: 'xa (Xã), phuong (Phường)' }),
      excluded('header-missing-block-column.csv', 3, '27001', 1),
      excluded('header-missing-block-column.csv', 4, '27007', 1),
      excluded('header-missing-block-column.csv', 5, '27019', 1),
    ],
  },
  'row/no-applicable-criteria (every leaf KĐG / N/A)': {
    files: ['broken/row-no-applicable-criteria.csv'],
    set: allNa,
    expected: [
      E('row/no-applicable-criteria', rowOf('row-no-applicable-criteria.csv', 3, { unit: '27001' })),
      excluded('row-no-applicable-criteria.csv', 3, '27001', 1),
    ],
  },
  'unit/excluded (two errors in one row)': {
    files: ['broken/unit-excluded.csv'],
    expected: [
      E('cell/out-of-range', cell('unit-excluded.csv', 'D4', { unit: '27007', criterion: '1.1' }), { value: '4', max: '3' }),
      E('cell/not-allowed', cell('unit-excluded.csv', 'E4', { unit: '27007', criterion: '1.2' })),
      excluded('unit-excluded.csv', 4, '27007', 2),
    ],
  },
  // ── cells ────────────────────────────────────────────────────────────────────────────────────────────────
  'cell/empty': {
    files: ['broken/cell-empty.csv'],
    expected: [E('cell/empty', cell('cell-empty.csv', 'D4', { unit: '27007', criterion: '1.1' })), excluded('cell-empty.csv', 4, '27007', 1)],
  },
  'cell/not-a-number ("1,234.5" with both separators, a word)': {
    files: ['broken/cell-not-a-number.csv'],
    expected: [
      E('cell/not-a-number', cell('cell-not-a-number.csv', 'D4', { unit: '27007', criterion: '1.1' }), { value: '1,234.5', both: true }),
      E('cell/not-a-number', cell('cell-not-a-number.csv', 'I5', { unit: '27019', criterion: '2.2' }), { value: 'hai', both: false }),
      excluded('cell-not-a-number.csv', 4, '27007', 1),
      excluded('cell-not-a-number.csv', 5, '27019', 1),
    ],
  },
  'cell/too-precise (seven decimals)': {
    files: ['broken/cell-too-precise.csv'],
    expected: [
      E('cell/too-precise', cell('cell-too-precise.csv', 'D4', { unit: '27007', criterion: '1.1' }), { value: '2.0000001' }),
      excluded('cell-too-precise.csv', 4, '27007', 1),
    ],
  },
  'cell/out-of-range (above the max, negative points, a negative bonus)': {
    files: ['broken/cell-out-of-range.csv'],
    expected: [
      E('cell/out-of-range', cell('cell-out-of-range.csv', 'D4', { unit: '27007', criterion: '1.1' }), { value: '3.5', max: '3' }),
      E('cell/out-of-range', cell('cell-out-of-range.csv', 'I5', { unit: '27019', criterion: '2.2' }), { value: '-0.5', max: '2' }),
      E('cell/out-of-range', cell('cell-out-of-range.csv', 'L5', { unit: '27019', criterion: 'T' }), { value: '-1', max: '1' }),
      excluded('cell-out-of-range.csv', 4, '27007', 1),
      excluded('cell-out-of-range.csv', 5, '27019', 2),
    ],
  },
  'cell/off-step': {
    files: ['broken/cell-off-step.csv'],
    expected: [
      E('cell/off-step', cell('cell-off-step.csv', 'D4', { unit: '27007', criterion: '1.1' }), { value: '1.25', step: '0.5' }),
      excluded('cell-off-step.csv', 4, '27007', 1),
    ],
  },
  'cell/not-allowed': {
    files: ['broken/cell-not-allowed.csv'],
    expected: [
      E('cell/not-allowed', cell('cell-not-allowed.csv', 'E4', { unit: '27007', criterion: '1.2' }), { value: '1.5', allowed: '0; 1; 2' }),
      excluded('cell-not-allowed.csv', 4, '27007', 1),
    ],
  },
  'cell/na-not-allowed (KĐG, and n/a in lower case)': {
    files: ['broken/cell-na-not-allowed.csv'],
    expected: [
      E('cell/na-not-allowed', cell('cell-na-not-allowed.csv', 'D4', { unit: '27007', criterion: '1.1' }), { value: 'KĐG' }),
      E('cell/na-not-allowed', cell('cell-na-not-allowed.csv', 'E5', { unit: '27019', criterion: '1.2' }), { value: 'n/a' }),
      excluded('cell-na-not-allowed.csv', 4, '27007', 1),
      excluded('cell-na-not-allowed.csv', 5, '27019', 1),
    ],
  },
  'cell/value-out-of-range (a percentage of 120)': {
    files: ['broken/cell-value-out-of-range.csv'],
    expected: [
      E('cell/value-out-of-range', cell('cell-value-out-of-range.csv', 'F4', { unit: '27007', criterion: '1.3' }), { value: '120', range: '0–100 %' }),
      excluded('cell-value-out-of-range.csv', 4, '27007', 1),
    ],
  },
  'cell/unknown-answer (yes/no and options)': {
    files: ['broken/cell-unknown-answer.csv'],
    expected: [
      E('cell/unknown-answer', cell('cell-unknown-answer.csv', 'G4', { unit: '27007', criterion: '1.4' }), { value: 'Có lẽ' }),
      E('cell/unknown-answer', cell('cell-unknown-answer.csv', 'J5', { unit: '27019', criterion: '3.1' }), { value: 'E', expected: 'A, B, C, D' }),
      excluded('cell-unknown-answer.csv', 4, '27007', 1),
      excluded('cell-unknown-answer.csv', 5, '27019', 1),
    ],
  },
  'cell/date (a typed 1.5 turned into 1 May)': {
    files: ['broken/cell-date.xlsx'],
    expected: [
      E('cell/date', cell('cell-date.xlsx', 'D4', { sheet: 'Xã', unit: '27007', criterion: '1.1' }), { value: '2024-05-01' }),
      excluded('cell-date.xlsx', 4, '27007', 1, 'Xã'),
    ],
  },
  'cell/formula-error (a formula ending in #DIV/0!, an #N/A pasted as a value)': {
    files: ['broken/cell-formula-error.xlsx'],
    expected: [
      E('cell/formula-error', cell('cell-formula-error.xlsx', 'F4', { sheet: 'Xã', unit: '27007', criterion: '1.3' }), { value: expect.stringMatching(/^#/) }),
      E('cell/formula-error', cell('cell-formula-error.xlsx', 'F5', { sheet: 'Xã', unit: '27019', criterion: '1.3' }), { value: '#N/A' }),
      excluded('cell-formula-error.xlsx', 4, '27007', 1, 'Xã'),
      excluded('cell-formula-error.xlsx', 5, '27019', 1, 'Xã'),
    ],
  },
  'cell/formula-no-value (no cached result)': {
    files: ['broken/cell-formula-no-value.xlsx'],
    expected: [
      E('cell/formula-no-value', cell('cell-formula-no-value.xlsx', 'F4', { sheet: 'Xã', unit: '27007', criterion: '1.3' }), { formula: 'N4/O4*100' }),
      excluded('cell-formula-no-value.xlsx', 4, '27007', 1, 'Xã'),
    ],
  },
  'cell/adjustment-above-cap (a bonus of 1.5, a penalty typed as -3)': {
    files: ['broken/cell-adjustment-above-cap.csv'],
    expected: [
      E('cell/adjustment-above-cap', cell('cell-adjustment-above-cap.csv', 'L4', { unit: '27007', criterion: 'T' }), { value: '1.5', max: '1', name: 'Điểm thưởng' }),
      E('cell/adjustment-above-cap', cell('cell-adjustment-above-cap.csv', 'M5', { unit: '27019', criterion: 'P' }), { value: '-3', max: '2', name: 'Điểm trừ' }),
      excluded('cell-adjustment-above-cap.csv', 4, '27007', 1),
      excluded('cell-adjustment-above-cap.csv', 5, '27019', 1),
    ],
  },
  'cell/na-lookalike ("KDG" and "K.ĐG" where the set writes KĐG)': {
    files: ['broken/cell-na-lookalike.csv'],
    expected: [
      E('cell/na-lookalike', cell('cell-na-lookalike.csv', 'D3', { unit: '27001', criterion: '1.1' }), { value: 'KDG', marks: 'KĐG, N/A' }),
      E('cell/na-lookalike', cell('cell-na-lookalike.csv', 'E4', { unit: '27007', criterion: '1.2' }), { value: 'K.ĐG', marks: 'KĐG, N/A' }),
      excluded('cell-na-lookalike.csv', 3, '27001', 1),
      excluded('cell-na-lookalike.csv', 4, '27007', 1),
    ],
  },
  'cell/ambiguous-separator ("1.000" in a sheet of decimal commas)': {
    files: ['broken/cell-ambiguous-separator.csv'],
    expected: [E('cell/ambiguous-separator', cell('cell-ambiguous-separator.csv', 'E3', { unit: '27001', criterion: '1.2' }), { value: '1.000', read: '1.000' })],
  },
  'check/not-checked (a "Tổng điểm" column of formulas saved without results)': {
    files: [],
    sources: [
      memorySource('check-not-checked.xlsx', [
        { name: 'Xã', rows: [[...HEADER, 'Tổng điểm'], [...ROW('27001', 'Xã Tân Lập'), NO_VALUE], [...ROW('27019', 'Xã Phú Mỹ'), NO_VALUE]] },
      ]),
    ],
    expected: [E('check/not-checked', cell('check-not-checked.xlsx', 'L2', { sheet: 'Xã' }), { total: 'total', cells: 2 })],
  },
  'check/reported-mismatch (a wrong "Tổng điểm")': {
    files: ['broken/check-reported-mismatch.csv'],
    expected: [
      E('check/reported-mismatch', cell('check-reported-mismatch.csv', 'N4', { unit: '27007' }), { total: 'total', reported: '18.5', computed: '19' }),
    ],
  },
  // ── long sheets (a row per unit × criterion) ─────────────────────────────────────────────────────────────
  'row/unknown-criterion (a long row for a criterion of last year\'s set)': {
    files: ['broken/row-unknown-criterion.csv'],
    expected: [
      E('row/unknown-criterion', cell('row-unknown-criterion.csv', 'D19', { unit: '27007', criterion: '4.1' }), { code: '4.1', set: 'mini-xa' }),
      excluded('row-unknown-criterion.csv', 10, '27007', 1),
    ],
  },
  'unit/missing-criterion (no long row for 2.2)': {
    files: ['broken/unit-missing-criterion.csv'],
    expected: [
      E('unit/missing-criterion', { file: B('unit-missing-criterion.csv'), unit: '27007', criterion: '2.2' }, { code: '2.2', name: 'Công khai thủ tục hành chính' }),
      excluded('unit-missing-criterion.csv', 10, '27007', 1),
    ],
  },
  'unit/duplicate-criterion (1.2 exported twice)': {
    files: ['broken/unit-duplicate-criterion.csv'],
    expected: [
      E('unit/duplicate-criterion', cell('unit-duplicate-criterion.csv', 'D10', { unit: '27001', criterion: '1.2' }), { code: '1.2', firstRow: 3 }),
      excluded('unit-duplicate-criterion.csv', 2, '27001', 1),
    ],
  },
  // ── per-unit forms (biểu tự đánh giá) ─────────────────────────────────────────────────────────────────────
  'form/max-mismatch (last year\'s max printed for 1.2)': {
    files: ['broken/form-max-mismatch.xlsx'],
    set: formSet,
    expected: [
      E('form/max-mismatch', cell('form-max-mismatch.xlsx', 'C10', { sheet: 'Biểu 01', unit: '27001', criterion: '1.2' }), {
        code: '1.2',
        printed: '3',
        max: '2',
        set: 'mini-bieu',
      }),
      excluded('form-max-mismatch.xlsx', 5, '27001', 1, 'Biểu 01'),
    ],
  },
  'form/no-unit (no "Mã đơn vị" label, no code in the file name)': {
    files: ['broken/form-no-unit.xlsx'],
    set: formSet,
    expected: [E('form/no-unit', rowOf('form-no-unit.xlsx', 3, { sheet: 'Biểu 01' }))],
  },
  'form/self-only (the appraised column still empty)': {
    files: ['broken/form-self-only.xlsx'],
    set: formSet,
    expected: [E('form/self-only', rowOf('form-self-only.xlsx', 5, { sheet: 'Biểu 01', unit: '27001' }))],
  },
  'cell/evidence-missing (1.2 requires evidence, its cell is empty)': {
    files: ['broken/cell-evidence-missing.xlsx'],
    set: formSet,
    expected: [E('cell/evidence-missing', cell('cell-evidence-missing.xlsx', 'F10', { sheet: 'Biểu 01', unit: '27001', criterion: '1.2' }), { code: '1.2' })],
  },
  // ── the official unit list (--units) ─────────────────────────────────────────────────────────────────────
  'units/unknown-unit (a code the list does not have)': {
    files: ['broken/units-unknown-unit.csv'],
    unitList: UNIT_LIST,
    expected: [
      E('units/unknown-unit', cell('units-unknown-unit.csv', 'A6', { unit: '27099' }), { unit: '27099', list: UNIT_LIST }),
      excluded('units-unknown-unit.csv', 6, '27099', 1),
    ],
  },
  'units/name-mismatch (Xã Đồng Tân for Xã Đồng Tâm)': {
    files: ['broken/units-name-mismatch.csv'],
    unitList: UNIT_LIST,
    expected: [
      E('units/name-mismatch', cell('units-name-mismatch.csv', 'B4', { unit: '27004' }), { unit: '27004', name: 'Xã Đồng Tân', listed: 'Xã Đồng Tâm', list: UNIT_LIST }),
    ],
  },
  'units/not-submitted (27004 sent nothing)': {
    files: ['broken/units-not-submitted.csv'],
    unitList: UNIT_LIST,
    expected: [E('units/not-submitted', { file: UNIT_LIST, row: 3, unit: '27004' }, { unit: '27004', name: 'Xã Đồng Tâm' })],
  },
  // ── self-assessed vs appraised ───────────────────────────────────────────────────────────────────────────
  'reconcile/appraised-above-self (the council gave 3 where the unit claimed 2.5)': {
    files: ['broken/reconcile-appraised-above-self.xlsx'],
    set: formSet,
    expected: [
      E('reconcile/appraised-above-self', { file: B('reconcile-appraised-above-self.xlsx'), sheet: 'Biểu 01', row: 12, column: 5, ref: 'E12', unit: '27001', criterion: '2.1' }, { code: '2.1', self: '2.5', appraised: '3' }),
    ],
  },
  'reconcile/large-difference (above the threshold of 1; exactly 1 is not)': {
    files: ['broken/reconcile-large-difference.csv'],
    options: { diffThreshold: micro(1) },
    expected: [
      E('reconcile/large-difference', { file: B('reconcile-large-difference.csv'), row: 10, column: 6, ref: 'F10', unit: '27001', criterion: '1.1' }, {
        code: '1.1',
        self: '3',
        appraised: '1.5',
        diff: '1.5',
        threshold: '1',
      }),
    ],
  },
};

const runs = new Map<string, Promise<ScoreOutcome>>();
/** Runs a case once, however many tests look at it. */
function run(name: string): Promise<ScoreOutcome> {
  let p = runs.get(name);
  if (!p) {
    const c = cases[name]!;
    p = (async () => {
      const units = c.unitList !== undefined ? { units: await unitListFixture(c.unitList) } : {};
      if (c.sources) return evaluate(c.set ?? mini, c.sources, { ...c.options, ...units });
      return scoreInputs(c.set ?? mini, c.files.map((f) => input(f)), { ...c.options, ...units });
    })();
    runs.set(name, p);
  }
  return p;
}

const shape = (d: Diagnostic | Expected) => ({ code: d.code, severity: d.severity, location: d.location });

describe('broken score sheets', () => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const outcome = await run(name);
    const expected = expectedOf(cases[name]!);
    const actual = outcome.sink.kept;
    expect(actual.map(shape)).toEqual(expected.map(shape));
    expected.forEach((e, i) => {
      if (e.details) expect(actual[i]?.details, `${e.code} details`).toMatchObject(e.details);
    });
    const errors = expected.filter((e) => e.severity === 'error').length;
    expect(outcome.sink.counts.error).toBe(errors);
  });

  it('every message reads in English and in Vietnamese, with no hole where a detail is missing', async () => {
    for (const name of Object.keys(cases)) {
      for (const d of (await run(name)).sink.kept) {
        const en = messageOf(d, 'en');
        const vi = messageOf(d, 'vi');
        for (const text of [en, vi]) expect(text, `${d.code} in ${name}`).not.toMatch(/undefined|null|\[object|""/);
        expect(vi, `${d.code}: the Vietnamese message is the English one`).not.toBe(en);
      }
    }
  });
});

describe('the broken fixtures themselves', () => {
  it('hold the bytes they are about: an NFD name below an NFC one, Windows-1258 text', () => {
    const variant = readFileSync(fixturePath('score', 'broken', 'row-name-unicode-variant.csv'), 'utf8').split('\r\n');
    expect(variant[2]).toContain('Xã Tân Lập'.normalize('NFC'));
    expect(variant[3]).toContain('Xã Tân Lập'.normalize('NFD'));
    expect('Xã Tân Lập'.normalize('NFD')).not.toBe('Xã Tân Lập'.normalize('NFC'));

    const cp1258 = readFileSync(fixturePath('score', 'broken', 'file-not-utf8.csv'));
    expect(cp1258.findIndex((b) => b >= 0x80)).toBe(88);
  });

  it('every file in fixtures/score/broken/ is a case, and fires the code it is named after', async () => {
    const codes = Object.keys(catalogue) as Code[];
    const files = readdirSync(fixturePath('score', 'broken')).sort();
    const used = new Set(Object.values(cases).flatMap((c) => c.files.filter((f) => f.startsWith('broken/')).map((f) => f.slice('broken/'.length))));
    expect(files.filter((f) => !used.has(f))).toEqual([]);
    for (const [name, c] of Object.entries(cases)) {
      const fixture = c.files.find((f) => f.startsWith('broken/')) ?? c.sources?.[0]?.name ?? '';
      const base = fixture.replace(/^(fixtures\/score\/)?broken\//, '').replace(/\.[^.]+$/, '');
      const named = codes.filter((code) => base.startsWith(code.replace('/', '-'))).sort((a, b) => b.length - a.length)[0];
      expect(named, `${name}: ${fixture} is named after no code`).toBeDefined();
      expect((await run(name)).sink.kept.map((d) => d.code), fixture).toContain(named);
    }
  });
});

describe('sheets that are fine', () => {
  it('valid.csv and valid.xlsx load without a single diagnostic and rank the same units alike', async () => {
    const rows = async (file: string) => {
      const out = await scoreInputs(mini, [input(file)]);
      expect(out.sink.kept.map((d) => `${d.code} ${JSON.stringify(d.location)}`), file).toEqual([]);
      return out.blocks.map((b) => ({ block: b.id, rows: b.rows.map((r) => [r.rank, r.score.unit.code, r.score.unit.name, r.score.total, r.indexScaled, r.band]) }));
    };
    const csv = await rows('valid.csv');
    expect(csv).toEqual([
      {
        block: 'xa',
        rows: [
          [1, '27016', 'Xã Mỹ Đức', 16_700_000, 8350n, 'Tốt'],
          [1, '27001', 'Xã Tân Lập', 16_700_000, 8350n, 'Tốt'],
          [3, '27004', 'Xã Đồng Tâm', 10_700_000, 6688n, 'Khá'],
          [4, '27013', 'Xã Quảng Phú', 9_000_000, 5625n, 'Trung bình'],
        ],
      },
      {
        block: 'phuong',
        rows: [
          [1, '27007', 'Phường Hoà Bình', 19_000_000, 9500n, 'Tốt'],
          [2, '27010', 'Phường Đống Đa', 7_400_000, 3700n, 'Yếu'],
        ],
      },
    ]);
    expect(await rows('valid.xlsx')).toEqual(csv);
  });

  it('a hidden sheet named by --sheet is scored, not skipped', async () => {
    const out = await scoreInputs(mini, [input('broken/sheet-skipped.xlsx')], { sheet: 'nhap' });
    expect(out.sink.kept).toEqual([]);
    expect(out.scores.map((s) => [s.unit.code, s.unit.source.sheet, s.unit.points.leaf(0)])).toEqual([['27001', 'Nháp', 1_000_000]]);
  });

  it('an OpenDocument spreadsheet (a zip named .ods) is refused with a hint, not read as XLSX', async () => {
    const out = await scoreInputs(mini, [input('valid.xlsx', 'diem-xa.ods')]);
    expect(out.sink.kept.map(shape)).toEqual([E('file/unsupported-type', { file: 'diem-xa.ods' })].map(shape));
    expect(messageOf(out.sink.kept[0]!, 'en')).toContain('OpenDocument');
  });
});

describe('the catalogue', () => {
  it('every code has a fixture that fires it (sheets here, criteria files in fixtures/criteria/broken/)', async () => {
    const fired = new Set<string>();
    for (const name of Object.keys(cases)) for (const d of (await run(name)).sink.kept) fired.add(d.code);
    for (const file of jsonFixtures('criteria', 'broken')) for (const d of loadCriteriaFixture('criteria', 'broken', file).diagnostics) fired.add(d.code);
    // Too large to be a fixture: made here.
    for (const d of loadCriteriaBytes(new Uint8Array(CRITERIA_MAX_BYTES + 1), 'big.json').diagnostics) fired.add(d.code);
    for (const d of await annexAndTemplateDiagnostics()) fired.add(d.code);
    // compare's codes (map/…, compare/…) are fired by tests/compare/diagnostics.test.ts; survey/* by tests/survey
    const missing = Object.keys(catalogue).filter((code) => !fired.has(code) && !/^(map|compare|survey)\//.test(code));
    expect(missing).toEqual([]);
    const unknown = [...fired].filter((code) => !(code in catalogue));
    expect(unknown).toEqual([]);
  });
});
