/**
 * Entry of taskpane.html. Inside Excel it is the task pane (and, with the shared runtime, the
 * page that keeps running while the pane is closed); outside Office (`Office.onReady` reports no
 * host) the same app becomes the standalone page.
 */
import { realExcelRun } from './office/excel-api.check.js';
import { paneLang } from '@jixiao/ui';
import { mountPane } from './pane/mount-pane.js';
import type { PaneController } from './pane/pane-controller.js';

const root = document.getElementById('root')!;

let controller: PaneController | null = null;

async function startedInExcel(): Promise<void> {
  if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return;
  // The runtime loads with the document from now on, so scores stay current while the pane is closed.
  await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
  // The shared runtime outlives the pane: each time the pane is shown again, recompute everything
  // (edits can be missed: data-validation picks on the web, edits while the runtime was not loaded).
  await Office.addin.onVisibilityModeChanged((args) => {
    if (args.visibilityMode === Office.VisibilityMode.taskpane) void controller?.recalculate();
  });
}

void Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) {
    controller = mountPane(root, {
      run: realExcelRun(),
      platform: String(info.platform ?? Office.context.platform ?? ''),
      lang: paneLang(Office.context.displayLanguage),
      onStarted: startedInExcel,
      supportsValidation: Office.context.requirements.isSetSupported('ExcelApi', '1.8'),
    });
  } else {
    void import('@jixiao/web').then(({ mountPage }) => mountPage(root));
  }
});
