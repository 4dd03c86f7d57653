/**
 * Many small input files read on reading threads (issue 14: a folder of 500 forms, one small workbook each): each
 * thread reads, hashes and reads ahead the files it is sent while the others do the same, and the main thread takes
 * the replies in whatever order they come, each into its own place. What the threads cannot do (a file that is not a
 * small regular file, a thread that stopped) is done on the main thread, as before. The threads are ended before this
 * returns, whatever happened.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readJob, type ReadJob, type ReadReply } from './read-job.js';

/** From this many files, reading threads pay for their start (about 40 ms each, measured). */
export const THREADS_FROM_FILES = 16;

/** Files each thread is sent before it replies: one being read while another is parsed. */
const PER_THREAD = 2;

/** Files read at once when there is no thread to read them (their I/O overlaps). */
const IN_THREAD = 8;

/** Workbooks read ahead stop being held past this (what their parts declare, all together): the rest stream. */
const HELD_BYTES = 512 * 2 ** 20;

/** The reading thread's script: beside the bundle (dist/read-worker.mjs), or none (the sources, as tests run them). */
function workerScript(): URL | undefined {
  for (const rel of ['./read-worker.mjs', '../read-worker.mjs']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * How many reading threads for `files` files: PARINDEX_READ_THREADS when set (0: none, and no file read ahead);
 * otherwise one per core when there are enough files, and undefined (read ahead on the main thread) when there is
 * one core or no thread script.
 */
export function readThreads(env: NodeJS.ProcessEnv, files: number): number | undefined {
  const set = env.PARINDEX_READ_THREADS;
  if (set !== undefined && set !== '' && Number.isInteger(Number(set)) && Number(set) >= 0) return Number(set) === 0 ? 0 : workerScript() ? Math.min(Number(set), 16) : undefined;
  if (files < THREADS_FROM_FILES) return 0;
  const cores = availableParallelism();
  return cores > 1 && workerScript() ? Math.min(cores, 4) : undefined;
}

/**
 * Reads every file of `files` on `threads` reading threads (undefined: on the main thread, read ahead all the same),
 * calling `take` with each reply as it comes; `take` runs on the main thread and may itself read the file (a reply
 * 'elsewhere'). No file is sent once `stop()` is true; every file sent is taken before this returns.
 */
export async function readFiles(
  files: readonly Omit<ReadJob, 'readAhead'>[],
  take: (index: number, reply: ReadReply) => Promise<void>,
  stop: () => boolean,
  threads: number | undefined,
): Promise<void> {
  let held = 0;
  let next = 0;
  const job = (i: number): ReadJob => ({ ...files[i]!, readAhead: held < HELD_BYTES });
  const taken = async (i: number, reply: ReadReply): Promise<void> => {
    if (reply.kind === 'read') held += reply.readAhead?.bytes ?? 0;
    await take(i, reply);
  };
  const script = threads === undefined || threads === 0 ? undefined : workerScript();
  if (!script) {
    const lane = async (): Promise<void> => {
      for (let i = next++; i < files.length && !stop(); i = next++) await taken(i, await readJob(job(i)));
    };
    await Promise.all(Array.from({ length: Math.min(IN_THREAD, files.length) }, lane));
    return;
  }
  const pending: Promise<void>[] = [];
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve) => {
      let live = 0;
      const start = (): void => {
        const worker = new Worker(script);
        const sent = new Set<number>();
        let done = false;
        live++;
        workers.push(worker);
        const send = (): void => {
          while (!done && sent.size < PER_THREAD && next < files.length && !stop()) {
            const i = next++;
            sent.add(i);
            worker.postMessage({ id: i, job: job(i) });
          }
          if (sent.size === 0) end();
        };
        // A thread that stops (it failed to start, or crashed) leaves its files to the main thread.
        const end = (): void => {
          if (done) return;
          done = true;
          for (const i of sent) pending.push(taken(i, { kind: 'elsewhere' }));
          sent.clear();
          if (--live === 0) resolve();
        };
        worker.on('message', (m: { id: number; reply: ReadReply }) => {
          if (!sent.delete(m.id)) return;
          pending.push(taken(m.id, m.reply));
          send();
        });
        worker.on('error', end);
        worker.on('exit', end);
        send();
      };
      for (let t = 0; t < Math.min(threads!, files.length); t++) start();
    });
    await Promise.all(pending);
    // Files no thread took (every thread stopped early): read on the main thread.
    for (let i = next++; i < files.length && !stop(); i = next++) await taken(i, { kind: 'elsewhere' });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
