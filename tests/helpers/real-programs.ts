/**
 * Tests that drive real programs (LibreOffice, pdftotext, Chromium) ask here whether the program is installed.
 * With PARINDEX_REAL_PROGRAMS=required (CI: .ci/run) a missing program fails the test; otherwise the check is
 * passed over and said loudly, once per program, on stderr — never silently.
 */
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

/** The programs the tests know, with the commands that may provide each and the Debian package to install. */
export const REAL_PROGRAMS = {
  libreoffice: { commands: ['soffice', 'libreoffice'], apt: 'libreoffice-calc-nogui' },
  pdftotext: { commands: ['pdftotext'], apt: 'poppler-utils' },
  pdfinfo: { commands: ['pdfinfo'], apt: 'poppler-utils' },
  chromium: { commands: ['chromium', 'chromium-browser', 'google-chrome'], apt: 'chromium' },
} as const;

export type RealProgram = keyof typeof REAL_PROGRAMS;

const found = new Map<string, string | undefined>();
/** Warned once per program and PATH: the test workers keep this module from one test file to the next. */
const warned = new Set<string>();

/** The full path of the command that runs the program on this machine, if any (looked up once per test file). */
export function commandFor(program: RealProgram, path = process.env.PATH ?? ''): string | undefined {
  const key = `${program}\0${path}`;
  if (!found.has(key)) {
    let command: string | undefined;
    for (const c of REAL_PROGRAMS[program].commands) {
      const r = spawnSync('/bin/sh', ['-c', `command -v ${c}`], { env: { PATH: path }, encoding: 'utf8' });
      if (r.status === 0 && r.stdout.trim() !== '') {
        command = r.stdout.trim();
        break;
      }
    }
    found.set(key, command);
  }
  return found.get(key);
}

/**
 * Whether the test that needs `program` can run. Missing: under PARINDEX_REAL_PROGRAMS=required the test fails
 * here; otherwise a warning names the program, the package that provides it and the check not made.
 */
export function realProgram(program: RealProgram, check: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const command = commandFor(program, env.PATH ?? '');
  if (command) return command;
  const { apt } = REAL_PROGRAMS[program];
  const why = `${program} is not installed (apt-get install ${apt}): ${check}`;
  if (env.PARINDEX_REAL_PROGRAMS === 'required') expect.fail(`PARINDEX_REAL_PROGRAMS=required but ${why}`);
  const once = `${program}\0${env.PATH ?? ''}`;
  if (!warned.has(once)) {
    warned.add(once);
    console.warn(`\n!!! NOT CHECKED — ${why}. Install it (see README, "Running the tests") or set PARINDEX_REAL_PROGRAMS=required to make this an error.\n`);
  }
  return undefined;
}

/** Runs a program found above; throws with its output when it fails. */
export function runProgram(command: string, args: readonly string[], timeout = 180_000): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}
