/**
 * Entry of dev.html (development and end-to-end tests only, never in the manifest): the task pane
 * running against the in-memory fake Excel, which holds the example workbook (广州市人民政府办公厅
 * 2022) laid out by the contract. `window.jixiaoFake` exposes the host so a test can type into a
 * cell as a user would. `?empty` starts with an empty workbook; `?lang=en-US` in English;
 * `?lines=10000` repeats the example's budget lines; `?worker=0` scores on the pane's thread.
 */
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { newWorkbookSheets } from '@jixiao/workbook';
import { FakeExcelHost } from '../office/fake/index.js';
import { insertTemplateSheets } from '../pane/insert-template.js';
import { mountPane } from '../pane/mount-pane.js';
import { paneLang } from '@jixiao/ui';
import type { PaneController } from '../pane/pane-controller.js';
import { supportsModuleWorkers, type WorkerLike } from '../pane/scoring-session.js';

declare global {
  interface Window {
    jixiaoFake?: FakeExcelHost;
    jixiaoPane?: PaneController;
    jixiaoDownloads?: { name: string; bytes: Uint8Array }[];
    jixiaoWorkerLog?: { dir: 'in' | 'out'; type: string; method?: string; ticks: number }[];
  }
}

/**
 * The pane thread's heartbeat and the worker's messages with the heartbeat count when each passed
 * (`window.jixiaoWorkerLog`): the end-to-end test sees the pane's thread run while the worker scores.
 */
let ticks = 0;
setInterval(() => ticks++, 4);
function logged(worker: WorkerLike): WorkerLike {
  const log: { dir: 'in' | 'out'; type: string; method?: string; ticks: number }[] = [];
  window.jixiaoWorkerLog = log;
  const methods = new Map<number, string>();
  return {
    postMessage: (message) => {
      const method = message.type === 'reply' ? methods.get(message.id) : undefined;
      log.push({ dir: 'out', type: message.type, ...(method ? { method } : {}), ticks });
      worker.postMessage(message);
    },
    addEventListener: (type, listener) =>
      worker.addEventListener(type, (event) => {
        const m = event.data;
        if (m.type === 'call') methods.set(m.id, m.method);
        log.push({
          dir: 'in',
          type: m.type,
          ...(m.type === 'call' ? { method: m.method } : {}),
          ticks,
        });
        listener(event);
      }),
    terminate: () => worker.terminate(),
  };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const host = new FakeExcelHost({ latencyMs: Number(params.get('latency') ?? '2') });
  if (!params.has('empty')) {
    // `?lines=10000`: the example's budget lines repeated (a large workbook)
    const lines = Number(params.get('lines') ?? '0');
    const base = guangzhou2022.budgetLines;
    const example =
      lines > 0
        ? {
            ...guangzhou2022,
            budgetLines: Array.from({ length: lines }, (_, i) => ({
              ...base[i % base.length]!,
              name: `${base[i % base.length]!.name}-${i + 1}`,
              monthly: [],
            })),
          }
        : guangzhou2022;
    await insertTemplateSheets(
      host.run,
      newWorkbookSheets({
        example,
        template: guangzhou2022Template,
        ...(lines > 0 ? { spareRows: 0 } : {}),
      }),
      { validations: true },
    );
  }
  window.jixiaoFake = host;
  const controller = mountPane(
    document.getElementById('root')!,
    {
      run: host.run,
      runIn: host.runIn,
      platform: params.get('platform') ?? 'Fake',
      lang: paneLang(params.get('lang') ?? 'zh-CN'),
      debounceMs: Number(params.get('debounce') ?? '300'),
      supportsValidation: true,
      // `?worker=0`: score on the pane's thread (to compare)
      ...(params.get('worker') !== '0' && supportsModuleWorkers()
        ? {
            worker: () =>
              logged(
                new Worker(new URL('../pane/scoring.worker.ts', import.meta.url), {
                  type: 'module',
                }),
              ),
          }
        : {}),
    },
    {
      // the sets the fake models (ExcelApi 1.20's undo grouping, 1.14's triggerSource …)
      supports: (set, version) =>
        set === 'ExcelApi' && ['1.7', '1.8', '1.11', '1.14', '1.20'].includes(version),
      hostVersion: 'fake',
      userAgent: navigator.userAgent,
      moduleWorkers: supportsModuleWorkers(),
      eventWaitMs: 500,
    },
  );
  window.jixiaoPane = controller;
  window.jixiaoDownloads = [];
  const download = controller.download;
  controller.download = (name, bytes, type) => {
    window.jixiaoDownloads!.push({ name, bytes });
    download(name, bytes, type);
  };
}

void main();
