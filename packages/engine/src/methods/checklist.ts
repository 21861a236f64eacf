import * as z from 'zod';
import { cmp, div, min, mul, R0, R1 } from '../decimal/ratio.js';
import { fail, numbers, scored, text, type ScoringMethod, type ScoringProblem } from './method.js';

const CODES = ['checklist'] as const;

/** 评价要点: w · points met / points listed, capped at w. */
export const checklist: ScoringMethod<'评价要点', { kind: '评价要点' }, (typeof CODES)[number]> = {
  name: '评价要点',
  rule: 'w · 实际达到要点数 / 目标要点数',
  completion: 'a/t',
  target: 'number',
  actual: 'number',
  params: 'none',
  schema: z.object({ kind: z.literal('评价要点') }),
  explanations: CODES,
  configure: () => ({ ok: true, config: { kind: '评价要点' } }),
  score(config, input) {
    const pair = numbers(input, config.kind);
    if (!pair.ok) return pair;
    const { a, t } = pair;
    const w = input.points;
    if (cmp(t.value, R0) <= 0)
      return fail('target.zero', 'target', { value: t.text, method: config.kind });
    if (cmp(a.value, R0) < 0)
      return fail('actual.invalid', 'actual', { value: a.text, method: config.kind });
    const warnings: ScoringProblem[] =
      cmp(a.value, t.value) > 0
        ? [{ code: 'checklist.exceeds', field: 'actual', params: { met: a.text, listed: t.text } }]
        : [];
    const r = div(a.value, t.value);
    return {
      ...scored(min(w, mul(w, r)), r, cmp(r, R1) >= 0, 'checklist', {
        w: text(w),
        a: a.text,
        t: t.text,
      }),
      warnings,
    };
  },
  manualScore: 'override',
  checksOverAchievement: true,
};
