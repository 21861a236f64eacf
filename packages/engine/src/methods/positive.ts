import * as z from 'zod';
import { add, cmp, div, max, mul, R0, R1, sub, type Ratio } from '../decimal/ratio.js';
import type { Params } from '../issues/issue.js';
import {
  fail,
  numbers,
  scored,
  text,
  type MethodInput,
  type MethodOutcome,
  type Num,
  type ScoringMethod,
} from './method.js';

const CODES = ['positive.met', 'positive.partial', 'positive.negative'] as const;

/** 正向 (higher is better): a ≥ t → w, else w·a/t. */
export const positive: ScoringMethod<'正向', { kind: '正向' }, (typeof CODES)[number]> = {
  name: '正向',
  rule: 'a ≥ t → w，否则 w·a/t；负数目标：w·max(0, 1 − |a − t|/|t|)',
  completion: 'a/t；负数目标：1 + (a − t)/|t|（达成时 ≥ 100%）',
  target: 'number',
  actual: 'number',
  params: 'none',
  schema: z.object({ kind: z.literal('正向') }),
  explanations: CODES,
  configure: () => ({ ok: true, config: { kind: '正向' } }),
  infers: (t) =>
    t.kind === 'number' && (t.comparator === null || t.comparator === '≥' || t.comparator === '>'),
  score(config, input) {
    const pair = numbers(input, config.kind);
    // a negative target (≥-5% 增长率): met → w, missed → w·max(0, 1 − |a − t|/|t|)
    if (pair.ok && cmp(pair.t.value, R0) < 0) {
      const { a, t } = pair;
      const base = { w: text(input.points), a: a.text, t: t.text, u: t.unit || a.unit };
      const share = negativeShare(sub(a.value, t.value), t.value);
      if (cmp(a.value, t.value) >= 0)
        return scored(input.points, share, true, 'positive.met', base);
      return scored(
        mul(input.points, max(R0, share)),
        max(R0, share),
        false,
        'positive.negative',
        base,
      );
    }
    return againstTarget(input, config.kind, (a, t, r, base) =>
      cmp(r, R1) >= 0
        ? scored(input.points, r, true, 'positive.met', base)
        : scored(mul(input.points, r), r, false, 'positive.partial', base),
    );
  },
  manualScore: 'override',
  checksOverAchievement: true,
};

/**
 * Shared by the methods that score a ratio r = a/t against a positive target: reads both numbers,
 * refuses t ≤ 0 (`target.zero`), and hands a, t, r and the explanation's base parameters on.
 * `zero` handles t = 0 first when the method gives it a meaning (等于).
 */
export function againstTarget<E extends string>(
  input: MethodInput,
  method: string,
  then: (a: Num, t: Num, r: Ratio, base: Params) => MethodOutcome<E>,
  zero?: (a: Num, base: Params) => MethodOutcome<E>,
): MethodOutcome<E> {
  const pair = numbers(input, method);
  if (!pair.ok) return pair;
  const { a, t } = pair;
  const base = { w: text(input.points), a: a.text, t: t.text, u: t.unit || a.unit };
  if (zero !== undefined && cmp(t.value, R0) === 0) return zero(a, base);
  if (cmp(t.value, R0) <= 0) return fail('target.zero', 'target', { value: t.text, method });
  return then(a, t, div(a.value, t.value), base);
}

/**
 * The share of a negative target t reached, 1 + gain/|t| where gain is how far the actual value is
 * on the good side of t (negative when missed): 1 − |a − t|/|t| for a miss, ≥ 1 when met.
 */
export function negativeShare(gain: Ratio, t: Ratio): Ratio {
  const magnitude: Ratio = { n: t.n < 0n ? -t.n : t.n, d: t.d };
  return add(R1, div(gain, magnitude));
}
