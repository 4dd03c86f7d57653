/**
 * Every format of every command, rendered from the hand-built report in helpers/report.ts (no pipeline run): what
 * each must show, and that nothing from a sheet reaches a person whole (a huge cell) or raw (control characters).
 */
import { Chalk } from 'chalk';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/diagnostics/types.js';
import { fileNameOf, formatForFile, formatNames, formats, type Rendered } from '../../src/report/formats.js';
import { RunReportSchema, ResultsSchema, type RunReport } from '../../src/report/model/schema.js';
import { FROZEN_PANES } from '../../src/report/score/xlsx.js';
import { shorten, SHOWN_VALUE_CHARS } from '../../src/report/text.js';
import { ValidationSchema } from '../../src/report/validation-schema.js';
import { HUGE, NEWLINE_FILE, REPORT, SET } from './helpers/report.js';

const plain = new Chalk({ level: 0 });
const ctx = (lang: Lang) => ({ lang, chalk: plain });
const asText = (out: Rendered): string => {
  if (typeof out === 'string') return out;
  if (out instanceof Promise) throw new Error('binary');
  return [...out].join('');
};
/** C0 and C1 controls other than the line breaks that end lines. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const longestLine = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));

describe('the hand-built report', () => {
  it('is a RunReport as its zod schema says', () => {
    const parsed = RunReportSchema.safeParse(REPORT);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});

describe('score formats', () => {
  const render = (name: keyof typeof formats.score, lang: Lang = 'vi'): string => asText(formats.score[name].render(REPORT, ctx(lang)));

  it('table: ranks, every point with a decimal comma in Vietnamese, the capped total marked and footnoted, the mean, band counts, the legend', () => {
    const out = render('table');
    expect(out).toContain('Bộ chỉ số thử cấp xã (thu-xa)');
    const cells = (code: string): string[] => out.split('\n').find((l) => l.includes(code))!.trim().split(/ {2,}/);
    expect(cells('27001')).toEqual(['1', '27001', 'Xã Tân Lập', '10,00', '10,00', '10,00', '10,00', '1,00', '0,00', '20,00*', '20,00', '100,00', 'Tốt']);
    expect(cells('27004')).toEqual(['2', '27004', 'Xã Đồng Tâm', '0,00', '6,68', '0,00', '6,68', '0,00', '0,00', '6,68', '10,00', '66,75', 'Khá']);
    expect(out).toContain('Chỉ số trung bình: 83,38 · 2 đơn vị · Tốt 1 · Khá 1');
    expect(out).toContain('LV1 Công tác chỉ đạo, điều hành (10,00)');
    expect(out).toContain('(*) Tổng điểm giữ ở mức điểm tối đa thực tế');
    expect(render('table', 'en')).toContain('Mean index: 83.38 · 2 units');
  });

  it('table: fits the terminal, collapsing field points to component indexes, then dropping them with a note; --wide and a pipe get every column', () => {
    const c = (width?: number, wide = false) => ({ ...ctx('en'), ...(width !== undefined ? { width } : {}), wide });
    const lines = (width?: number, wide = false): string[] => asText(formats.score.table.render(REPORT, c(width, wide))).split('\n');
    const full = lines();
    const fullWidth = Math.max(...full.map((l) => l.length));
    expect(full.find((l) => l.includes('27004'))).toContain('6.68');
    for (const width of [fullWidth - 1, 100, 80, 70]) {
      const out = lines(width);
      expect(Math.max(...out.map((l) => l.length)), `width ${width}`).toBeLessThanOrEqual(width);
      expect(out.join('\n')).toMatch(/--wide/);
      expect(out.filter((l) => /^ +[12] +2700/.test(l))).toHaveLength(2);
    }
    // Field F1 of 27001 is 10 of 10 points: 100 as a component index.
    expect(lines(fullWidth - 1).find((l) => l.includes('27001'))).toMatch(/Xã Tân Lập +100 +100 /);
    expect(lines(fullWidth - 1).join('\n')).toContain('component indexes');
    expect(lines(70).some((l) => l.startsWith('Rank'))).toBe(true);
    expect(lines(70).join('\n')).not.toContain('F1');
    const rows = (out: string[]): string[] => out.filter((l) => /^ +[12] +2700/.test(l));
    expect(rows(lines(70, true))).toEqual(rows(full));
    expect(rows(lines(fullWidth))).toEqual(rows(full));
    // The block summary wraps between words on a terminal, one line in a pipe.
    const summary = full.find((l) => l.startsWith('Mean index')) ?? '';
    const narrow = lines(30);
    const at = narrow.findIndex((l) => l.startsWith('Mean index'));
    const wrapped = narrow.slice(at, narrow.indexOf('', at));
    expect(wrapped.length).toBeGreaterThan(1);
    expect(Math.max(...wrapped.map((l) => l.length))).toBeLessThanOrEqual(30);
    expect(wrapped.join(' ')).toBe(summary);
    // The legend wraps at the width.
    expect(lines(70).filter((l) => l.startsWith('F1') || l.includes('F2 '))).toEqual([]);
    expect(Math.max(...lines(fullWidth - 1).filter((l) => l.includes('F2')).map((l) => l.length))).toBeLessThanOrEqual(fullWidth - 1);
  });

  it('table and md: a unit left out on two rows is named once, with its control characters as pictures', () => {
    for (const name of ['table', 'md'] as const) {
      const out = render(name);
      const line = out.split('\n').find((l) => l.startsWith('Không xếp hạng'));
      expect(line).toBe('Không xếp hạng (có lỗi): 1 — 27007 Xã Ấn␛[2K␛[1AĐịnh');
      expect(out).not.toMatch(RAW_CONTROL);
    }
  });

  it('table: a huge unit name is cut to 80 characters and "…"', () => {
    const huge: RunReport = { ...REPORT, blocks: [{ ...REPORT.blocks[0]!, rows: [{ ...REPORT.blocks[0]!.rows[0]!, name: HUGE }] }] };
    const out = asText(formats.score.table.render(huge, ctx('vi')));
    expect(out).toContain(`${HUGE.slice(0, 80)}…`);
    expect(longestLine(out)).toBeLessThan(200);
  });

  it('csv: the data whole, a BOM, CRLF, decimals with a point in every language, the units left out with their status', () => {
    const out = render('csv');
    expect(out.startsWith('\ufeffHạng,Khối,Mã,Đơn vị,"1. Công tác chỉ đạo, điều hành"')).toBe(true);
    expect(out.split('\r\n')).toEqual([
      expect.stringMatching(/,Tổng điểm,Điểm tối đa thực tế,Chỉ số \(%\),Xếp loại,Tổng giữ ở mức tối đa,Trạng thái,Số lỗi,Lỗi đầu tiên$/),
      '1,Xã,27001,Xã Tân Lập,10.00,10.00,10.00,10.00,1.00,0.00,20.00,20.00,100.00,Tốt,*,Xếp hạng,0,',
      '2,Xã,27004,Xã Đồng Tâm,0.00,6.68,0.00,6.68,0.00,0.00,6.68,10.00,66.75,Khá,,Xếp hạng,0,',
      `,Xã,27007,${REPORT.excluded[0]!.name},,,,,,,,,,,,Không xếp hạng (có lỗi),1,`,
      `,Xã,27007,${REPORT.excluded[1]!.name},,,,,,,,,,,,Không xếp hạng (có lỗi),1,`,
      '',
    ]);
  });

  it('csv --csv-dialect excel-vi: semicolons and decimal commas; a cell with a semicolon quoted', () => {
    const out = asText(formats.score.csv.render(REPORT, { ...ctx('vi'), csvDialect: 'excel-vi' }));
    const lines = out.split('\r\n');
    expect(lines[0]!.startsWith('\ufeffHạng;Khối;Mã;Đơn vị;1. Công tác chỉ đạo, điều hành;')).toBe(true);
    expect(lines[2]).toBe('2;Xã;27004;Xã Đồng Tâm;0,00;6,68;0,00;6,68;0,00;0,00;6,68;10,00;66,75;Khá;;Xếp hạng;0;');
    const semi: RunReport = { ...REPORT, blocks: [{ ...REPORT.blocks[0]!, rows: [{ ...REPORT.blocks[0]!.rows[0]!, name: 'Xã A; B' }] }] };
    expect(asText(formats.score.csv.render(semi, { ...ctx('vi'), csvDialect: 'excel-vi' }))).toContain(';"Xã A; B";');
  });

  it('json: the shape of results.schema.json, numbers from the model, messages with huge values shortened', () => {
    const doc = ResultsSchema.parse(JSON.parse(render('json', 'en')));
    expect(doc.blocks[0]!.meanIndex).toBe(83.38);
    expect(doc.blocks[0]!.rows.map((r) => [r.code, r.index, r.points, r.fields.map((f) => f.index)])).toEqual([
      ['27001', 100, 20, [100, 100]],
      ['27004', 66.75, 6.675, [null, 66.75]],
    ]);
    expect(doc.blocks[0]!.rows[1]!.leaves).toEqual({ '1.1': null, '2.1': 6.675 });
    expect(doc.summary).toEqual({ units: 4, ranked: 2, excluded: 2, errors: 3, warnings: 0, infos: 1 });
    expect(doc.reconciliation[0]).toMatchObject({ difference: 0.5, leaves: [{ code: '1.1', self: 9.5, appraised: 10 }] });
    const message = doc.diagnostics[0]!.message;
    expect(message).toBe(`"${HUGE.slice(0, SHOWN_VALUE_CHARS)}…" is not a number`);
    // The details keep the value whole: they are data for programs.
    expect(doc.diagnostics[0]!.details.value).toBe(HUGE);
  });

  it('xlsx: real numbers, the sheets in order, panes frozen where FROZEN_PANES says', async () => {
    const bytes = Buffer.concat([...(await formats.score.xlsx.render(REPORT, ctx('vi')))]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Xã', 'Chi tiết Xã', 'Không xếp hạng', 'Đối chiếu', 'Tiêu chí', 'Thông tin']);
    const block = wb.getWorksheet('Xã')!;
    // One block: no block line, the header in rows 6–7, the units from row 8.
    expect(block.views[0]).toMatchObject({ state: 'frozen', xSplit: FROZEN_PANES.block.columns, ySplit: 7 });
    expect(wb.getWorksheet('Chi tiết Xã')!.views[0]).toMatchObject({ xSplit: FROZEN_PANES.detail.columns, ySplit: FROZEN_PANES.detail.rows });
    expect(wb.getWorksheet('Đối chiếu')!.views[0]).toMatchObject({ xSplit: FROZEN_PANES.reconciliation.columns });
    expect((block.getRow(9).values as unknown[]).slice(1)).toEqual([2, '27004', 'Xã Đồng Tâm', 0, 6.675, 0, 6.675, 0, 0, 6.675, 10, 66.75, 'Khá']);
    // The capped total keeps its number and shows the mark; the footnote says why.
    expect(block.getCell('J8').value).toBe(20);
    expect(block.getCell('J8').numFmt).toBe('0.00"*"');
    expect(block.getCell('A11').value).toMatch(/^\(\*\) Tổng điểm giữ ở mức/);
    expect(block.getCell('A12').value).toBe('Chỉ số trung bình: 83,38; 2 đơn vị; Tốt: 1; Khá: 1.');
    expect(wb.getWorksheet('Tiêu chí')!.getCell('E4').value).toBe('điểm 0–10, bước 0.5');
    expect(Buffer.concat([...(await formats.score.xlsx.render(REPORT, ctx('vi')))])).toEqual(bytes);
  });
});

describe('validate formats', () => {
  const render = (name: keyof typeof formats.validate, lang: Lang = 'en'): string => formats.validate[name].render(REPORT, ctx(lang));

  it('stylish: each file once, the newline of a file name and controls of a sheet name shown as pictures', () => {
    const out = render('stylish', 'vi');
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain('nop/xa␊moi.csv');
    expect(out).toContain('Xã␇ dòng 2');
    expect(out).toContain('"a␛[31mb␍c" không phải là số');
    expect(longestLine(out)).toBeLessThan(250);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 lỗi, 0 cảnh báo, 1 thông tin trong 2 tệp; 4 đơn vị, 2 đơn vị có lỗi');
  });

  it('json: the shape of validation.schema.json, units grouped under their file', () => {
    const doc = ValidationSchema.parse(JSON.parse(render('json')));
    expect(doc.valid).toBe(false);
    expect(doc.files.map((f) => [f.file, f.units.length, f.diagnostics.length])).toEqual([
      ['nop/xa.csv', 4, 3],
      [NEWLINE_FILE, 0, 1],
    ]);
    expect(doc.files[0]!.units.map((u) => u.errors)).toEqual([0, 0, 1, 1]);
  });

  it('github: one workflow command a diagnostic, each on one line', () => {
    const lines = render('github').trimEnd().split('\n');
    expect(lines).toHaveLength(REPORT.diagnostics.kept.length);
    for (const l of lines) expect(l).toMatch(/^::(error|notice) file=/);
    expect(lines.some((l) => l.includes('file=nop/xa%0Amoi.csv'))).toBe(true);
  });

  it('junit, sarif and md: well-formed, shortened, no raw controls', () => {
    const junit = render('junit');
    expect(XMLValidator.validate(junit)).toBe(true);
    const sarif = JSON.parse(render('sarif')) as { runs: { results: { message: { text: string } }[] }[] };
    const messages = sarif.runs[0]!.results.map((r) => r.message.text);
    expect(messages).toHaveLength(4);
    const md = render('md');
    expect(md).not.toMatch(RAW_CONTROL);
    // SARIF keeps the details whole as properties, for programs; its messages are shortened like every other.
    for (const out of [junit, messages.join('\n'), md]) {
      expect(out).toContain(`${HUGE.slice(0, SHOWN_VALUE_CHARS)}…`);
      expect(out.length).toBeLessThan(20_000);
    }
  });
});

describe('criteria formats', () => {
  it('table, md and json show the tree, rules in words and totals', () => {
    const report = SET;
    const table = formats.criteria.table.render(report, ctx('vi'));
    expect(table).toContain('Bộ chỉ số thử cấp xã (thu-xa) · Năm 2024 · cấp xã');
    expect(table).toMatch(/ {2}1\.1 +Ban hành kế hoạch +10\.00 +thẩm định +điểm 0–10, bước 0\.5 · được KĐG/);
    expect(formats.criteria.md.render(report, ctx('en'))).toContain('| **1** | **Công tác chỉ đạo, điều hành** | 10.00 | appraisal |  |');
    const json = JSON.parse(formats.criteria.json.render(report, ctx('en'))) as { total: number; counts: unknown; criteria: { children: { rule: unknown }[] }[] };
    expect(json.total).toBe(20);
    expect(json.counts).toEqual({ fields: 2, criteria: 2, leaves: 2 });
    expect(json.criteria[1]!.children[0]!.rule).toEqual({ kind: 'yesno', text: 'yes → 10; no → 0' });
  });
});

describe('the registry', () => {
  it('derives -o format detection and --out-dir names from the formats', () => {
    expect(formatForFile('score', 'ket-qua.XLSX')).toBe('xlsx');
    expect(formatForFile('score', 'bang.txt')).toBe('table');
    expect(formatForFile('score', 'bang.pdf')).toBeUndefined();
    expect(formatForFile('validate', 'out.sarif.json')).toBe('sarif');
    expect(formatForFile('validate', 'out.json')).toBe('json');
    expect(formatForFile('validate', 'out.xml')).toBe('junit');
    expect(formatForFile('validate', 'out.txt')).toBe('stylish');
    expect(fileNameOf('validate', 'junit')).toBe('validation.junit.xml');
    expect(fileNameOf('score', 'csv')).toBe('par-index.csv');
    expect(formatNames('criteria')).toEqual(['table', 'md', 'json']);
  });

  it('marks only the workbook as binary, and gives every format of a command its own file name', () => {
    for (const kind of ['score', 'validate', 'criteria'] as const) {
      const all = Object.entries(formats[kind]) as [string, { binary: boolean; fileName: string }][];
      expect(all.filter(([, f]) => f.binary).map(([n]) => n)).toEqual(kind === 'score' ? ['xlsx'] : []);
      expect(new Set(all.map(([, f]) => f.fileName)).size).toBe(all.length);
    }
  });
});

describe('shorten', () => {
  it('keeps short text, cuts long text at whole code points', () => {
    expect(shorten('Xã Tân Lập')).toBe('Xã Tân Lập');
    expect(shorten('😀'.repeat(70))).toBe(`${'😀'.repeat(SHOWN_VALUE_CHARS)}…`);
    expect(shorten('a'.repeat(SHOWN_VALUE_CHARS))).toBe('a'.repeat(SHOWN_VALUE_CHARS));
  });
});

