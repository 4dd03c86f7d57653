/**
 * Issue 8 #24: the package ships the built bundle, so installing it needs no build tools. The test packs the
 * package as `npm pack` does, checks the file list, and runs the packed bin from an extracted copy outside the
 * repository. (Installing the tarball into a prefix needs the dependencies from the registry or a warm npm cache;
 * the test must run offline, so the copy borrows the repository's node_modules instead.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../helpers/fixtures.js';
import { assertBuilt } from './process.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
let dir: string;
let files: string[];

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'parindex-pack-'));
  // --ignore-scripts: `npm test` has just built the bundle; prepack would rebuild it with tsc
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: repoRoot, encoding: 'utf8' });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  files = (info?.files ?? []).map((f) => f.path).sort();
  execFileSync('tar', ['-xzf', join(dir, info?.filename ?? ''), '-C', dir]);
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'package', 'node_modules'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds the bin, the bundle with its hash and the schemas; no sources or tests', () => {
    for (const f of ['bin/parindex.cjs', 'bin/load.cjs', 'dist/parindex.cjs', 'dist/help.cjs', 'dist/read-worker.cjs', 'schemas/criteria-set.schema.json']) expect(files).toContain(f);
    expect(files.filter((f) => /^(src|tests|fixtures|scripts)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/chunks/'))).toEqual([]);
    // the bundle requires no file of ours but its reading threads' script, which is packed beside it
    const bundle = readFileSync(join(dir, 'package', 'dist', 'parindex.cjs'), 'latin1');
    expect([...bundle.matchAll(/require\("(\.[^"]+)"\)/g)]).toEqual([]);
    expect(bundle).toContain('read-worker.cjs');
  });

  it('needs no build tools when installed: the bundle is built before packing, not on install', () => {
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.scripts.prepare ?? '').not.toMatch(/\btsc\b|npm run build/);
    expect(pkg.bin.parindex).toBe('bin/parindex.cjs');
  });

  it('runs from the extracted copy, outside the repository: --version, and a workbook scored', () => {
    const bin = join(dir, 'package', 'bin', 'parindex.cjs');
    // the extracted copy is a new install each time: its compiled code is kept with it, and goes with it
    const cache = { PARINDEX_COMPILE_CACHE: join(dir, 'compile-cache') };
    const version = spawnSync(process.execPath, [bin, '--version'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...cache } });
    expect(version.stdout).toBe(`${pkg.version}\n`);
    expect(version.status).toBe(0);
    const scored = spawnSync(process.execPath, [bin, 'score', fixturePath('score', 'valid.xlsx'), '-c', fixturePath('score', 'criteria-mini.json'), '--format', 'csv'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...cache, NO_COLOR: '1', LANG: 'C' },
    });
    expect(scored.stderr).toBe('');
    expect(scored.status).toBe(0);
    expect(scored.stdout.split('\r\n')[1]).toBe('1,Xã,27016,Xã Mỹ Đức,9.00,4.70,2.70,13.70,2.70,0.30,0.00,16.70,20.00,83.50,Tốt,,ranked,0,');
  });
});
