/**
 * Runs the built CLI (`node bin/parindex.js`, over dist/) as a user would, and captures what it prints.
 * `npm test` builds before vitest runs; a missing or stale dist/ fails here with the command to run, rather than
 * as a puzzling difference in the output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers/fixtures.js';

export const bin = join(repoRoot, 'bin', 'parindex.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd?: string;
  /** Variables to set (undefined removes one) on top of the test environment */
  readonly env?: Record<string, string | undefined>;
}

/** The environment of a run: no colour, an English locale, nothing inherited that changes either. */
function environment(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'C' };
  for (const key of ['LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'PARINDEX_DEBUG']) delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function parindex(args: readonly string[], options: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: environment(options.env ?? {}),
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

/**
 * Throws unless dist/ holds a build at least as new as every source file. The bundle that bin/parindex.js loads is
 * what is checked: `tsc` alone refreshes dist/cli/ but leaves the bundle as it was.
 */
export function assertBuilt(): void {
  const bundle = join(repoRoot, 'dist', 'parindex.mjs');
  if (!existsSync(bundle)) throw new Error('dist/ is missing: run `npm run build` (npm test does) before the end-to-end tests');
  const src = newest(join(repoRoot, 'src'), '.ts');
  const built = statSync(bundle).mtimeMs;
  if (src.mtime > built)
    throw new Error(`dist/ is older than ${relative(repoRoot, src.file)}: run \`npm run build\` (npm test does) before the end-to-end tests`);
}

/** An ANSI escape sequence (colour) anywhere in the text. */
export const ANSI = /\u001b\[/;

/** A line of a JavaScript stack trace. */
export const STACK_FRAME = /^\s+at /m;
