/**
 * The 规则 panel (issue 14): each rule checked with the engine's schema, only valid rules passed on,
 * and the pane shows the panel where its host can take rules.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RulesPanel, ruleValid, rulesToApply } from '../rules-panel.js';

describe('rulesToApply', () => {
  it('passes the filled, valid rules trimmed and leaves blanks out', () => {
    expect(
      rulesToApply({
        rateCap: ' 80%:89;70%:79;60%:69;50%:59 ',
        deviationPenalty: '',
        rateDenominator: '年初预算数',
        rateScoring: '100%:10;80%:7;60%:5;0:0',
      }),
    ).toEqual({
      rateCap: '80%:89;70%:79;60%:69;50%:59',
      rateDenominator: '年初预算数',
      rateScoring: '100%:10;80%:7;60%:5;0:0',
    });
    expect(rulesToApply({})).toEqual({});
  });

  it('passes nothing while one value does not read', () => {
    expect(ruleValid('rateCap', '80%-89')).toBe(false);
    expect(ruleValid('deviationPenalty', '130%:2')).toBe(true);
    expect(ruleValid('deviationPenalty', '130%:说明')).toBe(true);
    expect(rulesToApply({ rateCap: '80%-89', deviationPenalty: '130%:2' })).toBeNull();
  });
});

describe('RulesPanel', () => {
  it('shows the four rules with their syntax and the number applied', () => {
    const html = renderToStaticMarkup(
      <RulesPanel lang="zh-CN" value={{ rateCap: '80%:89' }} onApply={() => undefined} />,
    );
    for (const label of ['执行率分母', '执行率计分', '执行率封顶', '偏离扣分'])
      expect(html).toContain(label);
    expect(html).toContain('已应用 1 条规则');
    expect(html).toContain('value="80%:89"');
  });

  it('marks a value that does not read and disables 应用规则', () => {
    const html = renderToStaticMarkup(
      <RulesPanel lang="zh-CN" value={{ rateCap: '80%-89' }} onApply={() => undefined} />,
    );
    expect(html).toContain('无法识别，应写作');
    expect(html).toMatch(
      /<button[^>]*disabled[^>]*data-testid="rules-apply"|data-testid="rules-apply"[^>]*disabled/,
    );
  });
});
