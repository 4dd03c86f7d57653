/**
 * A reading thread (bundled as dist/read-worker.mjs, started by src/cli/read-pool.ts): reads, hashes and reads ahead
 * each file the main thread sends, and sends back one reply per file, its bytes handed over rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { readJob, transferOf, type ReadJob, type ReadReply } from './read-job.js';

const port = parentPort;
port?.on('message', (message: { readonly id: number; readonly job: ReadJob }) => {
  void readJob(message.job).then((reply) => {
    try {
      port.postMessage({ id: message.id, reply }, transferOf(reply));
    } catch {
      // what cannot cross to the main thread is read there
      port.postMessage({ id: message.id, reply: { kind: 'elsewhere' } satisfies ReadReply });
    }
  });
});
