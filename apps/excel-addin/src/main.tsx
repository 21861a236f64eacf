/**
 * Entry of taskpane.html. Inside Excel it is the task pane (and, with the shared runtime, the
 * page that keeps running while the pane is closed); outside Office (`Office.onReady` reports no
 * host) the same app becomes the standalone page.
 */
import { realExcelRun } from './office/excel-api.check.js';
import { paneLang } from './pane/strings.js';
import { mountPane } from './pane/mount-pane.js';

const root = document.getElementById('root')!;

async function startedInExcel(): Promise<void> {
  // The runtime loads with the document from now on, so scores stay current while the pane is closed.
  if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) {
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
  }
}

void Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) {
    mountPane(root, {
      run: realExcelRun(),
      platform: String(info.platform ?? Office.context.platform ?? ''),
      lang: paneLang(Office.context.displayLanguage),
      onStarted: startedInExcel,
    });
  } else {
    void import('./page/mountPage.js').then(({ mountPage }) => mountPage(root));
  }
});
