/**
 * The few tests that need a real process run the built CLI (`node bin/parindex.cjs`, over dist/). `npm test` builds
 * before vitest runs; a missing or stale dist/ fails here with the command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { environment } from '../helpers/cli.js';
import { repoRoot } from '../helpers/fixtures.js';

export const bin = join(repoRoot, 'bin', 'parindex.cjs');

export interface ProcessRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a shell command line (pipes, process substitution) in the repository, `$PARINDEX` being the built CLI. */
export function shell(script: string, env: Record<string, string | undefined> = {}): ProcessRun {
  const r = spawnSync('bash', ['-c', `set -o pipefail; ${script}`], {
    cwd: repoRoot,
    env: environment({ PARINDEX: `${process.execPath} ${bin}`, ...env }, process.env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function newest(dir: string, ext: string): { file: string; mtime: number } {
  let best = { file: '', mtime: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    const found = entry.isDirectory() ? newest(p, ext) : entry.name.endsWith(ext) ? { file: p, mtime: statSync(p).mtimeMs } : best;
    if (found.mtime > best.mtime) best = found;
  }
  return best;
}

/** Throws unless dist/ holds a bundle at least as new as every source file (`tsc` alone leaves the bundle as it was). */
export function assertBuilt(): void {
  const bundle = join(repoRoot, 'dist', 'parindex.cjs');
  if (!existsSync(bundle)) throw new Error('dist/ is missing: run `npm run build` (npm test does) before the process tests');
  const src = newest(join(repoRoot, 'src'), '.ts');
  if (src.mtime > statSync(bundle).mtimeMs)
    throw new Error(`dist/ is older than ${relative(repoRoot, src.file)}: run \`npm run build\` (npm test does) before the process tests`);
}
