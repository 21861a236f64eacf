/**
 * Entry of dev.html (development and end-to-end tests only, not in the WPS package): the WPS pane
 * on the fake WPS 表格 holding the example workbook (广州市人民政府办公厅 2022). `window.jixiaoFake`
 * exposes the fake so a test can type into a cell; `?empty` starts with an empty workbook.
 */
import '../polyfills.js';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { newWorkbookSheets } from '@jixiao/workbook';
import { paneLang } from '@jixiao/ui';
import { FakeEtApplication } from '../wps/fake/index.js';
import { insertTemplateSheets } from '../wps/insert-template.js';
import { mountWpsPane } from '../pane/mount.js';
import type { WpsPaneController } from '../pane/wps-controller.js';

declare global {
  interface Window {
    jixiaoFake?: FakeEtApplication;
    jixiaoPane?: WpsPaneController;
  }
}

const params = new URLSearchParams(location.search);
const app = new FakeEtApplication();
if (!params.has('empty')) {
  insertTemplateSheets(
    app,
    newWorkbookSheets({ example: guangzhou2022, template: guangzhou2022Template }),
  );
  app.workbook.dropDefaultSheet();
}
window.jixiaoFake = app;
window.jixiaoPane = mountWpsPane(document.getElementById('root')!, {
  app,
  lang: paneLang(params.get('lang') ?? 'zh-CN'),
  debounceMs: Number(params.get('debounce') ?? '300'),
  confirmOpen: () => params.get('open') !== 'no',
});
