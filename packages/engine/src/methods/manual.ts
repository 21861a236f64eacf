import * as z from 'zod';
import { clamp, cmp, R0 } from '../decimal/ratio.js';
import { fail, scored, text, type ScoringMethod, type ScoringProblem } from './method.js';

const CODES = ['manual'] as const;

/** 人工: the 人工得分 is the score, and needs 调整说明. */
export const manual: ScoringMethod<'人工', { kind: '人工' }, (typeof CODES)[number]> = {
  name: '人工',
  rule: '人工得分，须填写调整说明',
  completion: '无',
  target: 'optional',
  actual: 'none',
  params: 'none',
  schema: z.object({ kind: z.literal('人工') }),
  explanations: CODES,
  configure: () => ({ ok: true, config: { kind: '人工' } }),
  score(_config, input) {
    const w = input.points;
    if (input.manual === null) return fail('override.scoreMissing', 'manualScore', {});
    if (input.overrideReason === null)
      return fail('override.reasonMissing', 'overrideReason', { score: text(input.manual) });
    const raw = clamp(input.manual, R0, w);
    const warnings: ScoringProblem[] =
      cmp(raw, input.manual) === 0
        ? []
        : [
            {
              code: 'override.outOfRange',
              field: 'manualScore',
              params: { score: text(input.manual), points: text(w) },
            },
          ];
    return {
      ...scored(raw, null, cmp(raw, w) === 0, 'manual', {
        w: text(w),
        reason: input.overrideReason,
      }),
      warnings,
    };
  },
  manualScore: 'score',
  checksOverAchievement: false,
};
