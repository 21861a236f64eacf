import { describe, expect, it } from 'vitest';
import { FakeExcelHost } from '../fake/index.js';
import type { XlRange } from '../excel-api.js';

describe('FakeExcelHost (strict Office.js semantics)', () => {
  it('throws PropertyNotLoaded until a property is loaded and synced', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S', [['a', 1]]);
    await host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([['a', 1]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(host.stats.syncs).toBe(1);
  });

  it('applies writes only at sync, in order, and null leaves a cell unchanged', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S', [['keep', 'old']]);
    await host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
      range.values = [[null as unknown as string, 'new']];
      expect(host.cell('S!B1').value).toBe('old');
      const check = ctx.workbook.worksheets.getItem('S').getRange('B1');
      check.load('values');
      await ctx.sync();
      expect(check.values).toEqual([['new']]);
    });
    expect(host.cell('S!A1').value).toBe('keep');
  });

  it('rejects a values array whose shape does not match the range', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S');
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('fails a sync over the 5 MB payload limit', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S');
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, big.length, 1).values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.cell('S!A1').value).toBe('');
  });

  it('invalidates proxies when run returns and syncs pending work implicitly', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S');
    let leaked: XlRange | null = null;
    await host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1');
      range.values = [[5]];
      leaked = range;
      return Promise.resolve();
    });
    expect(host.cell('S!A1').value).toBe(5);
    expect(host.stats.syncs).toBe(1);
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S');
        return Promise.resolve();
      }),
    ).resolves.toBeUndefined();
    expect(() => (leaked!.values = [[1]])).toThrow(/context/);
  });

  it('delivers change events with triggerSource: own writes vs the user', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S');
    const seen: { address: string; triggerSource?: string }[] = [];
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        seen.push({ address: e.address, triggerSource: e.triggerSource });
        return Promise.resolve();
      });
      await ctx.sync();
    });
    host.typeAsUser('S!B2', '95%');
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('C3:C4').values = [[1], [2]];
      await ctx.sync();
    });
    await host.settled();
    expect(seen).toEqual([
      { address: 'B2', triggerSource: 'Unknown' },
      { address: 'C3:C4', triggerSource: 'ThisLocalAddin' },
    ]);
    expect(host.cell('S!B2')).toEqual({ value: 0.95, formula: null, numberFormat: '0%' });
  });

  it('resolves null objects and used ranges', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S', [[], [null, 'x', null, 4]]);
    await host.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('nope');
      const used = ctx.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
      used.load('address, rowIndex, columnIndex, rowCount, columnCount, values, valueTypes');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.address).toBe('S!B2:D2');
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([
        1, 1, 1, 3,
      ]);
      expect(used.values).toEqual([['x', '', 4]]);
      expect(used.valueTypes).toEqual([['String', 'Empty', 'Double']]);
    });
  });

  it('adds sheets, refuses duplicates, selects ranges', async () => {
    const host = new FakeExcelHost();
    host.addSheet('S');
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('新表');
      ws.getRange('A1').values = [['x']];
      ws.getRange('A1').select();
      await ctx.sync();
    });
    expect(host.sheetNames()).toEqual(['S', '新表']);
    expect(host.selection).toBe('新表!A1');
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.add('s');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});
