import { describe, expect, it } from 'vitest';
import {
  serveScoring,
  type FromWorker,
  type ToWorker,
  type WorkerLike,
} from '../scoring-session.js';
import { PaneController } from '../pane-controller.js';
import { cellOf, exampleHost, settle } from './example-host.js';
import type { FakeExcelHost } from '../../office/fake/index.js';

/**
 * A worker over an in-memory channel: messages are structured-cloned and delivered on a later
 * task, as postMessage does, and the "worker" side runs the same loop as scoring.worker.ts.
 */
function memoryWorker(): WorkerLike & { calls: string[] } {
  const toPane: ((event: { data: FromWorker }) => void)[] = [];
  let toWorker: ((message: ToWorker) => void) | null = null;
  const calls: string[] = [];
  serveScoring(
    (message) => {
      if (message.type === 'call') calls.push(message.method);
      const data = structuredClone(message);
      setTimeout(() => toPane.forEach((l) => l({ data })), 0);
    },
    (handler) => (toWorker = handler),
  );
  return {
    calls,
    postMessage: (message) => {
      const data = structuredClone(message);
      setTimeout(() => toWorker!(data), 0);
    },
    addEventListener: (_type, listener) => toPane.push(listener),
    terminate: () => undefined,
  };
}

function controllerWith(host: FakeExcelHost, worker: WorkerLike): PaneController {
  return new PaneController({
    run: host.run,
    runIn: host.runIn,
    platform: 'Fake',
    lang: 'zh-CN',
    debounceMs: 30,
    worker: () => worker,
  });
}

describe('scoring in a worker (the protocol over an in-memory channel)', () => {
  it('scores, then scores an edit incrementally; every workbook call is served by the pane', async () => {
    const host = await exampleHost();
    const worker = memoryWorker();
    const c = controllerWith(host, worker);
    expect(c.scoringThread).toBe('worker');
    await c.start();
    expect(c.getState().evaluation?.total.score).toBe('96.99');
    expect(worker.calls).toEqual(
      expect.arrayContaining(['sheetNames', 'readSheets', 'apply', 'skipped', 'knownNames']),
    );
    host.typeAsUser(cellOf(host, '绩效指标', '完成高质量调研报告数量', '实际值'), '40');
    await settle(host, c);
    expect(c.lastPath).toBe('incremental');
    expect(worker.calls).toContain('readRows');
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    expect(host.cell(cellOf(host, '绩效指标', '完成高质量调研报告数量', '得分')).value).toBe(3.2);
    c.dispose();
  });

  it('an Office error raised on the pane reaches the pane with its code', async () => {
    const host = await exampleHost();
    const c = controllerWith(host, memoryWorker());
    host.beforeSync = () => {
      const error = new Error('protected') as Error & { code: string };
      error.code = 'AccessDenied';
      throw error;
    };
    await c.start();
    expect(c.getState().error?.code).toBe('AccessDenied');
    c.dispose();
  });
});
