/**
 * The fake's model of real-Excel behaviour the add-in must survive (each rule cites its source in
 * fake-host.ts), and the adapter helpers that handle it.
 */
import { describe, expect, it } from 'vitest';
import { FakeExcelHost } from '../fake/index.js';
import {
  CELL_EDIT_CODE,
  cellEditSafeRun,
  isPayloadLimitError,
  PAYLOAD_LIMIT_CODES,
  type XlChangedEventArgs,
  type XlEventHandlerResult,
} from '../excel-api.js';

describe('payload limit errors', () => {
  it('a read whose response passes the limit fails with the Response code, a write with the Request code', async () => {
    const host = new FakeExcelHost({ payloadLimitBytes: 10_000 });
    host.addSheet(
      'S',
      Array.from({ length: 2000 }, (_, i) => [`行${i}`, i]),
    );
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:B2000').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A400').values = Array.from(
          { length: 400 },
          () => ['x'.repeat(40)],
        );
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('both codes are recognised', () => {
    expect(isPayloadLimitError({ code: PAYLOAD_LIMIT_CODES.request })).toBe(true);
    expect(isPayloadLimitError({ code: PAYLOAD_LIMIT_CODES.response })).toBe(true);
    expect(isPayloadLimitError({ code: 'GeneralException' })).toBe(false);
    expect(isPayloadLimitError(null)).toBe(false);
  });
});

describe('cell-edit mode', () => {
  const read = async (run: FakeExcelHost['run']) =>
    run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      r.load('values');
      await ctx.sync();
      return r.values[0]![0];
    });

  it('a plain batch fails while the user types in a cell', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S', [[1]]);
    host.beginCellEdit();
    await expect(read(host.run)).rejects.toMatchObject({ code: CELL_EDIT_CODE });
  });

  it('delayForCellEdit waits until the edit ends, then runs', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S', [[1]]);
    host.beginCellEdit();
    const run = cellEditSafeRun(host.runWith, { options: { delayForCellEdit: true } });
    let done = false;
    const p = read(run).then((v) => ((done = true), v));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    host.endCellEdit();
    await expect(p).resolves.toBe(1);
    expect(host.cellEditRefusals).toBe(0);
  });

  it('where delayForCellEdit is not honoured, retries a bounded number of times', async () => {
    const host = new FakeExcelHost({ supportsDelayForCellEdit: false });
    host.addSheet('S', [[1]]);
    host.beginCellEdit();
    const waits: number[] = [];
    const run = cellEditSafeRun(host.runWith, {
      options: { delayForCellEdit: true },
      backoffMs: [1, 2, 3],
      sleep: (ms) => {
        waits.push(ms);
        if (waits.length === 2) host.endCellEdit();
        return Promise.resolve();
      },
    });
    await expect(read(run)).resolves.toBe(1);
    expect(waits).toEqual([1, 2]);
    expect(host.cellEditRefusals).toBe(2);

    host.beginCellEdit();
    const never = cellEditSafeRun(host.runWith, {
      options: {},
      backoffMs: [1, 1],
      sleep: () => Promise.resolve(),
    });
    await expect(read(never)).rejects.toMatchObject({ code: CELL_EDIT_CODE });
    expect(host.cellEditRefusals).toBe(2 + 3);
  });

  it('runs a batch again without mergeUndoGroup when the host cannot group it', async () => {
    const seen: unknown[] = [];
    const run = cellEditSafeRun(
      async (options, batch) => {
        seen.push(options.mergeUndoGroup);
        if (options.mergeUndoGroup)
          throw Object.assign(new Error('x'), { code: 'UndoNotSupported' });
        return batch(null as never);
      },
      { options: { mergeUndoGroup: true } },
    );
    await expect(run(() => Promise.resolve(7))).resolves.toBe(7);
    expect(seen).toEqual([true, false]);
  });
});

describe('event handlers', () => {
  async function subscribe(host: FakeExcelHost, sheet: string, log: string[]) {
    return host.run(async (ctx) => {
      const h = ctx.workbook.worksheets
        .getItem(sheet)
        .onChanged.add((args: XlChangedEventArgs) => Promise.resolve(void log.push(args.address)));
      await ctx.sync();
      return h;
    });
  }

  it('remove() takes effect only at a sync of the context the handler was added in', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S', [[1]]);
    const log: string[] = [];
    const handle: XlEventHandlerResult = await subscribe(host, 'S', log);
    handle.remove();
    host.typeAsUser('S!A1', 2);
    await host.settled();
    expect(log).toEqual(['A1']);
    // Removing in another context's sync does nothing either.
    await host.run((ctx) => ctx.sync());
    host.typeAsUser('S!A1', 3);
    await host.settled();
    expect(log).toEqual(['A1', 'A1']);
    await host.runIn(handle.context, (ctx) => ctx.sync());
    host.typeAsUser('S!A1', 4);
    await host.settled();
    expect(log).toEqual(['A1', 'A1']);
  });

  it('a sheet deleted and re-created under the same name does not keep the old handler', async () => {
    const host = new FakeExcelHost();
    const old = host.addSheet('S', [[1]]);
    const log: string[] = [];
    await subscribe(host, 'S', log);
    host.deleteSheet('S');
    const fresh = host.addSheet('S', [[1]]);
    expect(fresh.id).not.toBe(old.id);
    host.typeAsUser('S!A1', 2);
    await host.settled();
    expect(log).toEqual([]);
  });

  it('a drop-down pick on the web fires no onChanged, only the selection change after it', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S', [['是']]);
    const changes: string[] = [];
    const selections: string[] = [];
    await subscribe(host, 'S', changes);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem('S')
        .onSelectionChanged.add((a) => Promise.resolve(void selections.push(a.address)));
      await ctx.sync();
    });
    host.pickFromDropDownOnWeb('S!A1', '否', 'A2');
    await host.settled();
    expect(host.cell('S!A1').value).toBe('否');
    expect(changes).toEqual([]);
    expect(selections).toEqual(['A2']);
  });
});

describe('undo', () => {
  it('with API undo: each add-in sync is one record, a merged run is one; undo restores and fires onChanged', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S', [[1, 2]]);
    host.typeAsUser('S!A1', 5);
    await host.runWith({ mergeUndoGroup: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1').values = [[10]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem('S').getRange('C1').values = [[11]];
      await ctx.sync();
    });
    expect(host.undoStack.map((r) => r.by)).toEqual(['user', 'addin']);
    expect(host.undo()).toBe('addin');
    expect([host.cell('S!B1').value, host.cell('S!C1').value]).toEqual([2, '']);
    expect(host.undo()).toBe('user');
    expect(host.cell('S!A1').value).toBe(1);
    expect(host.changeLog.slice(-2).map((c) => c.address)).toEqual(['B1:C1', 'A1']);
  });

  it('without API undo support an add-in write empties the undo stack', async () => {
    const host = new FakeExcelHost({ undo: 'none' });
    host.addSheet('S', [[1, 2]]);
    host.typeAsUser('S!A1', 5);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1').values = [[10]];
      await ctx.sync();
    });
    expect(host.undo()).toBeNull();
    expect(host.cell('S!A1').value).toBe(5);
  });
});
