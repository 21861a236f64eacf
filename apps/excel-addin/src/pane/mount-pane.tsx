import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PaneController, type ExcelEnv } from './pane-controller.js';
import { PaneApp } from '@jixiao/ui';

/** Render the task pane into `root` and start it (full recalculation, then listening). */
export function mountPane(root: HTMLElement, env: ExcelEnv): PaneController {
  const controller = new PaneController(env);
  createRoot(root).render(
    <StrictMode>
      <PaneApp controller={controller} />
    </StrictMode>,
  );
  void controller.start();
  return controller;
}
