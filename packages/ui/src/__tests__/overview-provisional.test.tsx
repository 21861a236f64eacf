/**
 * 概览 never shows a grade over an error (issue 9, "No final number over an error"): with an
 * unscorable indicator, or an error from the reading, the score is 暂定得分 and the grade 暂不评定.
 */
import { evaluate, type EvaluationInput } from '@jixiao/engine';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OverviewTab } from '../OverviewTab.js';
import { PANE_STRINGS } from '../strings.js';

const input = (secondActual: unknown): EvaluationInput =>
  ({
    info: { department: '测试部门', year: 2022 },
    budgetLines: [{ name: '项目', type: '项目支出', budget: 100, spent: 100 }],
    indicators: [
      { level1: '产出指标', name: '甲', method: '正向', target: 10, actual: 10, points: 60 },
      {
        level1: '产出指标',
        name: '乙',
        method: '正向',
        target: 10,
        actual: secondActual,
        points: 40,
      },
    ],
  }) as unknown as EvaluationInput;

const render = (e: ReturnType<typeof evaluate>, errors = 0): string =>
  renderToStaticMarkup(<OverviewTab evaluation={e} t={PANE_STRINGS['zh-CN']} errors={errors} />);

describe('OverviewTab: provisional results', () => {
  it('a complete evaluation shows 自评得分 and its grade', () => {
    const e = evaluate(input(10));
    expect(e.total.complete).toBe(true);
    const html = render(e);
    expect(html).toContain('自评得分');
    expect(html).toContain('>优<');
    expect(html).not.toContain('暂定');
  });

  it('an indicator that cannot be scored: 暂定得分, no grade', () => {
    const e = evaluate(input('不知道'));
    expect(e.total.complete).toBe(false);
    const html = render(e);
    expect(html).toContain('暂定得分');
    expect(html).toContain('暂不评定');
    for (const grade of ['>优<', '>良<', '>中<', '>差<']) expect(html).not.toContain(grade);
  });

  it('an error from the reading makes a complete evaluation provisional too', () => {
    const html = render(evaluate(input(10)), 2);
    expect(html).toContain('暂定得分');
    expect(html).toContain('2 项错误未解决');
    expect(html).not.toContain('>优<');
  });
});
