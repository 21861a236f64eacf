/**
 * The pane's 规则 panel (issue 14): rules stated there reach the one run as `options.rules` and
 * change the score the pane shows and writes; clearing them restores the workbook's own rules.
 * The example's 整体支付率 is 99.99%: 执行率封顶 100%:90 caps its 96.99 to 90.00.
 */
import { describe, expect, it } from 'vitest';
import { explainRule } from '@jixiao/engine/messages';
import { controllerFor, exampleHost } from './example-host.js';

describe('PaneController.setRules', () => {
  it('re-scores with the rules of the 规则 panel, and without them once cleared', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    expect(c.getState().evaluation?.total.score).toBe('96.99');
    await c.setRules({ rateCap: '100%:90' });
    const s = c.getState();
    expect(s.rules).toEqual({ rateCap: '100%:90' });
    expect(s.evaluation?.total.score).toBe('90.00');
    expect(explainRule(s.evaluation!.total.cap!.note, 'zh-CN')).toContain('执行率封顶');
    await c.setRules({});
    expect(c.getState().evaluation?.total.score).toBe('96.99');
    c.dispose();
  });
});
