import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { newWorkbookSheets } from '@jixiao/workbook';
import { FakeExcelHost, type FakeHostOptions } from '../../office/fake/index.js';
import { insertTemplateSheets } from '../insert-template.js';
import { cellAddress } from '@jixiao/workbook';
import { cellIn, settle as settleHost } from '@jixiao/ui/test-support/hosts';
import { PaneController } from '../pane-controller.js';

/** A fake Excel holding the example workbook, laid out through the add-in's own template insertion. */
export async function exampleHost(options: FakeHostOptions = {}): Promise<FakeExcelHost> {
  const host = new FakeExcelHost(options);
  await insertTemplateSheets(
    host.run,
    newWorkbookSheets({ example: guangzhou2022, template: guangzhou2022Template }),
  );
  return host;
}

/** `Sheet!A1` of the cell in column `header` on the row whose first matching cell equals `key`. */
export function cellOf(host: FakeExcelHost, sheet: string, key: string, header: string): string {
  const { row, col } = cellIn(host.valuesFromA1(sheet), key, header);
  return `${sheet}!${cellAddress(row, col)}`;
}

export function controllerFor(host: FakeExcelHost, debounceMs = 30): PaneController {
  const c = new PaneController({
    run: host.run,
    runIn: host.runIn,
    platform: 'Fake',
    lang: 'zh-CN',
    debounceMs,
  });
  c.download = () => undefined;
  return c;
}

/** Let change events arrive and the scheduler finish. */
export const settle = (host: FakeExcelHost, c: PaneController, debounceMs = 30) =>
  settleHost(host, c, debounceMs);
