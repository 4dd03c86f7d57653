/**
 * One small workbook read ahead into plain data, with its template fingerprint: on a reading thread
 * (src/cli/read-worker.ts) or, where there is none, on the main thread when it is first asked for. Never throws: a
 * workbook that cannot be read ahead is read by the main thread as it always has been, which says what is wrong
 * with it in its own words (issue 14: the same diagnostics whatever thread read what).
 */
import { readAhead } from '../sheet/read-ahead.js';
import type { ReadAhead } from '../sheet/types.js';
import { readFingerprint, type SetFingerprint } from '../template/fingerprint.js';

export interface AheadJob {
  /** The file's name as given (a workbook's sheets carry it) */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What was read ahead; an empty reply leaves it all to the main thread. */
export interface AheadReply {
  readonly readAhead?: ReadAhead;
  /** null: the workbook holds none */
  readonly fingerprint?: SetFingerprint | null;
}

export async function readAheadJob(job: AheadJob): Promise<AheadReply> {
  try {
    const read = await readAhead(job.bytes, job.name);
    const fingerprint = (await readFingerprint(job.bytes)) ?? null;
    return { ...(read ? { readAhead: read } : {}), fingerprint };
  } catch {
    return {};
  }
}
