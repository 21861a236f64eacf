import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, ISSUE_SEVERITY } from '../issues/codes.js';
import { makeIssue } from '../issues/issue.js';
import { EXPLANATION_CODES } from '../methods/explanationCodes.js';
import { RULE_NOTE_CODES } from '../rules/rules.js';
import { explain, explanations, messageFor, messages, ruleNotes } from './index.js';

describe('message maps', () => {
  it('cover every issue code the engine can emit, in both locales', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      expect(Object.keys(messages[locale]).sort()).toEqual([...ISSUE_CODES].sort());
      expect(Object.keys(explanations[locale]).sort()).toEqual([...EXPLANATION_CODES].sort());
    }
    expect(ISSUE_CODES.length).toBe(Object.keys(ISSUE_SEVERITY).length);
  });

  it('produce non-empty text for every code with typical parameters', () => {
    const params = {
      value: 'abc',
      name: '甲',
      method: '正向',
      source: '整体支付率',
      score: '5',
      points: '4',
      band: '达成年度指标',
      low: '8',
      high: '10',
      rule: '执行率封顶',
      expected: '80%:89',
      group: 'A',
    };
    for (const code of ISSUE_CODES) {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const text = messageFor(makeIssue(code, ['indicators', 0, 'points'], params), locale);
        expect(text.length).toBeGreaterThan(3);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('speak about the data, naming the field', () => {
    expect(
      messageFor(makeIssue('points.invalid', ['indicators', 3, 'points'], { value: 'abc' })),
    ).toBe('分值应为大于 0 的数字，当前为“abc”');
    expect(
      messageFor(makeIssue('amount.invalid', ['budgetLines', 2, 'monthly', 5], { value: 'x' })),
    ).toBe('6月应为数字，当前为“x”');
    expect(messageFor(makeIssue('input.required', ['budgetLines', 0, 'budget'], {}))).toBe(
      '全年预算数为必填项，当前为空',
    );
    expect(messageFor(makeIssue('input.required', ['budgetLines', 0, 'budget'], {}), 'en-US')).toBe(
      'Budget is required but empty',
    );
    expect(
      messageFor(
        makeIssue('reason.missing', ['indicators', 1, 'deviationReason'], { deducted: '2.5' }),
      ),
    ).toBe('该指标扣 2.5 分，须填写偏差原因');
  });
});

describe('explain', () => {
  it('renders checkable arithmetic', () => {
    expect(
      explain({ code: 'positive.partial', params: { w: '8', a: '45', t: '50', u: '', s: '7.20' } }),
    ).toBe('8 × 45/50 = 7.20（正向，未达目标）');
    expect(
      explain(
        { code: 'positive.partial', params: { w: '8', a: '45', t: '50', u: '', s: '7.20' } },
        'en-US',
      ),
    ).toBe('8 × 45/50 = 7.20 (higher is better, target not met)');
    expect(
      explain({
        code: 'inverse.linear',
        params: { w: '10', a: '45', t: '30', u: '万元', s: '5.00' },
      }),
    ).toBe('10 × (1 − (45万元 − 30万元)/30万元) = 5.00（反向，超出目标）');
    expect(explain({ code: 'deduction', params: { w: '4', k: '0.5', n: '10', s: '0.00' } })).toBe(
      'max(0, 4 − 0.5 × 10) = 0.00（扣分，不低于 0）',
    );
    expect(
      explain({ code: 'threshold.partial', params: { w: '10', r: '0.8', th: '0.6', s: '5.00' } }),
    ).toBe('10 × (80% − 60%)/(100% − 60%) = 5.00（门槛比例，完成率 80%）');
  });
});

describe('method messages', () => {
  it('explain how to write 评分参数 for every method that takes them, in both locales', async () => {
    const { METHOD_LIST } = await import('../methods/table.js');
    const { zhCNParamExamples } = await import('./zh-CN.js');
    const { enUSParamExamples } = await import('./en-US.js');
    for (const m of METHOD_LIST) {
      if (m.params === 'none') continue;
      expect(zhCNParamExamples[m.name], m.name).toBeTruthy();
      expect(enUSParamExamples[m.name], m.name).toBeTruthy();
    }
  });

  it('cover every rule note in both locales, appended to the explanation', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      expect(Object.keys(ruleNotes[locale]).sort()).toEqual([...RULE_NOTE_CODES].sort());
    }
    const text = explain({
      code: 'positive.met',
      params: { a: '135', t: '100', u: '个', s: '30.00', w: '30' },
      notes: [
        {
          code: 'rule.deviationPenalty',
          params: { completion: '1.35', ratio: '1.3', points: '2.00', s: '28.00' },
        },
      ],
    });
    expect(text).toBe(
      '实际 135个 ≥ 目标 100个，得满分 30.00（正向，达成目标）；完成率 135% ≥ 130%，偏离扣分 2.00 分，得 28.00',
    );
  });
});
