/**
 * Programs a test needs from the machine (LibreOffice). Absent: the test fails when PARINDEX_REAL_PROGRAMS=required,
 * otherwise it says so loudly and skips only that check. (A shared helper with the same behaviour is planned in
 * tests/helpers/real-programs.ts; this local one is to be merged into it.)
 */
import { spawnSync } from 'node:child_process';

export function findProgram(name: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = r.stdout.trim();
  return r.status === 0 && path !== '' ? path : undefined;
}

/** The program's path, or undefined after a loud warning; throws when real programs are required. */
export function needProgram(name: string, check: string, install: string): string | undefined {
  const found = findProgram(name);
  if (found) return found;
  const message = `${name} is not installed, so this check cannot run: ${check}. Install it with: ${install}`;
  if (process.env.PARINDEX_REAL_PROGRAMS === 'required') throw new Error(`${message} (PARINDEX_REAL_PROGRAMS=required)`);
  console.warn(`\n${'!'.repeat(100)}\nWARNING — SKIPPED CHECK: ${message}\nSet PARINDEX_REAL_PROGRAMS=required to make this a failure.\n${'!'.repeat(100)}\n`);
  return undefined;
}
