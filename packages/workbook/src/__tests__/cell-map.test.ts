import { describe, expect, it } from 'vitest';
import { locatePath } from '../cell-map.js';
import { readWorkbook } from '../read-workbook.js';
import { sortIssues, type CellIssue } from '../cell-issue.js';
import { sampleGrids } from '../testing.js';

describe('locatePath', () => {
  const { map } = readWorkbook(sampleGrids());
  it.each([
    [['indicators', 1, 'target'], '绩效指标!F3'],
    [['indicators', 2, 'points'], '绩效指标!J4'],
    [['indicators', 2], '绩效指标!C4'],
    [['indicators', 0, 'explanation'], '绩效指标!C2'],
    [['budgetLines', 1, 'spent'], '预算执行!F3'],
    [['info', 'year'], '基本信息!B3'],
  ])('%j → %s', (path, cell) => expect(locatePath(map, path).cell).toBe(cell));

  it('points at the sheet or nothing when it cannot place a path', () => {
    expect(locatePath(map, ['indicators'])).toEqual({ sheet: '绩效指标' });
    expect(locatePath(map, ['indicators', 9, 'target'])).toEqual({ sheet: '绩效指标' });
    expect(locatePath(map, ['budgetLines', 0, 'monthly', 5])).toEqual({
      sheet: '预算执行',
      row: 1,
      col: 0,
      cell: '预算执行!A2',
    });
    expect(locatePath(map, ['options', 'checkpoints'])).toEqual({ sheet: null });
  });
});

describe('sortIssues', () => {
  it('orders by contract sheet, row, column; workbook-wide first; stable', () => {
    const issue = (sheet: string | null, row?: number, col?: number, code = 'x'): CellIssue => ({
      severity: 'error',
      code,
      sheet,
      cell: null,
      params: {},
      ...(row === undefined ? {} : { row }),
      ...(col === undefined ? {} : { col }),
    });
    const sorted = sortIssues([
      issue('绩效指标', 5, 2),
      issue('其他'),
      issue('预算执行', 3),
      issue(null),
      issue('绩效指标', 5, 1, 'a'),
      issue('绩效指标', 5, 1, 'b'),
      issue('绩效指标'),
    ]);
    expect(sorted.map((i) => [i.sheet, i.row, i.col, i.code])).toEqual([
      [null, undefined, undefined, 'x'],
      ['预算执行', 3, undefined, 'x'],
      ['绩效指标', undefined, undefined, 'x'],
      ['绩效指标', 5, 1, 'a'],
      ['绩效指标', 5, 1, 'b'],
      ['绩效指标', 5, 2, 'x'],
      ['其他', undefined, undefined, 'x'],
    ]);
  });
});
