/**
 * What the command line reads: folders walked for spreadsheets, each input read once (a pipe, a FIFO or `-` for
 * standard input as much as a file), as a stream, with a size cap, and hashed.
 */
import { closeSync, createReadStream, openSync, promises as fs, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../core/lang.js';
import { createSha256, lazySha256, sha256Hex } from '../core/sha256.js';
import type { RandomAccess } from '../sheet/types.js';
import { CannotRun, type CliIO } from './io.js';
import { describeFsError, STDIN } from './fs-errors.js';
import { say } from './messages.js';
import type { Ahead, ReadAheadPool } from './read-pool.js';

export { describeFsError, STDIN } from './fs-errors.js';

const MiB = 1024 * 1024;

/** The most bytes one input may hold; more ends the run with one line (exit 2) before memory runs out. */
export const INPUT_CAP = { criteria: 16 * MiB, sheet: 512 * MiB } as const;

/** The cap of one kind of input for this run. */
export const capOf = (io: CliIO, kind: keyof typeof INPUT_CAP): number => io.inputCap?.[kind] ?? INPUT_CAP[kind];

/** How long a FIFO may stay silent before the run says it is waiting for a writer. */
const FIFO_NOTE_AFTER_MS = 2000;

/** Workbooks above this size are streamed from disk rather than held in memory. */
const STREAM_ABOVE_BYTES = 16 * MiB;

const SHEET_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv', '.tsv']);

export interface SourceFile {
  /** The name as the user gave it (shown in locations) */
  readonly name: string;
  /** The whole file; or, when `stream` is given, its first bytes (enough to tell its type) */
  readonly bytes: Uint8Array;
  /** Reads the whole file from the start, for a large workbook on disk */
  readonly stream?: () => AsyncIterable<Uint8Array>;
  /** Positional reads, for a large workbook on disk */
  readonly random?: RandomAccess;
  /** Of every byte of the file (for a streamed CSV: known once the reader has taken it all) */
  readonly sha256: string;
  readonly size: number;
  /** A small workbook's sheets and template fingerprint, read ahead on a reading thread */
  readonly readAhead?: Ahead['readAhead'];
  readonly fingerprint?: Ahead['fingerprint'];
}

export const sha256 = sha256Hex;

/** A file read whole; its hash is made when first asked for (the terminal table never asks). */
function wholeFile(name: string, bytes: Uint8Array): SourceFile {
  const digest = lazySha256(bytes);
  return {
    name,
    bytes,
    get sha256() {
      return digest();
    },
    size: bytes.byteLength,
  };
}


export async function statInput(io: CliIO, file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(path.resolve(io.cwd, file));
  } catch {
    return undefined;
  }
}

/** Collects a stream whole, stopping with one line as soon as it holds more than `cap` bytes. */
async function collect(pieces: AsyncIterable<Uint8Array>, cap: number, tooLarge: () => CannotRun): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const piece of pieces) {
    size += piece.length;
    if (size > cap) throw tooLarge();
    chunks.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads one input whole, once: `-` is standard input; a pipe, FIFO or device is read as it comes (opening it twice
 * would find it empty); anything larger than `cap` stops the run (exit 2).
 */
export async function readSource(io: CliIO, file: string, what: string, lang: Lang, cap: number): Promise<Buffer> {
  const tooLarge = (): CannotRun => tooLargeError(file, what, lang, cap);
  if (file === STDIN) return collect(io.stdin(), cap, tooLarge);
  const full = path.resolve(io.cwd, file);
  try {
    const st = await fs.stat(full);
    if (st.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (st.isFile() && st.size > cap) throw tooLarge();
    // A FIFO nobody writes to waits, as `cat` would: after a few seconds the user is told what it waits for.
    const waiting = st.isFIFO() ? setTimeout(() => io.stderr(`parindex: ${say('waitingForWriter', lang, file)}\n`), FIFO_NOTE_AFTER_MS) : undefined;
    try {
      // A small file is read into a buffer of its size, not a 1 MiB one each (500 forms would make 500 MiB of garbage).
      const piece = st.isFile() ? Math.min(1 * MiB, Math.max(st.size, 1)) : 1 * MiB;
      return await collect(createReadStream(full, { highWaterMark: piece }), cap, tooLarge);
    } finally {
      clearTimeout(waiting);
    }
  } catch (e) {
    if (e instanceof CannotRun) throw e;
    throw new CannotRun(say('cannotRead', lang, what, file, describeFsError(e, lang)));
  }
}

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Enough of a file's start to tell its type (UTF-16 without a BOM is told from its first 1,024 bytes). */
const HEAD_BYTES = 4096;

/** The first bytes of a regular file. */
async function head(full: string): Promise<Buffer> {
  const handle = await fs.open(full, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Positional reads of a regular file; each read opens and closes it (a workbook asks for a handful of parts). */
function randomAccess(full: string, size: number): RandomAccess {
  return {
    size,
    read: async (position, length) => {
      const handle = await fs.open(full, 'r');
      try {
        const buf = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - position)));
        let got = 0;
        while (got < buf.length) {
          const { bytesRead } = await handle.read(buf, got, buf.length - got, position + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        return buf.subarray(0, got);
      } finally {
        await handle.close();
      }
    },
  };
}

/** SHA-256 of a regular file read in pieces, synchronously (only when a streamed read stopped before the end). */
function hashFileSync(full: string): string {
  const hash = createSha256();
  const fd = openSync(full, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 * MiB);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * A large CSV file streamed to the reader and hashed in the same pass: the hash is ready once the reader has taken
 * every piece (a reader that stops early leaves the rest to be hashed when the hash is first asked for).
 */
function hashedCsv(name: string, full: string, first: Buffer, size: number): SourceFile {
  let digest: string | undefined;
  async function* pieces(): AsyncGenerator<Uint8Array> {
    const hash = createSha256();
    let seen = 0;
    for await (const piece of createReadStream(full, { highWaterMark: 1 * MiB })) {
      hash.update(piece as Buffer);
      seen += (piece as Buffer).length;
      yield piece as Buffer;
    }
    if (seen === size && digest === undefined) digest = hash.digest('hex');
  }
  return {
    name,
    bytes: first,
    stream: pieces,
    get sha256() {
      digest ??= hashFileSync(full);
      return digest;
    },
    size,
  };
}

/**
 * A score sheet: a large file on disk is streamed (a workbook hashed first, then read where each part lies; a CSV
 * hashed as the reader takes it, in one pass); anything else is read once, whole.
 */
export async function readSheet(io: CliIO, file: string, what: string, lang: Lang, known?: Stats): Promise<SourceFile> {
  const st = file === STDIN ? undefined : (known ?? (await statInput(io, file)));
  if (st?.isFile() && st.size > STREAM_ABOVE_BYTES && st.size <= capOf(io, 'sheet')) {
    const full = path.resolve(io.cwd, file);
    const first = await head(full);
    if (!isZip(first)) return hashedCsv(file, full, first, st.size);
    const hash = createSha256();
    for await (const piece of createReadStream(full, { highWaterMark: 1 * MiB })) hash.update(piece as Buffer);
    return { name: file, bytes: first, stream: () => createReadStream(full), random: randomAccess(full, st.size), sha256: hash.digest('hex'), size: st.size };
  }
  const cap = capOf(io, 'sheet');
  const bytes = st?.isFile() && st.size <= cap ? await readSmall(io, file, what, lang, cap) : await readSource(io, file, what, lang, cap);
  return wholeFile(file, bytes);
}

/**
 * A regular file known to be small, read whole in one call (no second look at its size, no stream: 500 forms are
 * 500 of these). It may have grown since: over the cap, it stops the run as readSource would.
 */
async function readSmall(io: CliIO, file: string, what: string, lang: Lang, cap: number): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.resolve(io.cwd, file));
  } catch (e) {
    throw new CannotRun(say('cannotRead', lang, what, file, describeFsError(e, lang)));
  }
  if (bytes.length > cap) throw tooLargeError(file, what, lang, cap);
  return bytes;
}

const tooLargeError = (file: string, what: string, lang: Lang, cap: number): CannotRun =>
  new CannotRun(say('cannotRead', lang, what, file, say('tooLarge', lang, String(Math.round((cap / MiB) * 100) / 100))));

/** Files as given, folders walked for spreadsheets (Office lock files ~$… and hidden files left out), sorted. */
export async function expandInputs(io: CliIO, args: readonly string[], lang: Lang, skip: readonly string[] = []): Promise<string[]> {
  const files: string[] = [];
  const skipped = new Set(skip.map((f) => path.resolve(io.cwd, f)));
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(path.resolve(io.cwd, dir), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (SHEET_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !skipped.has(path.resolve(io.cwd, p))) files.push(p);
    }
  };
  for (const arg of args) {
    if (arg !== STDIN && (await statInput(io, arg))?.isDirectory()) await walk(arg);
    else files.push(arg);
  }
  if (files.length === 0) throw new CannotRun(say('noSheets', lang));
  return files;
}

/** Regular files read at once: their opening, reading and hashing overlap (small forms spend more time waiting than reading). */
const READ_AHEAD = 8;

/**
 * Reads every sheet. Regular files are read several at once (overlapping I/O); from many of them on, they are read one
 * after the other without waiting (a small file from the page cache is read faster than a promise settles), each
 * small workbook handed on at once to be read ahead on a reading thread (src/cli/read-pool.ts). If any input is
 * standard input, a pipe or a FIFO, all are read one after the other, as a FIFO nobody writes to must not hold up the
 * reading of a file that fails first. Either way the first problem in the order given stops the run, and the inputs
 * come back in that order.
 */
export async function readSheets(io: CliIO, files: readonly string[], what: string, lang: Lang): Promise<SourceFile[]> {
  const pool = files.length > 1 ? await aheadPool(io, files.length) : undefined;
  const stats = files.length > 1 ? (pool ? files.map((f) => (f !== STDIN ? statSyncInput(io, f) : undefined)) : await Promise.all(files.map(async (f) => (f !== STDIN ? statInput(io, f) : undefined)))) : [];
  const regular = files.length > 1 && stats.every((st) => st?.isFile() === true);
  if (!regular) {
    const out: SourceFile[] = [];
    for (const f of files) out.push(await readSheet(io, f, what, lang));
    return out;
  }
  if (pool) return readMany(io, files, stats as Stats[], what, lang, pool);
  const out: SourceFile[] = new Array<SourceFile>(files.length);
  const failures = new Map<number, unknown>();
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let i = next++; i < files.length && failures.size === 0; i = next++) {
      try {
        out[i] = await readSheet(io, files[i]!, what, lang, stats[i]);
      } catch (e) {
        failures.set(i, e);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AHEAD, files.length) }, reader));
  if (failures.size > 0) throw failures.get(Math.min(...failures.keys()));
  return out;
}

/** Many regular files, in order: each small one read at once and its workbook handed on to be read ahead. */
async function readMany(io: CliIO, files: readonly string[], stats: readonly Stats[], what: string, lang: Lang, pool: ReadAheadPool): Promise<SourceFile[]> {
  const cap = capOf(io, 'sheet');
  const out: SourceFile[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const st = stats[i]!;
      if (st.size > Math.min(cap, STREAM_ABOVE_BYTES)) {
        out.push(await readSheet(io, file, what, lang, st));
        continue;
      }
      const bytes = readSmallSync(io, file, what, lang, cap);
      const read: SourceFile = { name: file, bytes, sha256: sha256(bytes), size: bytes.byteLength };
      out.push(isZip(bytes) ? { ...read, ...pool.ahead(file, bytes) } : read);
    }
  } catch (e) {
    await pool.stop();
    throw e;
  }
  pool.close();
  return out;
}

/** `statInput`, without waiting. */
function statSyncInput(io: CliIO, file: string): Stats | undefined {
  try {
    return statSync(path.resolve(io.cwd, file));
  } catch {
    return undefined;
  }
}

/** `readSmall`, without waiting. */
function readSmallSync(io: CliIO, file: string, what: string, lang: Lang, cap: number): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.resolve(io.cwd, file));
  } catch (e) {
    throw new CannotRun(say('cannotRead', lang, what, file, describeFsError(e, lang)));
  }
  if (bytes.length > cap) throw tooLargeError(file, what, lang, cap);
  return bytes;
}

/** The reading threads for this many files, if any (their code is loaded only then: start-up stays small). */
async function aheadPool(io: CliIO, files: number): Promise<ReadAheadPool | undefined> {
  const { readThreads, ReadAheadPool } = await import('./read-pool.js');
  const threads = readThreads(io.env, files);
  return threads === 0 ? undefined : new ReadAheadPool(threads);
}
