/**
 * Running batch jobs across threads, results in input order. With `jobs` = N, N − 1 worker threads
 * are started once and kept for the whole batch, and this thread scores too (so N threads warm up,
 * not N + 1). Work is handed out in chunks (guided: a share of what is left, down to single jobs at
 * the end so that all threads finish together), and a worker gets its next chunk before it runs out.
 */
import { Worker } from 'node:worker_threads';
import type { BatchJob, BatchRow } from './batch-job.js';

/** Set by the bundle (scripts/bundle.mjs). */
declare const JIXIAO_BUNDLE: boolean | undefined;

/** A chunk of jobs sent to a worker: `jobs[k]` is job `start + k` of the batch. */
export interface BatchChunk {
  start: number;
  jobs: BatchJob[];
}

/** What a worker sends back for each job of a chunk. */
export interface BatchDone {
  index: number;
  row: BatchRow;
}

/** The largest chunk handed out at once. */
const MAX_CHUNK = 16;

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
 * Score every job with `jobs` threads (1: this thread only). `onDone` is called as each finishes.
 * Returns rows in the order of `list`.
 */
export async function runPool(
  list: readonly BatchJob[],
  jobs: number,
  onDone: (row: BatchRow, done: number) => void,
): Promise<BatchRow[]> {
  const threads = Math.max(1, Math.min(jobs, list.length));
  // the workers start loading while this thread loads the scoring code
  const workers = Array.from({ length: threads - 1 }, () => startWorker());
  const { runBatchJob } = await import('./batch-job.js');
  const rows: BatchRow[] = new Array<BatchRow>(list.length);
  let done = 0;
  const finish = (index: number, row: BatchRow): void => {
    rows[index] = row;
    onDone(row, ++done);
  };
  let next = 0;
  /** The next chunk: a share of the jobs left, at most MAX_CHUNK; null when none are left. */
  const take = (): BatchChunk | null => {
    const left = list.length - next;
    if (left <= 0) return null;
    const size = Math.min(MAX_CHUNK, Math.max(1, Math.floor(left / (2 * threads))));
    const chunk = { start: next, jobs: list.slice(next, next + size) };
    next += size;
    return chunk;
  };

  /** Back to the event loop, so that the workers' messages are read and their next chunks sent. */
  const yieldToLoop = (): Promise<void> => new Promise((r) => setImmediate(r));
  const local = async (): Promise<void> => {
    for (let chunk = take(); chunk !== null; chunk = take())
      for (let k = 0; k < chunk.jobs.length; k++) {
        // a job reads and writes its files synchronously: without this the workers would wait
        // for this thread's whole share before their answers were read
        if (workers.length > 0) await yieldToLoop();
        finish(chunk.start + k, await runBatchJob(chunk.jobs[k]!));
      }
  };

  const remote = (worker: Worker): Promise<void> =>
    new Promise<void>((resolveWorker, reject) => {
      /** jobs sent and not yet answered */
      let pending = 0;
      let finished = false;
      const feed = (): void => {
        const chunk = take();
        if (chunk === null) return;
        pending += chunk.jobs.length;
        worker.postMessage(chunk);
      };
      worker.on('message', ({ index, row }: BatchDone) => {
        finish(index, row);
        pending--;
        // the next chunk arrives while the worker still has a job to run
        if (pending <= 1) feed();
        if (pending === 0) {
          finished = true;
          resolveWorker();
        }
      });
      worker.on('error', (e) => reject(e));
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`worker exited with code ${String(code)}`));
      });
      feed();
      feed();
      if (pending === 0) {
        finished = true;
        resolveWorker();
      }
    });

  try {
    await Promise.all([local(), ...workers.map(remote)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return rows;
}
