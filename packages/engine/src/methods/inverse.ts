import * as z from 'zod';
import { cmp, div, int, isZero, max, mul, R0, R1, sub } from '../decimal/ratio.js';
import { negativeShare } from './positive.js';
import { fail, numbers, problem, scored, text, type ScoringMethod } from './method.js';

const CODES = [
  'inverse.met',
  'inverse.linear',
  'inverse.ratio',
  'inverse.double',
  'inverse.zeroMissed',
  'inverse.negative',
] as const;

const TWO = int(2);

/** 反向 (lower is better): a ≤ t → w; above t, linear to 0 at 2t (default) or w·t/a. */
export const inverse: ScoringMethod<
  '反向',
  { kind: '反向'; variant: 'linear' | 'ratio' },
  (typeof CODES)[number]
> = {
  name: '反向',
  rule: 'a ≤ t → w；t < a < 2t → w·(1 − (a−t)/t)；a ≥ 2t → 0（评分参数 t/a：w·t/a）；负数目标：w·max(0, 1 − |a − t|/|t|)，不可用 t/a',
  completion: 't/a（达成时 ≥ 100%；a ≤ 0 时无）；负数目标：1 + (t − a)/|t|',
  target: 'number',
  actual: 'number',
  params: 'optional',
  schema: z.object({ kind: z.literal('反向'), variant: z.enum(['linear', 'ratio']) }),
  explanations: CODES,
  configure(params, defaults) {
    if (params === null)
      return { ok: true, config: { kind: '反向', variant: defaults.inverseVariant } };
    const p = params.replace(/\s|w|·|\*|×/g, '');
    if (/^(t\/a|ratio|比例)$/i.test(p))
      return { ok: true, config: { kind: '反向', variant: 'ratio' } };
    if (/^(1-\(a-t\)\/t|linear|线性)$/i.test(p))
      return { ok: true, config: { kind: '反向', variant: 'linear' } };
    return problem('params.invalid', 'params', { value: params, method: '反向' });
  },
  infers: (t) => t.kind === 'number' && (t.comparator === '≤' || t.comparator === '<'),
  score(config, input) {
    const pair = numbers(input, config.kind);
    if (!pair.ok) return pair;
    const { a, t } = pair;
    const w = input.points;
    const base = { w: text(w), a: a.text, t: t.text, u: t.unit || a.unit };
    if (cmp(t.value, R0) < 0) {
      // a negative target (≤-30% 变动率): met → w, missed → w·max(0, 1 − |a − t|/|t|); t/a would
      // give full points to a miss, so it is refused
      if (config.variant === 'ratio')
        return fail('target.negativeRatio', 'params', { value: t.text, method: config.kind });
      const share = negativeShare(sub(t.value, a.value), t.value);
      if (cmp(a.value, t.value) <= 0) return scored(w, share, true, 'inverse.met', base);
      return scored(mul(w, max(R0, share)), max(R0, share), false, 'inverse.negative', base);
    }
    if (isZero(t.value)) {
      return cmp(a.value, R0) <= 0
        ? scored(w, null, true, 'inverse.met', base)
        : scored(R0, null, false, 'inverse.zeroMissed', base);
    }
    const r = div(a.value, t.value);
    // 完成率 in the indicator's direction: t/a, so a met target shows ≥ 100% (none when a ≤ 0)
    const c = cmp(a.value, R0) > 0 ? div(t.value, a.value) : null;
    if (cmp(a.value, t.value) <= 0) return scored(w, c, true, 'inverse.met', base);
    if (config.variant === 'ratio')
      return scored(div(mul(w, t.value), a.value), c, false, 'inverse.ratio', base);
    if (cmp(a.value, mul(t.value, TWO)) >= 0) return scored(R0, c, false, 'inverse.double', base);
    return scored(mul(w, sub(R1, sub(r, R1))), c, false, 'inverse.linear', base);
  },
  manualScore: 'override',
  checksOverAchievement: false,
};
