/** A CliIO held in memory, for running the command line inside a test: `await run(argv, io)`, then read io.out(). */
import { Readable } from 'node:stream';
import { piecesOf, type CliIO } from './io.js';

export interface MemoryIOOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** What standard input holds (empty by default) */
  readonly stdin?: string | Uint8Array;
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  readonly inputCap?: { readonly criteria: number; readonly sheet: number };
}

export interface MemoryIO extends CliIO {
  /** Everything written to stdout so far, as UTF-8 text */
  readonly out: () => string;
  /** Everything written to stdout so far, as bytes (an XLSX report) */
  readonly outBytes: () => Buffer;
  readonly err: () => string;
}

export function memoryIO(options: MemoryIOOptions = {}): MemoryIO {
  const stdout: Buffer[] = [];
  let stderr = '';
  const put = (piece: string | Uint8Array): void => {
    stdout.push(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece));
  };
  const input = options.stdin ?? '';
  return {
    stdout: put,
    stdoutAll: async (out) => {
      for (const piece of piecesOf(out)) put(piece);
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: () => Readable.from([typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input)]),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    ...(options.inputCap ? { inputCap: options.inputCap } : {}),
    out: () => Buffer.concat(stdout).toString('utf8'),
    outBytes: () => Buffer.concat(stdout),
    err: () => stderr,
  };
}
