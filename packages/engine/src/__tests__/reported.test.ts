/**
 * One validation layer: fields the caller (the workbook reader) already reported at their cell are
 * read as missing without a second issue; every other field is still validated by the engine.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationInput } from '../index.js';

const input = (reported: readonly string[] | undefined): EvaluationInput => ({
  info: { department: '测试部门', year: 2022 },
  budgetLines: [{ name: '项目', type: '项目支出', budget: 100, spent: null, reported }],
  indicators: [
    {
      level1: '产出指标',
      name: '甲',
      method: '正向',
      target: 10,
      actual: 10,
      points: null,
      ...(reported ? { reported: ['points'] } : {}),
    },
  ],
});

const codes = (i: EvaluationInput): string[] =>
  evaluate(i).issues.map((x) => `${x.code}@${x.path.join('.')}`);

describe('reported fields', () => {
  it('the engine reports a missing field the caller did not report', () => {
    expect(codes(input(undefined))).toEqual(
      expect.arrayContaining([
        'input.required@budgetLines.0.spent',
        'input.required@indicators.0.points',
      ]),
    );
  });

  it('a reported field is read as missing, without a second issue, and the result stays unknown', () => {
    const all = codes(input(['spent']));
    expect(all).not.toContain('input.required@budgetLines.0.spent');
    expect(all).not.toContain('input.required@indicators.0.points');
    const ev = evaluate(input(['spent']));
    expect(ev.budget.rates.overall).toBeNull();
    expect(ev.indicators[0]?.status).toBe('unscored');
  });

  it('a target the caller could not read is not reported again by the scoring method (F02c)', () => {
    const one = (reported?: readonly string[]): EvaluationInput => ({
      info: { department: '测试部门', year: 2022 },
      budgetLines: [{ name: '项目', type: '项目支出', budget: 100, spent: 100 }],
      indicators: [
        {
          level1: '产出指标',
          name: '补助村(社区)数量',
          method: '等于',
          target: null,
          actual: '8个',
          points: 8,
          ...(reported ? { reported } : {}),
        },
      ],
    });
    expect(codes(one())).toContain('target.missing@indicators.0.target');
    const ev = evaluate(one(['target']));
    expect(ev.issues.map((x) => x.code)).not.toContain('target.missing');
    expect(ev.indicators[0]?.status).toBe('unscored');
    expect(ev.total.complete).toBe(false);
  });
});
