import { describe, expect, it } from 'vitest';
import type { FileResult } from '../worker/protocol.js';
import type { WorkerClient } from './workerClient.js';
import { WorkerPool } from './workerPool.js';

/** A stand-in for one worker: it answers `score` when `finish` is called, and counts its requests. */
function fakeWorker(log: string[], n: number) {
  const waiting: (() => void)[] = [];
  const worker = {
    get pendingCount() {
      return waiting.length;
    },
    score(fileId: string) {
      log.push(`worker ${String(n)} scores ${fileId}`);
      return new Promise<FileResult>((resolve) => {
        waiting.push(() => resolve({ fileId } as unknown as FileResult));
      });
    },
    terminate() {
      log.push(`worker ${String(n)} stops`);
    },
    finish() {
      waiting.shift()?.();
    },
  };
  return worker;
}

describe('WorkerPool', () => {
  it('starts no worker with the page, one for the first file, another only while one is busy', async () => {
    const log: string[] = [];
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const pool = new WorkerPool(2, () => {
      const w = fakeWorker(log, workers.length + 1);
      workers.push(w);
      return w as unknown as WorkerClient;
    });
    expect(pool.started).toBe(0);
    const first = pool.score('a', 'a.xlsx', new ArrayBuffer(1));
    expect(pool.started).toBe(1);
    workers[0]!.finish();
    await first;
    // the first worker is idle again: a second file does not start another
    const second = pool.score('b', 'b.xlsx', new ArrayBuffer(1));
    expect(pool.started).toBe(1);
    // while it is busy, a third file starts the second worker; a fourth waits on the least busy
    const third = pool.score('c', 'c.xlsx', new ArrayBuffer(1));
    const fourth = pool.score('d', 'd.xlsx', new ArrayBuffer(1));
    expect(pool.started).toBe(2);
    workers[0]!.finish();
    workers[1]!.finish();
    workers[0]!.finish();
    await Promise.all([second, third, fourth]);
    pool.terminate();
    expect(log).toEqual([
      'worker 1 scores a',
      'worker 1 scores b',
      'worker 2 scores c',
      'worker 1 scores d',
      'worker 1 stops',
      'worker 2 stops',
    ]);
  });
});
