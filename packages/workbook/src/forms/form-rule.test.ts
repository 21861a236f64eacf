/**
 * The wordings that carry a rule on an official form (form-rule.ts): a 扣分 clause at the end of
 * 年度指标值 as publishers write it, the 人工得分 and 备选组 lines of the reason column, and what the
 * writer names when a form cannot state a rule.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type IndicatorInput } from '@jixiao/engine';
import { formRowOf, readFormDeduction, readFormReasonNotes } from './form-rule.js';

describe('readFormDeduction', () => {
  it.each([
    ['每次扣0.5分', null, '每次扣0.5分'],
    ['每份扣1分', null, '每份扣1分'],
    ['≤5%（每超过1个百分点扣0.1分）', '≤5%', '每超过1个百分点扣0.1分'],
    ['≥98%，每低于1个百分点扣 0.5 分', '≥98%', '每低于1个百分点扣0.5分'],
    ['0次(每发生1次扣减2分)', '0次', '每发生1次扣减2分'],
  ])('%s → target %s, 评分参数 %s', (text, target, params) => {
    expect(readFormDeduction(text)).toEqual({ target, params });
  });

  it.each(['≥95%', '达成年度指标', '扣分', '每次扣分', '每年不少于2次'])(
    '%s has no clause',
    (t) => {
      expect(readFormDeduction(t)).toBeNull();
    },
  );
});

describe('readFormReasonNotes', () => {
  it('splits the 偏差原因 from the 备选组 and 人工得分 lines', () => {
    expect(
      readFormReasonNotes(
        '疫情影响\n备选组：A（二者择其一，取得分较高者）\n人工得分：4.00 分。调整说明：延期获批',
      ),
    ).toEqual({ rest: '疫情影响', group: 'A', manual: { score: '4', reason: '延期获批' } });
    expect(readFormReasonNotes('人工得分：3.5分')).toEqual({
      rest: null,
      group: null,
      manual: { score: '3.5', reason: null },
    });
    expect(readFormReasonNotes('人工得分偏低，原因是……')).toEqual({
      rest: '人工得分偏低，原因是……',
      group: null,
      manual: null,
    });
  });
});

describe('formRowOf', () => {
  const score = (indicator: IndicatorInput) =>
    evaluate({
      info: { department: '局', year: 2024, unit: '万元' },
      budgetLines: [],
      indicators: [indicator],
    }).indicators[0];
  const row = (i: Partial<IndicatorInput>, hasReason = true) => {
    const indicator: IndicatorInput = { level1: '产出', name: '指标', points: 10, ...i };
    return formRowOf(indicator, score(indicator), { hasReason, hasNature: !hasReason });
  };

  it('writes 扣分 in the target, in the wording the reader takes back', () => {
    const once = row({ method: '扣分', actual: 3, params: '0.5' });
    expect(once).toMatchObject({ target: '每次扣0.5分', lost: null });
    const per = row({
      method: '扣分',
      target: '≤5%',
      actual: '7%',
      params: '每超过1个百分点扣0.1分',
    });
    expect(per.target).toBe('≤5%（每超过1个百分点扣0.1分）');
    expect(readFormDeduction(per.target as string)).toEqual({
      target: '≤5%',
      params: '每超过1个百分点扣0.1分',
    });
  });

  it('writes a 人工得分 as a line of the reason, or names it when the form has no reason column', () => {
    const manual = {
      method: '正向',
      target: '≥100%',
      actual: '90%',
      manualScore: 9.5,
      overrideReason: '口径调整',
      deviationReason: '延期',
    };
    expect(row(manual)).toMatchObject({
      reason: '延期\n人工得分：9.50 分。调整说明：口径调整',
      lost: null,
    });
    expect(row(manual, false).lost).toBe('“指标”的人工得分 9.50（表中没有偏差原因栏）无法写入表格');
  });

  it('names 分档, 评分参数 and 门槛比例, which a form cannot state', () => {
    expect(
      row({ method: '分档', target: '≥90%', actual: '85%', params: '90%:10;80%:8;0:0' }).lost,
    ).toBe(
      '“指标”的评分方法“分档”（评分参数 90%:10;80%:8;0:0）无法写入表格，表格按年度指标值“≥90%”以“正向”计分',
    );
    expect(row({ method: '反向', target: '≤10次', actual: 12, params: 't/a' }).lost).toBe(
      '“指标”的评分参数 t/a无法写入表格',
    );
    expect(row({ method: '正向', target: '≥90%', actual: '95%' }).lost).toBeNull();
    expect(row({ method: '评价要点', target: 5, actual: 4 })).toMatchObject({
      target: '≥5',
      lost: null,
    });
  });
});
