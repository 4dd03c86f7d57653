/**
 * Issue 14, start-up: `parindex --help` (and every command's parsing) loads only commander, the words and the
 * commands' declarations; what a command does is behind `await import(...)` and loads when it runs.
 *
 * Two checks, on what Node actually loads rather than on timings (which the load of a shared machine makes flaky):
 * - the module graph: esbuild builds the bundle in memory with the options scripts/bundle.mjs uses, and its metafile
 *   says which source files end up in the entry and the chunks the entry imports statically. None may come from
 *   the libraries that do the work. This names the file that regressed, whatever its size.
 *   The shipped bundle is one CommonJS file (dist/parindex.cjs) whose modules run when first imported, as here.
 * - the built artefact: dist/parindex.cjs (built by `npm test` before vitest) is ASCII, named by the hash of its bytes
 *   for the code cache, and bin/load.cjs gives a run the cache an earlier run of the same command saved.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions, Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { environment } from '../helpers/cli.js';
import { run } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/memory-io.js';
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
    const shared = (await import(pathToFileURL(join(repoRoot, 'scripts/bundle-options.mjs')).href)) as { graphOptions: BuildOptions };
    const result = await build({ ...shared.graphOptions, absWorkingDir: repoRoot, write: false, metafile: true, logLevel: 'silent' });
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

describe('the bundle as built (dist/parindex.cjs) and its code cache (bin/load.cjs)', () => {
  const bundle = join(repoRoot, 'dist/parindex.cjs');
  const load = createRequire(import.meta.url)(join(repoRoot, 'bin/load.cjs')) as {
    cacheDir(env: NodeJS.ProcessEnv, uid?: number, platform?: string): { dir: string; parents: boolean } | undefined;
    trustedDir(dir: string, uid?: number, parents?: boolean): boolean;
    cacheKey(args: string[]): string;
    loadBundle(bundle: string, o: { args: string[]; env: NodeJS.ProcessEnv }): { cache: string };
  };
  const suffix = `-${process.version}-${process.arch}.v8`;
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'parindex-cache-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is ASCII (read as Latin-1), strict, and ends with the hash of its bytes (what its cache is kept by)', () => {
    for (const name of ['parindex', 'help', 'read-worker']) {
      const text = readFileSync(join(repoRoot, `dist/${name}.cjs`), 'latin1');
      expect([...text].findIndex((c) => c.charCodeAt(0) > 0x7f), name).toBe(-1);
      expect(text.startsWith("'use strict';"), name).toBe(true);
      const m = /\n\/\/# parindex-build=([0-9a-f]{32})\n$/.exec(text);
      expect(m, name).not.toBeNull();
      expect(createHash('sha256').update(text.slice(0, m!.index + 1)).digest('hex').slice(0, 32)).toBe(m![1]);
    }
    // the ES module build of before the cache, and the hash files of before, are gone: they would be packed
    for (const old of ['chunks', 'parindex.mjs', 'parindex.id', 'help.id']) expect(existsSync(join(repoRoot, 'dist', old)), old).toBe(false);
  });

  it('the escapes that make it ASCII mean the same in a pattern, with the u flag or without', async () => {
    const { asciiOnly } = (await import(pathToFileURL(join(repoRoot, 'scripts/bundle-options.mjs')).href)) as { asciiOnly(t: string): string };
    const samples = ['Đơn vị', 'Mã ĐV：', 'Điểm ≥ 9,5 😀', 'ĐIỂM TỐI ĐA'];
    for (const [pattern, flags] of [['^m[ãa]\\s*[:：]', 'i'], ['^(?:đơn vị|cơ quan)', 'iu'], ['[😀≥]', 'u'], ['😀', ''], ['điểm tối đa', 'iu']] as const) {
      const escaped = asciiOnly(pattern);
      expect(escaped).toMatch(/^[\x00-\x7f]*$/);
      for (const text of [...samples, 'mã: x', 'MÃ ：1']) expect(new RegExp(escaped, flags).exec(text)?.[0], `${pattern}/${flags} on ${text}`).toBe(new RegExp(pattern, flags).exec(text)?.[0]);
    }
    // a backslash before a letter would turn into an escaped backslash: the build stops instead
    expect(() => asciiOnly('/\\đ/')).toThrow(/backslash before a non-ASCII character at offset 1/);
    expect(asciiOnly('/\\\\đ/')).toBe('/\\\\\\u0111/');
  });

  it('where the cache goes, and which cache a run takes', () => {
    const at = (dir: string, parents: boolean) => ({ dir, parents });
    expect(load.cacheDir({ PARINDEX_COMPILE_CACHE: '/x/y' })).toEqual(at('/x/y', true));
    expect(load.cacheDir({ PARINDEX_COMPILE_CACHE: ' /x/y ' })).toEqual(at('/x/y', true));
    // not an absolute path: it would make folders wherever a run starts (a `~` is not expanded from a service file)
    for (const off of ['off', '0', 'FALSE', 'no ', 'rel', '~/.cache/parindex', './c']) expect(load.cacheDir({ PARINDEX_COMPILE_CACHE: off }), off).toBeUndefined();
    expect(load.cacheDir({ TMPDIR: '/t' }, 1000, 'linux')).toEqual(at(join('/t', 'parindex-compile-cache-1000'), false));
    expect(load.cacheDir({ TMPDIR: 'relative' }, 1000, 'linux')).toEqual(at('/tmp/parindex-compile-cache-1000', false));
    expect(load.cacheDir({}, 1000, 'linux')).toEqual(at('/tmp/parindex-compile-cache-1000', false));
    expect(load.cacheDir({ LOCALAPPDATA: '/Users/x/AppData/Local', TEMP: '/Windows/Temp' }, undefined, 'win32')).toEqual(at(join('/Users/x/AppData/Local', 'parindex', 'compile-cache'), true));
    expect(load.cacheKey(['score', 'a.xlsx'])).toBe('score');
    expect(load.cacheKey(['--lang', 'vi', 'validate', 'a.xlsx'])).toBe('validate');
    expect(load.cacheKey(['score', '--help'])).toBe('help');
    expect(load.cacheKey(['score', 'help'])).toBe('score');
    expect(load.cacheKey(['../../etc/x'])).toBe('other');
    expect(load.cacheKey([])).toBe('help');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === undefined)('refuses a folder others can write to, a link, or one not the user\'s', () => {
    const open = join(dir, 'open');
    mkdirSync(open, { mode: 0o777 });
    chmodSync(open, 0o777);
    expect(load.trustedDir(open)).toBe(false);
    const mine = join(dir, 'mine');
    expect(load.trustedDir(mine)).toBe(true);
    expect(statSync(mine).mode & 0o777).toBe(0o700);
    expect(load.trustedDir(mine, (process.getuid?.() ?? 0) + 1)).toBe(false);
    symlinkSync(mine, join(dir, 'link'));
    expect(load.trustedDir(join(dir, 'link'))).toBe(false);
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    expect(load.trustedDir(join(dir, 'dangling'))).toBe(false);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    for (const where of [open, join(dir, 'link'), join(dir, 'dangling')])
      expect(load.loadBundle(bundle, { args: ['score'], env: { PARINDEX_COMPILE_CACHE: where } }).cache, where).toBe('off');
    expect(readdirSync(open)).toEqual([]);
    expect(readdirSync(mine)).toEqual([]);
    // the default folder is made only where the temporary folder is: no folders above it
    expect(load.loadBundle(bundle, { args: ['score'], env: { TMPDIR: join(dir, 'no-such-tmp') } }).cache).toBe('off');
    expect(existsSync(join(dir, 'no-such-tmp'))).toBe(false);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === undefined)('on Node 22.1 and later, hands Node its own cache only in a folder it trusts', () => {
    const nodeModule = createRequire(import.meta.url)('node:module') as { enableCompileCache?: (dir: string) => unknown };
    const had = Object.getOwnPropertyDescriptor(nodeModule, 'enableCompileCache');
    const given: string[] = [];
    nodeModule.enableCompileCache = (d: string) => given.push(d);
    try {
      const open = join(dir, 'open22');
      mkdirSync(open, { mode: 0o777 });
      chmodSync(open, 0o777);
      expect(load.loadBundle(bundle, { args: ['score'], env: { PARINDEX_COMPILE_CACHE: open } }).cache).toBe('off');
      const mine = join(dir, 'mine22');
      expect(load.loadBundle(bundle, { args: ['score'], env: { PARINDEX_COMPILE_CACHE: mine } }).cache).toBe('node');
      expect(given).toEqual([mine]);
    } finally {
      if (had) Object.defineProperty(nodeModule, 'enableCompileCache', had);
      else delete nodeModule.enableCompileCache;
    }
  });

  // Each load in a process of its own: V8 keeps what it compiled in a process, whatever cache it is given.
  const loadIn = (env: NodeJS.ProcessEnv, args: string[], exit: number, file = bundle): string => {
    const script = `const r = require(${JSON.stringify(join(repoRoot, 'bin/load.cjs'))}).loadBundle(${JSON.stringify(file)}, { args: ${JSON.stringify(args)}, env: process.env });` +
      `if (typeof r.exports.run !== 'function') throw new Error('no run'); r.save(${exit}); process.stdout.write(r.cache);`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env }, timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return r.stdout;
  };

  it('a run compiles and saves; the next run of that command uses it; a damaged cache is replaced, not run', () => {
    const cacheDir = join(dir, 'c');
    const env = { PARINDEX_COMPILE_CACHE: cacheDir };
    // a run that stopped on bad input (exit 2) saves nothing: it compiled little of the command
    expect(loadIn(env, ['score', 'x'], 2)).toBe('compiled');
    expect(readdirSync(cacheDir)).toEqual([]);
    expect(loadIn(env, ['score', 'x'], 0)).toBe('compiled');
    const [score] = readdirSync(cacheDir);
    expect(score).toMatch(new RegExp(`^parindex-[0-9a-z]+-[0-9a-f]{32}-[0-9a-z]+-[0-9a-z]+-score${suffix.replace(/\./g, '\\.')}$`));
    expect(loadIn(env, ['score', 'y'], 0)).toBe('used');
    expect(loadIn(env, ['validate'], 1)).toBe('compiled');
    expect(readdirSync(cacheDir).sort()).toEqual([score, score!.replace('-score-', '-validate-')]);
    // bytes flipped inside the cache, its header kept: V8 would crash reading it, unless told to check its checksum
    const data = readFileSync(join(cacheDir, score!));
    for (let i = 2000; i < 4000; i++) data[i] = data[i]! ^ 0x5a;
    writeFileSync(join(cacheDir, score!), data);
    expect(loadIn(env, ['score'], 0)).toBe('compiled');
    expect(loadIn(env, ['score'], 0)).toBe('used');
    // three bits flipped anywhere past the header (seeded): each was a crash, a hang or a wrong result unchecked
    const good = readFileSync(join(cacheDir, score!));
    let seed = 7;
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let k = 0; k < 2; k++) {
      const bad = Buffer.from(good);
      for (let j = 0; j < 3; j++) { const i = 64 + random(bad.length - 64); bad[i] = bad[i]! ^ (1 << random(8)); }
      writeFileSync(join(cacheDir, score!), bad);
      expect(loadIn(env, ['score'], 0), `flips ${k}`).toBe('compiled');
    }
    expect(loadIn(env, ['score'], 0)).toBe('used');
    // in its place a FIFO (opening it would wait for a writer) or a link to /dev/zero (endless): not read, replaced
    for (const make of [(p: string) => spawnSync('mkfifo', [p]), (p: string) => symlinkSync('/dev/zero', p)]) {
      rmSync(join(cacheDir, score!));
      make(join(cacheDir, score!));
      expect(loadIn(env, ['score'], 0)).toBe('compiled');
      expect(statSync(join(cacheDir, score!)).isFile()).toBe(true);
    }
    expect(loadIn({ PARINDEX_COMPILE_CACHE: 'off' }, ['score'], 0)).toBe('off');
  });

  it('a save removes the install\'s other builds and what is old, and leaves other installs\' caches', () => {
    const cacheDir = join(dir, 'prune');
    const env = { PARINDEX_COMPILE_CACHE: cacheDir };
    expect(loadIn(env, ['score'], 0)).toBe('compiled');
    const [score] = readdirSync(cacheDir);
    const install = score!.split('-').slice(0, 2).join('-');
    const planted = {
      otherBuild: `${install}-0123456789abcdef0123456789abcdef-1-1-score${suffix}`,
      otherBuildPartial: `${install}-0123456789abcdef0123456789abcdef-1-1-score${suffix}.42-1.tmp`,
      otherInstall: `parindex-zzz-0123456789abcdef0123456789abcdef-1-1-score${suffix}`,
      oldOtherInstall: `parindex-yyy-0123456789abcdef0123456789abcdef-1-1-score${suffix}`,
      helpBundle: `help-zzz-0123456789abcdef0123456789abcdef-1-1-help${suffix}`,
      notOurs: 'notes.txt',
    };
    for (const name of Object.values(planted)) writeFileSync(join(cacheDir, name), 'x');
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    utimesSync(join(cacheDir, planted.oldOtherInstall), longAgo, longAgo);
    expect(loadIn(env, ['validate'], 0)).toBe('compiled');
    expect(readdirSync(cacheDir).sort()).toEqual([planted.helpBundle, planted.notOurs, planted.otherInstall, score, score!.replace('-score-', '-validate-')].sort());
  });

  it('an edited bundle never runs the code cached for it before the edit', () => {
    const copy = join(dir, 'edited');
    for (const d of ['bin', 'dist']) mkdirSync(join(copy, d), { recursive: true });
    for (const f of ['bin/parindex.cjs', 'bin/load.cjs', 'dist/parindex.cjs', 'dist/help.cjs']) writeFileSync(join(copy, f), readFileSync(join(repoRoot, f)));
    const env = { ...process.env, PARINDEX_COMPILE_CACHE: join(dir, 'edited-cache'), NODE_PATH: join(repoRoot, 'node_modules') };
    const scoreIt = () => spawnSync(process.execPath, [join(copy, 'bin/parindex.cjs'), 'score', 'fixtures/demo/xa.csv', '-c', 'fixtures/demo/criteria-xa.json'], { cwd: repoRoot, encoding: 'utf8', env, timeout: 60_000 });
    const before = scoreIt();
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('Appraisal');
    // the same length, the same build line: only the bytes (and the time they were written) change
    const text = readFileSync(join(copy, 'dist/parindex.cjs'), 'latin1');
    expect(text).toContain('en:"Appraisal"');
    writeFileSync(join(copy, 'dist/parindex.cjs'), text.replace('en:"Appraisal"', 'en:"APPRAISAL"'), 'latin1');
    const after = scoreIt();
    expect(after.status).toBe(0);
    expect(after.stdout).toContain('APPRAISAL');
    expect(after.stdout).not.toContain('Appraisal');
  });

  it('a copy with no bundle says what to do, in one line', () => {
    const copy = join(dir, 'no-bundle');
    mkdirSync(join(copy, 'bin'), { recursive: true });
    for (const f of ['parindex.cjs', 'load.cjs']) writeFileSync(join(copy, 'bin', f), readFileSync(join(repoRoot, 'bin', f)));
    for (const args of [['--help'], ['score', 'x.xlsx', '-c', 'y.json']]) {
      const r = spawnSync(process.execPath, [join(copy, 'bin', 'parindex.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, PARINDEX_COMPILE_CACHE: join(dir, 'nb-cache') }, timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^parindex: \S+[\\/]dist[\\/]parindex\.cjs is missing: in a clone run `npm ci` \(or `npm run build`\) first, or install parindex again\n$/);
    }
    // the whole bundle prints the help where the help's own is missing
    mkdirSync(join(copy, 'dist'));
    writeFileSync(join(copy, 'dist', 'parindex.cjs'), readFileSync(bundle));
    const help = spawnSync(process.execPath, [join(copy, 'bin', 'parindex.cjs'), 'score', '--help'], { encoding: 'utf8', env: { ...process.env, PARINDEX_COMPILE_CACHE: 'off' }, timeout: 60_000 });
    expect([help.status, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: parindex score /);
  });

  it('a real run gives the same output with the cache as without it, saves it once and uses it', () => {
    const cacheDir = join(dir, 'real');
    const args = [bin, 'score', 'fixtures/demo/xa.xlsx', '-c', 'fixtures/demo/criteria-xa.json', '--format', 'csv'];
    const runWith = (value: string) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, PARINDEX_COMPILE_CACHE: value }, timeout: 60_000 });
    const off = runWith('off');
    expect(off.status).toBe(0);
    expect(off.stdout).toContain('Xã Minh Sơn');
    const compiled = runWith(cacheDir);
    const saved = readdirSync(cacheDir).filter((f) => f.includes('-score-'));
    expect(saved).toHaveLength(1);
    const st = statSync(join(cacheDir, saved[0]!));
    const used = runWith(cacheDir);
    // used, not compiled and saved again: the same file, untouched
    const again = statSync(join(cacheDir, saved[0]!));
    expect([again.ino, again.mtimeMs]).toEqual([st.ino, st.mtimeMs]);
    expect([compiled.status, used.status]).toEqual([0, 0]);
    for (const r of [compiled, used]) {
      expect(r.stdout).toBe(off.stdout);
      expect(r.stderr).toBe(off.stderr);
    }
  });
});

describe('the help bundle (dist/help.cjs): what help and version run', () => {
  const load = createRequire(import.meta.url)(join(repoRoot, 'bin/load.cjs')) as {
    helpOnly(args: string[]): boolean;
    loadBundle(bundle: string, o: { args: string[]; env: NodeJS.ProcessEnv }): { exports: { run: typeof run } };
  };
  const split = (line: string): string[] => (line === '' ? [] : line.split(' '));

  it('takes only arguments that can do nothing but print', () => {
    for (const line of ['', '--help', '-h', 'help', '--version', '-V', 'score --help', 'validate -h', 'help score', 'criteria check --help', '--lang vi --help', 'score --help --lang=vi', '--lang en'])
      expect(load.helpOnly(split(line)), line).toBe(true);
    // an option's value, a file, two commands, a language that is not one: the whole bundle
    for (const line of ['score x.xlsx --help', 'score --title -h', 'score -c --help', '--lang --help', '--lang fr --help', 'help criteria check', 'criteria check x.json --help', '-h -h -h -h', 'score ../x --help', 'score', 'template'])
      expect(load.helpOnly(split(line)), line).toBe(false);
  });

  it('prints what the whole command line prints, for every command and in both languages', async () => {
    assertBuilt();
    const help = load.loadBundle(join(repoRoot, 'dist/help.cjs'), { args: [], env: { PARINDEX_COMPILE_CACHE: 'off' } }).exports;
    const commands = ['score', 'validate', 'criteria', 'template', 'compare', 'survey', 'sensitivity', 'whatif', 'explain', 'verify', 'nosuch'];
    const lines = ['', '--help', 'help', '--version', ...commands.map((c) => `${c} --help`), 'help score', 'criteria check -h', 'criteria import --help', 'criteria export --help'];
    expect(lines.every((l) => load.helpOnly(split(l)))).toBe(true);
    const printed: string[] = [];
    for (const line of lines.flatMap((l) => [l, `${l} --lang vi`.trim()])) {
      const io = () => memoryIO({ cwd: repoRoot, env: environment() });
      const [a, b] = [io(), io()];
      const status = [await help.run(split(line), a), await run(split(line), b)];
      expect(status[0], line).toBe(status[1]);
      expect(a.out(), line).toBe(b.out());
      expect(a.err(), line).toBe(b.err());
      printed.push(a.out());
    }
    // not vacuous: the help of each command, in English and in Vietnamese, and the version
    for (const c of commands.slice(0, -1)) expect(printed.some((o) => o.startsWith(`Usage: parindex ${c} `)), c).toBe(true);
    expect(printed.filter((o) => o.startsWith('Cách dùng: parindex')).length).toBeGreaterThan(commands.length);
    expect(printed).toContain('0.1.0\n'.replace('0.1.0', (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version));
  });

  it('is what a real run of --help loads, required with no cache (it compiles as fast as one is read)', () => {
    const cacheDir = join(tmpdir(), `parindex-help-test-${process.pid}`);
    const hook = 'data:text/javascript,import{createRequire}from"node:module";const r=createRequire(process.cwd()+"/");process.on("exit",()=>process.stderr.write("\\n@@"+JSON.stringify(Object.keys(r.cache))))';
    try {
      const r = spawnSync(process.execPath, ['--import', hook, bin, 'score', '--help', '--lang', 'vi'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, PARINDEX_COMPILE_CACHE: cacheDir }, timeout: 60_000 });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Cách dùng: parindex score');
      const required = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('\n@@') + 3)) as string[];
      expect(required).toContain(join(repoRoot, 'dist', 'help.cjs'));
      expect(required).not.toContain(join(repoRoot, 'dist', 'parindex.cjs'));
      expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('has none of the commands\' work', () => {
    const text = readFileSync(join(repoRoot, 'dist/help.cjs'), 'latin1');
    expect(text.length).toBeLessThan(STATIC_BOUND);
    expect(text).not.toContain('exceljs');
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
// Node's own modules (process.moduleLoadList) and the CommonJS modules loaded (exceljs is one; the bundle is compiled by
// bin/load.cjs, and only required when there is no cache).
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
    // the bin's two files, and the bundle where it is required (no cache): no library
    expect(run.cjs.filter((f) => !f.startsWith(join(repoRoot, 'bin')) && !f.startsWith(join(repoRoot, 'dist')))).toEqual([]);
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
