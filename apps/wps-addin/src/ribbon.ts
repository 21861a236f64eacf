/**
 * The ribbon's callbacks (ribbon.xml), loaded by index.html as a classic script. WPS calls them as
 * global functions and expects plain return values: an `async` callback (a Promise) breaks the
 * ribbon (issue 15), so every one here is synchronous and only shows the task pane and leaves a
 * command for it in `PluginStorage`; the pane (taskpane.html) does the work.
 */
import type { EtApplication, EtTaskPane } from './wps/et-api.js';
import { COMMAND_KEY, type RibbonCommand } from './pane/command.js';
import { PANE_WIDTH } from './pane/pane-width.js';

const PANE_ID_KEY = 'jixiao.taskPaneId';

const COMMANDS: Record<string, RibbonCommand | undefined> = {
  jixiaoRecalc: 'recalc',
  jixiaoTemplate: 'template',
  jixiaoReport: 'report',
  jixiaoExport: 'export',
};

function app(): EtApplication {
  return (window as unknown as { Application: EtApplication }).Application;
}

/** The pane, created once and found again by the ID kept in PluginStorage. */
function showPane(): EtTaskPane {
  const a = app();
  const id = Number(a.PluginStorage.getItem(PANE_ID_KEY) || '0');
  let pane: EtTaskPane | null = null;
  if (id > 0) {
    try {
      pane = a.GetTaskPane(id);
    } catch {
      pane = null;
    }
  }
  if (!pane) {
    const here = location.href.replace(/[^/]*([?#].*)?$/, '');
    pane = a.CreateTaskPane(`${here}taskpane.html`, '绩效自评助手');
    a.PluginStorage.setItem(PANE_ID_KEY, String(pane.ID));
    pane.Width = PANE_WIDTH;
  }
  pane.Visible = true;
  return pane;
}

export function OnAddinLoad(): boolean {
  return true;
}

export function OnAction(control: { Id: string }): boolean {
  const command = COMMANDS[control.Id];
  if (command) app().PluginStorage.setItem(COMMAND_KEY, command);
  showPane();
  return true;
}

export function OnGetEnabled(): boolean {
  return true;
}

export function GetImage(control: { Id: string }): string {
  return control.Id === 'jixiaoPane' ? 'images/icon-64.png' : 'images/icon-32.png';
}

const callbacks = { OnAddinLoad, OnAction, OnGetEnabled, GetImage };
Object.assign(window, callbacks);
