/** `criteria import` and `criteria export` on the command line, in process: outputs, located problems, exit codes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAnnex } from '../../src/annex/import.js';
import { tablesOfDocumentXml } from '../../src/annex/read-docx.js';
import { fixturePath, loadCriteriaFixture } from '../helpers/fixtures.js';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { expectGolden } from '../helpers/golden.js';
import { cli } from './memory-io.js';

const so = (loadCriteriaFixture('criteria', 'so-2024.json') as { set: CriteriaSet }).set;
const dir = mkdtempSync(join(tmpdir(), 'parindex-annex-'));

describe('parindex criteria import', () => {
  it('writes a set that passes criteria check, and says how to check it', async () => {
    const out = join(dir, 'huyen.json');
    const r = await cli(['criteria', 'import', 'fixtures/annex/huyen-2024.csv', '-o', out, '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('annex/rule-inferred');
    expect(r.stderr).toContain(`parindex criteria check ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(fixturePath('annex', 'expected', 'huyen-2024.json'), 'utf8'));
    const check = await cli(['criteria', 'check', out]);
    expect(check.code).toBe(0);
  });

  it('reports sums that do not add up and max points that are not numbers at the annex rows, and still writes the set (exit 1)', async () => {
    const r = await cli(['criteria', 'import', 'fixtures/annex/broken/tong-sai.csv', '--level', 'commune']);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines.find((l) => l.includes('annex/bad-max'))).toMatch(/tong-sai\.csv › row 8 .*"ba điểm"/);
    expect(lines.find((l) => l.includes('criteria/children-sum') && l.includes('row 3'))).toMatch(/children add up to 9\.5 but the criterion's max is 10/);
    expect(lines.find((l) => l.includes('criteria/total-mismatch'))).toMatch(/row 9/);
    expect(r.stderr).toContain('does not pass `criteria check` yet');
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'xa-2025', year: 2025, level: 'commune', total: 17 });
  });

  it('asks for the year and level when the annex does not say them', async () => {
    const r = await cli(['criteria', 'import', 'fixtures/annex/broken/khong-ghi-cap.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 2 +error +annex\/missing-metadata .*--year/);
    expect(r.stderr).toMatch(/row 2 +error +annex\/missing-metadata .*--level/);
    const given = await cli(['criteria', 'import', 'fixtures/annex/broken/khong-ghi-cap.csv', '--year', '2025', '--level', 'district', '--id', 'huyen-2025']);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout)).toMatchObject({ id: 'huyen-2025', year: 2025, level: 'district' });
    expect(r.stderr).not.toContain('set/missing-key');
  });

  it('says when a file has no annex table, or is not a kind it reads (exit 2)', async () => {
    const none = await cli(['criteria', 'import', 'fixtures/annex/broken/khong-phai-phu-luc.csv']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/annex\/no-table/);
    const pdf = await cli(['criteria', 'import', 'README.md']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('file/unsupported-type');
    const missing = await cli(['criteria', 'import', 'khong-co.xlsx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^parindex: cannot read annex 'khong-co.xlsx': no such file\n$/);
  });
});

describe('parindex criteria export', () => {
  it('prints the annex as Markdown: fields bold, each rule in the words import reads', async () => {
    const r = await cli(['criteria', 'export', 'fixtures/criteria/huyen-2024.json']);
    expect(r.code).toBe(0);
    expectGolden(r.stdout, 'annex', 'expected', 'huyen-2024.export.md');
  });

  it('writes xlsx and docx that import back to a set that passes criteria check, and never overwrites its input', async () => {
    for (const ext of ['xlsx', 'docx']) {
      const out = join(dir, `so.${ext}`);
      expect((await cli(['criteria', 'export', 'fixtures/criteria/so-2024.json', '-o', out])).code).toBe(0);
      const back = await importAnnex(readFileSync(out), out);
      expect(back.ok, ext).toBe(true);
      expect(back.set?.leaves.map((l) => l.code)).toEqual(so.leaves.map((l) => l.code));
    }
    const self = await cli(['criteria', 'export', 'fixtures/criteria/so-2024.json', '-o', 'fixtures/criteria/so-2024.json', '--format', 'md']);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('refusing to overwrite');
  });
});

describe('Word tables', () => {
  it('place a cell spanning columns in its first column, leave vertical merge continuations empty, keep lines', () => {
    const tc = (inner: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;
    const p = (t: string): string => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const xml = `<w:document><w:body><w:p><w:r><w:t>PHỤ LỤC</w:t></w:r></w:p><w:tbl>
      <w:tr>${tc(p('1'))}${tc(p('Lĩnh vực &amp; tiêu chí'), '<w:gridSpan w:val="2"/>')}${tc(p('ĐTXHH'), '<w:vMerge w:val="restart"/>')}</w:tr>
      <w:tr>${tc(p('1.1'))}${tc(p('dòng một') + p('dòng hai'))}${tc(`<w:p><w:r><w:t>2</w:t><w:br/><w:t>điểm</w:t></w:r></w:p>`)}${tc(p(''), '<w:vMerge/>')}</w:tr>
    </w:tbl></w:body></w:document>`;
    const [table] = tablesOfDocumentXml(xml, 'a.docx');
    expect(table?.preamble).toEqual(['PHỤ LỤC']);
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['1', 'Lĩnh vực & tiêu chí', '', 'ĐTXHH'],
      ['1.1', 'dòng một\ndòng hai', '2\nđiểm', ''],
    ]);
  });
});

describe('rows an annex leaves incomplete', () => {
  it('joins a row without numbering to the criterion above, sums a parent without a max, and says which leaf has none', async () => {
    const r = await importAnnex(readFileSync(fixturePath('annex', 'broken', 'thieu-diem.csv')), 'thieu-diem.csv');
    const at = (code: string): (number | undefined)[] => r.diagnostics.filter((d) => d.code === code).map((d) => d.location.row);
    expect(at('annex/row-joined')).toEqual([5]);
    expect(at('annex/missing-max')).toEqual([6]);
    expect(at('annex/max-computed')).toEqual([]);
    const set = JSON.parse(r.json ?? '') as { criteria: { name: string; max: number; children: { name: string }[] }[] };
    expect(set.criteria[0]?.children[0]?.name).toBe('Ban hành kế hoạch CCHC năm (gửi Sở Nội vụ trước ngày 31/12)');
    expect(r.ok).toBe(false);
    const fixed = await importAnnex(Buffer.from(readFileSync(fixturePath('annex', 'broken', 'thieu-diem.csv'), 'utf8').replace('2,Báo cáo CCHC,,', '2,Báo cáo CCHC,"1,5",')), 'thieu-diem.csv');
    expect(fixed.diagnostics.filter((d) => d.code === 'annex/max-computed').map((d) => [d.location.row, d.details.max])).toEqual([[3, '3,5']]);
    expect(fixed.ok).toBe(true);
  });
});
