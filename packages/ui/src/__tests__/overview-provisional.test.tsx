/**
 * 概览 never shows a grade over an error (issue 9, "No final number over an error"): with an
 * unscorable indicator, or an error from the reading, the score is 暂定得分 and the grade 暂不评定.
 */
import { evaluate, type EvaluationInput } from '@jixiao/engine';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormsOverview, OverviewTab } from '../OverviewTab.js';
import type { PaneForm } from '../pane-controller.js';
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

describe('FormsOverview: official forms', () => {
  const form = (complete: boolean, unscored: number): PaneForm => ({
    sheet: '部门整体绩效自评表',
    layout: { name: '部门整体支出绩效自评表（重庆）' },
    identity: { project: null, unit: '西部（重庆）科学城融媒体中心', department: null },
    executionRate: '0.76',
    total: complete ? { score: '97.05', points: '100' } : { score: '93.05', points: '96' },
    grade: complete ? '优' : null,
    complete,
    unscored,
  });
  const render = (forms: PaneForm[]): string =>
    renderToStaticMarkup(<FormsOverview forms={forms} t={PANE_STRINGS['zh-CN']} />);

  it('a complete form shows its total, grade and 执行率', () => {
    const html = render([form(true, 0)]);
    expect(html).toContain('data-testid="form-total">97.05<');
    expect(html).toContain('>优<');
    expect(html).toContain('76.00%');
    expect(html).not.toContain('暂定');
  });

  it('a form with rows that cannot be scored: 暂定得分 of the points it can score, no grade', () => {
    const html = render([form(false, 2)]);
    expect(html).toContain('暂定得分');
    expect(html).toContain('data-testid="form-total">93.05<');
    expect(html).toContain('满分 96 分');
    expect(html).toContain('2 项指标无法计分');
    for (const grade of ['>优<', '>良<', '>中<', '>差<']) expect(html).not.toContain(grade);
  });
});
