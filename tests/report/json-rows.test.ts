/**
 * The JSON report writes its ranked rows as text straight from the ranked rows (RowFacts), not from ReportRow objects:
 * its bytes must be those of the plain document, whose rows are objects made by JSON.stringify.
 */
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderContext } from '../../src/report/context.js';
import { materialised } from '../../src/report/model/build.js';
import type { RunReport } from '../../src/report/model/schema.js';
import { renderJson, reportChunks, resultsDocument } from '../../src/report/score/json.js';
import { demoReport } from './helpers/demo.js';
import { REPORT } from './helpers/report.js';

const ctx: RenderContext = { lang: 'en', chalk: new Chalk({ level: 0 }) };
/** The document with every row an object, written by the same writer */
const plain = (report: RunReport): string => `${[...reportChunks(resultsDocument(report, ctx))].join('')}\n`;
const fast = (report: RunReport): string => [...renderJson(report, ctx)].join('');

interface JsonRow {
  readonly capped: boolean;
  readonly bonus: number;
  readonly penalty: number;
  readonly fields: readonly { readonly max: number; readonly index: number | null }[];
  readonly leaves: Record<string, number | null>;
}
const rowsOf = (text: string): JsonRow[] => (JSON.parse(text) as { blocks: { rows: JsonRow[] }[] }).blocks.flatMap((b) => b.rows);

describe('JSON rows written from the ranked rows', () => {
  const reports: [string, RunReport][] = [];
  beforeAll(async () => {
    reports.push(['xa', await demoReport()], ['huyen', await demoReport('huyen.xlsx', 'criteria-huyen.json')], ['so', await demoReport('so.xlsx', 'criteria-so.json')]);
  });

  it('are the bytes of the document whose rows are objects, for each demo run and the hand-built report', () => {
    for (const [name, report] of reports) {
      const expected = plain(report);
      expect(rowsOf(expected).length, name).toBeGreaterThan(10);
      expect(fast(report), name).toBe(expected);
      // rows given as plain objects (no RowFacts of their own) go the same way
      expect(fast(materialised(report)), name).toBe(expected);
    }
    expect(fast(REPORT)).toBe(plain(REPORT));
  });

  it('cover rows with non-applicable leaves, fields below their full max, adjustments and capped totals', () => {
    const rows = reports.flatMap(([, report]) => rowsOf(fast(report))).concat(rowsOf(fast(REPORT)));
    expect(rows.some((r) => Object.values(r.leaves).includes(null))).toBe(true);
    expect(rows.some((r) => r.fields.some((f) => f.index === null))).toBe(true);
    expect(rows.some((r) => r.bonus > 0 || r.penalty > 0)).toBe(true);
    expect(rows.some((r) => r.capped)).toBe(true);
  });
});
