import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PaneApp } from '@jixiao/ui';
import { WpsPaneController, type WpsEnv } from './wps-controller.js';

/** How often the pane looks for a command the ribbon left in PluginStorage (ms). */
const COMMAND_POLL_MS = 500;

/** Render the shared pane for WPS into `root`, start it, and take the ribbon's commands. */
export function mountWpsPane(root: HTMLElement, env: WpsEnv): WpsPaneController {
  const controller = new WpsPaneController(env);
  createRoot(root).render(
    <StrictMode>
      <PaneApp controller={controller} />
    </StrictMode>,
  );
  void controller.start().then(async () => {
    await controller.runPendingCommand();
    let busy = false;
    setInterval(() => {
      if (busy) return;
      busy = true;
      void controller.runPendingCommand().finally(() => {
        busy = false;
      });
    }, COMMAND_POLL_MS);
  });
  return controller;
}
