import { z } from 'zod';
import { R0 } from '../decimal/ratio.js';
import { fail, scored, text, type ScoringMethod } from './method.js';

const CODES = ['yesNo.yes', 'yesNo.no'] as const;

/** 是否: 是 → w, 否 → 0. */
export const yesNo: ScoringMethod<'是否', { kind: '是否' }, (typeof CODES)[number]> = {
  name: '是否',
  rule: '是 → w，否 → 0',
  completion: '无',
  target: 'optional',
  actual: 'yesno',
  params: 'none',
  schema: z.object({ kind: z.literal('是否') }),
  explanations: CODES,
  configure: () => ({ ok: true, config: { kind: '是否' } }),
  infers: (t) => t.kind === 'label' && (t.label === '是' || t.label === '否'),
  score(config, input) {
    const wText = text(input.points);
    if (input.actual === null) return fail('actual.missing', 'actual', { method: config.kind });
    const label = input.actual.kind === 'label' ? input.actual.label : input.actual.value;
    if (label === '是') return scored(input.points, null, true, 'yesNo.yes', { w: wText });
    if (label === '否') return scored(R0, null, false, 'yesNo.no', { w: wText });
    return fail('actual.invalid', 'actual', { value: label, method: config.kind });
  },
  manualScore: 'override',
  checksOverAchievement: false,
};
