import * as z from 'zod';
import { Decimal } from '../decimal/decimal.js';
import { cmp, div, isZero, max, mul, R0, ratio, sub } from '../decimal/ratio.js';
import { parseTarget } from '../target/parseTarget.js';
import { convertUnit, unitOf } from '../target/units.js';
import {
  DECIMAL_TEXT,
  fail,
  missingOrInvalid,
  numeric,
  problem,
  scored,
  text,
  type MethodInput,
  type MethodOutcome,
  type ScoringMethod,
} from './method.js';

const CODES = ['deduction', 'deduction.perUnit'] as const;
type Code = (typeof CODES)[number];

/** A deduction per unit beyond a norm: `每超过1个百分点扣0.1分` → step 1, unit 百分点, above. */
const PER_UNIT =
  /^每(超过|超出|超|高于|多于|多|低于|少于|少|减少|下降)\s*([\d.]+)\s*(个百分点|百分点|%|‰|[^\d\s扣,，;；]*)\s*[,，]?\s*扣(?:减)?\s*([\d.]+)\s*分/;

type Config = {
  kind: '扣分';
  perOccurrence: string;
  /** Present for a deduction per unit beyond the target (the norm). */
  step?: string;
  stepUnit?: string;
  side?: 'above' | 'below';
};

/**
 * 扣分: w − k·n, floor 0 (k from 评分参数, n the count in 实际值); or, when 评分参数 state a step
 * (`每超过1个百分点扣0.1分`), w − k·(excess beyond the target)/step, floor 0, proportional to the
 * excess. A percentage is never taken as a count of occurrences.
 */
export const deduction: ScoringMethod<'扣分', Config, Code> = {
  name: '扣分',
  rule: 'w − k·n，不低于 0（k 为评分参数，n 为实际值次数）；评分参数写明“每超过 s 个单位扣 k 分”时：w − k·超出目标的量/s，按比例，不低于 0',
  completion: '无',
  target: 'optional',
  actual: 'number',
  params: 'required',
  schema: z.object({
    kind: z.literal('扣分'),
    perOccurrence: z.string().regex(DECIMAL_TEXT),
    step: z.string().regex(DECIMAL_TEXT).optional(),
    stepUnit: z.string().optional(),
    side: z.enum(['above', 'below']).optional(),
  }),
  explanations: CODES,
  configure(params) {
    if (params === null) return problem('params.missing', 'params', { method: '扣分' });
    const compact = params.replace(/\s+/g, '');
    const per = PER_UNIT.exec(compact);
    if (per !== null) {
      const [, word = '', step = '', unit = '', k = ''] = per;
      if (!new Decimal(step).greaterThan(0) || !new Decimal(k).greaterThan(0))
        return problem('params.invalid', 'params', { value: params, method: '扣分' });
      const below = /低|少|减|下降/.test(word);
      return {
        ok: true,
        config: {
          kind: '扣分',
          perOccurrence: new Decimal(k).toString(),
          step: new Decimal(step).toString(),
          stepUnit: unit === '个百分点' || unit === '百分点' ? '%' : unit,
          side: below ? 'below' : 'above',
        },
      };
    }
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
    if (config.step !== undefined) return perUnit(config, input);
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

/** w − k·excess/step: the excess of the actual value beyond the target, in the step's unit. */
function perUnit(config: Config, input: MethodInput): MethodOutcome<Code> {
  const t = numeric(input.target);
  if (t === null || input.target?.kind !== 'number')
    return missingOrInvalid(input.target, 'target', config.kind);
  const a = numeric(input.actual);
  if (a === null || input.actual?.kind !== 'number')
    return missingOrInvalid(input.actual, 'actual', config.kind);
  const unit = config.stepUnit === '' ? null : (config.stepUnit ?? null);
  const targetUnit = unitOf(input.target);
  const gap = config.side === 'below' ? sub(t.value, a.value) : sub(a.value, t.value);
  // the step in the target's unit; 1 个百分点 is 0.01 as a fraction (percentages are fractions)
  const stated = ratio(config.step ?? '1');
  const inOwnUnit = unit === '%' ? div(stated, ratio('100')) : stated;
  const step =
    unit === null || targetUnit === null ? inOwnUnit : convertUnit(inOwnUnit, unit, targetUnit);
  if (step === null)
    return fail('params.invalid', 'params', {
      value: `${config.step ?? ''}${unit ?? ''}`,
      method: config.kind,
    });
  const excess = max(R0, gap);
  const raw = max(R0, sub(input.points, div(mul(ratio(config.perOccurrence), excess), step)));
  return scored(raw, null, isZero(excess), 'deduction.perUnit', {
    w: text(input.points),
    k: config.perOccurrence,
    a: a.text,
    t: t.text,
    u: t.unit || a.unit,
    step: config.step ?? '1',
    stepUnit: unit === '%' ? '个百分点' : (unit ?? ''),
    side: config.side ?? 'above',
  });
}
