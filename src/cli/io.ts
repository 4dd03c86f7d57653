/** The only module that touches the process: files, streams, environment. Commands receive a CliIO. */
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { say } from './messages.js';

export const ExitCode = { ok: 0, problems: 1, cannotRun: 2 } as const;

export type Output = string | Uint8Array | Iterable<string>;

export interface CliIO {
  readonly stdout: (text: string) => void;
  /** Writes text or bytes to stdout, waiting whenever the reader is slower than the writer */
  readonly stdoutAll: (out: Output) => Promise<void>;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one */
  readonly stdoutColumns?: number;
  readonly stderrIsTTY: boolean;
}

export function processIO(): CliIO {
  // A reader that stops early (`parindex … | head`) closes the pipe: that is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Output that cannot be written (a full disk): one line, exit 2, no stack trace.
      if (stream !== process.stderr) process.stderr.write(`parindex: ${e.message}\n`);
      process.exit(ExitCode.cannotRun);
    });
  return {
    stdout: (t) => process.stdout.write(t),
    stdoutAll: (out) => writeAll(process.stdout, out),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

function* piecesOf(out: Output): Generator<string | Uint8Array> {
  if (typeof out === 'string' || out instanceof Uint8Array) yield out;
  else yield* out;
}

/** Writes every piece, respecting back-pressure, so a large report never piles up in memory. */
async function writeAll(stream: NodeJS.WritableStream, out: Output): Promise<void> {
  let batch = '';
  for (const piece of piecesOf(out)) {
    if (typeof piece === 'string') {
      batch += piece;
      if (batch.length < 65_536) continue;
      await writeChunk(stream, batch);
      batch = '';
    } else {
      if (batch !== '') await writeChunk(stream, batch);
      batch = '';
      await writeChunk(stream, piece);
    }
  }
  if (batch !== '') await writeChunk(stream, batch);
}

function writeChunk(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (e: Error): void => reject(e);
    stream.once('error', fail);
    const settle = (): void => {
      stream.off('error', fail);
      resolve();
    };
    if (stream.write(chunk)) settle();
    else stream.once('drain', settle);
  });
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
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return say('noSuchFile', lang);
    case 'EISDIR':
      return say('isFolder', lang);
    case 'EEXIST':
      return say('fileWhereFolder', lang);
    case 'ENOTDIR':
      return say('pathPartIsFile', lang);
    case 'EACCES':
    case 'EPERM':
      return say('permissionDenied', lang);
    default:
      return (e as Error).message;
  }
}

export async function readInput(io: CliIO, file: string, what: string, lang: 'vi' | 'en'): Promise<Buffer> {
  try {
    return await fs.readFile(path.resolve(io.cwd, file));
  } catch (e) {
    throw new CannotRun(say('cannotRead', lang, what, file, describeFsError(e, lang)));
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
export async function writeOutputAtomic(io: CliIO, file: string, data: Output, inputs: readonly string[], lang: 'vi' | 'en'): Promise<void> {
  const target = path.resolve(io.cwd, file);
  for (const input of inputs) {
    if (path.resolve(io.cwd, input) === target)
      throw new CannotRun(say('refuseOverwrite', lang, file));
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    const stream = createWriteStream(tmp);
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    await writeAll(stream, data);
    stream.end();
    await done;
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CannotRun(say('cannotWrite', lang, file, describeFsError(e, lang)));
  }
}
