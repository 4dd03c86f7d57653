/**
 * Issue 14, start-up: `parindex --help` (and every command's parsing) loads only commander, the words and the
 * commands' declarations; what a command does is behind `await import(...)` and loads when it runs.
 *
 * Two checks, on what Node actually loads rather than on timings (which the load of a shared machine makes flaky):
 * - the module graph: esbuild builds the bundle in memory with the options scripts/bundle.mjs uses, and its metafile
 *   says which source files end up in the entry and the chunks the entry imports statically. None may come from
 *   the libraries that do the work. This names the file that regressed, whatever its size.
 * - the built artefact: dist/parindex.mjs (built by `npm test` before vitest) and the chunks it imports statically,
 *   followed through the files, stay under a size bound and never name exceljs. It was ~98 KB after the split, 221 KB before it; the bound
 *   leaves room for new commands' declarations, not for a library.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions, Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { assertBuilt, bin } from './process.js';
import { compareFormats } from '../../src/compare/formats.js';
import { sensitivityFormats, whatIfFormats } from '../../src/sensitivity/formats.js';
import { surveyFormats } from '../../src/survey/formats.js';
import { COMPARE_FORMATS } from '../../src/cli/commands/compare.js';
import { SENSITIVITY_FORMATS } from '../../src/cli/commands/sensitivity.js';
import { SURVEY_FORMATS } from '../../src/cli/commands/survey.js';
import { WHATIF_FORMATS } from '../../src/cli/commands/whatif.js';

/** Source folders whose code runs only when a command does (never at start-up). */
const WORK = ['src/compare/', 'src/survey/', 'src/annex/', 'src/template/', 'src/sensitivity/', 'src/report/', 'src/pipeline/'];
const STATIC_BOUND = 128 * 1024;

/** The outputs an entry (the CLI's, or a command's chunk) loads with it: itself and its static imports, transitively. */
function staticClosure(meta: Metafile, entryPoint = 'src/cli/main.ts'): string[] {
  const entry = Object.keys(meta.outputs).find((o) => meta.outputs[o]?.entryPoint === entryPoint);
  if (entry === undefined) throw new Error(`no output for ${entryPoint}`);
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const out = todo.pop() as string;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const i of meta.outputs[out]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) todo.push(i.path);
  }
  return [...seen];
}

describe('what start-up loads (module graph)', () => {
  let meta: Metafile;
  let loaded: string[];
  let inputs: string[];

  beforeAll(async () => {
    const { build } = await import('esbuild');
    const shared = (await import(pathToFileURL(join(repoRoot, 'scripts/bundle-options.mjs')).href)) as { bundleOptions: BuildOptions };
    const result = await build({ ...shared.bundleOptions, absWorkingDir: repoRoot, write: false, metafile: true, logLevel: 'silent' });
    meta = result.metafile;
    loaded = staticClosure(meta);
    inputs = loaded.flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));
  }, 60_000);

  it('reaches no library that does a command’s work', () => {
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.filter((f) => WORK.some((dir) => f.startsWith(dir)))).toEqual([]);
  });

  it('declares every command at start-up and keeps its action out of it', () => {
    for (const name of ['compare', 'survey', 'template', 'criteria-import', 'sensitivity', 'whatif', 'score', 'validate', 'criteria']) {
      expect(inputs, name).toContain(`src/cli/commands/${name}.ts`);
    }
    const actions = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs)).filter((f) => /^src\/cli\/commands\/.*-actions?\.ts$/.test(f));
    expect(actions.length).toBeGreaterThanOrEqual(7);
    expect(inputs.filter((f) => actions.includes(f) || f === 'src/cli/commands/run.ts')).toEqual([]);
  });

  it(`stays under ${STATIC_BOUND / 1024} KB`, () => {
    const bytes = loaded.reduce((n, o) => n + (meta.outputs[o]?.bytes ?? 0), 0);
    expect(bytes).toBeLessThan(STATIC_BOUND);
  });

  // `score` and `validate` (src/cli/commands/run.ts, loaded when one of them runs): a valid criteria file is read
  // without zod (src/criteria/quick-parse.ts), and nothing of the other commands comes along. It was 607 KB of zod
  // (with every locale) and 172 KB of the other commands' code before; 356 KB in all after.
  it('score loads no zod and no other command’s work', () => {
    const run = staticClosure(meta, 'src/cli/commands/run.ts');
    const files = run.flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));
    expect(files).toContain('src/criteria/quick-parse.ts');
    expect(files).toContain('src/pipeline/evaluate.ts');
    expect(files.filter((f) => f.startsWith('node_modules/zod/') || f === 'src/criteria/schema.ts')).toEqual([]);
    const others = ['src/explain/', 'src/verify/', 'src/compare/', 'src/annex/', 'src/sensitivity/'];
    expect(files.filter((f) => others.some((dir) => f.startsWith(dir)))).toEqual([]);
    // zod is still bundled: criteria check and schema load it, and so does a criteria file with a problem
    expect(Object.values(meta.outputs).some((o) => Object.keys(o.inputs).some((f) => f.startsWith('node_modules/zod/')))).toBe(true);
    const bytes = run.reduce((n, o) => n + (meta.outputs[o]?.bytes ?? 0), 0);
    expect(bytes).toBeLessThan(400 * 1024);
  });
});

describe('what start-up loads (dist/parindex.mjs as built)', () => {
  it(`the entry and the chunks it imports statically stay under ${STATIC_BOUND / 1024} KB`, () => {
    const entry = join(repoRoot, 'dist/parindex.mjs');
    expect(existsSync(entry), 'dist/parindex.mjs: run `npm run build` (npm test does)').toBe(true);
    const seen = new Set<string>();
    const todo = [entry];
    let bytes = 0;
    while (todo.length > 0) {
      const file = todo.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      bytes += Buffer.byteLength(text);
      // `import{…}from"./x.mjs"` and `import"./x.mjs"`; `import("./x.mjs")` (a command's action) is not followed
      for (const m of text.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.mjs)"/g)) todo.push(join(dirname(file), m[1] as string));
      // exceljs is required by name where a workbook is read or written (src/core/exceljs.ts)
      expect(text, file).not.toContain('"exceljs"');
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(bytes).toBeLessThan(STATIC_BOUND);
    // not vacuous: some chunk a command loads does name it
    const chunks = readdirSync(join(repoRoot, 'dist/chunks')).map((f) => readFileSync(join(repoRoot, 'dist/chunks', f), 'utf8'));
    expect(chunks.some((text) => text.includes('"exceljs"'))).toBe(true);
  });
});

describe('format names declared before the formats load', () => {
  it('match the registries, in their order (the help lists them in this order)', () => {
    expect(COMPARE_FORMATS).toEqual(Object.keys(compareFormats));
    expect(SURVEY_FORMATS).toEqual(Object.keys(surveyFormats));
    expect(SENSITIVITY_FORMATS).toEqual(Object.keys(sensitivityFormats));
    expect(WHATIF_FORMATS).toEqual(Object.keys(whatIfFormats));
  });
});

// What a real start loads, seen from inside the process (a hook given to node with --import reports it at exit):
// Node's own modules (process.moduleLoadList) and the CommonJS modules loaded (exceljs is one; the bundle is ESM).
describe('what a real start loads (node built-ins, CommonJS)', () => {
  const hook =
    'data:text/javascript,import{createRequire}from"node:module";const r=createRequire(process.cwd()+"/");' +
    'process.on("exit",()=>process.stderr.write("\\n@@"+JSON.stringify({builtins:process.moduleLoadList,cjs:Object.keys(r.cache)})))';
  const loadedBy = (args: string[]): { builtins: string[]; cjs: string[]; status: number | null; stdout: string } => {
    assertBuilt();
    const r = spawnSync(process.execPath, ['--import', hook, bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    const at = r.stderr.lastIndexOf('\n@@');
    expect(at, r.stderr).toBeGreaterThanOrEqual(0);
    return { ...(JSON.parse(r.stderr.slice(at + 3)) as { builtins: string[]; cjs: string[] }), status: r.status, stdout: r.stdout };
  };
  const modules = (list: string[]): string[] => list.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));

  // child_process (commander's, for executable sub-commands: a stand-in loads it on use), crypto (the inputs'
  // hashes), tty and os (chalk): ~25 ms of a 110 ms start together, none of it needed to print the help. (net comes
  // with stdout when it is a pipe, as here.)
  it('--help loads no child_process, crypto, tty or os', () => {
    const run = loadedBy(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('score');
    const builtins = modules(run.builtins);
    expect(builtins).toContain('fs');
    expect(builtins.filter((m) => ['child_process', 'crypto', 'tty', 'os'].includes(m))).toEqual([]);
    expect(run.cjs).toEqual([]);
  });

  // The terminal table shows no hash: crypto loads only for a report that prints the inputs' hashes (src/core/sha256.ts).
  it('scoring the demo workbook loads no exceljs, and crypto only for the hashes of a report that has them', () => {
    const run = loadedBy(['score', 'fixtures/demo/xa.xlsx', '-c', 'fixtures/demo/criteria-xa.json']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Xã Minh Sơn');
    expect(modules(run.builtins)).not.toContain('crypto');
    expect(run.cjs.filter((f) => f.includes('exceljs'))).toEqual([]);
    const json = loadedBy(['score', 'fixtures/demo/xa.xlsx', '-c', 'fixtures/demo/criteria-xa.json', '--format', 'json']);
    expect(json.status).toBe(0);
    expect(json.stdout).toMatch(/"sha256": ?"[0-9a-f]{64}"/);
    expect(modules(json.builtins)).toContain('crypto');
    expect(json.cjs.filter((f) => f.includes('exceljs'))).toEqual([]);
  });
});
