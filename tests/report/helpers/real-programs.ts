/**
 * Programs a test drives for real (Chromium, pdfinfo). Where one is missing the check is skipped with a loud
 * warning, unless PARINDEX_REAL_PROGRAMS=required (CI), where it fails. A shared helper may replace this one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const realProgramsRequired = (): boolean => process.env.PARINDEX_REAL_PROGRAMS === 'required';

/** The path of the first program found, or undefined (after a warning, or an error when they are required). */
export function findProgram(what: string, candidates: readonly string[]): string | undefined {
  for (const c of candidates) {
    if (c.includes('/') ? existsSync(c) : onPath(c)) return c;
  }
  const message = `${what} not found (tried ${candidates.join(', ')})`;
  if (realProgramsRequired()) throw new Error(`${message}, and PARINDEX_REAL_PROGRAMS=required`);
  console.warn(`\n!!! ${message}: the check that needs it is SKIPPED. Install it, or set PARINDEX_REAL_PROGRAMS=required to fail.\n`);
  return undefined;
}

function onPath(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
