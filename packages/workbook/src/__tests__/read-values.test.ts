// Real tables (issue 9): direction and unit columns, header aliases, formulas that are values.
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid, SheetGrids } from '../port.js';
import { readWorkbook } from '../read-workbook.js';
import { renderIssue } from '../render-issue.js';

const grid = (
  name: string,
  values: CellValue[][],
  extra: Partial<Pick<SheetGrid, 'formulas' | 'numberFormats'>> = {},
): SheetGrid => ({ name, origin: { row: 0, col: 0 }, values, ...extra });

const read = (
  header: string[],
  rows: CellValue[][],
  extra: Partial<Pick<SheetGrid, 'formulas' | 'numberFormats'>> = {},
) => {
  const sheets: SheetGrids = {
    基本信息: grid('基本信息', [
      ['部门名称', '局'],
      ['评价年度', 2024],
    ]),
    预算执行: grid('预算执行', [['项目名称', '支出类型', '全年预算数', '全年执行数']]),
    绩效指标: grid('绩效指标', [header, ...rows], extra),
  };
  return readWorkbook(sheets);
};

describe('direction and unit columns (Sichuan, Chongqing layouts)', () => {
  it('指标性质 gives a comparator-less target its comparator; 度量单位 completes bare numbers', () => {
    const { input, issues } = read(
      ['三级指标', '一级指标', '分值', '年度指标值', '指标性质', '度量单位', '全年完成值'],
      [
        ['科目调整次数', '产出', 20, 10, '≤', '次', 12],
        ['足额保障率', '产出', 20, 100, '=', '百分比', 100],
        ['满意度', '满意度', 20, 90, '正向', '%', '92'],
        ['结余率', '效益', 20, 5, '反向', '%', null],
        ['覆盖率', '产出', 20, '≥95%', '定量', null, '96%'],
      ],
    );
    expect(issues).toEqual([]);
    expect(input?.indicators.map((i) => [i.target, i.actual])).toEqual([
      ['≤10次', '12次'],
      ['=100%', '100%'],
      ['≥90%', '92%'],
      ['≤5%', null],
      ['≥95%', '96%'],
    ]);
  });

  it('an unknown direction is a warning quoting it, and is not used', () => {
    const { input, issues } = read(
      ['三级指标', '一级指标', '分值', '目标值', '计算符号'],
      [['x', '产出', 10, 5, '约等于']],
    );
    expect(input?.indicators[0]?.target).toBe('5');
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['cell.directionUnknown', '绩效指标!E2', 'warning'],
    ]);
    expect(renderIssue(issues[0]!)).toContain('约等于');
  });

  it('调整指标值 is the target where a table also has 年初指标值; 偏差原因分析及改进措施 is 偏差原因', () => {
    const { input } = read(
      [
        '三级指标',
        '一级指标',
        '分值',
        '年初指标值',
        '调整指标值',
        '实际完成值',
        '偏差原因分析及改进措施',
      ],
      [['x', '产出', 10, '≥50个', '≥40个', 45, '项目调减']],
    );
    expect(input?.indicators[0]).toMatchObject({
      target: '≥40个',
      actual: '45',
      deviationReason: '项目调减',
    });
    const only = read(['三级指标', '一级指标', '分值', '年初指标值'], [['x', '产出', 10, '≥50个']]);
    expect(only.input?.indicators[0]?.target).toBe('≥50个');
  });

  it('header matching stays exact: no substring matches', () => {
    const { input } = read(
      ['三级指标', '一级指标', '分值', '目标值说明', '指标性质备注'],
      [['x', '产出', 10, '≥50个', '反向']],
    );
    expect(input?.indicators[0]?.target).toBeNull();
  });
});

describe('formulas in 目标值 and 实际值', () => {
  it('a constant formula reads as = plus the value, cached or not, with an info', () => {
    const { input, issues } = read(
      ['三级指标', '一级指标', '分值', '目标值', '实际值'],
      [
        ['a', '产出', 10, 0, 0],
        ['b', '产出', 10, 1, null],
      ],
      { formulas: [[], [null, null, null, '0', null], [null, null, null, '100%', '95%']] },
    );
    expect(input?.indicators.map((i) => [i.target, i.actual])).toEqual([
      ['=0', '0'],
      ['=100%', '95%'],
    ]);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['cell.formulaConstant', '绩效指标!D2', 'info'],
      ['cell.formulaConstant', '绩效指标!D3', 'info'],
      ['cell.formulaConstant', '绩效指标!E3', 'info'],
    ]);
  });

  it('=8个 saved as a formula says so and how to type it (not "recalculate")', () => {
    const { input, issues } = read(
      ['三级指标', '一级指标', '分值', '目标值'],
      [['a', '产出', 10, { error: '#NAME?' }]],
      { formulas: [[], [null, null, null, '8个']] },
    );
    expect(input?.indicators[0]?.target).toBeNull();
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['cell.formulaText', '绩效指标!D2', 'error'],
    ]);
    expect(renderIssue(issues[0]!)).toContain("'=8个 或 ＝8个");
    expect(renderIssue(issues[0]!)).not.toContain('重新计算并保存');
  });
});

describe('comparators as tables print them', () => {
  it.each([
    ['≧95%', '≥95%'],
    ['＞＝95%', '≥95%'],
    ['≦0.5%', '≤0.5%'],
    ['＝100%', '=100%'],
    ['═0起', '=0起'],
    ['不低于95%', '≥95%'],
    ['达到95%', '≥95%'],
    ['95%以上', '≥95%'],
    ['90%及以上', '≥90%'],
    ['30万元以内', '≤30万元'],
    ['5次以下', '≤5次'],
    ['不超过30万元', '≤30万元'],
  ])('%s reads %s', (typed, expected) => {
    const { input } = read(['三级指标', '一级指标', '分值', '目标值'], [['x', '产出', 10, typed]]);
    expect(input?.indicators[0]?.target).toBe(expected);
  });
});
