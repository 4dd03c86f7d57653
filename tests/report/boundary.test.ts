/**
 * The report model is the only way into a run's outcome: no format reads the pipeline's values, its sentinels or its
 * diagnostics sink, so that when the pipeline's shape changes only src/report/model/build.ts changes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

const REPORT = path.join(repoRoot, 'src/report');
/** The one reader of the outcome, and the type it reads. */
const READERS = new Set(['model/build.ts', 'result.ts']);
const PIPELINE_INTERNALS = /from '(?:\.\.\/)+(?:pipeline|ranking|scoring|submission)\/|\bNOT_APPLICABLE\b|\bNOT_GIVEN\b|\.outcome\b|\bsink\b|\bisNaN\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the report boundary', () => {
  it('only src/report/model/build.ts reads the pipeline outcome; every format renders the RunReport', () => {
    const all = files(REPORT).map((f) => path.relative(REPORT, f).split(path.sep).join('/'));
    expect(all).toContain('model/build.ts');
    const offenders = all.filter((f) => !READERS.has(f) && PIPELINE_INTERNALS.test(readFileSync(path.join(REPORT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
