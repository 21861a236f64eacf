import { guangzhou2022 } from '@jixiao/example';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from '../format/index.js';
import { evaluate, type EvaluationInput } from '../index.js';
import { explain } from '../messages/index.js';

// The example package has no dependency on the engine: this assignment is the type check.
const input: EvaluationInput = guangzhou2022;

/** The report's 10 key indicators, in order: the example's own check lists them by name. */
const KEY_INDICATORS = input.indicators.filter((i) => i.key === true).map((i) => i.name);

describe('golden: 广州市人民政府办公厅 2022 (sample report)', () => {
  const e = evaluate(input);

  it('spends exactly 32,601.53万元 at 99.99%, projects at 100.0%', () => {
    expect(e.budget.totals.spent).toBe('32601.53');
    expect(formatMoney(e.variables.totalSpent)).toBe('32,601.53');
    expect(formatPercent(e.budget.rates.overall)).toBe('99.99%');
    expect(e.budget.rates.project).toBe('1');
    expect(formatPercent(e.variables.rateProject, { decimals: 1 })).toBe('100.0%');
    expect(e.budget.rates.overall! < '1').toBe(true);
  });

  it('scores 96.99, 优, with exactly two deductions adding to 3.01', () => {
    expect(e.total).toEqual({
      points: '100',
      score: '96.99',
      grade: '优',
      deducted: '3.01',
      rate: '0.9699',
      declaredPoints: '100',
      complete: true,
      unscored: 0,
    });
    expect(e.deductions.map((d) => [d.name, d.deducted])).toEqual([
      ['采购合同签订时效性', '0.51'],
      ['合同备案时效性', '2.50'],
    ]);
    expect(e.deductions.every((d) => d.reason !== null && d.reason.length > 0)).toBe(true);
  });

  it('lists the 10 key indicators by name, in the report order', () => {
    expect(KEY_INDICATORS).toHaveLength(10);
    expect(e.keyIndicators).toEqual(KEY_INDICATORS);
    expect(e.variables.keyIndicatorCount).toBe(10);
    for (const name of KEY_INDICATORS)
      expect(e.indicators.find((i) => i.name === name)?.status).toBe('met');
  });

  it('printed parts add up to the printed total', () => {
    const cents = (s: string): number => Number(s.replace('.', ''));
    expect(e.indicators.reduce((a, i) => a + cents(i.score), 0)).toBe(cents(e.total.score));
    expect(e.rollups.level1.reduce((a, r) => a + cents(r.score), 0)).toBe(cents(e.total.score));
    expect(e.rollups.level1.map((r) => r.points)).toEqual(['15', '15', '50', '10', '10']);
  });

  it('fills 预算执行率 from 整体支付率 and explains every score', () => {
    const rate = e.indicators.find((i) => i.name === '预算执行率')!;
    expect(rate.actual).toBe(e.budget.rates.overall);
    expect(rate.score).toBe('10.00');
    const signing = e.indicators.find((i) => i.name === '采购合同签订时效性')!;
    expect(explain(signing.explanation)).toBe('5 × 89.8%/100% = 4.49（正向，未达目标）');
    const filing = e.indicators.find((i) => i.name === '合同备案时效性')!;
    expect(explain(filing.explanation)).toBe('4 − 0.5 × 5 = 1.50（扣分）');
    expect(explain(filing.explanation, 'en-US')).toBe('4 − 0.5 × 5 = 1.50 (deduction)');
  });

  it('uses a variety of methods, including an inferred one and an override', () => {
    const used = new Set(e.indicators.map((i) => i.method));
    for (const m of [
      '正向',
      '反向',
      '等于',
      '门槛比例',
      '分档',
      '定性',
      '是否',
      '扣分',
      '评价要点',
    ])
      expect(used.has(m as never)).toBe(true);
    expect(e.indicators.find((i) => i.name === '督查督办事项办结率')?.status).toBe('overridden');
    expect(e.indicators.find((i) => i.name === '信息安全定级和等级保护备案率')?.method).toBe(
      '等于',
    );
  });

  it('shows the 支付均衡性 problem: June and September checkpoints missed', () => {
    const cps = e.budget.progress!.checkpoints;
    expect(cps.map((c) => [c.month, c.met])).toEqual([
      [6, false],
      [9, false],
      [12, false],
    ]);
    expect(formatPercent(cps[0]!.progress)).toBe('39.66%');
    expect(e.budget.progress!.months[11]!.cumulative).toBe('32601.53');
  });

  it('has no issues', () => {
    expect(e.issues).toEqual([]);
  });
});
