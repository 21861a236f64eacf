import * as z from 'zod';
import { Decimal } from '../decimal/decimal.js';
import { cmp, div, mul, R0, R1, ratio, sub } from '../decimal/ratio.js';
import { parseTarget } from '../target/parseTarget.js';
import { DECIMAL_TEXT, problem, scored, text, type ScoringMethod } from './method.js';
import { againstTarget } from './positive.js';

const CODES = ['threshold.met', 'threshold.partial', 'threshold.below'] as const;

/** 门槛比例: r = a/t; r below the threshold (default 60%) → 0, else linear up to w at 100%. */
export const threshold: ScoringMethod<
  '门槛比例',
  { kind: '门槛比例'; threshold: string },
  (typeof CODES)[number]
> = {
  name: '门槛比例',
  rule: 'r = a/t；r < 60% → 0；否则 w·(r − 0.6)/0.4，不超过 w',
  completion: 'a/t',
  target: 'number',
  actual: 'number',
  params: 'optional',
  schema: z.object({ kind: z.literal('门槛比例'), threshold: z.string().regex(DECIMAL_TEXT) }),
  explanations: CODES,
  configure(params) {
    if (params === null) return { ok: true, config: { kind: '门槛比例', threshold: '0.6' } };
    const t = parseTarget(params);
    if (t?.kind !== 'number' || t.comparator !== null)
      return problem('params.invalid', 'params', { value: params, method: '门槛比例' });
    const v = new Decimal(t.value);
    if (v.lessThan(0) || v.greaterThanOrEqualTo(1))
      return problem('params.invalid', 'params', { value: params, method: '门槛比例' });
    return { ok: true, config: { kind: '门槛比例', threshold: v.toString() } };
  },
  score: (config, input) =>
    againstTarget(input, config.kind, (a, t, r, base) => {
      const w = input.points;
      if (cmp(r, R1) >= 0) return scored(w, r, true, 'threshold.met', base);
      const th = ratio(config.threshold);
      const params = { ...base, r: text(r), th: config.threshold };
      if (cmp(r, th) < 0) return scored(R0, r, false, 'threshold.below', params);
      return scored(div(mul(w, sub(r, th)), sub(R1, th)), r, false, 'threshold.partial', params);
    }),
  manualScore: 'override',
  checksOverAchievement: true,
};
