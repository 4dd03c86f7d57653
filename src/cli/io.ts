/** The only module that touches the process: files, streams, environment. Commands receive a CliIO. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';

export const ExitCode = { ok: 0, problems: 1, cannotRun: 2 } as const;

export interface CliIO {
  readonly stdout: (text: string) => void;
  /** Raw bytes to stdout (XLSX piped out) */
  readonly stdoutBytes: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

export function processIO(): CliIO {
  // A reader that stops early (`parindex … | head`) closes the pipe: that is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  return {
    stdout: (t) => process.stdout.write(t),
    stdoutBytes: (b) => process.stdout.write(b),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** A run that cannot happen (bad usage, unreadable file): one line to stderr, exit 2. */
export class CannotRun extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CannotRun';
  }
}

/** Colour for a stream: off with --no-color or NO_COLOR, forced with FORCE_COLOR, else only on a terminal. */
export function chalkFor(io: CliIO, stream: 'stdout' | 'stderr', colorOption: boolean | undefined): ChalkInstance {
  const env = io.env;
  let level: 0 | 1 | 2 | 3 = (stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY) ? 1 : 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') {
    const n = Number(env.FORCE_COLOR);
    level = n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if ((env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.FORCE_COLOR === '0' || colorOption === false) level = 0;
  return new Chalk({ level });
}

function describeFsError(e: unknown, lang: 'vi' | 'en'): string {
  const code = (e as NodeJS.ErrnoException).code;
  const vi = lang === 'vi';
  switch (code) {
    case 'ENOENT':
      return vi ? 'không có tệp này' : 'no such file';
    case 'EISDIR':
      return vi ? 'đây là thư mục, không phải tệp' : 'is a folder, not a file';
    case 'ENOTDIR':
      return vi ? 'một phần của đường dẫn là tệp, không phải thư mục' : 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return vi ? 'không có quyền đọc' : 'permission denied';
    default:
      return (e as Error).message;
  }
}

export async function readInput(io: CliIO, file: string, what: string, lang: 'vi' | 'en'): Promise<Buffer> {
  try {
    return await fs.readFile(path.resolve(io.cwd, file));
  } catch (e) {
    throw new CannotRun(`${lang === 'vi' ? 'không đọc được' : 'cannot read'} ${what} '${file}': ${describeFsError(e, lang)}`);
  }
}

export async function statInput(io: CliIO, file: string): Promise<import('node:fs').Stats | undefined> {
  try {
    return await fs.stat(path.resolve(io.cwd, file));
  } catch {
    return undefined;
  }
}

/**
 * Writes a file whole or not at all: a temporary file beside it, then a rename. Refuses to overwrite any of
 * `inputs` (the user's own files).
 */
export async function writeOutputAtomic(io: CliIO, file: string, data: string | Uint8Array, inputs: readonly string[], lang: 'vi' | 'en'): Promise<void> {
  const target = path.resolve(io.cwd, file);
  for (const input of inputs) {
    if (path.resolve(io.cwd, input) === target)
      throw new CannotRun(
        lang === 'vi' ? `từ chối ghi đè tệp đầu vào '${file}'` : `refusing to overwrite the input file '${file}'`,
      );
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CannotRun(`${lang === 'vi' ? 'không ghi được' : 'cannot write'} '${file}': ${describeFsError(e, lang)}`);
  }
}
