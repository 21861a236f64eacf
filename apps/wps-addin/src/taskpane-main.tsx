/**
 * Entry of taskpane.html inside WPS 表格: the shared pane over `window.Application`.
 */
import './polyfills.js';
import { paneLang } from '@jixiao/ui';
import type { EtApplication } from './wps/et-api.js';
import { mountWpsPane } from './pane/mount.js';

const app = (window as unknown as { Application?: EtApplication }).Application;
const root = document.getElementById('root')!;
if (app) {
  mountWpsPane(root, { app, lang: paneLang(navigator.language || 'zh-CN') });
} else {
  root.textContent = '请在 WPS 表格中通过“绩效自评”选项卡打开此面板。';
}
