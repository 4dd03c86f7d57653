import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/text.js';
import { loadCriteriaSet } from '../../src/criteria/load.js';
import { walk } from '../../src/criteria/model.js';
import { showJson as showReportJson, showMarkdown as showReportMarkdown, showTable as showReportTable } from '../../src/report/criteria/show.js';
import { formats } from '../../src/report/formats.js';
import { buildCriteriaReport } from '../../src/report/model/build.js';
import { expectGolden } from '../helpers/golden.js';
import { readFixture, validCriteriaFixture } from '../helpers/fixtures.js';

const xa = validCriteriaFixture('criteria', 'xa-2024.json');
type Set = Parameters<typeof buildCriteriaReport>[0];
const showTable = (set: Set, ctx: { lang: 'vi' | 'en' }): string => showReportTable(buildCriteriaReport(set), ctx);
const showMarkdown = (set: Set, ctx: { lang: 'vi' | 'en' }): string => showReportMarkdown(buildCriteriaReport(set), ctx);
const showJson = (set: Set, ctx: { lang: 'vi' | 'en' }): string => showReportJson(buildCriteriaReport(set), ctx);
const showReportForName = (name: string, report: ReturnType<typeof buildCriteriaReport>): string =>
  ({ table: showReportTable, md: showReportMarkdown, json: showReportJson })[name as 'table']!(report, { lang: 'en' });

describe('criteria show on xa-2024 (golden files in fixtures/criteria/golden)', () => {
  it('table, Vietnamese', () => expectGolden(showTable(xa, { lang: 'vi' }), 'criteria', 'golden', 'xa-2024.show.vi.txt'));
  it('table, English', () => expectGolden(showTable(xa, { lang: 'en' }), 'criteria', 'golden', 'xa-2024.show.en.txt'));
  it('Markdown', () => expectGolden(showMarkdown(xa, { lang: 'vi' }), 'criteria', 'golden', 'xa-2024.show.vi.md'));
  it('JSON', () => expectGolden(showJson(xa, { lang: 'vi' }), 'criteria', 'golden', 'xa-2024.show.vi.json'));
});

describe('criteria show', () => {
  it('registers every format under its --format name', () => {
    expect(Object.keys(formats.criteria).sort()).toEqual(['json', 'md', 'table']);
    const report = buildCriteriaReport(xa);
    for (const [name, f] of Object.entries(formats.criteria)) expect(f.render(report, { lang: 'en', chalk: new Chalk({ level: 0 }) })).toBe(showReportForName(name, report));
  });

  it('aligns the max column by displayed width, whatever the Vietnamese marks', () => {
    const lines = showTable(xa, { lang: 'vi' }).split('\n');
    const header = lines.findIndex((l) => l.startsWith('Mã'));
    const headerLine = lines[header] ?? '';
    const maxEnd = displayWidth(headerLine.slice(0, headerLine.indexOf('Điểm tối đa') + 'Điểm tối đa'.length));
    const body = lines.slice(header + 2, lines.indexOf('', header));
    expect(body).toHaveLength([...walk(xa.fields)].length); // every node once: fields, criteria and sub-criteria
    for (const line of body) {
      const m = /\s(\d+\.\d{2})(?=\s|$)/.exec(line);
      expect(m, line).not.toBeNull();
      if (m) expect(displayWidth(line.slice(0, m.index + m[0].length)), line).toBe(maxEnd);
    }
  });

  it('prints the same bytes when the file is written in decomposed (NFD) Unicode', () => {
    const nfd = loadCriteriaSet(readFixture('criteria', 'xa-2024.json').normalize('NFD'), 'xa-2024.json');
    expect(nfd.ok && !nfd.fatal && nfd.set).toBeTruthy();
    if (nfd.ok && !nfd.fatal && nfd.set) {
      for (const lang of ['vi', 'en'] as const) expect(showTable(nfd.set, { lang })).toBe(showTable(xa, { lang }));
      expect(showJson(nfd.set, { lang: 'vi' })).toBe(showJson(xa, { lang: 'vi' }));
    }
  });

  it('states the totals per field and the survey share', () => {
    const out = showTable(xa, { lang: 'en' });
    expect(out).toContain('Total: 100.00 points · 7 fields, 36 criteria, 75 scored leaves');
    expect(out).toContain('appraisal 70.00 · survey 30.00 (survey share 30.00 %)');
    const json = JSON.parse(showJson(xa, { lang: 'en' })) as { criteria: { code: string; max: number }[] };
    expect(json.criteria.map((f) => f.max)).toEqual([12, 7, 16, 12, 7, 16, 30]);
  });

  it('is deterministic', () => {
    expect(showMarkdown(xa, { lang: 'vi' })).toBe(showMarkdown(validCriteriaFixture('criteria', 'xa-2024.json'), { lang: 'vi' }));
  });
});
