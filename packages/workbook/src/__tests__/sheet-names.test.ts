import { describe, expect, it } from 'vitest';
import {
  cellAddress,
  parseCell,
  parseQualifiedAddress,
  parseRect,
  qualify,
  qualifiedAddress,
  splitSheetAddress,
} from '../address.js';
import { sortIssues, type CellIssue } from '../cell-issue.js';
import { BUDGET_SHEET, INDICATOR_SHEET } from '../contract.js';
import { findSheet } from '../grid.js';
import {
  contractSheetNames,
  contractSheetOf,
  isContractSheet,
  sheetsToRead,
} from '../sheet-names.js';

const VARIANTS = [
  '绩效指标',
  '绩效指标：',
  '绩效指标:',
  '绩效指标*',
  ' 绩效指标 ',
  '绩效　指标',
  'INDICATORS',
];

describe('the sheet-name rule', () => {
  it.each(VARIANTS)('reads %j as 绩效指标 everywhere', (name) => {
    expect(contractSheetOf(name)?.key).toBe('indicators');
    expect(isContractSheet(name, INDICATOR_SHEET)).toBe(true);
    expect(isContractSheet(name, BUDGET_SHEET)).toBe(false);
    expect(sheetsToRead(['说明', name, 'Sheet1'])).toEqual([name]);
    const grid = { name, origin: { row: 0, col: 0 }, values: [] };
    expect(findSheet({ [name]: grid }, INDICATOR_SHEET)).toBe(grid);
  });

  it('keeps workbook order and leaves other sheets out', () => {
    expect(
      sheetsToRead(['说明', ' Budget ', '绩效指标', 'Sheet1', 'Info', '报告模板：', '报告']),
    ).toEqual([' Budget ', '绩效指标', 'Info', '报告模板：', '报告']);
    expect(contractSheetOf('报告模板')?.key).toBe('template');
    expect(contractSheetOf('报告')?.key).toBe('report');
    expect(contractSheetOf('指标')).toBeNull();
  });

  it('names the first sheet standing for each contract sheet', () => {
    expect(contractSheetNames(['预算执行*', 'Budget', '绩效指标：'])).toEqual({
      budget: '预算执行*',
      indicators: '绩效指标：',
    });
  });

  it('sorts issues on a variant-named sheet as its contract sheet', () => {
    const at = (sheet: string | null): CellIssue => ({
      severity: 'error',
      code: 'x',
      sheet,
      cell: null,
      params: {},
    });
    expect(
      sortIssues([at('其他'), at('绩效指标：'), at('预算执行'), at(null)]).map((i) => i.sheet),
    ).toEqual([null, '预算执行', '绩效指标：', '其他']);
  });
});

describe('the A1 helper', () => {
  it('round-trips cells', () => {
    for (const [row, col] of [
      [0, 0],
      [6, 6],
      [99, 25],
      [0, 26],
      [1_048_575, 16_383],
    ] as const) {
      expect(parseCell(cellAddress(row, col))).toEqual({ row, col });
    }
    expect(parseCell('$G$7')).toEqual({ row: 6, col: 6 });
    expect(parseCell('g7')).toEqual({ row: 6, col: 6 });
    for (const bad of ['', 'A0', '7G', 'ABCD1', 'A1B', 'A12345678'])
      expect(parseCell(bad)).toBeNull();
  });

  it('quotes sheet names the way Excel does', () => {
    expect(qualifiedAddress('绩效指标', 6, 6)).toBe('绩效指标!G7');
    expect(qualify('My sheet', 'A1:B2')).toBe("'My sheet'!A1:B2");
    expect(qualify("O'Brien", 'A1')).toBe("'O''Brien'!A1");
    expect(qualify('2022', 'A1')).toBe("'2022'!A1");
    expect(qualify('A1', 'A1')).toBe("'A1'!A1");
    expect(qualify('绩效指标：', 'A1')).toBe("'绩效指标：'!A1");
    expect(parseQualifiedAddress("'绩效指标：'!G7")).toEqual({
      sheet: '绩效指标：',
      row: 6,
      col: 6,
    });
    expect(parseQualifiedAddress("'O''Brien'!$B$2")).toEqual({ sheet: "O'Brien", row: 1, col: 1 });
    expect(parseQualifiedAddress('G7')).toBeNull();
    expect(splitSheetAddress("'My sheet'!A1:B2")).toEqual({ sheet: 'My sheet', local: 'A1:B2' });
    expect(parseRect('B2:A1')).toEqual({ row: 0, col: 0, rowCount: 2, colCount: 2 });
    expect(parseRect('1A')).toBeNull();
    expect(parseRect('A1:B2:C3')).toBeNull();
  });
});
