/**
 * Entry of taskpane.html. Inside Excel it is the task pane (and, with the shared runtime, the
 * page that keeps running while the pane is closed); outside Office (`Office.onReady` reports no
 * host) the same app becomes the standalone page.
 */
import { realExcelRunIn, realSafeExcelRun } from './office/excel-api.check.js';
import { wireStartup } from './office/startup.js';
import { paneLang } from '@jixiao/ui';
import { mountPane } from './pane/mount-pane.js';
import type { PaneController } from './pane/pane-controller.js';
import { supportsModuleWorkers } from './pane/scoring-session.js';

// Tell taskpane.html's ES5 fallback that the bundle loaded and runs.
(window as { __jixiaoStarted?: () => void }).__jixiaoStarted?.();

const root = document.getElementById('root')!;

let controller: PaneController | null = null;

async function startedInExcel(): Promise<void> {
  // Load with the document (scores stay current while the pane is closed) and recompute each time
  // the pane is shown again; a refusal of one never disables the other.
  const outcome = await wireStartup(
    {
      sharedRuntime: Office.context.requirements.isSetSupported('SharedRuntime', '1.1'),
      loadWithDocument: () => Office.addin.setStartupBehavior(Office.StartupBehavior.load),
      onVisibility: (handler) =>
        Office.addin.onVisibilityModeChanged((args) =>
          handler(args.visibilityMode === Office.VisibilityMode.taskpane),
        ),
    },
    () => void controller?.recalculate(),
  );
  for (const error of outcome.errors) console.warn('jixiao start-up:', error);
}

/** This page's address without query or hash: outside Office it is the standalone page. */
function pageUrl(): string {
  return `${location.origin}${location.pathname}`;
}

void Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) {
    controller = mountPane(
      root,
      {
        run: realSafeExcelRun(),
        runIn: realExcelRunIn(),
        platform: String(info.platform ?? Office.context.platform ?? ''),
        lang: paneLang(Office.context.displayLanguage),
        onStarted: startedInExcel,
        supportsValidation: Office.context.requirements.isSetSupported('ExcelApi', '1.8'),
        pageUrl: pageUrl(),
        // scoring off the pane's thread where the webview runs module workers (Office.js stays here)
        ...(supportsModuleWorkers()
          ? {
              worker: () =>
                new Worker(new URL('./pane/scoring.worker.ts', import.meta.url), {
                  type: 'module',
                }),
            }
          : {}),
        ...(Office.context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1')
          ? { openBrowserWindow: (url: string) => Office.context.ui.openBrowserWindow(url) }
          : {}),
      },
      {
        supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
        hostVersion: Office.context.diagnostics?.version,
        userAgent: navigator.userAgent,
        moduleWorkers: supportsModuleWorkers(),
      },
    );
  } else {
    void import('@jixiao/web').then(({ mountPage }) => mountPage(root));
  }
});
