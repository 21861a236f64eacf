import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { cellAddress, newWorkbookSheets } from '@jixiao/workbook';
import { cellIn, settle as settleHost } from '@jixiao/ui/test-support/hosts';
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

/** The address (`G7`) of the cell in column `header` on the row whose cells include `key`. */
export function cellOf(app: FakeEtApplication, sheet: string, key: string, header: string): string {
  const { row, col } = cellIn(app.valuesFromA1(sheet), key, header);
  return cellAddress(row, col);
}

/** Bytes from a binary string (one char per byte), as `FileSystem` files are stored. */
export function binaryToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
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
export const settle = (app: FakeEtApplication, c: WpsPaneController, debounceMs = 20) =>
  settleHost(app, c, debounceMs);
