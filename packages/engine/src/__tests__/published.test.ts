import { describe, expect, it } from 'vitest';
import { formatPercent } from '../format/index.js';
import { evaluate, type EvaluationInput, type IndicatorInput } from '../index.js';

const reason = '详见说明';
const ind = (
  level1: string,
  name: string,
  points: number,
  target: string,
  actual: number,
): IndicatorInput => ({
  level1,
  name,
  method: '正向',
  target,
  actual,
  points,
  deviationReason: reason,
});

/** Published figures of a real 部门整体 table (部门决策 15 / 过程 25 / 产出 25 / 效益 35). */
const published: EvaluationInput = {
  info: { department: '某部门', year: 2022 },
  budgetLines: [{ name: '部门整体支出', type: '项目支出', budget: '13534.70', spent: '12634.70' }],
  indicators: [
    ind('决策', '目标设定合理性', 15, '75', 52), // 15 × 52/75 = 10.40
    ind('过程', '资金管理规范性', 25, '10000', 4588), // 11.47
    ind('产出', '产出完成率', 25, '10000', 7952), // 19.88
    ind('效益', '效益实现度', 35, '700', 465), // 23.25
  ],
};

describe('published roll-up figures', () => {
  const e = evaluate(published);

  it('13,534.70 budget, 12,634.70 spent → 93.35%', () => {
    expect(e.budget.totals).toMatchObject({ budget: '13534.7', spent: '12634.7' });
    expect(formatPercent(e.budget.rates.overall)).toBe('93.35%');
  });

  it('10.40/15, 11.47/25, 19.88/25, 23.25/35 → 65.00 中', () => {
    expect(e.rollups.level1.map((r) => [r.name, r.score, r.points])).toEqual([
      ['决策', '10.40', '15'],
      ['过程', '11.47', '25'],
      ['产出', '19.88', '25'],
      ['效益', '23.25', '35'],
    ]);
    expect(e.rollups.level1.map((r) => formatPercent(r.rate))).toEqual([
      '69.33%',
      '45.88%',
      '79.52%',
      '66.43%',
    ]);
    expect(e.total.score).toBe('65.00');
    expect(e.total.grade).toBe('中');
    expect(e.issues).toEqual([]);
  });
});
