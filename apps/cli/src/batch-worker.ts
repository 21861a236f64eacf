/** Worker thread of `jixiao batch`: scores the workbooks it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runBatchJob, type BatchJob } from './batch-job.js';

const port = parentPort;
if (port !== null) {
  port.on('message', (job: BatchJob) => {
    void runBatchJob(job).then((row) => port.postMessage(row));
  });
}
