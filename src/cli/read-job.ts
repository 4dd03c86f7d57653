/**
 * One small input file read, hashed and — a workbook — read ahead into plain data, on a reading thread
 * (src/cli/read-worker.ts) or on the main one. Only the plain case is handled here: a file that is not a small
 * regular file, or that anything goes wrong with, is left to the main thread, which reads it as it always has and
 * says what is wrong in its own words (issue 14: the same diagnostics whatever thread read what).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { fileKind } from '../sheet/open.js';
import { readAhead } from '../sheet/read-ahead.js';
import type { ReadAhead } from '../sheet/types.js';
import { readFingerprint, type SetFingerprint } from '../template/fingerprint.js';

export interface ReadJob {
  /** The file's absolute path */
  readonly full: string;
  /** Its name as given (a workbook's sheets carry it) */
  readonly name: string;
  /** Files larger than this are left to the main thread (the size cap, or the size from which workbooks stream) */
  readonly upTo: number;
  /** Whether a workbook's sheets are read ahead too */
  readonly readAhead: boolean;
}

export type ReadReply =
  | {
      readonly kind: 'read';
      readonly bytes: Uint8Array;
      readonly sha256: string;
      readonly readAhead?: ReadAhead;
      /** The template fingerprint of a workbook (null: none) */
      readonly fingerprint?: SetFingerprint | null;
    }
  /** Not a small regular file, or something went wrong: the main thread reads it */
  | { readonly kind: 'elsewhere' };

/** Reads one file; never throws. */
export async function readJob(job: ReadJob): Promise<ReadReply> {
  try {
    const st = await fs.stat(job.full);
    if (!st.isFile() || st.size > job.upTo) return { kind: 'elsewhere' };
    const bytes = await fs.readFile(job.full);
    if (bytes.length > job.upTo) return { kind: 'elsewhere' };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!job.readAhead || fileKind(job.name, bytes) !== 'xlsx') return { kind: 'read', bytes, sha256 };
    const read = await readAhead(bytes, job.name);
    const fingerprint = (await readFingerprint(bytes)) ?? null;
    return { kind: 'read', bytes, sha256, ...(read ? { readAhead: read } : {}), fingerprint };
  } catch {
    return { kind: 'elsewhere' };
  }
}

/** The buffers a reply can hand over to another thread instead of copying (the file's bytes, when they own theirs). */
export function transferOf(reply: ReadReply): ArrayBuffer[] {
  if (reply.kind !== 'read') return [];
  const b = reply.bytes;
  return b.buffer instanceof ArrayBuffer && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? [b.buffer] : [];
}
