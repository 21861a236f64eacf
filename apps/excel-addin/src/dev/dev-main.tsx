/**
 * Entry of dev.html (development and end-to-end tests only, never in the manifest): the task pane
 * running against the in-memory fake Excel, which holds the example workbook (广州市人民政府办公厅
 * 2022) laid out by the contract. `window.jixiaoFake` exposes the host so a test can type into a
 * cell as a user would. `?empty` starts with an empty workbook; `?lang=en-US` in English.
 */
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { newWorkbookSheets } from '@jixiao/workbook';
import { FakeExcelHost } from '../office/fake/index.js';
import { insertTemplateSheets } from '../pane/insert-template.js';
import { mountPane } from '../pane/mount-pane.js';
import { paneLang } from '@jixiao/ui';
import type { PaneController } from '../pane/pane-controller.js';

declare global {
  interface Window {
    jixiaoFake?: FakeExcelHost;
    jixiaoPane?: PaneController;
    jixiaoDownloads?: { name: string; bytes: Uint8Array }[];
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const host = new FakeExcelHost({ latencyMs: Number(params.get('latency') ?? '2') });
  if (!params.has('empty')) {
    await insertTemplateSheets(
      host.run,
      newWorkbookSheets({ example: guangzhou2022, template: guangzhou2022Template }),
      { validations: true },
    );
  }
  window.jixiaoFake = host;
  const controller = mountPane(document.getElementById('root')!, {
    run: host.run,
    platform: params.get('platform') ?? 'Fake',
    lang: paneLang(params.get('lang') ?? 'zh-CN'),
    debounceMs: Number(params.get('debounce') ?? '300'),
    supportsValidation: true,
  });
  window.jixiaoPane = controller;
  window.jixiaoDownloads = [];
  const download = controller.download;
  controller.download = (name, bytes) => {
    window.jixiaoDownloads!.push({ name, bytes });
    download(name, bytes);
  };
}

void main();
