import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { micro } from '../../src/core/decimal.js';
import { loadExcelJs } from '../../src/core/exceljs.js';
import { catalogue } from '../../src/diagnostics/catalogue.js';
import { DiagnosticSink } from '../../src/diagnostics/sink.js';
import { scoreInputs } from '../../src/pipeline/score.js';
import { sheetsOf, type InputFile } from '../../src/survey/deps.js';
import { readSurveyPoints, sheetAsCsv, SurveyMerge, surveyPointsSet, surveyScoring, type SurveyPoints } from '../../src/survey/merge.js';
import { surveyResponses } from '../../src/survey/run.js';
import { repoRoot } from '../helpers/fixtures.js';
import { cli, inputFile, surveySet } from './helpers.js';

const set = surveySet('survey', 'mini', 'criteria.json');
const known = { codes: new Set(['10001', '10002']), from: 'don-vi.csv' };
const tmp = mkdtempSync(join(tmpdir(), 'parindex-survey-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pointsOf = (r: Awaited<ReturnType<typeof surveyResponses>>, unit: string): Record<string, number | undefined> =>
  Object.fromEntries(r.result.units.find((u) => u.code === unit)?.items.map((i) => [i.leaf.code, i.points]) ?? []);

/** Appraisal files with survey points merged in, scored by today's pipeline. */
async function scoreMerged(appraisal: InputFile, points: SurveyPoints): Promise<{ outcome: Awaited<ReturnType<typeof scoreInputs>>; mergeSink: DiagnosticSink }> {
  const merge = new SurveyMerge(set, points);
  const mergeSink = new DiagnosticSink();
  const merged: InputFile[] = [];
  for await (const sheet of sheetsOf(appraisal, mergeSink)) merged.push({ name: appraisal.name, bytes: await sheetAsCsv(merge.sheet(sheet)) });
  merge.reportUnmatched(mergeSink, appraisal.name);
  return { outcome: await scoreInputs(surveyPointsSet(set), merged), mergeSink };
}

describe('survey responses, a hand-computed commune', () => {
  it('gives each item the group-weighted mean of its answers, exactly', async () => {
    const r = await surveyResponses(set, [inputFile('survey', 'mini', 'phieu.csv')], { known });
    // 2.1: Người dân A, B, A → 5.2/3; Doanh nghiệp A, C → 2.4/2; 0.6 × 5.2/3 + 0.4 × 1.2 = 1.52
    // 2.2: Người dân B, C, A → 1.2; Doanh nghiệp B (one "Không trả lời") → 1.2; → 1.2
    // 2.3: Người dân 5, 4 ("A" is not on a 1–5 scale) → 1.75; Doanh nghiệp 3, 2 → 0.75; → 1.05 + 0.3 = 1.35
    expect(pointsOf(r, '10001')).toEqual({ '2.1': micro(1.52), '2.2': micro(1.2), '2.3': micro(1.35) });
    const unit = r.result.units.find((u) => u.code === '10001');
    expect(unit?.respondents).toBe(5);
    expect(unit?.items.map((i) => [i.n, ...i.byGroup])).toEqual([[5, 3, 2], [4, 3, 1], [4, 2, 2]]);
    // satisfied (≥ 60 % of the max): 2.1 A B A A of 5, 2.2 B A B of 4, 2.3 5 4 of 4 → 9 of 13
    expect([unit?.satisfaction.yes, unit?.satisfaction.n]).toEqual([9, 13]);
    expect(r.result.units.map((u) => u.code)).toEqual(['10001', '10002']);
  });

  it('reports each problem at its cell', async () => {
    const r = await surveyResponses(set, [inputFile('survey', 'mini', 'phieu.csv')], { known });
    const found = r.sink.kept.map((d) => `${d.code} ${d.location.ref ?? `row ${d.location.row}`} ${d.location.unit ?? ''} ${d.location.criterion ?? ''}`.trim());
    expect(found).toEqual([
      'cell/unknown-answer G7 10001 2.3',
      'survey/duplicate-respondent A8 10001',
      'survey/same-answer A9 10002',
      'survey/unknown-unit B11 10009',
      'survey/unknown-group D12 10002',
      'survey/few-responses row 9 10002 2.1',
      'survey/few-responses row 9 10002 2.2',
      'survey/few-responses row 9 10002 2.3',
    ]);
    expect(r.sink.counts).toEqual({ error: 4, warning: 3, info: 1 });
    const dup = r.sink.kept.find((d) => d.code === 'survey/duplicate-respondent');
    expect(dup?.details).toMatchObject({ firstFile: 'fixtures/survey/mini/phieu.csv', firstRow: 4 });
  });

  it('reads questionnaires from XLSX alike, a 1–5 answer typed as a number', async () => {
    const ExcelJS = loadExcelJs();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phiếu');
    const lines = readFileSync(join(repoRoot, 'fixtures/survey/mini/phieu.csv'), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    for (const line of lines) ws.addRow(line.split(',').map((c) => (/^[1-5]$/.test(c) ? Number(c) : c)));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await surveyResponses(set, [{ name: 'phieu.xlsx', bytes }], { known });
    expect(pointsOf(r, '10001')).toEqual({ '2.1': micro(1.52), '2.2': micro(1.2), '2.3': micro(1.35) });
    expect(r.sink.kept.map((d) => `${d.code} ${d.location.sheet}!${d.location.ref ?? ''}`).slice(0, 2)).toEqual(['cell/unknown-answer Phiếu!G7', 'survey/duplicate-respondent Phiếu!A8']);
  });

  it('reads the long layout (respondent × item) to the same points, finding an item answered twice', async () => {
    const r = await surveyResponses(set, [inputFile('survey', 'mini', 'phieu-dai.csv')], { known });
    expect(pointsOf(r, '10001')).toEqual({ '2.1': micro(1.52), '2.2': micro(1.2), '2.3': micro(1.35) });
    expect(r.sink.kept.map((d) => `${d.code} ${d.location.ref}`)).toEqual([
      'cell/unknown-answer E16',
      'survey/duplicate-respondent D17',
      'survey/same-answer A18',
      'survey/few-responses undefined',
      'survey/few-responses undefined',
      'survey/few-responses undefined',
    ]);
    expect(r.result.units[0]?.respondents).toBe(5);
  });

  it('counts every answer alike without groups, and says a sheet without a group column cannot be weighted', async () => {
    const noGroups = { ...set, surveyGroups: [] };
    const r = await surveyResponses(noGroups, [inputFile('survey', 'mini', 'phieu.csv')]);
    // 2.1 unweighted: A B A A C → (2 + 1.2 + 2 + 2 + 0.4) / 5 = 1.52 (the same, by chance); 2.2: B C A B → 4.8/4 = 1.2
    expect(pointsOf(r, '10001')['2.3']).toBe(micro(1.25)); // 5 4 3 2 → (2 + 1.5 + 1 + 0.5) / 4
    expect(r.result.units.map((u) => u.code)).toEqual(['10001', '10002', '10009']);
    const g = await surveyResponses(set, [inputFile('survey', 'mini', 'khong-nhom.csv')]);
    expect(g.sink.kept.map((d) => `${d.code} ${d.location.row}`)).toEqual(['survey/missing-group-column 1']);
  });
});

describe('the survey codes of the catalogue', () => {
  it('each is fired by a fixture in fixtures/survey/mini/', async () => {
    const fired = new Set<string>();
    for (const file of ['phieu.csv', 'phieu-dai.csv', 'khong-nhom.csv', 'khong-tieu-de.csv'])
      for (const d of (await surveyResponses(set, [inputFile('survey', 'mini', file)], { known })).sink.kept) fired.add(d.code);
    const survey = Object.keys(catalogue).filter((code) => code.startsWith('survey/'));
    expect(survey.filter((code) => !fired.has(code))).toEqual([]);
    expect(survey.length).toBe(7);
  });
});

describe('survey points meet the appraisal sheets', () => {
  it('`parindex survey -o points.csv` writes the wide layout, and the pipeline scores it merged with the appraisal (hand-computed)', async () => {
    const out = join(tmp, 'diem-dieu-tra.csv');
    const r = await cli(['survey', 'fixtures/survey/mini/phieu.csv', '-c', 'fixtures/survey/mini/criteria.json', '--units', 'fixtures/survey/mini/don-vi.csv', '-o', out, '--lang', 'vi']);
    expect(r.code).toBe(1); // the errors above
    expect(r.stderr).toContain('fixtures/survey/mini/phieu.csv › B11 (đơn vị 10009)  lỗi  survey/unknown-unit  đơn vị 10009 không có trong fixtures/survey/mini/don-vi.csv');
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffMã đơn vị,Tên đơn vị,2.1 Thái độ của công chức,2.2 Thời gian giải quyết hồ sơ,2.3 Mức độ hài lòng chung (thang 1–5),Số phiếu,Điểm điều tra XHH,Tỷ lệ hài lòng (%)');
    expect(csv.split('\r\n')[1]).toBe('10001,Xã An Bình,1.52,1.2,1.35,5,4.07,69.23');

    const pointsFile = { name: relative(repoRoot, out), bytes: readFileSync(out) };
    const points = new Map<string, { cells: ReadonlyMap<number, string>; at: object }>();
    for await (const sheet of sheetsOf(pointsFile, new DiagnosticSink())) for (const [k, v] of await readSurveyPoints(sheet, set)) points.set(k, v);
    const { outcome, mergeSink } = await scoreMerged(inputFile('survey', 'mini', 'tham-dinh.csv'), points);
    expect(mergeSink.total).toBe(0);
    expect(outcome.sink.kept.filter((d) => d.severity !== 'info')).toEqual([]);
    const score = outcome.scores.find((s) => s.unit.code === '10001');
    // 1.1 = 1.5, 1.2 = Có → 2, survey 1.52 + 1.2 + 1.35 = 4.07: 7.57 of 10
    expect(score?.total).toBe(micro(7.57));
    expect(score?.survey).toBe(micro(4.07));
    expect(outcome.scores.find((s) => s.unit.code === '10002')?.total).toBe(micro(2 + 0 + 1.68 + 1.68 + 1.8));
  });

  it('a unit surveyed but missing from the appraisal sheets is named; an appraised unit without survey points is an empty cell', async () => {
    const r = await surveyResponses(set, [inputFile('survey', 'mini', 'phieu.csv')]);
    const points = new Map([...(await import('../../src/survey/merge.js')).pointsOfResult(r.result)].filter(([code]) => code !== '10002'));
    const { outcome, mergeSink } = await scoreMerged(inputFile('survey', 'mini', 'tham-dinh.csv'), points);
    expect(mergeSink.kept.map((d) => `${d.code} ${d.location.unit}`)).toEqual(['survey/unknown-unit 10009']);
    const empty = outcome.sink.kept.filter((d) => d.code === 'cell/empty').map((d) => `${d.location.ref} ${d.location.criterion}`);
    expect(empty).toEqual(['E4 2.1', 'F4 2.2', 'G4 2.3']);
  });

  it('writes XLSX points that read back the same as the CSV, and the same bytes twice', async () => {
    const a = join(tmp, 'a.xlsx');
    const b = join(tmp, 'b.xlsx');
    for (const f of [a, b]) await cli(['survey', 'fixtures/survey/mini/phieu.csv', '-c', 'fixtures/survey/mini/criteria.json', '-o', f, '--fail-on', 'never']);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const read = async (file: InputFile): Promise<unknown> => {
      const out: unknown[] = [];
      for await (const sheet of sheetsOf(file, new DiagnosticSink())) out.push([...(await readSurveyPoints(sheet, set))].map(([k, v]) => [k, [...v.cells]]));
      return out[0];
    };
    const csv = join(tmp, 'c.csv');
    await cli(['survey', 'fixtures/survey/mini/phieu.csv', '-c', 'fixtures/survey/mini/criteria.json', '-o', csv, '--fail-on', 'never']);
    expect(await read({ name: 'a.xlsx', bytes: readFileSync(a) })).toEqual(await read({ name: 'c.csv', bytes: readFileSync(csv) }));
  });
});

describe('the demo survey (fixtures/survey, scripts/make-survey.mjs)', () => {
  const demoSet = surveySet('survey', 'criteria-xa.json');

  it('reproduces a province-wide satisfaction of 80 %, and scores end to end with the appraisal sheet', async () => {
    const r = await surveyResponses(demoSet, [inputFile('survey', 'phieu-xa.csv')]);
    expect(r.result.units).toHaveLength(150);
    expect(Math.round(r.result.satisfaction.share * 1000) / 10).toBe(80);
    expect(r.result.satisfaction.low).toBeLessThan(0.8);
    expect(r.result.satisfaction.high).toBeGreaterThan(0.8);
    expect(r.sink.counts.error).toBe(0);
    expect(new Set(r.sink.kept.map((d) => d.code))).toEqual(new Set(['survey/same-answer', 'survey/few-responses']));

    const merge = new SurveyMerge(demoSet, (await import('../../src/survey/merge.js')).pointsOfResult(r.result));
    const appraisal = inputFile('survey', 'tham-dinh-xa.csv');
    const merged: InputFile[] = [];
    for await (const sheet of sheetsOf(appraisal, new DiagnosticSink())) merged.push({ name: appraisal.name, bytes: await sheetAsCsv(merge.sheet(sheet)) });
    const outcome = await scoreInputs(surveyPointsSet(demoSet), merged);
    expect(outcome.sink.counts.error).toBe(0);
    expect(outcome.scores).toHaveLength(150);
    for (const s of outcome.scores) expect(s.survey).toBe(r.result.units.find((u) => u.code === s.unit.code)?.points);
  });

  it('prints the satisfaction table in Vietnamese', async () => {
    const r = await cli(['survey', 'fixtures/survey/phieu-xa.csv', '-c', 'fixtures/survey/criteria-xa.json', '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Toàn tỉnh \(150 đơn vị, \d+ số phiếu\): hài lòng 80,0 %/m);
  });
});

describe('parindex survey on the command line', () => {
  it('moves the satisfied threshold with --satisfied-at, and writes the JSON report', async () => {
    const r = await cli(['survey', 'fixtures/survey/mini/phieu.csv', '-c', 'fixtures/survey/mini/criteria.json', '--satisfied-at', '75', '--format', 'json', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { satisfiedAt: number; units: { code: string; satisfaction: { satisfied: number; n: number }; items: { code: string; n: number; byGroup: number[]; points: number }[] }[] };
    expect(doc.satisfiedAt).toBe(75);
    const unit = doc.units.find((u) => u.code === '10001');
    // at 75 %: 2.1 A A A of A B A A C, 2.2 A of B C A B, 2.3 5 4 of 5 4 3 2 → 6 of 13
    expect([unit?.satisfaction.satisfied, unit?.satisfaction.n]).toEqual([6, 13]);
    expect(unit?.items[0]).toEqual({ code: '2.1', max: 2, n: 5, byGroup: [3, 2], points: 1.52 });
  });

  it('cannot run on a set without survey criteria (exit 2, one line)', async () => {
    const r = await cli(['survey', 'fixtures/survey/mini/phieu.csv', '-c', 'fixtures/score/criteria-form.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('parindex: fixtures/score/criteria-form.json: has no survey criteria (method "survey")\n');
  });
});

// Issue 14: with survey leaves in the set, score looks for points files among its inputs. A small workbook is read
// whole once for that; the pipeline replays its rows (InputFile.readAhead) instead of unpacking it a second time.
describe('survey scoring reads a small workbook once', () => {
  const demoSet = surveySet('demo', 'criteria-xa.json');
  const rowsOf = async (input: InputFile): Promise<string[]> => {
    const out: string[] = [];
    for await (const sheet of sheetsOf(input, new DiagnosticSink())) for await (const r of sheet.rows) out.push(JSON.stringify([sheet.sheet, sheet.hidden, r.row, r.cells]));
    return out;
  };

  it('hands the pipeline the rows it read, the same rows a fresh read gives, and the same outcome', async () => {
    expect(demoSet.leaves.some((l) => l.method === 'survey')).toBe(true);
    const input = inputFile('demo', 'xa.xlsx');
    const scoring = await surveyScoring(demoSet, [input], []);
    expect(scoring.merge).toBeUndefined();
    expect(scoring.appraisal).toHaveLength(1);
    const held = scoring.appraisal[0]!;
    expect(held.readAhead).toBeDefined();
    expect(held.bytes).toBe(input.bytes);
    const replayed = await rowsOf(held);
    expect(replayed.length).toBeGreaterThan(150);
    expect(replayed).toEqual(await rowsOf(input));
    const direct = await scoreInputs(demoSet, [input]);
    const viaHeld = await scoreInputs(demoSet, [held]);
    // plain data to compare (the outcome's objects share the set's nodes: a deep comparison of them all is slow)
    const summary = (o: typeof direct): string =>
      JSON.stringify(
        {
          scores: o.scores.map((s) => [s.unit.code, s.unit.name, s.fieldPoints, s.total, s.index]),
          ranks: o.blocks.map((b) => b.rows.map((r) => [r.score.unit.code, r.rank, r.band, r.indexScaled])),
          excluded: o.excluded.map((u) => u.code),
          diagnostics: o.sink.kept.map((d) => [d.code, d.location]),
          counts: o.sink.counts,
        },
        (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v),
      );
    expect(direct.scores.length).toBeGreaterThan(100);
    expect(summary(viaHeld)).toBe(summary(direct));
  });

  it('passes a CSV, and a workbook already read ahead, as they are', async () => {
    const csv = inputFile('demo', 'xa.csv');
    const ahead: InputFile = { ...inputFile('demo', 'xa.xlsx'), readAhead: () => Promise.resolve(undefined) };
    const scoring = await surveyScoring(demoSet, [csv, ahead], []);
    expect(scoring.appraisal[0]).toBe(csv);
    expect(scoring.appraisal[1]).toBe(ahead);
  });
});
