/**
 * Survey points meet scoring on the command line (issue 13): `score appraisal survey-points.xlsx` (a points file
 * written by `parindex survey -o`) and `score appraisal --survey responses.csv` (questionnaires) give the same units
 * and the same points; a unit in both files is one unit, not `row/duplicate-unit`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { micro } from '../../src/core/decimal.js';
import { surveyResponses } from '../../src/survey/run.js';
import { parindex } from '../helpers/cli.js';
import { inputFile, surveySet } from '../survey/helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'parindex-wiring-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonRow {
  code: string;
  points: number;
  survey: number;
  appraisal: number;
  leaves: Record<string, number | null>;
}
interface JsonReport {
  blocks: { rows: JsonRow[] }[];
  diagnostics: { code: string; location: { unit?: string; file?: string } }[];
}

async function scoreJson(args: readonly string[]): Promise<{ status: number; doc: JsonReport; stderr: string }> {
  const r = await parindex(['score', ...args, '-f', 'json']);
  return { status: r.status, doc: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

const rowsOf = (doc: JsonReport): JsonRow[] => doc.blocks.flatMap((b) => b.rows);
const codesOf = (doc: JsonReport): string[] => doc.diagnostics.map((d) => d.code);

describe('score with survey points: the mini commune set, hand-computed', () => {
  const set = 'fixtures/survey/mini/criteria.json';
  const appraisal = 'fixtures/survey/mini/tham-dinh.csv';
  const responses = 'fixtures/survey/mini/phieu.csv';

  it('a points file among the sheets and --survey questionnaires give the same ranking, and commune 10001 its hand-computed points', async () => {
    const points = join(tmp, 'diem-dieu-tra-mini.xlsx');
    expect((await parindex(['survey', responses, '-c', set, '-o', points, '--fail-on', 'never'])).status).toBe(0);
    const fromFile = await scoreJson([appraisal, points, '-c', set]);
    const fromResponses = await scoreJson([appraisal, '--survey', responses, '-c', set]);
    expect(fromFile.doc.blocks).toEqual(fromResponses.doc.blocks);
    const unit = rowsOf(fromFile.doc).find((r) => r.code === '10001');
    // 1.1 = 1.5, 1.2 = Có → 2; survey (tests/survey/survey.test.ts) 2.1 = 1.52, 2.2 = 1.2, 2.3 = 1.35: 7.57 of 10
    expect(unit).toMatchObject({ points: 7.57, appraisal: 3.5, survey: 4.07, leaves: { '2.1': 1.52, '2.2': 1.2, '2.3': 1.35 } });
    expect(rowsOf(fromFile.doc).map((r) => r.code)).toEqual(['10001', '10002']);
    expect(codesOf(fromFile.doc)).not.toContain('row/duplicate-unit');
  });

  it('a unit whose survey points are given twice is row/duplicate-unit, not silently the last: two files, one file twice, questionnaires and a file', async () => {
    const points = join(tmp, 'diem-hai-lan.csv');
    await parindex(['survey', responses, '-c', set, '-o', points, '--fail-on', 'never']);
    const text = readFileSync(points, 'utf8');
    const other = join(tmp, 'diem-hai-lan-khac.csv');
    // the same header, unit 10001 again with other points
    writeFileSync(other, `${text.split('\r\n')[0]}\r\n10001,Xã An Bình,2,2,2,5,6,90\r\n`);
    const twiceInOne = join(tmp, 'diem-trung-dong.csv');
    writeFileSync(twiceInOne, `${text.trimEnd()}\r\n10001,Xã An Bình,2,2,2,5,6,90\r\n`);
    for (const args of [[appraisal, points, other], [appraisal, twiceInOne], [appraisal, other, '--survey', responses]]) {
      const r = await scoreJson([...args, '-c', set]);
      const dup = r.doc.diagnostics.filter((d) => d.code === 'row/duplicate-unit');
      expect(dup.map((d) => d.location.unit), args.join(' ')).toEqual(['10001']);
      expect(r.status, args.join(' ')).toBe(1);
      // neither set of points is used: 10001 is not ranked, 10002 is
      expect(rowsOf(r.doc).map((x) => x.code), args.join(' ')).toEqual(['10002']);
    }
    const vi = await parindex(['score', appraisal, points, other, '-c', set, '--lang', 'vi']);
    expect(vi.stderr).toMatch(new RegExp(`${other} › dòng 2 \\(đơn vị 10001\\)  lỗi  row/duplicate-unit  .*${points}`));
  });

  it('names the surveyed unit no appraisal sheet has, at the points file or the questionnaires', async () => {
    const points = join(tmp, 'diem-dieu-tra-mini.csv');
    await parindex(['survey', responses, '-c', set, '-o', points, '--fail-on', 'never']);
    const fromFile = await scoreJson([appraisal, points, '-c', set]);
    expect(fromFile.status).toBe(1);
    expect(fromFile.doc.diagnostics.filter((d) => d.code === 'survey/unknown-unit').map((d) => [d.location.file, d.location.unit])).toEqual([[points, '10009']]);
    const fromResponses = await scoreJson([appraisal, '--survey', responses, '-c', set]);
    // the questionnaires' own problems come first, then the merge's
    expect(codesOf(fromResponses.doc).slice(0, 2)).toEqual(['cell/unknown-answer', 'survey/duplicate-respondent']);
    expect(fromResponses.doc.diagnostics.filter((d) => d.code === 'survey/unknown-unit').map((d) => [d.location.file, d.location.unit])).toEqual([[responses, '10009']]);
    expect(fromResponses.stderr).toContain(`${responses} › A8 (unit 10001)  error  survey/duplicate-respondent`);
  });

  it('merges by the code column named with --code-column', async () => {
    const sheet = join(tmp, 'tham-dinh-so-hieu.csv');
    writeFileSync(sheet, readFileSync(appraisal, 'utf8').replace('Mã đơn vị,', 'Số hiệu,'));
    const without = await parindex(['score', sheet, '--survey', responses, '-c', set]);
    expect(without.status).toBe(1);
    const r = await scoreJson([sheet, '--survey', responses, '-c', set, '--code-column', 'Số hiệu']);
    expect(rowsOf(r.doc).find((u) => u.code === '10001')).toMatchObject({ points: 7.57, survey: 4.07 });
  });

  it('refuses --layout form or long with survey points, in one line (exit 2)', async () => {
    const r = await parindex(['score', appraisal, '--survey', responses, '-c', set, '--layout', 'long', '--lang', 'vi']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('parindex: điểm điều tra xã hội học chỉ ghép được vào bảng kiểu wide (mỗi đơn vị một dòng), không dùng với --layout long\n');
  });
});

describe('score with survey points: the demo commune set (fixtures/survey)', () => {
  it('scores 150 communes end to end both ways with identical results, each unit with its survey points', async () => {
    const set = 'fixtures/survey/criteria-xa.json';
    const points = join(tmp, 'diem-dieu-tra-xa.xlsx');
    expect((await parindex(['survey', 'fixtures/survey/phieu-xa.csv', '-c', set, '-o', points])).status).toBe(0);
    const fromFile = await scoreJson(['fixtures/survey/tham-dinh-xa.csv', points, '-c', set]);
    const fromResponses = await scoreJson(['fixtures/survey/tham-dinh-xa.csv', '--survey', 'fixtures/survey/phieu-xa.csv', '-c', set]);
    expect(fromFile.status).toBe(0);
    expect(fromResponses.status).toBe(0);
    expect(fromFile.doc.blocks).toEqual(fromResponses.doc.blocks);
    const rows = rowsOf(fromFile.doc);
    expect(rows).toHaveLength(150);
    const survey = await surveyResponses(surveySet('survey', 'criteria-xa.json'), [inputFile('survey', 'phieu-xa.csv')]);
    for (const row of rows) expect(micro(row.survey)).toBe(survey.result.units.find((u) => u.code === row.code)?.points);
    expect(rows.every((r) => r.survey > 0 && r.appraisal > 0)).toBe(true);
  });
});
