/**
 * A scenario is a command line, what it is given (files, stdin, environment) and what it must do: its transcript —
 * the command, the exit code, stdout and stderr — is a golden file under fixtures/scenarios/ that a reviewer reads
 * as a terminal session. `UPDATE_GOLDEN=1 npx vitest run tests/scenarios` accepts the current transcripts.
 */
import { expect } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { parindex, STACK_FRAME, type CliOptions, type CliRun } from '../helpers/cli.js';

export interface Scenario extends CliOptions {
  /** Also the golden file's name: fixtures/scenarios/<name>.txt */
  readonly name: string;
  readonly argv: readonly string[];
  /** The exit code it must end with (also in the transcript; stated here so the table reads on its own) */
  readonly exit: 0 | 1 | 2;
}

const quote = (arg: string): string => (arg === '' ? "''" : /^[\w./:=@%+-]+$/u.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`);

export function transcript(s: Scenario, r: CliRun): string {
  const env = Object.entries(s.env ?? {})
    .map(([k, v]) => `${k}=${v ?? ''} `)
    .join('');
  const stdin = s.stdin !== undefined ? ` < (${Buffer.byteLength(s.stdin)} bytes on stdin)` : '';
  return `$ ${env}parindex ${s.argv.map(quote).join(' ')}${stdin}\nexit ${r.status}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

/** Runs a scenario in process and checks it against its transcript, and what holds for every run. */
export async function playScenario(s: Scenario): Promise<CliRun> {
  const r = await parindex(s.argv, s);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toContain('internal error');
  if (r.status === 2) expect(r.stdout).toBe('');
  expectGolden(transcript(s, r), 'scenarios', `${s.name}.txt`);
  expect(r.status, r.stderr).toBe(s.exit);
  return r;
}
