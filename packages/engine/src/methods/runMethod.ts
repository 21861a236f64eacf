import { clampDecimal, Decimal, maxDecimal, minDecimal, ONE, ZERO } from '../decimal/decimal.js';
import type { IssueCode } from '../issues/codes.js';
import type { Params } from '../issues/issue.js';
import type { ParsedTarget } from '../target/parseTarget.js';
import { QUALITATIVE_BANDS } from './catalog.js';
import type { ExplanationCode } from './explanationCodes.js';
import type { MethodConfig } from './schema.js';

/** What a method reads. `manual` is the 人工得分 (for 定性 and 人工). */
export interface MethodInput {
  points: Decimal;
  target: ParsedTarget | null;
  actual: ParsedTarget | null;
  manual: Decimal | null;
  overrideReason: string | null;
}

/** A problem found while scoring, attached to an input field. */
export interface ScoringProblem {
  code: IssueCode;
  field: 'target' | 'actual' | 'params' | 'manualScore' | 'overrideReason';
  params: Params;
}

/** The unrounded score, with what explains it. */
export interface MethodScore {
  ok: true;
  /** Unrounded score, already inside [0, points]. */
  raw: Decimal;
  completion: Decimal | null;
  met: boolean;
  /** Explanation code and parameters (the rounded score `s` is added by the caller). */
  code: ExplanationCode;
  params: Params;
  warnings: ScoringProblem[];
}

export type MethodOutcome = MethodScore | ({ ok: false } & ScoringProblem);

interface Num {
  value: Decimal;
  unit: string;
}

/**
 * Runs any scoring method: one runner, one exhaustive switch over the method kinds.
 * Never throws on data: a missing or unusable value comes back as a {@link ScoringProblem}.
 */
export function runMethod(config: MethodConfig, input: MethodInput): MethodOutcome {
  const w = input.points;
  switch (config.kind) {
    case '正向':
    case '等于':
    case '门槛比例': {
      const pair = numbers(input, config.kind);
      if (!pair.ok) return pair;
      const { a, t } = pair;
      const base = { w: text(w), a: text(a.value), t: text(t.value), u: t.unit || a.unit };
      if (t.value.isZero() && config.kind === '等于') {
        return a.value.lessThanOrEqualTo(0)
          ? score(w, null, true, 'equal.zeroMet', base)
          : score(ZERO, null, false, 'equal.zeroMissed', base);
      }
      if (!t.value.greaterThan(0)) return fail('target.zero', 'target', { value: text(t.value), method: config.kind });
      const r = a.value.dividedBy(t.value);
      const prefix = config.kind === '正向' ? 'positive' : config.kind === '等于' ? 'equal' : 'threshold';
      if (r.greaterThanOrEqualTo(ONE)) return score(w, r, true, `${prefix}.met` as const, base);
      if (config.kind === '门槛比例') {
        const th = new Decimal(config.threshold);
        if (r.lessThan(th)) return score(ZERO, r, false, 'threshold.below', { ...base, r: text(r), th: config.threshold });
        const raw = w.times(r.minus(th)).dividedBy(ONE.minus(th));
        return score(raw, r, false, 'threshold.partial', { ...base, r: text(r), th: config.threshold });
      }
      return score(w.times(a.value).dividedBy(t.value), r, false, `${prefix}.partial` as const, base);
    }
    case '反向': {
      const pair = numbers(input, config.kind);
      if (!pair.ok) return pair;
      const { a, t } = pair;
      const base = { w: text(w), a: text(a.value), t: text(t.value), u: t.unit || a.unit };
      if (t.value.isNegative()) return fail('target.invalid', 'target', { value: text(t.value) });
      if (t.value.isZero()) {
        return a.value.lessThanOrEqualTo(0)
          ? score(w, null, true, 'inverse.met', base)
          : score(ZERO, null, false, 'inverse.zeroMissed', base);
      }
      const r = a.value.dividedBy(t.value);
      if (a.value.lessThanOrEqualTo(t.value)) return score(w, r, true, 'inverse.met', base);
      if (config.variant === 'ratio') return score(w.times(t.value).dividedBy(a.value), r, false, 'inverse.ratio', base);
      if (a.value.greaterThanOrEqualTo(t.value.times(2))) return score(ZERO, r, false, 'inverse.double', base);
      return score(w.times(ONE.minus(a.value.minus(t.value).dividedBy(t.value))), r, false, 'inverse.linear', base);
    }
    case '分档': {
      const a = numeric(input.actual);
      if (a === null) return missingOrInvalid(input.actual, 'actual', config.kind);
      const t = numeric(input.target);
      const completion = t !== null && t.value.greaterThan(0) ? a.value.dividedBy(t.value) : null;
      const unit = t?.unit || a.unit;
      for (const band of config.bands) {
        const bandPoints = new Decimal(band.points);
        if (bandPoints.greaterThan(w)) return fail('params.invalid', 'params', { value: band.points, method: config.kind, points: text(w) });
        if (a.value.greaterThanOrEqualTo(new Decimal(band.min))) {
          return score(bandPoints, completion, bandPoints.equals(w), 'bands.band', { w: text(w), a: text(a.value), min: band.min, u: unit });
        }
      }
      return score(ZERO, completion, false, 'bands.none', { w: text(w), a: text(a.value), u: unit });
    }
    case '定性': {
      const label = input.actual?.kind === 'label' ? input.actual.label : null;
      const band = QUALITATIVE_BANDS.find((b) => b.label === label);
      if (input.actual === null) return fail('actual.missing', 'actual', { method: config.kind });
      if (band === undefined) return fail('qualitative.labelInvalid', 'actual', { value: label ?? text(numeric(input.actual)?.value ?? ZERO) });
      const low = w.times(band.low);
      const high = w.times(band.high);
      if (input.manual === null) {
        if (band.label !== '达成年度指标') return fail('qualitative.scoreRequired', 'manualScore', { band: band.label, low: text(low), high: text(high) });
        return score(w, null, true, 'qualitative.met', { w: text(w), band: band.label });
      }
      const inside = input.manual.greaterThanOrEqualTo(low) && (band.highInclusive ? input.manual.lessThanOrEqualTo(high) : input.manual.lessThan(high));
      const warnings: ScoringProblem[] = inside
        ? []
        : [{ code: 'qualitative.outOfBand', field: 'manualScore', params: { score: text(input.manual), band: band.label, low: text(low), high: text(high) } }];
      const raw = clampDecimal(input.manual, ZERO, w);
      return { ...score(raw, null, band.label === '达成年度指标' && raw.equals(w), 'qualitative.manual', { w: text(w), band: band.label }), warnings };
    }
    case '是否': {
      if (input.actual === null) return fail('actual.missing', 'actual', { method: config.kind });
      const label = input.actual.kind === 'label' ? input.actual.label : null;
      if (label === '是') return score(w, null, true, 'yesNo.yes', { w: text(w) });
      if (label === '否') return score(ZERO, null, false, 'yesNo.no', { w: text(w) });
      return fail('actual.invalid', 'actual', { value: label ?? text(numeric(input.actual)?.value ?? ZERO), method: config.kind });
    }
    case '扣分': {
      const n = numeric(input.actual);
      if (n === null) return missingOrInvalid(input.actual, 'actual', config.kind);
      if (n.value.isNegative()) return fail('actual.invalid', 'actual', { value: text(n.value), method: config.kind });
      const k = new Decimal(config.perOccurrence);
      const raw = maxDecimal(ZERO, w.minus(k.times(n.value)));
      return score(raw, null, n.value.isZero(), 'deduction', { w: text(w), k: config.perOccurrence, n: text(n.value) });
    }
    case '评价要点': {
      const pair = numbers(input, config.kind);
      if (!pair.ok) return pair;
      const { a, t } = pair;
      if (!t.value.greaterThan(0)) return fail('target.zero', 'target', { value: text(t.value), method: config.kind });
      if (a.value.isNegative()) return fail('actual.invalid', 'actual', { value: text(a.value), method: config.kind });
      const warnings: ScoringProblem[] = a.value.greaterThan(t.value)
        ? [{ code: 'checklist.exceeds', field: 'actual', params: { met: text(a.value), listed: text(t.value) } }]
        : [];
      const r = a.value.dividedBy(t.value);
      const raw = minDecimal(w, w.times(r));
      return { ...score(raw, r, r.greaterThanOrEqualTo(ONE), 'checklist', { w: text(w), a: text(a.value), t: text(t.value) }), warnings };
    }
    case '人工': {
      if (input.manual === null) return fail('override.scoreMissing', 'manualScore', {});
      if (input.overrideReason === null) return fail('override.reasonMissing', 'overrideReason', { score: text(input.manual) });
      const raw = clampDecimal(input.manual, ZERO, w);
      const warnings: ScoringProblem[] = raw.equals(input.manual)
        ? []
        : [{ code: 'override.outOfRange', field: 'manualScore', params: { score: text(input.manual), points: text(w) } }];
      return { ...score(raw, null, raw.equals(w), 'manual', { w: text(w), reason: input.overrideReason }), warnings };
    }
  }
}

function score(raw: Decimal, completion: Decimal | null, met: boolean, code: ExplanationCode, params: Params): MethodScore {
  return { ok: true, raw, completion, met, code, params, warnings: [] };
}

function fail(code: IssueCode, field: ScoringProblem['field'], params: Params): MethodOutcome {
  return { ok: false, code, field, params };
}

function text(d: Decimal): string {
  return d.toString();
}

/** The numeric part of a value; labels give null. */
function numeric(v: ParsedTarget | null): Num | null {
  if (v?.kind !== 'number') return null;
  return { value: new Decimal(v.value), unit: v.unit ?? '' };
}

function missingOrInvalid(v: ParsedTarget | null, field: 'target' | 'actual', method: string): MethodOutcome {
  if (v === null) return fail(field === 'target' ? 'target.missing' : 'actual.missing', field, { method });
  const value = v.kind === 'label' ? v.label : v.value;
  return fail(field === 'target' ? 'target.notNumeric' : 'actual.invalid', field, { value, method });
}

function numbers(input: MethodInput, method: string): ({ ok: true; a: Num; t: Num }) | ({ ok: false } & ScoringProblem) {
  const t = numeric(input.target);
  if (t === null) return missingOrInvalid(input.target, 'target', method) as { ok: false } & ScoringProblem;
  const a = numeric(input.actual);
  if (a === null) return missingOrInvalid(input.actual, 'actual', method) as { ok: false } & ScoringProblem;
  return { ok: true, a, t };
}
