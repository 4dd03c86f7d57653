/** Holds the one direction of data: lower stages never import higher ones, and only src/cli touches the process. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');
const ORDER = ['core', 'diagnostics', 'criteria', 'sheet', 'submission', 'scoring', 'ranking', 'pipeline', 'report', 'compare', 'survey', 'sensitivity', 'cli'];
// report may name the pipeline's result type; the pipeline never renders.
const ALLOWED_UPWARD = new Set(['report→pipeline']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  const all = files(SRC);
  it('imports go one way: core → diagnostics → criteria → sheet → submission → scoring → ranking → pipeline → report → survey → cli', () => {
    const violations: string[] = [];
    for (const file of all) {
      const from = path.relative(SRC, file).split(path.sep)[0]!;
      const fromRank = ORDER.indexOf(from);
      if (fromRank < 0) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.\.?\/[^']+)'/g)) {
        const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!)).split(path.sep)[0]!;
        const toRank = ORDER.indexOf(target);
        if (toRank > fromRank && !ALLOWED_UPWARD.has(`${from}→${target}`)) violations.push(`${path.relative(SRC, file)} → ${m[1]}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('only the CLI layer touches process, argv and exit codes', () => {
    const offenders = all
      .filter((f) => !path.relative(SRC, f).startsWith(`cli${path.sep}`))
      .filter((f) => /\bprocess\.(argv|exit|stdout|stderr|env|cwd)\b/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
