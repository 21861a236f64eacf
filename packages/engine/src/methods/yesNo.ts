import * as z from 'zod';
import { R0 } from '../decimal/ratio.js';
import { acceptedLabels, answerOf } from './labels.js';
import { fail, scored, text, type ScoringMethod } from './method.js';

const CODES = ['yesNo.yes', 'yesNo.no', 'yesNo.match', 'yesNo.mismatch'] as const;

/**
 * 是否: the actual answer against the target's (是 when the target says nothing): the good answer
 * earns w, the other 0. Where the good answer is 否 (发生安全事故: 否), 否 earns the points.
 */
export const yesNo: ScoringMethod<'是否', { kind: '是否' }, (typeof CODES)[number]> = {
  name: '是否',
  rule: '实际与目标一致 → w，否则 0（目标为空或“是”时：是 → w）',
  completion: '无',
  target: 'optional',
  actual: 'yesno',
  params: 'none',
  schema: z.object({ kind: z.literal('是否') }),
  explanations: CODES,
  configure: () => ({ ok: true, config: { kind: '是否' } }),
  infers: (t) => t.kind === 'label' && ['是', '否', '有', '无', '√', '×'].includes(t.label),
  score(config, input) {
    const wText = text(input.points);
    if (input.actual === null) return fail('actual.missing', 'actual', { method: config.kind });
    const label = input.actual.kind === 'label' ? input.actual.label : input.actual.value;
    const answer = answerOf(label);
    if (answer === null)
      return fail('actual.invalid', 'actual', {
        value: label,
        method: config.kind,
        accepted: acceptedLabels('yesNo'),
      });
    const wanted = input.target?.kind === 'label' ? (answerOf(input.target.label) ?? '是') : '是';
    if (wanted === '是') {
      return answer === '是'
        ? scored(input.points, null, true, 'yesNo.yes', { w: wText, a: label })
        : scored(R0, null, false, 'yesNo.no', { w: wText, a: label });
    }
    return answer === wanted
      ? scored(input.points, null, true, 'yesNo.match', { w: wText, a: label, t: wanted })
      : scored(R0, null, false, 'yesNo.mismatch', { w: wText, a: label, t: wanted });
  },
  manualScore: 'override',
  checksOverAchievement: false,
};
