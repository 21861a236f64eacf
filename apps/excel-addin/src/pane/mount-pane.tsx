import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { canDownload, PaneController, type ExcelEnv } from './pane-controller.js';
import { PaneApp } from '@jixiao/ui';
import { runDiagnostics, type DiagnosticsEnv } from '../office/diagnostics.js';
import { DiagnosticsPanel } from './diagnostics-panel.js';

/** What the 诊断 checks learn from Office itself (requirement sets, version, webview). */
export type DiagnosticsHost = Pick<
  DiagnosticsEnv,
  'supports' | 'hostVersion' | 'userAgent' | 'moduleWorkers' | 'eventWaitMs' | 'payloadProbeBytes'
>;

/**
 * Render the task pane into `root` and start it (full recalculation, then listening). With
 * `diagnostics`, the pane ends with the 诊断 link (host checks on a scratch sheet, exported
 * through the controller's download path).
 */
export function mountPane(
  root: HTMLElement,
  env: ExcelEnv,
  diagnostics?: DiagnosticsHost,
): PaneController {
  const controller = new PaneController(env);
  createRoot(root).render(
    <StrictMode>
      <PaneApp
        controller={controller}
        {...(diagnostics ? { footer: diagnosticsFooter(controller, diagnostics) } : {})}
      />
    </StrictMode>,
  );
  void controller.start();
  return controller;
}

/** The pane's footer with 诊断, on the controller's host and download path. */
export function diagnosticsFooter(controller: PaneController, host: DiagnosticsHost) {
  const env = controller.env;
  return (lang: ExcelEnv['lang']) => (
    <DiagnosticsPanel
      lang={lang}
      run={() =>
        runDiagnostics({
          ...host,
          run: env.run,
          ...(env.runIn ? { runIn: env.runIn } : {}),
          platform: env.platform,
        })
      }
      canDownload={canDownload(env.platform)}
      download={(name, bytes, type) => controller.download(name, bytes, type)}
    />
  );
}
