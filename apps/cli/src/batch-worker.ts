/** Worker thread of `jixiao batch`: scores the chunks of workbooks it is sent, one job at a time. */
import { parentPort } from 'node:worker_threads';
import { runBatchJob } from './batch-job.js';
import type { BatchChunk, BatchDone } from './batch-pool.js';

const port = parentPort;
if (port !== null) {
  const queue: { index: number; job: BatchChunk['jobs'][number] }[] = [];
  let running = false;
  const drain = async (): Promise<void> => {
    running = true;
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      const done: BatchDone = { index: item.index, row: await runBatchJob(item.job) };
      port.postMessage(done);
    }
    running = false;
  };
  port.on('message', (chunk: BatchChunk) => {
    chunk.jobs.forEach((job, k) => queue.push({ index: chunk.start + k, job }));
    if (!running) void drain();
  });
}
