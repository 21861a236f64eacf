/**
 * The pane against real-Excel behaviour modelled by the fake (see fake-host.ts for the sources):
 * undo, events that do not come, replaced sheets, cell-edit mode, reopening.
 */
import { describe, expect, it } from 'vitest';
import { cellEditSafeRun } from '../../office/excel-api.js';
import { PaneController } from '../pane-controller.js';
import { cellOf, controllerFor, exampleHost, settle } from './example-host.js';

const ACTUAL = ['绩效指标', '完成高质量调研报告数量', '实际值'] as const;

describe('the pane on real-Excel behaviour', () => {
  it('Ctrl+Z never traps the user: the undone add-in write is not rewritten, the next Ctrl+Z undoes their edit', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    const actual = cellOf(host, ...ACTUAL);
    const score = cellOf(host, '绩效指标', '完成高质量调研报告数量', '得分');
    const before = host.cell(score).value;
    const original = host.cell(actual).value;
    host.typeAsUser(actual, '40');
    await settle(host, c);
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    const rescored = host.cell(score).value;
    expect(rescored).not.toBe(before);
    // Ctrl+Z: undoes the add-in's write (its own undo record on current hosts).
    expect(host.undo()).toBe('addin');
    await settle(host, c);
    expect(host.cell(score).value).toBe(before);
    expect(c.getState().notice).toContain('撤销');
    // Ctrl+Z again: the user's own edit.
    expect(host.undo()).toBe('user');
    await settle(host, c);
    expect(host.cell(actual).value).toBe(original);
    expect(c.getState().evaluation?.total.score).toBe('96.99');
    expect(host.cell(score).value).toBe(before);
    c.dispose();
  });

  it('opening a scored workbook again writes nothing (no cell, no conditional format)', async () => {
    const host = await exampleHost();
    const first = controllerFor(host);
    await first.start();
    await settle(host, first);
    first.dispose();
    const cells = host.stats.cellsWritten;
    const formats = host.stats.formatOps;
    const undo = host.undoStack.length;
    const second = controllerFor(host);
    await second.start();
    await settle(host, second);
    expect(host.stats.cellsWritten).toBe(cells);
    expect(host.stats.formatOps).toBe(formats);
    expect(host.undoStack.length).toBe(undo);
    expect(second.getState().evaluation?.total.score).toBe('96.99');
    second.dispose();
  });

  it('a drop-down pick on the web (no onChanged) is scored once the selection moves', async () => {
    const host = await exampleHost();
    const c = new PaneController({
      run: host.run,
      runIn: host.runIn,
      platform: 'OfficeOnline',
      lang: 'zh-CN',
      debounceMs: 30,
    });
    await c.start();
    await settle(host, c);
    const [sheet] = ACTUAL;
    const at = cellOf(host, ...ACTUAL);
    host.pickFromDropDownOnWeb(at, 40, 'A1');
    await settle(host, c);
    expect(sheet).toBe('绩效指标');
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    c.dispose();
  });

  it('an input that is a formula of other cells (onCalculated only) is scored', async () => {
    const host = await exampleHost();
    const c = new PaneController({
      run: host.run,
      runIn: host.runIn,
      platform: 'PC',
      lang: 'zh-CN',
      debounceMs: 30,
      supportsValidation: true,
    });
    await c.start();
    await settle(host, c);
    host.recalculateAsExcel(cellOf(host, ...ACTUAL), 40);
    await settle(host, c);
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    c.dispose();
  });

  it('a sheet deleted and re-created under the same name is listened to again', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    const rows = host.valuesFromA1('绩效指标');
    host.deleteSheet('绩效指标');
    host.addSheet('绩效指标', rows);
    await c.recalculate();
    host.typeAsUser(cellOf(host, ...ACTUAL), '40');
    await settle(host, c);
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    c.dispose();
  });

  it('while the user types in a cell the recalculation waits (delayForCellEdit), then writes; no error', async () => {
    const host = await exampleHost();
    const c = new PaneController({
      run: cellEditSafeRun(host.runWith, { options: { delayForCellEdit: true } }),
      runIn: host.runIn,
      platform: 'PC',
      lang: 'zh-CN',
      debounceMs: 30,
    });
    await c.start();
    await settle(host, c);
    host.typeAsUser(cellOf(host, ...ACTUAL), '40');
    host.beginCellEdit(); // the user is already typing in the next cell
    await host.settled();
    await new Promise((r) => setTimeout(r, 100));
    expect(c.getState().evaluation?.total.score).toBe('96.99');
    host.endCellEdit();
    await settle(host, c);
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    expect(c.getState().error).toBeNull();
    c.dispose();
  });

  it('a host without delayForCellEdit: bounded retries, then the scores are written', async () => {
    const host = await exampleHost({ supportsDelayForCellEdit: false });
    const c = new PaneController({
      run: cellEditSafeRun(host.runWith, {
        options: { delayForCellEdit: true },
        backoffMs: [5, 5, 5, 5, 5, 5, 5, 5],
        sleep: (ms) =>
          new Promise((r) => {
            if (host.cellEditRefusals >= 2) host.endCellEdit();
            setTimeout(r, ms);
          }),
      }),
      runIn: host.runIn,
      platform: 'PC',
      lang: 'zh-CN',
      debounceMs: 30,
    });
    await c.start();
    await settle(host, c);
    host.typeAsUser(cellOf(host, ...ACTUAL), '40');
    host.beginCellEdit();
    await settle(host, c);
    await settle(host, c);
    expect(host.cellEditRefusals).toBeGreaterThanOrEqual(2);
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    expect(c.getState().error).toBeNull();
    c.dispose();
  });
});
