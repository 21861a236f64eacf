import { z } from 'zod';
import { Decimal } from '../decimal/decimal.js';
import { cmp, isZero, max, mul, R0, ratio, sub } from '../decimal/ratio.js';
import { parseTarget } from '../target/parseTarget.js';
import {
  DECIMAL_TEXT,
  fail,
  missingOrInvalid,
  numeric,
  problem,
  scored,
  text,
  type ScoringMethod,
} from './method.js';

const CODES = ['deduction'] as const;

/** 扣分: w − k·n, floor 0 (k from 评分参数, n the count in 实际值). */
export const deduction: ScoringMethod<
  '扣分',
  { kind: '扣分'; perOccurrence: string },
  (typeof CODES)[number]
> = {
  name: '扣分',
  rule: 'w − k·n，不低于 0（k 为评分参数，n 为实际值次数）',
  completion: '无',
  target: 'optional',
  actual: 'number',
  params: 'required',
  schema: z.object({ kind: z.literal('扣分'), perOccurrence: z.string().regex(DECIMAL_TEXT) }),
  explanations: CODES,
  configure(params) {
    if (params === null) return problem('params.missing', 'params', { method: '扣分' });
    const k = parseTarget(/扣\s*([\d.]+)\s*分?\s*$/.exec(params)?.[1] ?? params.replace(/分$/, ''));
    if (
      k?.kind !== 'number' ||
      k.comparator !== null ||
      k.percent ||
      !new Decimal(k.value).greaterThan(0)
    )
      return problem('params.invalid', 'params', { value: params, method: '扣分' });
    return { ok: true, config: { kind: '扣分', perOccurrence: k.value } };
  },
  score(config, input) {
    const n = numeric(input.actual);
    if (n === null) return missingOrInvalid(input.actual, 'actual', config.kind);
    // a percentage is never taken as a count of occurrences
    if (cmp(n.value, R0) < 0 || input.actual?.kind !== 'number' || input.actual.percent)
      return fail('actual.invalid', 'actual', { value: n.text, method: config.kind });
    const raw = max(R0, sub(input.points, mul(ratio(config.perOccurrence), n.value)));
    return scored(raw, null, isZero(n.value), 'deduction', {
      w: text(input.points),
      k: config.perOccurrence,
      n: n.text,
    });
  },
  manualScore: 'override',
  checksOverAchievement: false,
};
