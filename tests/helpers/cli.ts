/**
 * Runs the command line inside the test process — `run(argv, memoryIO(…))` — and captures what it prints, as a
 * user would see it from a shell. The handful of tests that need a real process use tests/cli/process.ts.
 */
import { run } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/memory-io.js';
import { repoRoot } from './fixtures.js';

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout as bytes (an XLSX report) */
  readonly stdoutBytes: Buffer;
}

export interface CliOptions {
  readonly cwd?: string;
  /** Variables to set (undefined removes one) on top of the test environment: NO_COLOR=1, LANG=C */
  readonly env?: Record<string, string | undefined>;
  readonly stdin?: string | Uint8Array;
  readonly stdoutIsTTY?: boolean;
  readonly inputCap?: { readonly criteria: number; readonly sheet: number };
}

/** The environment of a run: no colour, an English locale, nothing inherited that changes either. */
export function environment(extra: Record<string, string | undefined> = {}, base: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, NO_COLOR: '1', LANG: 'C' };
  for (const key of ['LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'PARINDEX_DEBUG']) delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export async function parindex(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const io = memoryIO({
    cwd: options.cwd ?? repoRoot,
    env: environment(options.env),
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
    ...(options.stdoutIsTTY !== undefined ? { stdoutIsTTY: options.stdoutIsTTY } : {}),
    ...(options.inputCap !== undefined ? { inputCap: options.inputCap } : {}),
  });
  const status = await run(args, io);
  return { status, stdout: io.out(), stderr: io.err(), stdoutBytes: io.outBytes() };
}

/** The non-empty lines of a text. */
export const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

/** An ANSI escape sequence (colour) anywhere in the text. */
export const ANSI = /\u001b\[/;

/** A line of a JavaScript stack trace. */
export const STACK_FRAME = /^\s+at /m;
