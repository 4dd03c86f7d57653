/**
 * A small RunReport written by hand (no pipeline run): one block of two communes (one held at the cap), a unit left
 * out of the ranking on two rows, and diagnostics carrying the hostile values of issue 8: a huge cell, control
 * characters in a cell, a sheet name and a file name.
 */
import type { CriteriaReport, MaterialReport } from '../../../src/report/model/schema.js';

export const HUGE = `${'Điểm '.repeat(40_000)}hết`;
const ESCAPE_NAME = 'Xã Ấn\u001b[2K\u001b[1AĐịnh';
export const NEWLINE_FILE = 'nop/xa\nmoi.csv';
const sha = (c: string): string => c.repeat(64);

export const SET: CriteriaReport = {
  id: 'thu-xa',
  title: 'Bộ chỉ số thử cấp xã',
  year: 2024,
  level: 'commune',
  decimals: 2,
  total: 20_000_000,
  appraisalMax: 10_000_000,
  surveyMax: 10_000_000,
  naTokens: ['KĐG'],
  ties: { compare: 'shared', breakBy: ['points'] },
  allowIndexAbove100: false,
  bands: [
    { label: 'Tốt', min: 80_000_000 },
    { label: 'Khá', min: 0 },
  ],
  blocks: [{ id: 'xa', name: 'Xã', bands: [] }],
  fields: [
    {
      code: '1', name: 'Công tác chỉ đạo, điều hành', max: 10_000_000, method: 'appraisal', depth: 0, naAllowed: false, evidenceRequired: false, rule: null,
      children: [{ code: '1.1', name: 'Ban hành kế hoạch', max: 10_000_000, method: 'appraisal', depth: 1, naAllowed: true, evidenceRequired: false, rule: { kind: 'points', step: 500_000 }, children: [] }],
    },
    {
      code: '2', name: 'Mức độ hài lòng của người dân', max: 10_000_000, method: 'survey', depth: 0, naAllowed: false, evidenceRequired: false, rule: null,
      children: [{ code: '2.1', name: 'Hài lòng', max: 10_000_000, method: 'survey', depth: 1, naAllowed: false, evidenceRequired: false, rule: { kind: 'yesno' }, children: [] }],
    },
  ],
  leaves: [
    { code: '1.1', name: 'Ban hành kế hoạch' },
    { code: '2.1', name: 'Hài lòng' },
  ],
  adjustments: [{ code: 'T', name: 'Điểm thưởng', kind: 'bonus', max: 1_000_000 }],
};

const src = (row: number) => ({ file: 'nop/xa.csv', row });

export const REPORT: MaterialReport = {
  tool: { name: 'parindex', version: '9.9.9' },
  criteria: { file: 'thu-xa.json', sha256: sha('a'), set: SET },
  inputs: [
    { file: 'nop/xa.csv', sha256: sha('b'), bytes: 321 },
    { file: NEWLINE_FILE, sha256: sha('c'), bytes: 12 },
  ],
  options: { layout: 'auto', sheet: null, failOn: 'error', lang: 'vi' },
  units: [
    { code: '27001', name: 'Xã Tân Lập', block: 'xa', source: src(3) },
    { code: '27004', name: 'Xã Đồng Tâm', block: 'xa', source: src(4) },
    { code: '27007', name: ESCAPE_NAME, block: 'xa', source: src(5) },
    { code: '27007', name: ESCAPE_NAME, block: 'xa', source: src(6) },
  ],
  blocks: [
    {
      id: 'xa',
      name: 'Xã',
      rows: [
        {
          rank: 1, code: '27001', name: 'Xã Tân Lập',
          fields: [
            { points: 10_000_000, max: 10_000_000, index: { value: 100, text: '100.00' } },
            { points: 10_000_000, max: 10_000_000, index: { value: 100, text: '100.00' } },
          ],
          appraisal: 10_000_000, survey: 10_000_000, bonus: 1_000_000, penalty: 0, total: 20_000_000, effectiveMax: 20_000_000,
          index: { exact: { num: 20_000_000, den: 20_000_000 }, value: 100, text: '100.00' },
          band: 'Tốt', capped: true, leaves: [10_000_000, 10_000_000], source: src(3),
        },
        {
          rank: 2, code: '27004', name: 'Xã Đồng Tâm',
          fields: [
            { points: 0, max: 0, index: null },
            { points: 6_675_000, max: 10_000_000, index: { value: 66.75, text: '66.75' } },
          ],
          appraisal: 0, survey: 6_675_000, bonus: 0, penalty: 0, total: 6_675_000, effectiveMax: 10_000_000,
          index: { exact: { num: 6_675_000, den: 10_000_000 }, value: 66.75, text: '66.75' },
          band: 'Khá', capped: false, leaves: [null, 6_675_000], source: src(4),
        },
      ],
      mean: { value: 83.38, text: '83.38' },
      bandCounts: [
        { label: 'Tốt', count: 1 },
        { label: 'Khá', count: 1 },
      ],
    },
  ],
  excluded: [
    { code: '27007', name: ESCAPE_NAME, block: 'xa', source: src(5), errors: 1, firstError: null },
    { code: '27007', name: ESCAPE_NAME, block: 'xa', source: src(6), errors: 1, firstError: null },
  ],
  reconciliation: [
    {
      code: '27001', name: 'Xã Tân Lập', block: 'xa', selfTotal: 19_500_000, appraisedTotal: 20_000_000,
      leaves: [{ code: '1.1', name: 'Ban hành kế hoạch', self: 9_500_000, appraised: 10_000_000 }],
    },
  ],
  diagnostics: {
    kept: [
      { code: 'cell/not-a-number', severity: 'error', location: { file: 'nop/xa.csv', row: 5, column: 3, ref: 'C5', unit: '27007', criterion: '1.1' }, details: { value: HUGE } },
      { code: 'cell/not-a-number', severity: 'error', location: { file: 'nop/xa.csv', row: 6, column: 3, ref: 'C6', unit: '27007', criterion: '1.1' }, details: { value: 'a\u001b[31mb\rc' } },
      { code: 'row/missing-unit-code', severity: 'error', location: { file: NEWLINE_FILE, sheet: 'Xã\u0007', row: 2 }, details: {} },
      { code: 'unit/excluded', severity: 'info', location: { file: 'nop/xa.csv', row: 5, unit: '27007' }, details: { errors: 1 } },
    ],
    counts: { error: 3, warning: 0, info: 1 },
    dropped: 0,
  },
};
