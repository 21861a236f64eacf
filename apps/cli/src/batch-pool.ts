/** Running batch jobs across worker threads (one per core), results in input order. */
import { Worker } from 'node:worker_threads';
import type { BatchJob, BatchRow } from './batch-job.js';

/** Set by the bundle (scripts/bundle.mjs). */
declare const JIXIAO_BUNDLE: boolean | undefined;

/** A worker running the script next to this module; under the TypeScript sources (tests) through tsx. */
function startWorker(): Worker {
  // in the one-file bundle, the worker is the bundle itself (src/bundle.ts)
  if (typeof JIXIAO_BUNDLE === 'boolean' && JIXIAO_BUNDLE)
    return new Worker(process.argv[1]!, { workerData: { jixiaoBatchWorker: true } });
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./batch-worker.js', self));
  const script = new URL('./batch-worker.ts', self).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script)}); })`;
  return new Worker(boot, { eval: true, execArgv: ['--conditions=@jixiao/source'] });
}

/**
 * Score every job with `jobs` workers (1: in this thread). `onDone` is called as each finishes.
 * Returns rows in the order of `list`.
 */
export async function runPool(
  list: readonly BatchJob[],
  jobs: number,
  onDone: (row: BatchRow, done: number) => void,
): Promise<BatchRow[]> {
  const rows: BatchRow[] = new Array<BatchRow>(list.length);
  let done = 0;
  if (jobs <= 1 || list.length <= 1) {
    const { runBatchJob } = await import('./batch-job.js');
    for (let i = 0; i < list.length; i++) {
      rows[i] = await runBatchJob(list[i]!);
      onDone(rows[i]!, ++done);
    }
    return rows;
  }
  let next = 0;
  const count = Math.min(jobs, list.length);
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = startWorker();
      return new Promise<void>((resolveWorker, reject) => {
        let current = -1;
        const feed = (): void => {
          if (next >= list.length) {
            void worker.terminate().then(() => resolveWorker());
            return;
          }
          current = next++;
          worker.postMessage(list[current]);
        };
        worker.on('message', (row: BatchRow) => {
          rows[current] = row;
          onDone(row, ++done);
          feed();
        });
        worker.on('error', (e) => reject(e));
        worker.on('exit', (code) => {
          if (next < list.length || (current >= 0 && rows[current] === undefined))
            reject(new Error(`worker exited with code ${String(code)}`));
        });
        feed();
      });
    }),
  );
  return rows;
}
