/**
 * A reading thread (bundled as dist/read-worker.cjs, started by src/cli/read-pool.ts): reads ahead each workbook the
 * main thread sends and sends back one reply per workbook.
 */
import { parentPort } from 'node:worker_threads';
import { readAheadJob, type AheadJob, type AheadReply } from './read-job.js';

const port = parentPort;
port?.on('message', (message: { readonly id: number; readonly job: AheadJob }) => {
  void readAheadJob(message.job).then((reply) => {
    try {
      port.postMessage({ id: message.id, reply });
    } catch {
      // what cannot cross to the main thread is read there
      port.postMessage({ id: message.id, reply: {} satisfies AheadReply });
    }
  });
});
