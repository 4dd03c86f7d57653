import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatExact, SCALE } from '../../src/core/decimal.js';
import { loadCriteriaSet } from '../../src/criteria/load.js';
import { walk, type CriteriaSet, type Leaf } from '../../src/criteria/model.js';
import { diag } from '../../src/diagnostics/catalogue.js';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import type { Lang } from '../../src/diagnostics/types.js';
import { scoreInputs } from '../../src/pipeline/score.js';
import { buildReport } from '../../src/report/model/build.js';
import type { RunResult } from '../../src/report/result.js';
import { tableHeader as reportHeader } from '../../src/report/score/columns.js';
import { resultsDocument as reportDocument } from '../../src/report/score/json.js';
import { FROZEN_PANES, MAX_DIAGNOSTIC_ROWS, renderXlsx as renderReport } from '../../src/report/score/xlsx.js';
import { sheetNamer } from '../../src/report/xlsx/writer.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const setFile = 'fixtures/criteria/xa-2024.json';
const setText = readFileSync(join(root, setFile), 'utf8');
const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

function loadSet(): CriteriaSet {
  const loaded = loadCriteriaSet(setText, setFile);
  if (!loaded.ok || loaded.fatal || !loaded.set) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.set;
}

/** A deterministic stream of small integers (a linear congruential generator). */
function numbers(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x >> 8;
  };
}

/** A value the leaf's rule accepts (see src/submission/values.ts), chosen by k. */
function validValue(leaf: Leaf, k: number): string {
  const rule = leaf.rule;
  switch (rule.kind) {
    case 'yesno':
      return k % 3 === 0 ? 'Không' : 'Có';
    case 'bands':
    case 'ratio':
      return String(rule.unit === 'percent' ? 40 + (k % 61) : k % 50);
    case 'options':
      return rule.options[k % rule.options.length]!.value;
    case 'points': {
      if (rule.allowed) return formatExact(rule.allowed[k % rule.allowed.length]!);
      const step = rule.step ?? leaf.max / 4;
      return formatExact(step * (k % (Math.floor(leaf.max / step) + 1)));
    }
  }
}

interface UnitSpec {
  readonly code: string;
  readonly name: string;
  readonly block: string;
  /** Non-applicable on every leaf that allows it */
  readonly na?: boolean;
  /** A value no rule accepts, so that the unit is not ranked */
  readonly broken?: boolean;
}

/** A wide CSV (`Mã đơn vị,Tên đơn vị,Khối,<leaf codes…>,T`) with valid values for every leaf. */
function wideCsv(set: CriteriaSet, units: readonly UnitSpec[], seed = 7): string {
  const next = numbers(seed);
  const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [['Mã đơn vị', 'Tên đơn vị', 'Khối', ...set.leaves.map((l) => l.code), 'T'].join(',')];
  for (const u of units) {
    const values = set.leaves.map((leaf, i) => (u.broken && i === 0 ? 'abc' : u.na && leaf.naAllowed ? 'KĐG' : validValue(leaf, next())));
    lines.push([u.code, u.name, u.block, ...values, next() % 2 === 0 ? '0.5' : ''].map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}

const units: UnitSpec[] = [
  { code: 'X01', name: 'Xã Tân Hòa', block: 'Xã' },
  { code: 'X02', name: 'Xã Phú Lộc', block: 'Xã', na: true },
  { code: 'X03', name: 'Xã Đông Sơn', block: 'Xã' },
  { code: 'X04', name: '=Xã Bình An', block: 'Xã' },
  { code: 'P01', name: 'Phường Hòa Bình', block: 'Phường' },
  { code: 'P02', name: 'Phường Quang Trung', block: 'Phường', na: true },
  { code: 'T01', name: 'Thị trấn Vĩnh Tuy', block: 'Thị trấn' },
  { code: 'X09', name: 'Xã Lỗi Số', block: 'Xã', broken: true },
];

async function runResult(set: CriteriaSet, csv: string, lang: Lang): Promise<RunResult> {
  const bytes = new TextEncoder().encode(csv);
  const outcome = await scoreInputs(set, [{ name: 'diem-xa.csv', bytes }]);
  return {
    tool: { name: 'parindex', version: '0.0.0-test' },
    criteria: { file: setFile, sha256: sha256(setText), set },
    inputs: [{ file: 'diem-xa.csv', sha256: sha256(bytes), bytes: bytes.byteLength }],
    options: { sheet: null, block: null, failOn: 'error', lang },
    outcome,
  };
}

const ctx = (lang: Lang) => ({ lang, chalk: new Chalk({ level: 0 }) });
/** The annex of a set with several blocks, no decision given: heading rows 1–5, header rows 7–8, units from 9. */
const HEADER = 7;
const BODY = HEADER + 2;
/** The formats render the report model, built from the run as the CLI builds it. */
const renderXlsx = (r: RunResult, c: ReturnType<typeof ctx>): Uint8Array => Buffer.concat([...renderReport(buildReport(r), c)]);
const tableHeader = (r: RunResult, lang: Lang, style: 'short' | 'full'): string[] => reportHeader(buildReport(r), lang, style);
const resultsDocument = (r: RunResult, c: { lang: Lang }): Record<string, unknown> => reportDocument(buildReport(r), c);

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

const rowTexts = (ws: ExcelJS.Worksheet, rowNo: number): unknown[] => (ws.getRow(rowNo).values as unknown[]).slice(1);

/** Every sheet's cells (value and number format), merges and views, as plain data to compare. */
function contentOf(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (c, col) => cells.push([r, col, c.value, c.numFmt])));
    return { name: ws.name, cells, views: ws.views, autoFilter: ws.autoFilter, widths: ws.columns?.map((c) => c.width) };
  });
}

describe('xlsx report of a scoring run on xa-2024', () => {
  const set = loadSet();
  const csv = wideCsv(set, units);
  const fieldCount = set.fields.length;
  let run: RunResult;
  let viBytes: Uint8Array;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    run = await runResult(set, csv, 'vi');
    viBytes = await renderXlsx(run, ctx('vi'));
    wb = await readBack(viBytes);
  });

  it('ranks every valid unit and leaves the broken one out (the input is as intended)', () => {
    expect(run.outcome.scores.map((s) => s.unit.code).sort()).toEqual(['P01', 'P02', 'T01', 'X01', 'X02', 'X03', 'X04']);
    expect(run.outcome.excluded.map((u) => u.code)).toEqual(['X09']);
  });

  it('has an annex sheet per block, a sheet of leaf points per block, then units not ranked, the criteria set and the run', async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Xã', 'Phường', 'Thị trấn', 'Chi tiết Xã', 'Chi tiết Phường', 'Chi tiết Thị trấn', 'Không xếp hạng', 'Tiêu chí', 'Thông tin']);
    const en = await readBack(await renderXlsx(await runResult(set, csv, 'en'), ctx('en')));
    expect(en.worksheets.map((w) => w.name)).toEqual(['Xã', 'Phường', 'Thị trấn', 'Detail Xã', 'Detail Phường', 'Detail Thị trấn', 'Not ranked', 'Criteria', 'Run']);
    expect(rowTexts(sheet(en, 'Xã'), HEADER).slice(0, 4)).toEqual(['Rank', 'Code', 'Unit', 'Points per field']);
  });

  it('heads each annex with the national motto, the title from the level and year, the block; no decision line when none is given', () => {
    const ws = sheet(wb, 'Phường');
    // A merged range reads back as its value in every cell: each text once.
    const texts = (r: number): unknown[] => [...new Set(rowTexts(ws, r).filter((v) => v !== undefined && v !== null && v !== ''))];
    expect(texts(1)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(texts(2)).toEqual(['Độc lập - Tự do - Hạnh phúc']);
    expect(texts(4)).toEqual(['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC XÃ, PHƯỜNG, THỊ TRẤN']);
    expect(texts(5)).toEqual(['Khối: Phường']);
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void all.push(String(c.value))));
    expect(all.some((t) => t.includes('Quyết định'))).toBe(false);
    // Two header rows: the fields grouped, every other column merged over both rows; no block column.
    expect(rowTexts(ws, HEADER).slice(0, 4)).toEqual(['Hạng', 'Mã', 'Đơn vị', 'Điểm các lĩnh vực']);
    expect(rowTexts(ws, HEADER + 1).slice(3, 3 + fieldCount)).toEqual(set.fields.map((f) => `${f.code}. ${f.name}`));
    expect(ws.model.merges).toContain(`A${HEADER}:A${HEADER + 1}`);
    expect(ws.model.merges).toContain(`D${HEADER}:${ws.getColumn(3 + fieldCount).letter}${HEADER}`);
    const after = tableHeader(run, 'vi', 'full').slice(4 + fieldCount);
    expect(rowTexts(ws, HEADER).slice(3 + fieldCount)).toEqual(after);
  });

  it('writes real numbers equal to the JSON report for the same unit, with every subtotal; band as text', () => {
    const doc = resultsDocument(run, { lang: 'vi' }) as {
      blocks: {
        name: string;
        rows: { rank: number; code: string; points: number; effectiveMax: number; index: number; band: string; appraisal: number; survey: number; bonus: number; penalty: number; fields: { points: number }[] }[];
      }[];
    };
    let compared = 0;
    for (const block of doc.blocks) {
      const ws = sheet(wb, block.name);
      block.rows.forEach((json, i) => {
        const cells = rowTexts(ws, BODY + i);
        expect(cells.slice(0, 2)).toEqual([json.rank, json.code]);
        expect(cells.slice(3, 3 + fieldCount)).toEqual(json.fields.map((f) => f.points));
        expect(cells.slice(3 + fieldCount)).toEqual([json.appraisal, json.survey, json.bonus, json.penalty, json.points, json.effectiveMax, json.index, json.band]);
        for (const c of cells.slice(3, -1)) expect(typeof c).toBe('number');
        compared++;
      });
      const summary = String(ws.getCell(BODY + block.rows.length + 1, 1).value);
      expect(summary).toMatch(new RegExp(`^Chỉ số trung bình: [0-9]+,[0-9]{2}; ${block.rows.length} đơn vị`));
    }
    expect(compared).toBe(7);
    // A unit with non-applicable leaves has a smaller effective maximum than the set's total.
    const x02 = doc.blocks[0]!.rows.find((r) => r.code === 'X02')!;
    expect(x02.effectiveMax).toBeLessThan(set.total / SCALE);
  });

  it('keeps a name that looks like a formula as text', () => {
    const ws = sheet(wb, 'Xã');
    const names: unknown[] = [];
    ws.eachRow((row, r) => r >= BODY && names.push(row.getCell(3).value));
    expect(names).toContain('=Xã Bình An');
  });

  it('shows numbers right-aligned with the set’s decimals in bordered cells: 0.00 for points, totals, indexes; 0 for ranks', () => {
    const ws = sheet(wb, 'Xã');
    const row = ws.getRow(BODY);
    expect(row.getCell(1).numFmt).toBe('0');
    for (let c = 4; c < 4 + fieldCount + 7; c++) {
      expect(row.getCell(c).numFmt, `column ${c}`).toBe('0.00');
      expect(row.getCell(c).alignment?.horizontal).toBe('right');
    }
    expect(typeof row.getCell(4 + fieldCount + 7).value).toBe('string');
    for (let c = 1; c <= 4 + fieldCount + 7; c++) expect(row.getCell(c).border?.left?.style, `column ${c}`).toBe('thin');
  });

  it('prints on A4 landscape, one page wide, the two header rows on every page, "Trang N/M" in the footer', () => {
    for (const name of ['Xã', 'Phường', 'Thị trấn']) {
      const ws = sheet(wb, name);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: FROZEN_PANES.block.columns, ySplit: HEADER + 1 });
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER}:${HEADER + 1}` });
      expect(ws.pageSetup.margins).toMatchObject({ left: 1.18, right: 0.59, top: 0.79, bottom: 0.79 });
      expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    }
  });

  it('sizes the unit column by the names, wider than the rank column', () => {
    const ws = sheet(wb, 'Thị trấn');
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual('Thị trấn Vĩnh Tuy'.length);
    expect(ws.getColumn(3).width).toBeLessThan('Thị trấn Vĩnh Tuy'.length + 5);
    expect(ws.getColumn(1).width).toBeLessThan(ws.getColumn(3).width!);
  });

  it('details each block for auditors and programs: component indexes, subtotals, points per leaf with KĐG where non-applicable', () => {
    const doc = resultsDocument(run, { lang: 'vi' }) as {
      blocks: { name: string; rows: { code: string; points: number; index: number; appraisal: number; survey: number; bonus: number; penalty: number; fields: { points: number; index: number | null }[]; leaves: Record<string, number | null> }[] }[];
    };
    const ws = sheet(wb, 'Chi tiết Xã');
    const full = tableHeader(run, 'vi', 'full');
    expect(rowTexts(ws, 2)).toEqual([
      ...full.slice(0, 4 + fieldCount),
      ...set.fields.map((f) => `Chỉ số LV${f.code} (%)`),
      ...full.slice(8 + fieldCount),
      ...full.slice(4 + fieldCount, 8 + fieldCount),
      ...set.leaves.map((l) => l.code),
    ]);
    const rows = doc.blocks[0]!.rows;
    rows.forEach((json, i) => {
      const cells = rowTexts(ws, 3 + i);
      expect(cells.slice(1, 3)).toEqual(['Xã', json.code]);
      expect(cells.slice(4, 4 + 2 * fieldCount)).toEqual([...json.fields.map((f) => f.points), ...json.fields.map((f) => f.index ?? undefined)]);
      expect(cells.slice(4 + 2 * fieldCount, 6 + 2 * fieldCount)).toEqual([json.points, expect.any(Number)]);
      expect(cells.slice(8 + 2 * fieldCount, 12 + 2 * fieldCount)).toEqual([json.appraisal, json.survey, json.bonus, json.penalty]);
      expect(cells.slice(12 + 2 * fieldCount)).toEqual(set.leaves.map((l) => json.leaves[l.code] ?? 'KĐG'));
    });
    expect(rowTexts(ws, 3 + rows.findIndex((r) => r.code === 'X02'))).toContain('KĐG');
    expect(ws.pageSetup).toMatchObject({ fitToPage: false, scale: 70, printTitlesColumn: 'A:D', printTitlesRow: '1:2' });
  });

  it('writes the issuer, the decision line and the signature block only from what it is given', async () => {
    const annex = { issuer: 'UBND TỈNH ĐỒNG THÁP\nSỞ NỘI VỤ', decision: '125/QĐ-UBND', date: '2025-03-15', place: 'Đồng Tháp', signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', signer: 'Nguyễn Văn An' };
    const ws = sheet(await readBack(Buffer.concat([...renderReport(buildReport(run), { ...ctx('vi'), annex })])), 'Xã');
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (c.isMerged && c.master !== c ? null : all.push(String(c.value)))));
    expect(all.slice(0, 4)).toEqual(['UBND TỈNH ĐỒNG THÁP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ', 'Độc lập - Tự do - Hạnh phúc']);
    expect(all).toContain('(Kèm theo Quyết định số 125/QĐ-UBND ngày 15/3/2025 của SỞ NỘI VỤ)');
    expect(all.slice(-4)).toEqual(['Đồng Tháp, ngày 15 tháng 3 năm 2025', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']);
    // The decision line moves the table down one row.
    expect(ws.getCell(HEADER + 1, 1).value).toBe('Hạng');
    const signOnly = sheet(await readBack(Buffer.concat([...renderReport(buildReport(run), { ...ctx('vi'), annex: { signer: 'Nguyễn Văn An' } })])), 'Xã');
    const texts: string[] = [];
    signOnly.eachRow((row) => row.eachCell((c) => void (c.isMerged && c.master !== c ? null : texts.push(String(c.value)))));
    expect(texts.at(-1)).toBe('Nguyễn Văn An');
    expect(texts.some((t) => /ngày|Quyết định/.test(t))).toBe(false);
  });

  it('lists every node of the criteria tree on the Tiêu chí sheet, codes indented by depth', () => {
    const ws = sheet(wb, 'Tiêu chí');
    expect(rowTexts(ws, 2)).toEqual(['Mã', 'Tiêu chí', 'Điểm tối đa', 'Phương pháp', 'Cách chấm', 'Được KĐG']);
    const nodes = [...walk(set.fields)];
    let r = 3;
    while (ws.getCell(r, 1).value !== null) r++;
    expect(r - 3).toBe(nodes.length);
    nodes.forEach((node, i) => {
      const cell = ws.getCell(3 + i, 1);
      expect(cell.value).toBe(node.code);
      expect(cell.alignment?.indent ?? 0).toBe(node.depth);
      expect(ws.getCell(3 + i, 3).value).toBe(node.max / SCALE);
    });
    const leaf = nodes.findIndex((n) => n.code === '1.1.1');
    expect(rowTexts(ws, 3 + leaf).slice(3)).toEqual(['thẩm định', 'có → 0.5; không → 0', 'không']);
  });

  it('lists units not ranked with their source and error count', () => {
    const ws = sheet(wb, 'Không xếp hạng');
    expect(rowTexts(ws, 2)).toEqual(['Mã', 'Đơn vị', 'Khối', 'Tệp', 'Trang tính', 'Dòng', 'Số lỗi', 'Lỗi đầu tiên']);
    expect(rowTexts(ws, 3)).toEqual(['X09', 'Xã Lỗi Số', 'Xã', 'diem-xa.csv', undefined, 9, 1, expect.stringMatching(/^diem-xa\.csv › D9 .*"abc"/)]);
  });

  it('records the tool, the criteria set and inputs with their hashes, the options and the diagnostics', () => {
    const ws = sheet(wb, 'Thông tin');
    const all: unknown[][] = [];
    ws.eachRow((row) => all.push((row.values as unknown[]).slice(1)));
    expect(all[0]).toEqual(['parindex 0.0.0-test']);
    expect(all).toContainEqual(['SHA-256', sha256(setText)]);
    expect(all).toContainEqual(['diem-xa.csv', run.inputs[0]!.sha256, run.inputs[0]!.bytes]);
    expect(all).toContainEqual(['failOn', 'error']);
    expect(all).toContainEqual(['Lỗi', run.outcome.sink.counts.error]);
    const excluded = all.find((r) => r[0] === 'unit/excluded');
    expect(excluded?.slice(1, 2)).toEqual(['thông tin']);
    expect(String(excluded?.[3])).toContain('X09');
    expect(all.find((r) => r[0] === 'cell/unknown-answer')?.slice(1)).toEqual([
      'lỗi',
      'diem-xa.csv › D9 (đơn vị X09, tiêu chí 1.1.1)',
      '"abc" không thuộc các phương án Có/Không, Đạt/Không đạt, x, 1/0',
    ]);
  });

  it('reads back identical from two renders, with fixed workbook dates', async () => {
    // Fresh read-backs: the other tests' getCell() calls add empty cells to `wb`.
    const once = await readBack(viBytes);
    const again = await readBack(await renderXlsx(await runResult(set, csv, 'vi'), ctx('vi')));
    expect(contentOf(again)).toEqual(contentOf(once));
    expect(again.creator).toBe('parindex');
    expect(again.created.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(again.modified.toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('lists at most MAX_DIAGNOSTIC_ROWS diagnostics and says how many more there are', async () => {
    const sink = new DiagnosticSink();
    for (let i = 0; i < MAX_DIAGNOSTIC_ROWS + 3; i++) sink.push(diag('unit/excluded', { file: 'a.csv', row: i + 2, unit: `U${i}` }, { units: 1, codes: [`U${i}`] }));
    const many = await readBack(await renderXlsx({ ...run, outcome: { ...run.outcome, sink } }, ctx('en')));
    const codes: unknown[] = [];
    sheet(many, 'Run').eachRow((row) => codes.push(row.getCell(1).value));
    expect(codes.filter((c) => c === 'unit/excluded')).toHaveLength(MAX_DIAGNOSTIC_ROWS);
    expect(codes.at(-1)).toBe('… 3 more not listed here');
    expect(codes).toContainEqual('Info');
  });

  it('has no Không xếp hạng sheet when every unit is ranked', async () => {
    const clean = await runResult(set, wideCsv(set, units.filter((u) => !u.broken)), 'vi');
    const names = (await readBack(await renderXlsx(clean, ctx('vi')))).worksheets.map((w) => w.name);
    expect(names).toEqual(['Xã', 'Phường', 'Thị trấn', 'Chi tiết Xã', 'Chi tiết Phường', 'Chi tiết Thị trấn', 'Tiêu chí', 'Thông tin']);
  });

  describe('bytes', () => {
    afterEach(() => vi.useRealTimers());

    it('are identical for the same run at another time (zip entries carry the fixed date, not the clock)', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(Date.UTC(2031, 4, 6, 7, 8, 9)));
      const later = await renderXlsx(run, ctx('vi'));
      vi.useRealTimers();
      expect(sha256(later)).toBe(sha256(viBytes));
      expect(contentOf(await readBack(later))).toEqual(contentOf(await readBack(viBytes)));
    });
  });
});

describe('sheet names', () => {
  it('follow Excel’s rules: 31 characters, no * ? : \\ / [ ], no edge apostrophe, unique ignoring case', () => {
    const name = sheetNamer();
    expect(name('Tiêu chí')).toBe('Tiêu chí');
    expect(name('tiêu chí')).toBe('tiêu chí (2)');
    expect(name('Khối 1/2: [Phường]?')).toBe('Khối 1-2- -Phường--');
    expect(name("'Xã'")).toBe('Xã');
    const long = 'Khối các xã đặc biệt khó khăn vùng cao biên giới';
    const first = name(long);
    expect(first).toBe(long.slice(0, 31).trimEnd());
    expect(name(long)).toBe(`${long.slice(0, 27).trimEnd()} (2)`);
    expect(name('History')).toBe('History (2)');
    expect(name('')).toBe('Sheet');
  });
});
