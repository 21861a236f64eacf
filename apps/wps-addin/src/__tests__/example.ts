import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { newWorkbookSheets } from '@jixiao/workbook';
import { FakeEtApplication, type FakeEtOptions } from '../wps/fake/index.js';
import { insertTemplateSheets } from '../wps/insert-template.js';
import { WpsPaneController } from '../pane/wps-controller.js';

/** A fake WPS 表格 holding the example workbook, laid out through the add-in's own 新建模板. */
export function exampleApp(options: FakeEtOptions = {}): FakeEtApplication {
  const app = new FakeEtApplication(options);
  const outcome = insertTemplateSheets(
    app,
    newWorkbookSheets({ example: guangzhou2022, template: guangzhou2022Template }),
  );
  if (outcome.kind !== 'inserted') throw new Error('example not inserted');
  app.workbook.dropDefaultSheet();
  app.calls = 0;
  return app;
}

/** `Sheet!A1` of the cell in column `header` on the row whose cells include `key`. */
export function cellOf(app: FakeEtApplication, sheet: string, key: string, header: string): string {
  const rows = app.valuesFromA1(sheet);
  const col = rows[0]!.indexOf(header);
  const row = rows.findIndex((r) => r.includes(key));
  if (col < 0 || row < 0) throw new Error(`no ${header} for ${key} in ${sheet}`);
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

export function controllerFor(app: FakeEtApplication, debounceMs = 20): WpsPaneController {
  return new WpsPaneController({
    app,
    lang: 'zh-CN',
    debounceMs,
    confirmOpen: () => true,
  });
}

/** Let change events arrive and the scheduler finish. */
export async function settle(
  app: FakeEtApplication,
  c: WpsPaneController,
  debounceMs = 20,
): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await app.settled();
    await new Promise((r) => setTimeout(r, debounceMs + 10));
    await c.scheduler.whenIdle();
  }
}
