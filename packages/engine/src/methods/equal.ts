import * as z from 'zod';
import { cmp, mul, R0, R1 } from '../decimal/ratio.js';
import { scored, type ScoringMethod } from './method.js';
import { againstTarget } from './positive.js';

const CODES = ['equal.met', 'equal.partial', 'equal.zeroMet', 'equal.zeroMissed'] as const;

/** 等于: t = 0 → a ≤ 0 earns w, else 0; t > 0 scores as 正向. */
export const equal: ScoringMethod<'等于', { kind: '等于' }, (typeof CODES)[number]> = {
  name: '等于',
  rule: 't = 0：a ≤ 0 → w，否则 0；t > 0：同正向',
  completion: 'a/t（t = 0 时无）',
  target: 'number',
  actual: 'number',
  params: 'none',
  schema: z.object({ kind: z.literal('等于') }),
  explanations: CODES,
  configure: () => ({ ok: true, config: { kind: '等于' } }),
  infers: (t) => t.kind === 'number' && t.comparator === '=',
  score: (config, input) =>
    againstTarget(
      input,
      config.kind,
      (a, t, r, base) =>
        cmp(r, R1) >= 0
          ? scored(input.points, r, true, 'equal.met', base)
          : scored(mul(input.points, r), r, false, 'equal.partial', base),
      (a, base) =>
        cmp(a.value, R0) <= 0
          ? scored(input.points, null, true, 'equal.zeroMet', base)
          : scored(R0, null, false, 'equal.zeroMissed', base),
    ),
  manualScore: 'override',
  checksOverAchievement: true,
};
