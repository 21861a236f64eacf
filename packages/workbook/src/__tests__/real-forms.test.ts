/**
 * Layouts of real forms (issue 10): header bands, a unit line above, merged areas, totals and
 * breakdown rows wherever their label sits, the end of the table, dates in year fields.
 */
import { evaluate } from '@jixiao/engine';
import { describe, expect, it } from 'vitest';
import { planWrites } from '../plan-writes.js';
import type { CellValue } from '../port.js';
import { parseYear } from '../read-info.js';
import { readWorkbook } from '../read-workbook.js';
import { BUDGET_HEADER, INFO_ROWS, grid, grids, sampleGrids } from '../testing.js';
import { renderIssue } from '../render-issue.js';

const INFO_NO_UNIT = INFO_ROWS.filter((r) => r[0] !== '金额单位');
const indicators = (): ReturnType<typeof grid> => sampleGrids()['绩效指标']!;

function budget(rows: CellValue[][], extra: Parameters<typeof grid>[2] = {}) {
  return readWorkbook(
    grids(grid('基本信息', INFO_ROWS), grid('预算执行', rows, extra), indicators()),
  );
}

describe('header band', () => {
  it('a title and a 单位：元 line above a two-row header with a 月度支付 group and merged-down headers', () => {
    const reading = readWorkbook(
      grids(
        grid('基本信息', INFO_NO_UNIT),
        grid('预算执行', [
          ['2024年预算执行情况表'],
          [null, null, null, null, null, '单位：元'],
          ['项目名称', '支出类型', '全年预算数', '全年执行数', '月度支付', null],
          [null, null, null, null, '1月', '2月'],
          ['甲', '基本支出', 100, 90, 40, 50],
        ]),
        indicators(),
      ),
    );
    expect(reading.map.budget?.headerRow).toBe(3);
    expect(reading.map.budget?.columns).toMatchObject({ name: 0, budget: 2, m1: 4, m2: 5 });
    expect(reading.input?.budgetLines).toHaveLength(1);
    expect(reading.input?.budgetLines[0]?.monthly?.slice(0, 2)).toEqual([40, 50]);
    expect(reading.info.unit).toBe('元');
  });

  it('基本信息’s 金额单位 wins over a unit line', () => {
    const reading = budget([['单位：元'], BUDGET_HEADER, ['甲', '基本支出', null, null, 100, 90]]);
    expect(reading.info.unit).toBe('万元');
  });
});

describe('rows', () => {
  it('totals by whole label in any cell (序号 column, merged 序号:项目名称), 其中 parts, never substrings', () => {
    const header = ['序号', ...BUDGET_HEADER];
    const reading = budget(
      [
        header,
        [1, '综合计划处', '基本支出', null, null, 100, 90],
        [null, '其中：工资', null, null, null, 60, 60],
        [2, '会计核算中心', '项目支出', null, null, 50, 50],
        ['合 计', null, null, null, null, 150, 140],
        ['总计', null, null, null, null, 150, 140],
      ],
      { merges: [{ top: 5, left: 0, bottom: 5, right: 1 }] },
    );
    const lines = reading.input?.budgetLines ?? [];
    expect(lines.map((l) => [l.name, l.role ?? 'line'])).toEqual([
      ['综合计划处', 'line'],
      ['其中：工资', 'subtotal'],
      ['会计核算中心', 'line'],
      ['合计', 'total'],
      ['总计', 'total'],
    ]);
    expect(reading.issues.filter((i) => i.severity === 'error').map((i) => renderIssue(i))).toEqual(
      [],
    );
    expect(reading.map.budget?.readOnlyRows).toEqual([2]);
    // no 支付率 is planned into the 其中 row
    const evaluation = evaluate(reading.input!);
    const plan = planWrites(
      grids(grid('预算执行', [header]), indicators()),
      reading.map,
      evaluation,
    ).plan;
    expect(plan.cells.filter((c) => c.sheet === '预算执行').map((c) => c.row)).toEqual([
      1, 3, 4, 5,
    ]);
  });

  it('the table ends at signature lines; formula-only rows and far-away values are not lines', () => {
    const rows: CellValue[][] = [
      BUDGET_HEADER,
      ['甲', '基本支出', null, null, 100, 90],
      [null, null, null, null, null, 0],
      ['填表人：张三　　审核人：李四'],
      ['单位负责人：王五'],
      ['乙', '项目支出', null, null, 5, 5],
    ];
    const formulas = rows.map(() => [] as (string | null)[]);
    formulas[2]![5] = 'SUM(G3:R3)';
    const reading = budget(rows, { formulas });
    expect(reading.input?.budgetLines.map((l) => l.name)).toEqual(['甲']);

    const far: CellValue[][] = [BUDGET_HEADER, ['甲', '基本支出', null, null, 100, 90]];
    far[80] = ['end'];
    const farReading = budget(far);
    expect(farReading.input?.budgetLines).toHaveLength(1);
    expect(farReading.issues.find((i) => i.code === 'row.farBelow')?.cell).toBe('预算执行!A81');
  });

  it('支出类型 merged over its lines is read for every line; an output cell in a merge is not written', () => {
    const reading = budget(
      [
        BUDGET_HEADER,
        ['甲', '基本支出', null, null, 100, 90, null],
        ['乙', null, null, null, 100, 80, null],
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 6, bottom: 2, right: 6 },
        ],
      },
    );
    expect(reading.input?.budgetLines.map((l) => l.type)).toEqual(['基本支出', '基本支出']);
    const g = grids(
      grid('预算执行', [BUDGET_HEADER], {
        merges: [{ top: 1, left: 6, bottom: 2, right: 6 }],
      }),
      indicators(),
    );
    const planned = planWrites(g, reading.map, evaluate(reading.input!));
    expect(planned.plan.cells.filter((c) => c.sheet === '预算执行')).toEqual([]);
    expect(planned.issues.filter((i) => i.code === 'output.merged').map((i) => i.cell)).toEqual([
      '预算执行!G2',
      '预算执行!G3',
    ]);
  });
});

describe('year fields', () => {
  it('a date cell reads as its year; a bare number is a date only outside 1900–2100', () => {
    expect(parseYear(44926, 'yyyy"年"')).toBe(2022);
    expect(parseYear(44926, null)).toBe(2022);
    expect(parseYear(2022, null)).toBe(2022);
    expect(parseYear(2022, 'General')).toBe(2022);
    expect(parseYear(44561, 'yyyy-mm-dd')).toBe(2021);
    expect(parseYear('2022-12-31', null)).toBe(2022);
    expect(parseYear('2022年12月', null)).toBe(2022);
    expect(parseYear(2022.5, null)).toBeNull();
    expect(parseYear(3000000, null)).toBeNull();
  });
});
