import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  emptyCellMap,
  groupWrites,
  type CellMap,
  type CellWrite,
  type WritePlan,
} from '@jixiao/workbook';
import { FakeExcelHost } from '../fake/index.js';
import { OfficePort } from '../office-port.js';
import { NaivePort } from '../naive-port.js';
import { cellAddress } from '@jixiao/workbook';

/** A budget sheet: header + n lines; `monthly` adds 1月…12月 columns (a wide sheet). */
function budgetHost(n: number, monthly = false): FakeExcelHost {
  const host = new FakeExcelHost();
  const months = monthly ? Array.from({ length: 12 }, (_, i) => `${i + 1}月`) : [];
  const header = [
    '项目名称',
    '支出类型',
    '资金来源',
    '全年预算数',
    '全年执行数',
    ...months,
    '支付率',
  ];
  const rows = [header];
  for (let i = 0; i < n; i++) {
    const m = monthly ? Array.from({ length: 12 }, (_, k) => 10 + ((i + k) % 7) + 0.25) : [];
    rows.push([
      `项目${i + 1}`,
      i % 3 === 0 ? '基本支出' : '项目支出',
      '财政拨款',
      1000 + i,
      990 + (i % 11),
      ...m,
      null,
    ] as never);
  }
  host.addSheet('基本信息', [
    ['项目', '内容'],
    ['部门名称', '测试部门'],
    ['评价年度', 2022],
  ]);
  host.addSheet('预算执行', rows);
  return host;
}

/** A layout whose 绩效指标-like sheet has 得分 and 分值 at these columns on rows first…last. */
function highlightMap(h: {
  sheet: string;
  scoreCol: number;
  pointsCol: number;
  firstRow: number;
  lastRow: number;
}): CellMap {
  return {
    ...emptyCellMap(),
    indicators: {
      sheet: h.sheet,
      headerRow: h.firstRow - 1,
      columns: { score: h.scoreCol, points: h.pointsCol },
      rows: Array.from({ length: h.lastRow - h.firstRow + 1 }, (_, i) => h.firstRow + i),
    },
  };
}

function ratePlan(host: FakeExcelHost, n: number): WritePlan {
  const header = host.valuesFromA1('预算执行')[0]!;
  const col = header.indexOf('支付率');
  const cells: CellWrite[] = [];
  for (let i = 0; i < n; i++) {
    cells.push({
      sheet: '预算执行',
      row: i + 1,
      col,
      address: cellAddress(i + 1, col),
      value: (990 + (i % 11)) / (1000 + i),
      numberFormat: '0.00%',
    });
  }
  return { cells, replaceSheets: [] };
}

describe('OfficePort', () => {
  for (const n of [10, 10_000]) {
    it(`reads ${n} budget lines in one sync and writes their rates in one sync`, async () => {
      const host = budgetHost(n);
      const port = new OfficePort({ run: host.run });
      // The first read lists the sheets once (nothing is addressed that may not exist) …
      await port.readSheets(['基本信息']);
      expect(port.lastRead.syncs).toBe(2);
      // … every later read is one sync, whatever the number of rows.
      const before = host.stats.syncs;
      const grids = await port.readSheets(['基本信息', '预算执行', '绩效指标']);
      expect(host.stats.syncs - before).toBe(1);
      expect(port.lastRead.syncs).toBe(1);
      expect(Object.keys(grids).sort()).toEqual(['基本信息', '预算执行']);
      expect(grids['预算执行']!.values).toHaveLength(n + 1);
      expect(grids['预算执行']!.values[1]!.slice(0, 4)).toEqual([
        '项目1',
        '基本支出',
        '财政拨款',
        1000,
      ]);
      const plan = ratePlan(host, n);
      const syncs = host.stats.syncs;
      await port.apply(plan);
      // One sync re-checks the output cells against the read, one writes.
      expect(host.stats.syncs - syncs).toBe(2);
      expect(port.lastWrite).toMatchObject({ syncs: 2, cells: n, ranges: 1, chunked: false });
      expect(host.cell(`预算执行!F${n + 1}`)).toMatchObject({
        value: plan.cells[n - 1]!.value,
        numberFormat: '0.00%',
      });
    });
  }

  it('writes a one-cell plan as one cell', async () => {
    const host = budgetHost(100);
    const port = new OfficePort({ run: host.run });
    await port.readSheets(['预算执行']);
    const written = host.stats.cellsWritten;
    await port.apply({
      cells: [
        { sheet: '预算执行', row: 7, col: 5, address: 'F8', value: 0.5, numberFormat: '0.00%' },
      ],
      replaceSheets: [],
    });
    expect(host.stats.cellsWritten - written).toBe(1);
    expect(port.lastWrite).toMatchObject({ syncs: 2, cells: 1, ranges: 1 });
  });

  it('reads errors, formulas, blanks and formats faithfully', async () => {
    const host = new FakeExcelHost();
    host.addSheet('绩效指标', [['三级指标', '实际值', '得分']]);
    host.typeAsUser('绩效指标!A2', '满意度');
    host.typeAsUser('绩效指标!B2', '95%');
    host.typeAsUser('绩效指标!C2', '=IF(A9="","",A9)');
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('绩效指标').getRange('B3').values = [['#DIV/0!']];
      await ctx.sync();
    });
    const grid = (await new OfficePort({ run: host.run }).readSheets(['绩效指标']))['绩效指标']!;
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    // A formula whose value is "" keeps '' (blank as Excel shows it, not "no value"); empty is null.
    expect(grid.values[1]).toEqual(['满意度', 0.95, '']);
    expect(grid.values[2]).toEqual([null, { error: '#DIV/0!' }, null]);
    expect(grid.formulas![1]).toEqual([null, null, 'IF(A9="","",A9)']);
    expect(grid.numberFormats![1]).toEqual([null, '0%', null]);
  });

  it('chunks a sheet past the 5 MB limit, one sync per chunk, and only that sheet', async () => {
    const n = 20_000;
    const host = budgetHost(n, true);
    const port = new OfficePort({ run: host.run });
    const grids = await port.readSheets(['基本信息', '预算执行']);
    expect(grids['预算执行']!.values).toHaveLength(n + 1);
    expect(grids['预算执行']!.values[n]![0]).toBe(`项目${n}`);
    expect(grids['基本信息']!.values[1]).toEqual(['部门名称', '测试部门']);
    expect(port.lastRead.chunked).toBe(true);
    // Never measured before: one optimistic attempt fails, then sizes are learnt and chunks fit.
    const limit = 5 * 1024 * 1024;
    expect(host.stats.responseBytes.filter((b) => b > limit)).toHaveLength(1);
    const firstTime = port.lastRead.syncs;
    const failures = host.stats.responseBytes.length;
    // The second read knows the size: no failed attempt, still a handful of syncs.
    await port.readSheets(['基本信息', '预算执行']);
    expect(port.lastRead.syncs).toBeLessThan(firstTime);
    expect(port.lastRead.syncs).toBeLessThanOrEqual(4);
    expect(host.stats.responseBytes.slice(failures).every((b) => b <= limit)).toBe(true);
    // The small sheet alone is still one sync.
    await port.readSheets(['基本信息']);
    expect(port.lastRead.syncs).toBe(1);
  });

  it('reads a wide 20,000-line sheet in one sync where there is no payload limit (desktop)', async () => {
    const host = budgetHost(20_000, true);
    host.payloadLimitBytes = null;
    const port = new OfficePort({ run: host.run, payloadLimitBytes: null });
    await port.sheetNames();
    const grids = await port.readSheets(['基本信息', '预算执行']);
    expect(grids['预算执行']!.values).toHaveLength(20_001);
    expect(port.lastRead).toMatchObject({ syncs: 1, chunked: false });
    expect(Math.max(...host.stats.responseBytes)).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('splits a write only past the limit', async () => {
    const host = new FakeExcelHost();
    host.addSheet('报告模板');
    const port = new OfficePort({ run: host.run, payloadLimitBytes: 200_000 });
    const cells: CellWrite[] = Array.from({ length: 20_000 }, (_, i) => ({
      sheet: '报告模板',
      row: i,
      col: 1,
      address: cellAddress(i, 1),
      value: `第${i}行说明文字`,
    }));
    await port.apply({ cells, replaceSheets: [] });
    expect(port.lastWrite.chunked).toBe(true);
    expect(port.lastWrite.syncs).toBeGreaterThan(1);
    expect(host.cell('报告模板!B20000').value).toBe('第19999行说明文字');
    expect(Math.max(...host.stats.requestBytes)).toBeLessThanOrEqual(200_000);
  });

  it('replaces the 报告 sheet whole in the same sync, adding it when missing', async () => {
    const host = budgetHost(3);
    const port = new OfficePort({ run: host.run });
    await port.readSheets(['预算执行']);
    const syncs = host.stats.syncs;
    await port.apply({
      cells: [],
      replaceSheets: [
        {
          sheet: '报告',
          rows: [
            ['标题', '=不是公式'],
            ['正文', '2022'],
          ],
          columnWidths: [10, 80],
        },
      ],
    });
    expect(host.stats.syncs - syncs).toBe(1);
    expect(host.valuesFromA1('报告')).toEqual([
      ['标题', '=不是公式'],
      ['正文', '2022'],
    ]);
    expect(host.cell('报告!B1').formula).toBeNull();
    // Widths come in characters (as in .xlsx) and go to Office.js in points.
    expect(host.findSheet('报告')!.columnWidths.get(1)).toBe(480);
    await port.apply({ cells: [], replaceSheets: [{ sheet: '报告', rows: [['正文', '短']] }] });
    expect(host.valuesFromA1('报告')).toEqual([['正文', '短']]);
    expect(host.sheetNames()).toEqual(['基本信息', '预算执行', '报告']);
  });

  it('reads again when a sheet disappeared since the last read, and never addresses a missing one', async () => {
    const host = budgetHost(3);
    const port = new OfficePort({ run: host.run });
    await port.readSheets(['基本信息', '预算执行']);
    host.sheets.splice(
      host.sheets.findIndex((s) => s.name === '基本信息'),
      1,
    );
    const grids = await port.readSheets(['基本信息', '预算执行', '绩效指标']);
    expect(Object.keys(grids)).toEqual(['预算执行']);
    expect(port.lastRead.syncs).toBe(3);
  });

  it('recovers when the 报告 sheet was deleted behind its back', async () => {
    const host = budgetHost(3);
    const port = new OfficePort({ run: host.run });
    await port.apply({ cells: [], replaceSheets: [{ sheet: '报告', rows: [['正文', 'a']] }] });
    host.sheets.splice(
      host.sheets.findIndex((s) => s.name === '报告'),
      1,
    );
    await port.apply({ cells: [], replaceSheets: [{ sheet: '报告', rows: [['正文', 'b']] }] });
    expect(host.valuesFromA1('报告')).toEqual([['正文', 'b']]);
  });

  it('adds conditional formatting marking scores below their points', async () => {
    const host = new FakeExcelHost();
    host.addSheet('绩效指标', [
      ['三级指标', '分值', '得分'],
      ['a', 10, 9],
    ]);
    const port = new OfficePort({ run: host.run });
    const h = { sheet: '绩效指标', scoreCol: 2, pointsCol: 1, firstRow: 1, lastRow: 1 };
    await port.apply({ cells: [], replaceSheets: [] }, highlightMap(h));
    await port.apply({ cells: [], replaceSheets: [] }, highlightMap(h));
    expect(host.findSheet('绩效指标')!.conditionalFormats).toEqual([
      {
        address: 'C2',
        operator: 'LessThan',
        formula1: '=$B2',
        fontColor: '#9C0006',
        fillColor: '#FFC7CE',
      },
    ]);
  });

  it('matches the naive adapter cell for cell, with far fewer syncs', async () => {
    const a = budgetHost(50);
    const b = budgetHost(50);
    const fast = new OfficePort({ run: a.run });
    const naive = new NaivePort(b.run);
    expect(await naive.readSheets(['预算执行', '基本信息'])).toEqual(
      await fast.readSheets(['预算执行', '基本信息']),
    );
    const plan = ratePlan(a, 50);
    await fast.apply(plan);
    await naive.apply(plan);
    expect(b.valuesFromA1('预算执行')).toEqual(a.valuesFromA1('预算执行'));
    expect(naive.lastWrite.syncs).toBe(50);
    expect(naive.lastRead.syncs).toBeGreaterThan(50);
  });
});

describe('groupWrites', () => {
  it('covers every plan cell exactly once with the last value written', () => {
    const cell = fc.record({
      row: fc.integer({ min: 0, max: 30 }),
      col: fc.integer({ min: 0, max: 6 }),
      value: fc.oneof(fc.integer(), fc.constant(null)),
      fmt: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 120 }), (raw) => {
        const cells: CellWrite[] = raw.map((c) => ({
          sheet: 'S',
          row: c.row,
          col: c.col,
          address: cellAddress(c.row, c.col),
          value: c.value,
          ...(c.fmt ? { numberFormat: '0.00' } : {}),
        }));
        const expected = new Map<string, CellWrite>();
        for (const c of cells) expected.set(`${c.row},${c.col}`, c);
        const seen = new Map<string, { value: unknown; fmt: string | undefined }>();
        for (const b of groupWrites(cells)) {
          expect(b.values).toHaveLength(b.rowCount);
          for (let r = 0; r < b.rowCount; r++) {
            expect(b.values[r]).toHaveLength(b.colCount);
            for (let c = 0; c < b.colCount; c++) {
              const key = `${b.row + r},${b.col + c}`;
              expect(seen.has(key)).toBe(false);
              seen.set(key, { value: b.values[r]![c], fmt: b.numberFormat?.[r]![c] });
            }
          }
        }
        expect(seen.size).toBe(expected.size);
        for (const [key, c] of expected) {
          expect(seen.get(key)).toEqual({ value: c.value ?? '', fmt: c.numberFormat });
        }
      }),
    );
  });

  it('merges a column of 3-wide runs into one rectangle', () => {
    const cells: CellWrite[] = [];
    for (let r = 1; r <= 20; r++)
      for (let c = 6; c <= 8; c++)
        cells.push({
          sheet: 'S',
          row: r,
          col: c,
          address: cellAddress(r, c),
          value: r * c,
          numberFormat: '0.00',
        });
    const blocks = groupWrites(cells);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ row: 1, col: 6, rowCount: 20, colCount: 3 });
  });
});

describe('OfficePort writes only what it should', () => {
  it('skips and reports an output cell the user typed into between the read and the write', async () => {
    const host = budgetHost(5);
    const port = new OfficePort({ run: host.run });
    await port.readSheets(['预算执行']);
    const plan = ratePlan(host, 5);
    host.typeAsUser('预算执行!F3', '手工填写');
    await port.apply(plan);
    expect(host.cell('预算执行!F3').value).toBe('手工填写');
    expect(port.lastSkipped).toEqual([{ sheet: '预算执行', row: 2, col: 5, address: 'F3' }]);
    expect(host.cell('预算执行!F2').value).toBe(plan.cells[0]!.value);
    expect(host.cell('预算执行!F4').value).toBe(plan.cells[2]!.value);
    // What the add-in wrote itself is not "changed since the read" for the next write.
    await port.apply(ratePlan(host, 5));
    expect(port.lastSkipped).toEqual([{ sheet: '预算执行', row: 2, col: 5, address: 'F3' }]);
  });

  it('also skips a cell that became a formula', async () => {
    const host = budgetHost(2);
    const port = new OfficePort({ run: host.run });
    await port.readSheets(['预算执行']);
    host.typeAsUser('预算执行!F2', '=E2/D2');
    await port.apply(ratePlan(host, 2));
    expect(host.cell('预算执行!F2').formula).toBe('=E2/D2');
    expect(port.lastSkipped.map((s) => s.address)).toEqual(['F2']);
  });

  it('adds the score highlight only when it is missing (opening a scored workbook writes nothing)', async () => {
    const host = budgetHost(3);
    const h = { sheet: '预算执行', scoreCol: 5, pointsCol: 3, firstRow: 1, lastRow: 3 };
    const first = new OfficePort({ run: host.run });
    await first.readSheets(['预算执行']);
    await first.apply({ cells: [], replaceSheets: [] }, highlightMap(h));
    expect(host.findSheet('预算执行')!.conditionalFormats).toEqual([
      expect.objectContaining({ address: 'F2:F4', operator: 'LessThan', formula1: '=$D2' }),
    ]);
    const ops = host.stats.formatOps;
    const undo = host.undoStack.length;
    // A new session (the document opened again): the same highlight is found, nothing written.
    const second = new OfficePort({ run: host.run });
    await second.readSheets(['预算执行']);
    await second.apply({ cells: [], replaceSheets: [] }, highlightMap(h));
    expect(host.stats.formatOps).toBe(ops);
    expect(host.undoStack.length).toBe(undo);
    // A layout change (one more row) replaces it.
    await second.apply({ cells: [], replaceSheets: [] }, highlightMap({ ...h, lastRow: 4 }));
    expect(host.findSheet('预算执行')!.conditionalFormats).toEqual([
      expect.objectContaining({ address: 'F2:F5' }),
    ]);
  });
});
