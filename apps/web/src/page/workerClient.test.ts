import { describe, expect, it } from 'vitest';
import type { FileResult, WorkerRequest, WorkerResponse } from '../worker/protocol.js';
import { WorkerClient, type Progress } from './workerClient.js';

/** A stand-in for the scoring worker: it records the requests; `answer` plays its messages. */
function fakeWorker() {
  const sent: WorkerRequest[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<WorkerResponse>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(message: WorkerRequest) {
      sent.push(message);
    },
    terminate() {},
  };
  const answer = (message: WorkerResponse): void =>
    worker.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  return { worker: worker as unknown as Worker, sent, answer };
}

const result = (fileId: string) => ({ fileId }) as unknown as FileResult;

describe('WorkerClient', () => {
  it('delivers a burst of answers together; a progress overtaken by its result is not shown', async () => {
    const { worker, sent, answer } = fakeWorker();
    const client = new WorkerClient(worker);
    const shown: string[] = [];
    const onProgress = (id: string) => (p: Progress) => shown.push(`${id} ${p.stage} ${p.done}`);
    const a = client.score('a', 'a.xlsx', new ArrayBuffer(8), onProgress('a'));
    const b = client.score('b', 'b.xlsx', new ArrayBuffer(8), onProgress('b'));
    const [ra, rb] = sent.map((m) => m.requestId);
    // as the worker sends them, each a separate message event
    answer({ type: 'progress', requestId: ra!, stage: 'reading', done: 0, total: 2 });
    answer({ type: 'progress', requestId: ra!, stage: 'scoring', done: 2, total: 2 });
    answer({ type: 'scored', requestId: ra!, result: result('a') });
    answer({ type: 'progress', requestId: rb!, stage: 'reading', done: 0, total: 2 });
    // nothing is delivered while the burst lasts
    expect(client.pendingCount).toBe(2);
    expect(shown).toEqual([]);
    expect((await a).fileId).toBe('a');
    // a's progress was overtaken by its result; b's latest progress is shown
    expect(shown).toEqual(['b reading 0']);
    expect(client.pendingCount).toBe(1);
    answer({ type: 'scored', requestId: rb!, result: result('b') });
    expect((await b).fileId).toBe('b');
  });

  it('with coalesceMs 0, delivers each answer as it arrives', async () => {
    const { worker, sent, answer } = fakeWorker();
    const client = new WorkerClient(worker, 0);
    const shown: number[] = [];
    const a = client.score('a', 'a.xlsx', new ArrayBuffer(8), (p) => shown.push(p.done));
    const id = sent[0]!.requestId;
    answer({ type: 'progress', requestId: id, stage: 'reading', done: 0, total: 2 });
    expect(shown).toEqual([0]);
    answer({ type: 'scored', requestId: id, result: result('a') });
    expect(client.pendingCount).toBe(0);
    expect((await a).fileId).toBe('a');
  });
});
