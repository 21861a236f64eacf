import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { newWorkbookSheets } from '@jixiao/workbook';
import { FakeExcelHost, type FakeHostOptions } from '../../office/fake/index.js';
import { insertTemplateSheets } from '../insert-template.js';
import { cellAddress } from '@jixiao/workbook';
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
  const rows = host.valuesFromA1(sheet);
  const col = rows[0]!.indexOf(header);
  const row = rows.findIndex((r) => r.includes(key));
  if (col < 0 || row < 0) throw new Error(`no ${header} for ${key} in ${sheet}`);
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
export async function settle(
  host: FakeExcelHost,
  c: PaneController,
  debounceMs = 30,
): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await host.settled();
    await new Promise((r) => setTimeout(r, debounceMs + 10));
    await c.scheduler.whenIdle();
  }
}
