/**
 * Every point accounted for: each score format a person or a program reads is parsed back, and on every row the
 * fields + bonus − penalty come to the total — or, where the total is marked as capped, to more than the total, which
 * then equals the effective maximum. Text formats round each number once, so their sums agree within that rounding.
 */
import { Chalk } from 'chalk';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/diagnostics/types.js';
import type { RenderContext } from '../../src/report/context.js';
import { formats, type Rendered } from '../../src/report/formats.js';
import type { RunReport } from '../../src/report/model/schema.js';
import { demoReport } from './helpers/demo.js';
import { REPORT } from './helpers/report.js';

/** A row as read back from an output: numbers, and whether the total is marked as capped. */
interface ReadRow {
  readonly code: string;
  readonly fields: readonly number[];
  readonly appraisal: number;
  readonly survey: number;
  readonly bonus: number;
  readonly penalty: number;
  readonly total: number;
  readonly max: number;
  readonly capped: boolean;
}

const ctx = (lang: Lang, extra: Partial<RenderContext> = {}): RenderContext => ({ lang, chalk: new Chalk({ level: 0 }), ...extra });
const asText = (out: Rendered): string => (typeof out === 'string' ? out : [...(out as Iterable<string>)].join(''));
const number = (s: string, comma: boolean): number => Number((comma ? s.replace(',', '.') : s).replace('*', ''));

/** Cells of a text row: rank, code, unit, fields…, appraisal, survey, bonus, penalty, total, max, index, band. */
function fromCells(cells: readonly string[], fieldCount: number, comma: boolean): ReadRow {
  const n = (i: number): number => number(cells[i] ?? '', comma);
  const after = 3 + fieldCount;
  return {
    code: cells[1] ?? '',
    fields: cells.slice(3, after).map((c) => number(c, comma)),
    appraisal: n(after),
    survey: n(after + 1),
    bonus: n(after + 2),
    penalty: n(after + 3),
    total: n(after + 4),
    max: n(after + 5),
    capped: (cells[after + 4] ?? '').endsWith('*'),
  };
}

const rankedRow = /^ *\d+ {2}/;

function fromTable(text: string, fieldCount: number): ReadRow[] {
  return text
    .split('\n')
    .filter((l) => rankedRow.test(l))
    .map((l) => fromCells(l.trim().split(/ {2,}/), fieldCount, true));
}

function fromMarkdown(text: string, fieldCount: number): ReadRow[] {
  return text
    .split('\n')
    .filter((l) => /^\| \d+ \|/.test(l))
    .map((l) => fromCells(l.slice(2, -2).split(' | ').map((c) => c.replace('\\*', '*')), fieldCount, true));
}

function fromCsv(text: string, fieldCount: number, dialect: 'rfc' | 'excel-vi'): ReadRow[] {
  const rows = parse(text, { bom: true, delimiter: dialect === 'rfc' ? ',' : ';' }) as string[][];
  const ranked = rows.slice(1).filter((r) => r[0] !== '');
  // Without the block column; the capped mark from its own column.
  return ranked.map((r) => {
    const cells = r.filter((_, i) => i !== 1);
    const row = fromCells(cells, fieldCount, dialect === 'excel-vi');
    return { ...row, capped: r[12 + fieldCount] === '*' };
  });
}

function fromJson(text: string): ReadRow[] {
  const doc = JSON.parse(text) as { blocks: { rows: { code: string; fields: { points: number }[]; appraisal: number; survey: number; bonus: number; penalty: number; points: number; effectiveMax: number; capped: boolean }[] }[] };
  return doc.blocks.flatMap((b) =>
    b.rows.map((r) => ({ code: r.code, fields: r.fields.map((f) => f.points), appraisal: r.appraisal, survey: r.survey, bonus: r.bonus, penalty: r.penalty, total: r.points, max: r.effectiveMax, capped: r.capped })),
  );
}

/** The annex sheets: rows from the one under the two header rows, while the first column holds a rank. */
async function fromXlsx(bytes: Uint8Array, report: RunReport): Promise<ReadRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const fieldCount = report.criteria.set.fields.length;
  const out: ReadRow[] = [];
  for (const ws of wb.worksheets.slice(0, report.blocks.length)) {
    let r = 1;
    while (ws.getCell(r, 1).value !== 'Hạng') r++;
    for (r += 2; typeof ws.getCell(r, 1).value === 'number'; r++) {
      const v = (c: number): number => ws.getCell(r, c).value as number;
      const after = 4 + fieldCount;
      out.push({
        code: String(ws.getCell(r, 2).value),
        fields: Array.from({ length: fieldCount }, (_, i) => v(4 + i)),
        appraisal: v(after),
        survey: v(after + 1),
        bonus: v(after + 2),
        penalty: v(after + 3),
        total: v(after + 4),
        max: v(after + 5),
        capped: ws.getCell(r, after + 4).numFmt.includes('"*"'),
      });
    }
  }
  return out;
}

/** fields = appraisal + survey; fields + bonus − penalty = total, or, capped, more than the total = the maximum. */
function expectAccounted(rows: readonly ReadRow[], tolerance: number, where: string): void {
  for (const r of rows) {
    const fields = r.fields.reduce((a, b) => a + b, 0);
    const sum = fields + r.bonus - r.penalty;
    const at = `${where} ${r.code}`;
    expect(Math.abs(fields - (r.appraisal + r.survey)), at).toBeLessThanOrEqual(tolerance);
    if (r.capped) {
      expect(sum, at).toBeGreaterThan(r.total);
      expect(r.total, at).toBe(r.max);
    } else expect(Math.abs(sum - r.total), at).toBeLessThanOrEqual(tolerance);
  }
}

describe.each([
  ['the demo communes', () => demoReport()],
  ['the hand-built report, its first total capped', async () => REPORT],
])('every point accounted for in %s', (_, load) => {
  let report: RunReport;
  let ranked: number;
  let fieldCount: number;
  let rounding: number;
  beforeAll(async () => {
    report = await load();
    ranked = report.blocks.reduce((n, b) => n + b.rows.length, 0);
    fieldCount = report.criteria.set.fields.length;
    // Each of the numbers summed is rounded once, by at most half a unit of the last decimal.
    rounding = (fieldCount + 3) * 0.5 * 10 ** -report.criteria.set.decimals + 1e-9;
  });

  const check = (rows: readonly ReadRow[], tolerance: number, where: string): void => {
    expect(rows, where).toHaveLength(ranked);
    expectAccounted(rows, tolerance, where);
    expect(rows.filter((r) => r.capped).length, where).toBe(report.blocks.reduce((n, b) => n + [...b.rows].filter((r) => r.capped).length, 0));
  };

  it('table (a pipe: the full table) and Markdown', () => {
    check(fromTable(asText(formats.score.table.render(report, ctx('vi'))), fieldCount), rounding, 'table');
    check(fromMarkdown(asText(formats.score.md.render(report, ctx('vi'))), fieldCount), rounding, 'md');
  });

  it('CSV in both dialects', () => {
    for (const dialect of ['rfc', 'excel-vi'] as const) check(fromCsv(asText(formats.score.csv.render(report, ctx('vi', { csvDialect: dialect }))), fieldCount, dialect), rounding, `csv ${dialect}`);
  });

  it('JSON and XLSX, exact', async () => {
    const json = fromJson(asText(formats.score.json.render(report, ctx('en'))));
    check(json, 1e-9, 'json');
    // The check has something to catch: bonuses that the fields alone do not add up to.
    expect(json.some((r) => r.bonus > 0)).toBe(true);
    check(await fromXlsx(Buffer.concat([...(await formats.score.xlsx.render(report, ctx('vi')))]), report), 1e-9, 'xlsx');
  });
});
