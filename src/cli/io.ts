/** The only module that touches the process: streams, environment, signals. Commands receive a CliIO. */
export const ExitCode = { ok: 0, problems: 1, cannotRun: 2 } as const;

export type Output = string | Uint8Array | Iterable<string | Uint8Array>;

export interface CliIO {
  readonly stdout: (text: string) => void;
  /** Writes text or bytes to stdout, waiting whenever the reader is slower than the writer */
  readonly stdoutAll: (out: Output) => Promise<void>;
  readonly stderr: (text: string) => void;
  /** Standard input, for an input named `-` */
  readonly stdin: () => AsyncIterable<Uint8Array>;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one */
  readonly stdoutColumns?: number;
  readonly stderrIsTTY: boolean;
  /** The most bytes one input may hold, when not the defaults (INPUT_CAP in inputs.ts); tests lower them */
  readonly inputCap?: { readonly criteria: number; readonly sheet: number };
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
    stdin: () => process.stdin,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

export function* piecesOf(out: Output): Generator<string | Uint8Array> {
  if (typeof out === 'string' || out instanceof Uint8Array) yield out;
  else yield* out;
}

/** Bytes gathered before each write: large writes, one UTF-8 encoding per piece, no joined strings to collect. */
const BATCH_BYTES = 1 << 18;

/**
 * Writes every piece, respecting back-pressure, so a large report never piles up in memory. Text pieces are encoded
 * straight into a buffer of UTF-8 bytes, which the stream is handed whole (the stream keeps it: a new one follows).
 */
export async function writeAll(stream: NodeJS.WritableStream, out: Output): Promise<void> {
  let batch = Buffer.allocUnsafe(BATCH_BYTES);
  let used = 0;
  const flush = async (): Promise<void> => {
    if (used === 0) return;
    const full = batch.subarray(0, used);
    batch = Buffer.allocUnsafe(BATCH_BYTES);
    used = 0;
    await writeChunk(stream, full);
  };
  for (const piece of piecesOf(out)) {
    if (typeof piece === 'string') {
      // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a pair of them, 4).
      if (used + piece.length * 3 > BATCH_BYTES) {
        await flush();
        if (piece.length * 3 > BATCH_BYTES) {
          await writeChunk(stream, Buffer.from(piece, 'utf8'));
          continue;
        }
      }
      used += batch.write(piece, used, 'utf8');
    } else {
      await flush();
      await writeChunk(stream, piece);
    }
  }
  await flush();
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
