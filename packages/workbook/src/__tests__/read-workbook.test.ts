import { describe, expect, it } from 'vitest';
import { isPlainAmount } from '@jixiao/engine';
import { readWorkbook } from '../read-workbook.js';
import type { CellValue } from '../port.js';
import {
  BUDGET_HEADER,
  INDICATOR_HEADER,
  INFO_ROWS,
  grid,
  grids,
  sampleGrids,
} from '../testing.js';
import { renderIssue } from '../render-issue.js';

describe('readWorkbook: the sample grids', () => {
  it('reads info, budget lines and indicators as engine input', () => {
    const { input, issues, map } = readWorkbook(sampleGrids());
    expect(issues).toEqual([]);
    expect(input?.info).toEqual({ department: '示例局', year: 2024, unit: '万元' });
    expect(input?.budgetLines).toEqual([
      {
        ref: '预算执行!A2',
        name: '人员经费',
        type: '基本支出',
        source: '财政拨款',
        initialBudget: 820,
        budget: 836.5,
        spent: 836.5,
      },
      {
        ref: '预算执行!A3',
        name: '信息化运维',
        type: '项目支出',
        source: '财政拨款',
        initialBudget: 460,
        budget: 470,
        spent: 466.18,
      },
    ]);
    expect(input?.indicators[0]).toMatchObject({
      name: '预算执行率',
      method: '正向',
      target: '≥100%',
      actual: null,
      source: '整体支付率',
      points: '10',
      key: false,
    });
    expect(input?.indicators[1]).toMatchObject({
      name: '公文交换份数',
      key: true,
      target: '≥12000份',
      actual: '12650',
      points: '60',
    });
    expect(input?.indicators[2]).toMatchObject({
      actual: '88%',
      params: '90%:30;80%:24;60%:15;0:0',
      deviationReason: '满意度略低',
    });
    expect(map.indicators?.rows).toEqual([1, 2, 3]);
    expect(map.budget?.columns.rate).toBe(6);
  });
});

describe('headers found by name', () => {
  it('accepts English aliases, reordered and extra columns, spaces, full-width text and a header below row 1', () => {
    const budget = grid(
      'Budget',
      [
        ['2024 年预算执行情况表'],
        [],
        ['备注', ' Spent ', '全年预算数（万元）', 'Ｉｔｅｍ', '支出 类型', 'Rate'],
        ['x', 198.72, 205.3, '公用经费', '基本支出', null],
      ],
      { origin: { row: 3, col: 2 } },
    );
    const { input, issues, map } = readWorkbook(
      grids(grid('Info', INFO_ROWS), budget, grid('绩效指标', [INDICATOR_HEADER])),
    );
    expect(issues).toEqual([]);
    expect(input?.budgetLines).toEqual([
      { ref: 'Budget!F7', name: '公用经费', type: '基本支出', budget: 205.3, spent: 198.72 },
    ]);
    expect(map.budget).toMatchObject({
      sheet: 'Budget',
      headerRow: 5,
      columns: { spent: 3, budget: 4, name: 5, type: 6, rate: 7 },
      rows: [6],
    });
  });

  it('reports a missing required column by name and still reads the rest', () => {
    const { input, issues } = readWorkbook(
      grids(
        grid('基本信息', INFO_ROWS),
        grid('预算执行', [
          ['项目名称', '支出类型', '全年预算数'],
          ['a', '基本支出', 10],
        ]),
        grid('绩效指标', [INDICATOR_HEADER]),
      ),
    );
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['column.missing', '预算执行', null],
    ]);
    expect(renderIssue(issues[0]!)).toBe(
      '工作表“预算执行”：缺少必填列“全年执行数”（Spent），该列的数据无法读取。请在第 1 行表头中添加该列。',
    );
    expect(input?.budgetLines).toEqual([
      // the missing column is reported once, here; the engine is told not to report it again
      {
        ref: '预算执行!A2',
        name: 'a',
        type: '基本支出',
        budget: 10,
        spent: null,
        reported: ['spent'],
      },
    ]);
  });

  it('warns about a repeated column and uses the first', () => {
    const { issues, input } = readWorkbook(
      grids(
        grid('基本信息', INFO_ROWS),
        grid('预算执行', [
          [...BUDGET_HEADER, '全年执行数'],
          ['a', '基本支出', null, null, 10, 9, null, 1],
        ]),
        grid('绩效指标', [INDICATOR_HEADER]),
      ),
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['column.duplicate', '预算执行!H1']]);
    expect(input?.budgetLines[0]?.spent).toBe(9);
  });
});

describe('table shapes', () => {
  it('reads a two-row header (月度支付 above 1月 … 12月)', () => {
    const budget = grid('预算执行', [
      ['项目名称', '支出类型', '全年预算数', '全年执行数', '月度支付', null, null],
      [null, null, null, null, '1月', '2月', '3月'],
      ['a', '基本支出', 10, 9, 1, 2, 3],
    ]);
    const { input, issues, map } = readWorkbook(
      grids(grid('基本信息', INFO_ROWS), budget, grid('绩效指标', [INDICATOR_HEADER])),
    );
    expect(issues).toEqual([]);
    expect(map.budget?.headerRow).toBe(1);
    expect(input?.budgetLines).toEqual([
      {
        ref: '预算执行!A3',
        name: 'a',
        type: '基本支出',
        budget: 10,
        spent: 9,
        monthly: [1, 2, 3, null, null, null, null, null, null, null, null, null],
      },
    ]);
  });

  it('an unreadable monthly amount is an error on its cell saying what it feeds', () => {
    const budget = grid('预算执行', [
      ['项目名称', '支出类型', '全年预算数', '全年执行数', '1月', '2月', '3月'],
      ['a', '基本支出', 10, 6, 1, '两万', '3%'],
    ]);
    const { input, issues } = readWorkbook(
      grids(grid('基本信息', INFO_ROWS), budget, grid('绩效指标', [INDICATOR_HEADER])),
    );
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['error', 'cell.notNumber', '预算执行!F2'],
      ['error', 'cell.percentNotAllowed', '预算执行!G2'],
    ]);
    expect(renderIssue(issues[0]!)).toBe(
      '预算执行!F2：“两万”不是数字，应为2月支付金额（数字）。该月支付用于计算支付进度（年中、三季度及序时进度）和均衡性，结果为暂定。',
    );
    expect(renderIssue(issues[0]!, 'en-US')).toBe(
      '预算执行!F2: "两万" is not a number; expected the payments of month 2 (a number). The month\'s payments feed payment progress (mid-year, third quarter, against the time schedule) and its balance, so the result is provisional.',
    );
    expect(input?.budgetLines[0]?.monthly?.slice(0, 3)).toEqual([1, null, null]);
  });

  it('an unreadable month on a 合计 row is a warning saying it is not used', () => {
    const budget = grid('预算执行', [
      ['项目名称', '支出类型', '全年预算数', '全年执行数', '1月', '2月'],
      ['a', '基本支出', 10, 3, 1, 2],
      ['合计', null, 10, 3, 1, '两'],
    ]);
    const { issues } = readWorkbook(
      grids(grid('基本信息', INFO_ROWS), budget, grid('绩效指标', [INDICATOR_HEADER])),
    );
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['warning', 'cell.notNumber', '预算执行!F3'],
    ]);
    expect(renderIssue(issues[0]!)).toBe(
      '预算执行!F3：“两”不是数字，应为2月支付金额（数字）。合计、小计行的月度支付不参与支付进度的计算，此值未使用，不影响结果。',
    );
    expect(renderIssue(issues[0]!, 'en-US')).toMatch(
      /expected the payments of month 2 \(a number\)\. Monthly payments on a total or subtotal row do not enter payment progress; this value is not used and does not change the result\.$/,
    );
  });

  it('a blank 一级/二级指标 continues the row above (merged cells)', () => {
    const sheet = grid('绩效指标', [
      ['一级指标', '二级指标', '三级指标', '分值'],
      ['产出指标', '数量指标', 'a', 10],
      [null, null, 'b', 10],
      [null, '质量指标', 'c', 10],
      ['效益指标', null, 'd', 10],
    ]);
    const { input, issues } = readWorkbook(
      grids(grid('基本信息', INFO_ROWS), grid('预算执行', [BUDGET_HEADER]), sheet),
    );
    expect(issues).toEqual([]);
    expect(input?.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', 'a'],
      ['产出指标', '数量指标', 'b'],
      ['产出指标', '质量指标', 'c'],
      ['效益指标', null, 'd'],
    ]);
  });

  it('a blank 一级指标 on the first row is an error at its cell', () => {
    const sheet = grid('绩效指标', [
      ['一级指标', '三级指标', '分值'],
      [null, 'a', 10],
    ]);
    const { issues } = readWorkbook(
      grids(grid('基本信息', INFO_ROWS), grid('预算执行', [BUDGET_HEADER]), sheet),
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['cell.required', '绩效指标!A2']]);
  });
});

describe('missing sheets', () => {
  it('reports each missing sheet; without 绩效指标 there is no input', () => {
    const { input, issues } = readWorkbook(grids(grid('预算执行', [BUDGET_HEADER])));
    expect(input).toBeNull();
    expect(issues.map((i) => [i.code, i.params.sheet])).toEqual([
      ['sheet.missing', '基本信息'],
      ['sheet.missing', '绩效指标'],
    ]);
    expect(renderIssue(issues[1]!)).toContain('缺少工作表“绩效指标”');
  });

  it('reports a sheet whose header cannot be found', () => {
    const { input, issues } = readWorkbook(
      grids(
        grid('基本信息', INFO_ROWS),
        grid('预算执行', [
          ['a', 'b'],
          [1, 2],
        ]),
        grid('绩效指标', [INDICATOR_HEADER]),
      ),
    );
    expect(input).toBeNull();
    expect(issues.map((i) => [i.code, i.sheet])).toEqual([['sheet.headerNotFound', '预算执行']]);
    expect(renderIssue(issues[0]!)).toContain('项目名称、支出类型、全年预算数、全年执行数');
  });
});

describe('rows', () => {
  it('skips blank rows and notes, marks 合计/小计 rows', () => {
    const { input, map } = readWorkbook(
      grids(
        grid('基本信息', INFO_ROWS),
        grid('预算执行', [
          BUDGET_HEADER,
          ['人员经费', '基本支出', null, null, 100, 90, null],
          [null, '  ', null, null, null, null, 0.9],
          ['基本支出小计', null, null, null, 100, 90, null],
          ['合计', null, null, null, 100, 90, null],
          ['注：单位为万元'],
        ]),
        grid('绩效指标', [INDICATOR_HEADER]),
      ),
    );
    expect(input?.budgetLines.map((l) => [l.name, l.role ?? 'line'])).toEqual([
      ['人员经费', 'line'],
      ['基本支出小计', 'subtotal'],
      ['合计', 'total'],
    ]);
    expect(map.budget?.rows).toEqual([1, 3, 4]);
  });

  it('checks an indicator 合计 row’s 分值 against the indicators’ sum, never scores it', () => {
    const read = (total: CellValue) =>
      readWorkbook(
        grids(
          grid('基本信息', INFO_ROWS),
          grid('预算执行', [BUDGET_HEADER]),
          grid('绩效指标', [
            ['三级指标', '一级指标', '分值', '年度指标值', '实际完成值'],
            ['a', '产出指标', 60.5, '≥90%', '95%'],
            ['b', '效益指标', 39.5, '≥90%', '95%'],
            [null, '合计', total, null, null],
          ]),
        ),
      );
    const ok = read(100);
    expect(ok.input?.indicators.map((i) => i.name)).toEqual(['a', 'b']);
    expect(ok.map.indicators?.rows).toEqual([1, 2]);
    expect(ok.issues.filter((i) => i.code === 'indicator.totalPoints')).toEqual([]);
    const off = read(90);
    expect(off.input?.indicators).toHaveLength(2);
    const issue = off.issues.find((i) => i.code === 'indicator.totalPoints');
    expect(issue?.severity).toBe('warning');
    expect(issue?.cell).toBe('绩效指标!C4');
    expect(renderIssue(issue!)).toBe(
      '绩效指标!C4：合计行的分值 90 与各指标分值之和 100 不一致。合计行不计分，请核对各指标的分值或合计数。',
    );
    // a blank 分值 on the 合计 row is not checked
    expect(read(null).issues.filter((i) => i.code === 'indicator.totalPoints')).toEqual([]);
  });
});

/** Reads one budget amount typed as `value` (into 全年预算数, cell E2). */
function readBudgetCell(value: CellValue, numberFormat: string | null = null) {
  const row: CellValue[] = ['a', '基本支出', null, null, value, 1, null];
  const formats = numberFormat === null ? undefined : [[], [null, null, null, null, numberFormat]];
  const { input, issues } = readWorkbook(
    grids(
      grid('基本信息', INFO_ROWS),
      grid('预算执行', [BUDGET_HEADER, row], formats ? { numberFormats: formats } : {}),
      grid('绩效指标', [INDICATOR_HEADER]),
    ),
  );
  return { value: input?.budgetLines[0]?.budget, issues };
}

/** Reads one indicator cell of the given column typed as `value`. */
function readIndicatorCell(column: string, value: CellValue, numberFormat: string | null = null) {
  const header = ['三级指标', '一级指标', '分值', column];
  const formats = numberFormat === null ? undefined : [[], [null, null, null, numberFormat]];
  const { input, issues } = readWorkbook(
    grids(
      grid('基本信息', INFO_ROWS),
      grid('预算执行', [BUDGET_HEADER]),
      grid(
        '绩效指标',
        [header, ['x', '产出指标', 10, value]],
        formats ? { numberFormats: formats } : {},
      ),
    ),
  );
  return { indicator: input?.indicators[0], issues };
}

describe('values as people type them', () => {
  it.each([
    [1234.56, '1234.56'],
    ['1,234.56', '1234.56'],
    ['１２３', '123'],
    ['  ８３６．５ ', '836.5'],
    ['13534.7', '13534.7'],
    [13534.7, '13534.7'],
    [1e-7, '0.0000001'],
    [1.5e21, '1500000000000000000000'],
    ['1.2E+3', '1200'],
    ['(1,200.00)', '-1200'],
    ['¥300', '300'],
    ['12.5万元', '12.5'],
    [0.1 + 0.2, '0.3'],
    [14511.199999999999, '14511.2'],
    [1160.89 * 3, '3482.67'],
    [123456789012.345, '123456789012.345'],
    [-0, '0'],
  ])('amount %j reads %j', (typed, expected) => {
    const { value, issues } = readBudgetCell(typed);
    expect(issues).toEqual([]);
    // a typed number the engine reads exactly comes through as itself (its decimal is its
    // shortest text); anything else as its decimal text
    if (typeof typed === 'number' && isPlainAmount(typed)) {
      expect(value).toBe(typed === 0 ? 0 : typed);
      expect(String(value)).toBe(expected);
    } else expect(value).toBe(expected);
  });

  it.each([
    [
      '95%',
      'cell.percentNotAllowed',
      '预算执行!E2：“95%”是百分比，这里应为金额（数字，如 1,234.56）。',
    ],
    ['abc', 'cell.notNumber', '预算执行!E2：“abc”不是数字，应为金额（数字，如 1,234.56）。'],
    ['1,23', 'cell.notNumber', '预算执行!E2：“1,23”不是数字，应为金额（数字，如 1,234.56）。'],
    [true, 'cell.notNumber', '预算执行!E2：“TRUE”不是数字，应为金额（数字，如 1,234.56）。'],
    [
      { error: '#DIV/0!' },
      'cell.excelError',
      '预算执行!E2：单元格是 Excel 错误值 #DIV/0!，应为金额（数字，如 1,234.56）。请修正公式或直接填写数值。',
    ],
    [null, 'cell.required', '预算执行!E2：“全年预算数”不能为空，应为金额（数字，如 1,234.56）。'],
    [
      '300元',
      'cell.unitMismatch',
      '预算执行!E2：“300元”带单位“元”，与金额单位“万元”不一致，应填写以万元为单位的数字。',
    ],
  ])('amount %j is an error at 预算执行!E2', (typed, code, message) => {
    const { value, issues } = readBudgetCell(typed);
    expect(value).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: 'error',
      code,
      sheet: '预算执行',
      cell: '预算执行!E2',
      row: 1,
      col: 4,
    });
    expect(renderIssue(issues[0]!)).toBe(message);
    expect(renderIssue(issues[0]!, 'en-US')).toMatch(/^预算执行!E2: /);
  });

  it.each([
    ['≥95%', '≥95%'],
    ['>=95%', '≥95%'],
    ['＞＝９５％', '≥95%'],
    ['≧ 95 %', '≥95%'],
    ['=>95%', '≥95%'],
    ['<=30万元', '≤30万元'],
    ['不超过30万元', '≤30万元'],
    ['≥1,200份', '≥1200份'],
    ['=100%', '=100%'],
    ['0.95', '0.95'],
    ['1,234', '1234'],
    [95, '95'],
    ['达成年度指标', '达成年度指标'],
  ])('target %j reads %j', (typed, expected) => {
    const { indicator, issues } = readIndicatorCell('目标值', typed);
    expect(issues).toEqual([]);
    expect(indicator?.target).toBe(expected);
  });

  it('a percent-formatted number reads as the percentage the cell shows', () => {
    expect(readIndicatorCell('实际值', 0.9999, '0.00%').indicator?.actual).toBe('99.99%');
    expect(readIndicatorCell('目标值', 0.95, '0%').indicator?.target).toBe('95%');
    expect(readIndicatorCell('实际值', 0.95, '"x"0').indicator?.actual).toBe('0.95');
  });

  it.each([
    ['95%', '95%'],
    ['0.95', '0.95'],
    ['１２６５０', '12650'],
    [true, true],
    ['是', '是'],
    ['部分达成年度指标 并具有一定效果', '部分达成年度指标并具有一定效果'],
  ])('actual %j reads %j', (typed, expected) => {
    const { indicator, issues } = readIndicatorCell('实际值', typed);
    expect(issues).toEqual([]);
    expect(indicator?.actual).toBe(expected);
  });

  it('an Excel error in 实际值 is an error with its cell; the indicator is still read', () => {
    const { indicator, issues } = readIndicatorCell('实际值', { error: '#N/A' });
    expect(indicator).toMatchObject({ name: 'x', actual: null, points: '10' });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['cell.excelError', '绩效指标!D2']]);
    expect(renderIssue(issues[0]!)).toBe(
      '绩效指标!D2：单元格是 Excel 错误值 #N/A，应为实际值（数字、百分比、是/否或定性等级）。请修正公式或直接填写数值。',
    );
  });

  it.each([
    ['是', true],
    ['否', false],
    [true, true],
    ['√', true],
    ['Y', true],
    [null, false],
  ])('关键指标 %j reads %j', (typed, expected) => {
    const { indicator, issues } = readIndicatorCell('关键指标', typed);
    expect(issues).toEqual([]);
    expect(indicator?.key).toBe(expected);
  });

  it('an unrecognised 关键指标 is a warning and reads 否', () => {
    const { indicator, issues } = readIndicatorCell('关键指标', '重要');
    expect(indicator?.key).toBe(false);
    expect(issues).toMatchObject([
      { severity: 'warning', code: 'cell.notYesNo', cell: '绩效指标!D2' },
    ]);
  });

  it('评分参数 in full-width punctuation', () => {
    expect(readIndicatorCell('评分参数', '100%：10；80%：7；0：0').indicator?.params).toBe(
      '100%:10;80%:7;0:0',
    );
    expect(readIndicatorCell('评分参数', 0.5).indicator?.params).toBe('0.5');
  });

  it('a literal formula without a cached value is read; any other such formula is an issue', () => {
    const header = ['三级指标', '一级指标', '分值', '目标值', '实际值'];
    const { input, issues } = readWorkbook(
      grids(
        grid('基本信息', INFO_ROWS),
        grid('预算执行', [BUDGET_HEADER]),
        grid('绩效指标', [header, ['x', '产出指标', 10, null, null]], {
          formulas: [[], [null, null, null, '100%', 'SUM(A1:A2)']],
        }),
      ),
    );
    // `=100%` typed into 目标值 is a formula in Excel: its comparator is the `=`
    expect(input?.indicators[0]).toMatchObject({ target: '=100%', actual: null });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['cell.formulaConstant', '绩效指标!D2'],
      ['cell.formulaNoValue', '绩效指标!E2'],
    ]);
  });

  it('a formula whose computed value is "" reads as blank, as Excel shows it (no issue)', () => {
    const header = ['三级指标', '一级指标', '分值', '目标值', '实际值'];
    const { input, issues } = readWorkbook(
      grids(
        grid('基本信息', INFO_ROWS),
        grid('预算执行', [BUDGET_HEADER]),
        grid('绩效指标', [header, ['x', '产出指标', 10, '100%', '']], {
          formulas: [[], [null, null, null, null, 'IF(A1="","",A1)']],
        }),
      ),
    );
    expect(input?.indicators[0]).toMatchObject({ target: '100%', actual: null });
    expect(issues.filter((i) => i.code === 'cell.formulaNoValue')).toEqual([]);
  });

  it('实际值 is not read where 数据来源 is set', () => {
    const header = ['三级指标', '一级指标', '分值', '实际值', '数据来源'];
    const { input, issues } = readWorkbook(
      grids(
        grid('基本信息', INFO_ROWS),
        grid('预算执行', [BUDGET_HEADER]),
        grid('绩效指标', [header, ['x', '产出指标', 10, { error: '#REF!' }, '整体 支付率']]),
      ),
    );
    expect(issues).toEqual([]);
    expect(input?.indicators[0]).toMatchObject({ actual: null, source: '整体支付率' });
  });
});

describe('基本信息', () => {
  it('reads items without a header row, with defaults and grade bands', () => {
    const { input, issues, map } = readWorkbook(
      grids(
        grid('基本信息', [
          ['部门名称', ' 广州市人民政府办公厅 '],
          ['评价年度', '２０２２年'],
          ['等级划分', '90、80、60'],
          ['附件编号', '附件2'],
        ]),
        grid('预算执行', [BUDGET_HEADER]),
        grid('绩效指标', [INDICATOR_HEADER]),
      ),
    );
    expect(issues).toEqual([]);
    expect(input?.info).toEqual({
      department: '广州市人民政府办公厅',
      year: 2022,
      unit: '万元',
      attachmentLabel: '附件2',
      gradeBands: { excellent: '90', good: '80', pass: '60' },
    });
    expect(map.info?.cells.year).toEqual({ row: 1, col: 1 });
  });

  it('reports a missing department, a bad year, unit and bands', () => {
    const { input, issues } = readWorkbook(
      grids(
        grid('基本信息', [
          ['项目', '内容'],
          ['评价年度', '去年'],
          ['金额单位', '美元'],
          ['等级划分', '60/80/90'],
        ]),
        grid('预算执行', [BUDGET_HEADER]),
        grid('绩效指标', [INDICATOR_HEADER]),
      ),
    );
    expect(input?.info).toEqual({ department: '', year: 0, unit: '万元' });
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['error', 'info.missing', null],
      ['error', 'info.badYear', '基本信息!B2'],
      ['error', 'info.badUnit', '基本信息!B3'],
      ['error', 'info.badGradeBands', '基本信息!B4'],
    ]);
    expect(renderIssue(issues[2]!)).toBe(
      '基本信息!B3：“美元”无法识别，金额单位应为“万元”或“元”。金额暂按“万元”读取，但报告中的每个金额都取决于单位（若实为元，会相差一万倍），结果为暂定。',
    );
    expect(renderIssue(issues[2]!, 'en-US')).toBe(
      '基本信息!B3: "美元" is not recognised; 金额单位 (Unit) expects 万元 or 元. Amounts are read as 万元 for now, but every amount printed depends on the unit (10,000 times off if they are in 元), so the result is provisional.',
    );
    expect(renderIssue(issues[3]!)).toBe(
      '基本信息!B4：“60/80/90”无法识别，等级划分应写作“90/80/60”（优、良、中的下限，从高到低）；等级暂不评定。',
    );
    expect(renderIssue(issues[1]!)).toBe(
      '基本信息!B2：“去年”不是年份，评价年度应为四位年份（例如 2022）。',
    );
  });

  it('an unreadable 总分值 is an error (the grade cannot be decided), not a default of 100', () => {
    const { input, issues } = readWorkbook(
      grids(
        grid('基本信息', [...INFO_ROWS, ['总分值', '一百分']]),
        grid('预算执行', [BUDGET_HEADER]),
        grid('绩效指标', [INDICATOR_HEADER]),
      ),
    );
    expect(input?.info.totalPoints).toBeNull();
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['error', 'cell.notNumber']]);
  });

  it('元 as the unit makes amounts with 元 acceptable', () => {
    const { input, issues } = readWorkbook(
      grids(
        grid('基本信息', [...INFO_ROWS.slice(0, 3), ['金额单位', '元']]),
        grid('预算执行', [BUDGET_HEADER, ['a', '基本支出', null, null, '3,000元', 2000, null]]),
        grid('绩效指标', [INDICATOR_HEADER]),
      ),
    );
    expect(issues).toEqual([]);
    expect(input?.budgetLines[0]?.budget).toBe('3000');
  });
});

describe('报告模板', () => {
  it('reads style and content as typed, with their cells, skipping blank rows', () => {
    const { template, issues } = readWorkbook(
      grids(
        ...Object.values(sampleGrids()),
        grid('报告模板', [
          ['样式', '内容'],
          ['标题', '{{部门名称}}自评报告'],
          [],
          [' 正 文', '正文文字'],
        ]),
      ),
    );
    expect(template).toEqual([
      {
        style: '标题',
        content: '{{部门名称}}自评报告',
        cell: '报告模板!B2',
        styleCell: '报告模板!A2',
      },
      { style: '正文', content: '正文文字', cell: '报告模板!B4', styleCell: '报告模板!A4' },
    ]);
    expect(issues).toEqual([]);
  });
});
