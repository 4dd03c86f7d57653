/**
 * Small workbooks read ahead on reading threads (issue 14: a folder of 500 forms, one small workbook each). Each file
 * read by the main thread is handed on at once, in the order given; a thread reads its sheets into plain data while
 * the main thread reads the sheets of the files before it, so that each file's sheets are ready, or nearly, when the
 * pipeline comes to it. The pipeline asks for them (`readAhead()`) in its own order and gets the same sheets whatever
 * the timing; a file no thread could read ahead is read by the main thread, as before.
 *
 * The threads never keep the process alive by themselves: they are held only while the main thread waits for one of
 * them, and end once every file given has been read ahead (`close`), or at once when the run stops (`stop`).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadAhead } from '../sheet/types.js';
import { readFingerprint, type SetFingerprint } from '../template/fingerprint.js';
import { readAheadJob, type AheadJob, type AheadReply } from './read-job.js';

/**
 * From this many workbooks a reading thread pays for its start: on 2 cores (busy), one thread cost more CPU time and
 * wall time than none for 8, 16 and 32 forms, about the same for 64 and less for 128 and 500.
 */
export const THREADS_FROM_FILES = 64;

/** Workbooks each thread is sent before it replies: one being read while the reply to another crosses. */
const PER_THREAD = 2;

/** Workbooks read ahead stop being held past this (what their parts declare, all together): the rest stream. */
const HELD_BYTES = 512 * 2 ** 20;

/** The reading thread's script: beside the bundle (dist/read-worker.cjs), or none (the sources, as tests run them). */
function workerScript(): URL | undefined {
  for (const rel of ['./read-worker.cjs', '../read-worker.cjs']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * How many reading threads for `files` input files: PARINDEX_READ_THREADS when set (0: none, and nothing read ahead);
 * otherwise, from THREADS_FROM_FILES files, one per core beside the main thread's (at most 3: on 2 busy cores, two
 * threads cost more CPU and wall time than one for every folder measured, 8 to 500 forms). undefined: workbooks are
 * read ahead on the main thread (one core, or no thread script), each once however often it is read.
 */
export function readThreads(env: NodeJS.ProcessEnv, files: number): number | undefined {
  const given = env.PARINDEX_READ_THREADS;
  const wanted = given !== undefined && /^\d{1,2}$/.test(given) ? Number(given) : undefined;
  if (wanted === 0 || (wanted === undefined && files < THREADS_FROM_FILES)) return 0;
  const cores = availableParallelism();
  if (!workerScript() || (wanted === undefined && cores < 2)) return undefined;
  return wanted ?? Math.min(cores - 1, 3);
}

/** A workbook's sheets and fingerprint, as the pipeline asks for them. */
export interface Ahead {
  readonly readAhead: () => Promise<ReadAhead | undefined>;
  readonly fingerprint: () => Promise<SetFingerprint | undefined>;
}

interface Job {
  readonly id: number;
  readonly job: AheadJob;
  readonly resolve: (reply: AheadReply) => void;
}

interface Thread {
  readonly worker: Worker;
  readonly sent: Map<number, Job>;
  live: boolean;
}

export class ReadAheadPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private next = 0;
  private held = 0;
  private closed = false;
  /** Replies the main thread is waiting for: the threads are held (ref) only while there are some */
  private waiting = 0;

  /** `threads` reading threads; undefined: each workbook read ahead on the main thread when first asked for. */
  constructor(private readonly count: number | undefined) {}

  /** Hands on a workbook read by the main thread; its sheets are read ahead from now. */
  ahead(name: string, bytes: Uint8Array): Ahead {
    const reply = this.count === undefined ? this.inThread({ name, bytes }) : this.send({ name, bytes });
    const read = async (): Promise<AheadReply> => {
      this.waiting++;
      if (this.waiting === 1) for (const t of this.threads) t.worker.ref();
      try {
        return await reply();
      } finally {
        if (--this.waiting === 0) for (const t of this.threads) t.worker.unref();
      }
    };
    return {
      readAhead: async () => (await read()).readAhead,
      fingerprint: async () => {
        const r = await read();
        return r.fingerprint !== undefined ? (r.fingerprint ?? undefined) : readFingerprint(bytes);
      },
    };
  }

  /** No more workbooks will come: the threads end once they have read every one. */
  close(): void {
    this.closed = true;
    this.endIdle();
  }

  /** Ends the threads now (the run stops); replies not yet given leave their workbooks to the main thread. */
  async stop(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({});
    await Promise.all(this.threads.map((t) => this.end(t)));
  }

  /** Read ahead on the main thread when first asked for (and once only, however often the pipeline reads it). */
  private inThread(job: AheadJob): () => Promise<AheadReply> {
    let reply: Promise<AheadReply> | undefined;
    return () => (reply ??= this.held < HELD_BYTES ? readAheadJob(job).then((r) => this.counted(r)) : Promise.resolve({}));
  }

  /** A reply, its workbook counted against HELD_BYTES. */
  private counted(r: AheadReply): AheadReply {
    this.held += r.readAhead?.bytes ?? 0;
    return r;
  }

  private send(job: AheadJob): () => Promise<AheadReply> {
    let resolve!: (reply: AheadReply) => void;
    const reply = new Promise<AheadReply>((r) => (resolve = r));
    if (this.held >= HELD_BYTES || this.closed) resolve({});
    else {
      this.queue.push({ id: this.next++, job, resolve });
      if (this.threads.length < (this.count ?? 0)) this.start();
      this.dispatch();
    }
    return () => reply;
  }

  private start(): void {
    const worker = new Worker(workerScript()!);
    worker.unref();
    if (this.waiting > 0) worker.ref();
    const thread: Thread = { worker, sent: new Map(), live: true };
    this.threads.push(thread);
    worker.on('message', (m: { id: number; reply: AheadReply }) => {
      const job = thread.sent.get(m.id);
      if (!job) return;
      thread.sent.delete(m.id);
      job.resolve(this.counted(m.reply));
      this.dispatch();
      this.endIdle();
    });
    // A thread that stops (it failed to start, or crashed) leaves its workbooks to the others, or to the main thread.
    const lost = (): void => {
      if (!thread.live) return;
      thread.live = false;
      for (const job of thread.sent.values()) job.resolve({});
      thread.sent.clear();
      if (!this.threads.some((t) => t.live)) for (const job of this.queue.splice(0)) job.resolve({});
    };
    worker.on('error', lost);
    worker.on('exit', lost);
  }

  private dispatch(): void {
    for (const t of this.threads) {
      while (t.live && t.sent.size < PER_THREAD && this.queue.length > 0) {
        const job = this.queue.shift()!;
        if (this.held >= HELD_BYTES) {
          job.resolve({});
          continue;
        }
        t.sent.set(job.id, job);
        t.worker.postMessage({ id: job.id, job: job.job });
      }
    }
  }

  /** Once closed, a thread with nothing left to read ends. */
  private endIdle(): void {
    if (!this.closed || this.queue.length > 0) return;
    for (const t of this.threads) if (t.live && t.sent.size === 0) void this.end(t);
  }

  private async end(t: Thread): Promise<void> {
    if (!t.live) return;
    t.live = false;
    for (const job of t.sent.values()) job.resolve({});
    t.sent.clear();
    await t.worker.terminate();
  }
}
