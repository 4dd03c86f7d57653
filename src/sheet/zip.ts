/**
 * The zip container of a workbook: its central directory, and each part inflated as a stream with node's own zlib.
 * No zip library: a workbook needs a small, well-defined corner of the format (stored and deflated entries,
 * zip64 sizes), and reading the directory first lets us take the parts in the order we need them — the shared
 * strings before the sheets, whatever order the zip holds them in — without a temporary file.
 */
import { Readable, pipeline } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { unreadable, type ReadLimits } from './errors.js';
import type { RandomAccess } from './types.js';

/** Random access to the bytes of a file, from memory or by re-reading a stream. */
export interface ByteSource {
  readonly size: number;
  read(position: number, length: number): Promise<Buffer>;
  pieces(position: number, length: number): AsyncIterable<Buffer> | Iterable<Buffer>;
}

const asBuffer = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

export function memorySource(bytes: Uint8Array, piece = 1 << 16): ByteSource {
  const all = asBuffer(bytes);
  return {
    size: all.length,
    read: async (position, length) => all.subarray(position, position + length),
    pieces: (position, length) =>
      (function* () {
        const stop = Math.min(all.length, position + length);
        for (let i = position; i < stop; i += piece) yield all.subarray(i, Math.min(stop, i + piece));
      })(),
  };
}

/** A file read where each part lies (a regular file on disk): no pass over the parts before the one wanted. */
export function randomSource(file: RandomAccess, piece = 1 << 20): ByteSource {
  const read = async (position: number, length: number): Promise<Buffer> => asBuffer(await file.read(position, Math.max(0, Math.min(length, file.size - position))));
  async function* pieces(position: number, length: number): AsyncGenerator<Buffer> {
    const stop = Math.min(file.size, position + length);
    for (let at = position; at < stop; at += piece) {
      const b = await read(at, Math.min(piece, stop - at));
      if (b.length === 0) return;
      yield b;
    }
  }
  return { size: file.size, read, pieces };
}

/**
 * A file given only as a stream that can be re-read from the start: one pass learns its size and keeps its tail
 * (where the directory is); each part is then read by a pass that skips to it. Memory stays at one piece.
 */
export async function streamSource(open: () => AsyncIterable<Uint8Array>, keepTail = 1 << 20): Promise<ByteSource> {
  let size = 0;
  let tail: Buffer[] = [];
  let tailBytes = 0;
  for await (const p of open()) {
    const b = asBuffer(p);
    size += b.length;
    tail.push(b);
    tailBytes += b.length;
    while (tail.length > 1 && tailBytes - tail[0]!.length >= keepTail) tailBytes -= tail.shift()!.length;
  }
  const kept = Buffer.concat(tail);
  tail = [];
  const keptFrom = size - kept.length;
  async function* pieces(position: number, length: number): AsyncGenerator<Buffer> {
    const stop = Math.min(size, position + length);
    if (position >= keptFrom) {
      if (position < stop) yield kept.subarray(position - keptFrom, stop - keptFrom);
      return;
    }
    let at = 0;
    for await (const p of open()) {
      const b = asBuffer(p);
      const from = Math.max(position, at);
      const to = Math.min(stop, at + b.length);
      if (from < to) yield b.subarray(from - at, to - at);
      at += b.length;
      if (at >= stop) break;
    }
  }
  return {
    size,
    read: async (position, length) => {
      const parts: Buffer[] = [];
      for await (const p of pieces(position, length)) parts.push(p);
      return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    },
    pieces,
  };
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

export interface ZipArchive {
  readonly source: ByteSource;
  /** Entries by lower-case name (part names of a package are case-insensitive) */
  readonly entries: ReadonlyMap<string, ZipEntry>;
}



function u64(b: Buffer, at: number): number {
  const v = b.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw unreadable({ reason: 'zip64-size' });
  return Number(v);
}

interface Directory {
  count: number;
  size: number;
  offset: number;
}

async function findDirectory(src: ByteSource): Promise<Directory> {
  const span = Math.min(src.size, 22 + 0xffff);
  const tail = await src.read(src.size - span, span);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) {
      at = i;
      break;
    }
  if (at < 0) throw unreadable({ reason: 'no-end-of-directory' });
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0)
    throw unreadable({ reason: 'multi-disk' });
  const dir: Directory = { count: tail.readUInt16LE(at + 10), size: tail.readUInt32LE(at + 12), offset: tail.readUInt32LE(at + 16) };
  if (dir.count === 0xffff || dir.size === 0xffffffff || dir.offset === 0xffffffff) {
    const loc = at - 20;
    if (loc < 0 || tail.readUInt32LE(loc) !== 0x07064b50) throw unreadable({ reason: 'zip64-locator' });
    const rec = await src.read(u64(tail, loc + 8), 56);
    if (rec.length < 56 || rec.readUInt32LE(0) !== 0x06064b50) throw unreadable({ reason: 'zip64-record' });
    dir.count = u64(rec, 32);
    dir.size = u64(rec, 40);
    dir.offset = u64(rec, 48);
  }
  if (dir.offset + dir.size > src.size) throw unreadable({ reason: 'directory-past-end' });
  return dir;
}

function zip64Extra(b: Buffer, from: number, to: number, need: { size: boolean; csize: boolean; offset: boolean }) {
  const out = { size: -1, csize: -1, offset: -1 };
  for (let i = from; i + 4 <= to; ) {
    const id = b.readUInt16LE(i);
    const len = b.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let j = i + 4;
      if (need.size && j + 8 <= i + 4 + len) (out.size = u64(b, j)), (j += 8);
      if (need.csize && j + 8 <= i + 4 + len) (out.csize = u64(b, j)), (j += 8);
      if (need.offset && j + 8 <= i + 4 + len) out.offset = u64(b, j);
    }
    i += 4 + len;
  }
  return out;
}

/** Reads the central directory. Refuses what a workbook never needs (several disks, odd methods) with the reason. */
export async function openZip(src: ByteSource): Promise<ZipArchive> {
  const dir = await findDirectory(src);
  const b = await src.read(dir.offset, dir.size);
  const entries = new Map<string, ZipEntry>();
  let i = 0;
  for (let n = 0; n < dir.count; n++) {
    if (i + 46 > b.length || b.readUInt32LE(i) !== 0x02014b50) throw unreadable({ reason: 'directory-cut-short' });
    const flags = b.readUInt16LE(i + 8);
    const nameLen = b.readUInt16LE(i + 28);
    const extraLen = b.readUInt16LE(i + 30);
    const commentLen = b.readUInt16LE(i + 32);
    let csize = b.readUInt32LE(i + 20);
    let size = b.readUInt32LE(i + 24);
    let offset = b.readUInt32LE(i + 42);
    const name = b.toString(flags & 0x800 ? 'utf8' : 'latin1', i + 46, i + 46 + nameLen).replace(/\\/g, '/');
    if (csize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) {
      const x = zip64Extra(b, i + 46 + nameLen, i + 46 + nameLen + extraLen, { size: size === 0xffffffff, csize: csize === 0xffffffff, offset: offset === 0xffffffff });
      if (x.size >= 0) size = x.size;
      if (x.csize >= 0) csize = x.csize;
      if (x.offset >= 0) offset = x.offset;
    }
    entries.set(name.toLowerCase(), { name, method: b.readUInt16LE(i + 10), flags, compressedSize: csize, size, headerOffset: offset });
    i += 46 + nameLen + extraLen + commentLen;
  }
  return { source: src, entries };
}

/** Counts what a file has inflated so far, across its parts. */
export class InflateBudget {
  total = 0;
  constructor(readonly limits: ReadLimits) {}
}

function checkDeclared(entry: ZipEntry, budget: InflateBudget): void {
  const { partBytes, totalBytes } = budget.limits;
  if (entry.size > partBytes)
    throw unreadable({ reason: 'part-too-large', part: entry.name, size: entry.size, limit: partBytes });
  if (budget.total + entry.size > totalBytes)
    throw unreadable({ reason: 'workbook-too-large', part: entry.name, limit: totalBytes });
}

function overBudget(entry: ZipEntry, budget: InflateBudget, produced: number, consumed: number): void {
  const l = budget.limits;
  const part = entry.name;
  if (produced > entry.size) throw unreadable({ reason: 'inflates-past-declared', part, declared: entry.size });
  if (produced > l.partBytes) throw unreadable({ reason: 'inflates-past-part-limit', part, limit: l.partBytes });
  if (budget.total > l.totalBytes) throw unreadable({ reason: 'inflates-past-total', limit: l.totalBytes });
  if (produced > l.ratioAfter && produced > consumed * l.ratio) throw unreadable({ reason: 'inflate-ratio', part, ratio: l.ratio });
}

/** Parts up to this size are inflated in one call: a stream's set-up costs more than a form's sheet (issue 14). */
const SMALL_PART = 4 * 2 ** 20;

/** A small part inflated at once, never past the size its directory declares. */
function inflateSmall(entry: ZipEntry, packed: Buffer, budget: InflateBudget): Buffer {
  let out: Buffer;
  try {
    out = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') overBudget(entry, budget, entry.size + 1, packed.length);
    const msg = e instanceof Error ? e.message : String(e);
    throw unreadable({ reason: 'inflate-error', part: entry.name, message: msg });
  }
  budget.total += out.length;
  overBudget(entry, budget, out.length, packed.length);
  if (out.length !== entry.size) throw unreadable({ reason: 'size-mismatch', part: entry.name, size: out.length, declared: entry.size });
  return out;
}

/** The bytes of one part, inflated piece by piece, within the budget. */
export async function* partPieces(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): AsyncGenerator<Buffer> {
  if (entry.flags & 1)
    throw unreadable({ reason: 'encrypted-part', part: entry.name });
  if (entry.method !== 0 && entry.method !== 8)
    throw unreadable({ reason: 'compression-method', part: entry.name, method: entry.method });
  checkDeclared(entry, budget);
  const head = await zip.source.read(entry.headerOffset, 30);
  if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) throw unreadable({ reason: 'no-local-header', part: entry.name });
  const start = entry.headerOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  if (start + entry.compressedSize > zip.source.size) throw unreadable({ reason: 'part-past-end', part: entry.name });
  if (entry.method === 8 && entry.size <= SMALL_PART) {
    yield inflateSmall(entry, await zip.source.read(start, entry.compressedSize), budget);
    return;
  }
  const raw = zip.source.pieces(start, entry.compressedSize);
  let produced = 0;
  let consumed = 0;
  if (entry.method === 0) {
    for await (const p of raw) {
      produced += p.length;
      budget.total += p.length;
      overBudget(entry, budget, produced, produced);
      yield p;
    }
    return;
  }
  const counted = (async function* () {
    for await (const p of raw) {
      consumed += p.length;
      yield p;
    }
  })();
  const inflater = createInflateRaw({ chunkSize: 1 << 16 });
  const out = pipeline(Readable.from(counted), inflater, () => {});
  try {
    for await (const p of out as AsyncIterable<Buffer>) {
      produced += p.length;
      budget.total += p.length;
      overBudget(entry, budget, produced, consumed);
      yield p;
    }
  } catch (e) {
    if (e instanceof Error && e.name === 'SheetError') throw e;
    const msg = e instanceof Error ? e.message : String(e);
    throw unreadable({ reason: 'inflate-error', part: entry.name, message: msg });
  } finally {
    out.destroy();
  }
  if (produced !== entry.size) throw unreadable({ reason: 'size-mismatch', part: entry.name, size: produced, declared: entry.size });
}

/** A small part whole (workbook, relationships, styles). */
export async function partBytes(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of partPieces(zip, entry, budget)) parts.push(p);
  return Buffer.concat(parts);
}
