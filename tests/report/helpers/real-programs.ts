/**
 * Real programs a test drives (LibreOffice, poppler). A missing one fails the test run when
 * PARINDEX_REAL_PROGRAMS=required (CI installs them); otherwise the check that needs it is skipped with a loud
 * warning. To be unified with tests/helpers/real-programs.ts.
 */
import { spawnSync } from 'node:child_process';

/** Whether `program` is on the PATH. */
export function hasProgram(program: string): boolean {
  const r = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { encoding: 'utf8', timeout: 60_000 });
  return r.error === undefined && r.status === 0 && r.stdout.trim() !== '';
}

/** The programs of `programs` that are missing; throws when they are required. */
export function missingPrograms(programs: readonly string[]): string[] {
  const missing = programs.filter((p) => !hasProgram(p));
  if (missing.length === 0) return [];
  const what = `${missing.join(', ')} not found`;
  if (process.env.PARINDEX_REAL_PROGRAMS === 'required') throw new Error(`${what}, and PARINDEX_REAL_PROGRAMS=required`);
  console.warn(`\n!!! ${what}: the check by the real program is SKIPPED (set PARINDEX_REAL_PROGRAMS=required to fail instead) !!!\n`);
  return missing;
}

/** Runs a program; throws with its output when it fails. */
export function run(program: string, args: readonly string[], timeout = 180_000): string {
  const r = spawnSync(program, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${program} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}
