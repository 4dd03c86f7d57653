import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { compareYears } from '../../src/compare/compare.js';
import { compareFormats, type CompareFormat } from '../../src/compare/formats.js';
import { compareFractions, formatChange, formatFraction } from '../../src/compare/fraction.js';
import { readMap, readYear } from '../../src/compare/load.js';
import type { YearReport } from '../../src/compare/model.js';
import { readXlsx } from '../../src/sheet/xlsx.js';
import { memorySource } from '../../src/sheet/zip.js';
import { fixturePath } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';
import { runInMemory } from './memory-io.js';

const D = 'fixtures/compare';
const YEARS = [`${D}/ket-qua-2023.json`, `${D}/ket-qua-2024.json`, `${D}/ket-qua-2025.json`];
const MAP = `${D}/sap-nhap-2025.csv`;
const bytes = (file: string): Uint8Array => readFileSync(fixturePath(file.replace(/^fixtures\//, '')));
const readSet = async (file: string): Promise<Uint8Array | undefined> => bytes(file);

async function year(file: string): Promise<YearReport> {
  const r = await readYear(file, bytes(file), readSet);
  if (!r.ok) throw new Error(r.reason);
  return r.report;
}

describe('compare fixtures', () => {
  it('are valid results reports (schemas/results.schema.json)', () => {
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(fixturePath('../schemas/results.schema.json'), 'utf8')) as object);
    for (const file of YEARS) {
      const ok = validate(JSON.parse(readFileSync(fixturePath(file.replace(/^fixtures\//, '')), 'utf8')));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});

describe('a merged unit', () => {
  it("compares with the population-weighted mean of its predecessors' indexes (hand-computed)", async () => {
    const model = compareYears(await Promise.all(YEARS.map(year)), (await readMap(MAP, bytes(MAP))).map);
    const pair = model.pairs[1];
    const row = pair?.blocks.flatMap((b) => b.rows).find((r) => r.code === '20001');
    // 2024 (all out of 100 points): Xã An Phú 87.75 (8,421 people), Xã Bình Lộc 82.25 (12,030), Xã Cẩm Thượng 85 (5,987).
    // (87.75·8421 + 82.25·12030 + 85·5987) / 26438 = 2,237,305.25 / 26,438 = 84.624602… → 84.62
    // 2025: Xã An Bình 79.50 → change 79.50 − 84.624602… = −5.124602… → −5.12 (not 79.50 − 84.62 = −5.12 by luck only:
    // the exact value is checked below).
    expect(row?.origin).toMatchObject({ kind: 'merged', from: [{ code: '10101' }, { code: '10102' }, { code: '10103' }], weighted: true });
    expect(row && formatFraction(row.index, 2)).toBe('79.50');
    expect(row?.earlierIndex && compareFractions(row.earlierIndex, { num: 223730525n, den: 2643800n })).toBe(0);
    expect(row?.earlierIndex && formatFraction(row.earlierIndex, 2)).toBe('84.62');
    expect(row?.indexChange && formatChange(row.indexChange, 4)).toBe('-5.1246');
    expect(row?.rankChange).toBeUndefined();
  });

  it('with equal weights when the map has no weight column', async () => {
    const text = 'Mã cũ,Mã mới\n10101,20001\n10102,20001\n10103,20001\n';
    const model = compareYears([await year(YEARS[1] as string), await year(YEARS[2] as string)], (await readMap('map.csv', Buffer.from(text))).map);
    const row = model.pairs[0]?.blocks[0]?.rows.find((r) => r.code === '20001');
    // (87.75 + 82.25 + 85) / 3 = 85.00; 79.50 − 85.00 = −5.50
    expect(row?.earlierIndex && formatFraction(row.earlierIndex, 2)).toBe('85.00');
    expect(row?.indexChange && formatChange(row.indexChange, 2)).toBe('-5.50');
  });
});

describe('parindex compare', () => {
  const formats = Object.keys(compareFormats) as CompareFormat[];
  for (const format of formats.filter((f) => f !== 'xlsx'))
    it(`writes the demo's three years as ${format} (golden)`, async () => {
      const r = await runInMemory(['compare', ...YEARS, '--map', MAP, '--format', format, '--lang', 'vi']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expectGolden(r.stdout, 'compare', 'golden', `so-sanh.vi.${format === 'table' ? 'txt' : format}`);
    });

  it('writes English too (golden)', async () => {
    const r = await runInMemory(['compare', ...YEARS, '--map', MAP, '--lang', 'en']);
    expectGolden(r.stdout, 'compare', 'golden', 'so-sanh.en.txt');
  });

  it('writes the same workbook twice, with the tables readable back (golden of its cells)', async () => {
    const a = await runInMemory(['compare', ...YEARS, '--map', MAP, '--format', 'xlsx', '--lang', 'vi']);
    const b = await runInMemory(['compare', ...YEARS, '--map', MAP, '--format', 'xlsx', '--lang', 'vi']);
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
    const lines: string[] = [];
    for await (const sheet of readXlsx(memorySource(a.bytes), 'so-sanh.xlsx')) {
      lines.push(`# ${sheet.sheet ?? ''}`);
      for await (const { row, cells } of sheet.rows) lines.push(`${row}: ${cells.map((c) => (c === null ? '' : String(c))).join(' | ')}`);
    }
    expectGolden(`${lines.join('\n')}\n`, 'compare', 'golden', 'so-sanh.vi.xlsx.txt');
  });

  it('HTML is self-contained: no external resource, one slope chart per block of the trend', async () => {
    const r = await runInMemory(['compare', ...YEARS, '--map', MAP, '--format', 'html', '--lang', 'vi']);
    expect(r.stdout).not.toMatch(/(?:src|href)\s*=\s*"(?:https?:)?\/\//);
    expect(r.stdout).not.toMatch(/<script|<link/);
    expect(r.stdout.match(/<svg /g)).toHaveLength(2);
    expect(r.stdout.match(/<table>/g)?.length).toBe(r.stdout.match(/<\/table>/g)?.length);
    for (const svg of r.stdout.match(/<svg [\s\S]*?<\/svg>/g) ?? []) expect(XMLValidator.validate(svg)).toBe(true);
    // The merged commune's line starts at its predecessors' weighted mean.
    expect(r.stdout).toContain('<title>Xã An Bình: 84,62</title>');
  });

  it('says when a criteria set changed and compares on indexes only', async () => {
    const r = await runInMemory(['compare', ...YEARS.slice(1), '--map', MAP, '--format', 'json']);
    const doc = JSON.parse(r.stdout) as { pairs: { sameCriteriaSet: boolean; comparedOn: string; comparedFields: string[]; fields: { code: string; status: string }[]; blocks: { rows: { pointsChange: unknown }[] }[] }[]; trend: unknown };
    const pair = doc.pairs[0];
    expect(pair?.sameCriteriaSet).toBe(false);
    expect(pair?.comparedOn).toBe('indexes');
    expect(pair?.comparedFields).toEqual(['1', '2', '3', '5', '6']);
    expect(pair?.fields.find((f) => f.code === '7')?.status).toBe('name-differs');
    expect(pair?.fields.find((f) => f.code === '4')?.status).toBe('earlier-only');
    expect(pair?.blocks.flatMap((b) => b.rows).every((row) => row.pointsChange === null)).toBe(true);
    expect(doc.trend).toBeNull();
  });

  it('reads the XLSX report of a year as its JSON report (indexes, ranks, bands)', async () => {
    const viaJson = compareYears([await year(YEARS[0] as string), await year(YEARS[1] as string)]);
    const viaXlsx = compareYears([await year(YEARS[0] as string), await year(`${D}/ket-qua-2024.xlsx`)]);
    const pick = (m: typeof viaJson): unknown[] => m.pairs[0]?.blocks.flatMap((b) => b.rows.map((r) => [b.name, r.code, r.index, r.indexChange, r.rankChange, r.band, r.bandChanged])) ?? [];
    expect(pick(viaXlsx)).toEqual(pick(viaJson));
    expect(pick(viaJson).length).toBe(13);
    expect(viaXlsx.pairs[0]?.fields.filter((f) => f.status === 'matched')).toHaveLength(7);
  });

  it('reads an XLSX report written in English as well', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parindex-compare-'));
    const out = join(dir, 'results-2024.xlsx');
    const scored = await runInMemory(['score', `${D}/diem-2024.csv`, '-c', `${D}/criteria-2024.json`, '--lang', 'en', '-o', out]);
    expect(scored.code).toBe(0);
    const read = await readYear(out, readFileSync(out));
    rmSync(dir, { recursive: true, force: true });
    if (!read.ok) throw new Error(read.reason);
    const json = await year(YEARS[1] as string);
    expect(read.report.year).toBe(2024);
    expect(read.report.set.id).toBe('ha-lam-2024');
    expect(read.report.blocks.map((b) => [b.name, b.units.map((u) => [u.code, u.rank, u.band, formatFraction(u.index, 6)]), b.bandCounts])).toEqual(
      json.blocks.map((b) => [b.name, b.units.map((u) => [u.code, u.rank, u.band, formatFraction(u.index, 6)]), b.bandCounts]),
    );
    expect(read.report.fields.map((f) => [f.code, f.name, f.max])).toEqual(json.fields.map((f) => [f.code, f.name, f.max]));
  });

  it('reports every problem of a unit map where it is, and exits 1', async () => {
    const r = await runInMemory(['compare', ...YEARS.slice(1), '--map', `${D}/sap-nhap-loi.csv`, '--lang', 'en', '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { code: string; location: { ref?: string; unit?: string } }[] }).diagnostics.map((d) => [d.code, d.location.ref, d.location.unit].filter(Boolean).join(' '));
    expect(found).toEqual([
      'map/duplicate A4 10102',
      'map/bad-weight C5',
      'map/missing-code B8',
      'map/unknown-code A6 10199',
      'map/unknown-code A7 29999',
      'compare/no-predecessor 20002',
    ]);
    expect(r.stderr).toContain('sap-nhap-loi.csv › A4 (unit 10102)');
  });

  it('without its criteria file, a JSON report matches fields by code alone, and says so', async () => {
    const bare = async (file: string): Promise<YearReport> => {
      const r = await readYear(file, bytes(file));
      if (!r.ok) throw new Error(r.reason);
      return r.report;
    };
    const model = compareYears([await bare(YEARS[0] as string), await bare(YEARS[1] as string)]);
    expect(model.pairs[0]?.fields.map((f) => f.status)).toEqual(Array(7).fill('code-only'));
    const text = compareFormats.table.render(model, { lang: 'en' }) as string;
    expect(text).toContain('Fields compared by code (the report carries no names): 1, 2, 3, 4, 5, 6, 7.');
  });

  it('broken JSON cannot run: one line naming the file, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parindex-compare-'));
    const broken = join(dir, 'ket-qua.json');
    writeFileSync(broken, '{"tool": {"name": "parindex"');
    const r = await runInMemory(['compare', broken, YEARS[1] as string]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^parindex: .*ket-qua\.json: not valid JSON/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a file that is not a results report cannot run: one line, exit 2', async () => {
    const r = await runInMemory(['compare', `${D}/criteria-2023.json`, YEARS[1] as string]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('criteria-2023.json: not a parindex results report');
  });
});

describe('parindex compare usage', () => {
  it('needs two reports: exit 2', async () => {
    const r = await runInMemory(['compare', YEARS[0] as string]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/at least two results reports/);
  });

  it('writes a file whose format comes from its extension, never over an input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parindex-compare-'));
    const out = join(dir, 'so-sanh.html');
    const written = await runInMemory(['compare', ...YEARS.slice(0, 2), '-o', out]);
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    rmSync(dir, { recursive: true, force: true });
    const refused = await runInMemory(['compare', ...YEARS.slice(0, 2), '-o', YEARS[1] as string]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to overwrite');
  });
});
