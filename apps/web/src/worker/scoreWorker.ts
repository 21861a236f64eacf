/**
 * The page's web worker: reads, scores and writes workbooks off the main thread. Requests are
 * handled one at a time, in order, so a large file never runs twice at once.
 */
import { JobRunner } from './jobRunner.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib is in scope, not the worker lib). */
interface WorkerScope {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;

const runner = new JobRunner(
  (message, transfer) => scope.postMessage(message, transfer),
  () => performance.now(),
);

let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(() => runner.handle(request));
};
