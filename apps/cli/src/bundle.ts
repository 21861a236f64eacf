/**
 * Entry of the self-contained `jixiao.cjs` (`npm run build` bundles it with esbuild): the command
 * line, or — started by `jixiao batch` as a worker thread of the same file — a batch worker.
 */
import { isMainThread, workerData } from 'node:worker_threads';

const isBatchWorker =
  !isMainThread &&
  typeof workerData === 'object' &&
  workerData !== null &&
  (workerData as { jixiaoBatchWorker?: unknown }).jixiaoBatchWorker === true;

if (isBatchWorker) void import('./batch-worker.js');
else
  void import('./main.js')
    .then(({ run }) => run(process.argv.slice(2)))
    .then((code) => {
      process.exitCode = code;
    });
