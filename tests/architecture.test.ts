/**
 * Holds the one direction of data: lower stages never import higher ones, no module imports itself back through
 * others (within a folder or across folders), and only src/cli touches the process.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');
const ORDER = ['core', 'i18n', 'diagnostics', 'criteria', 'sheet', 'annex', 'template', 'submission', 'scoring', 'ranking', 'pipeline', 'report', 'compare', 'survey', 'sensitivity', 'explain', 'verify', 'cli'];
// report may name the pipeline's result type; the pipeline never renders.
const ALLOWED_UPWARD = new Set(['report→pipeline']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The relative imports of a source text (`import … from`, `export … from`, `import type` included). */
export function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s+'(\.\.?\/[^']+)'/g)].map((m) => m[1]!);
}

/** Each module (path relative to src, .ts) and the modules it imports. */
function graphOf(all: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of all) {
    const from = path.relative(SRC, file);
    const to = importsOf(readFileSync(file, 'utf8')).map((spec) => path.relative(SRC, path.resolve(path.dirname(file), spec)).replace(/\.js$/, '.ts'));
    graph.set(from, to);
  }
  return graph;
}

/** Every import cycle of a graph, each once, as the list of modules around it (Tarjan's strongly connected parts). */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      part.push(w);
      if (w === v) break;
    }
    if (part.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(part.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('architecture', () => {
  const all = files(SRC);
  it('imports go one way: core → diagnostics → criteria → sheet → submission → scoring → ranking → pipeline → report → survey → cli', () => {
    const violations: string[] = [];
    for (const file of all) {
      const from = path.relative(SRC, file).split(path.sep)[0]!;
      const fromRank = ORDER.indexOf(from);
      if (fromRank < 0) continue;
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const target = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep)[0]!;
        const toRank = ORDER.indexOf(target);
        if (toRank > fromRank && !ALLOWED_UPWARD.has(`${from}→${target}`)) violations.push(`${path.relative(SRC, file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('no import cycle, inside a folder or between folders (type-only imports count too)', () => {
    expect(cyclesOf(graphOf(all))).toEqual([]);
  });

  it('the cycle check finds a cycle inside a folder, a longer one, and a module importing itself', () => {
    const graph = new Map([
      ['submission/a.ts', ['submission/b.ts']],
      ['submission/b.ts', ['submission/a.ts', 'core/text.ts']],
      ['core/text.ts', []],
      ['x/1.ts', ['x/2.ts']],
      ['x/2.ts', ['y/3.ts']],
      ['y/3.ts', ['x/1.ts']],
      ['z/self.ts', ['z/self.ts']],
    ]);
    expect(cyclesOf(graph)).toEqual([['submission/a.ts', 'submission/b.ts'], ['x/1.ts', 'x/2.ts', 'y/3.ts'], ['z/self.ts']]);
  });

  it('reads every kind of relative import line', () => {
    const text = "import { a } from './a.js';\nimport type { B } from '../b/b.js';\nexport { c } from './c.js';\nexport type { D } from './d.js';\nimport x from 'node:path';\nimport {\n  e,\n  f,\n} from './ef.js';";
    expect(importsOf(text)).toEqual(['./a.js', '../b/b.js', './c.js', './d.js', './ef.js']);
  });

  it('only the CLI layer touches process, argv and exit codes', () => {
    const offenders = all
      .filter((f) => !path.relative(SRC, f).startsWith(`cli${path.sep}`))
      .filter((f) => /\bprocess\.(argv|exit|stdout|stderr|env|cwd)\b/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
