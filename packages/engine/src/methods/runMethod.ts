import {
  clamp,
  cmp,
  div,
  int,
  isZero,
  max,
  min,
  mul,
  R0,
  R1,
  ratio,
  sub,
  type Ratio,
} from '../decimal/ratio.js';
import { ratioText } from '../decimal/units.js';
import type { IssueCode } from '../issues/codes.js';
import type { Params } from '../issues/issue.js';
import type { ParsedTarget } from '../target/parseTarget.js';
import { QUALITATIVE_BANDS } from './catalog.js';
import type { ExplanationCode } from './explanationCodes.js';
import type { MethodConfig } from './schema.js';

/** What a method reads. `manual` is the 人工得分 (for 定性 and 人工). Numbers are exact ratios. */
export interface MethodInput {
  points: Ratio;
  target: ParsedTarget | null;
  actual: ParsedTarget | null;
  manual: Ratio | null;
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
  /** Unrounded exact score, inside [0, points]. */
  raw: Ratio;
  completion: Ratio | null;
  met: boolean;
  /** Explanation code and parameters (the rounded score `s` is added by the caller). */
  code: ExplanationCode;
  params: Params;
  warnings: ReadonlyArray<ScoringProblem>;
}

export type MethodOutcome = MethodScore | ({ ok: false } & ScoringProblem);

interface Num {
  value: Ratio;
  text: string;
  unit: string;
}

const TWO = int(2);

/**
 * Runs any scoring method: one runner, one exhaustive switch over the method kinds.
 * Never throws on data: a missing or unusable value comes back as a {@link ScoringProblem}.
 */
export function runMethod(config: MethodConfig, input: MethodInput): MethodOutcome {
  const w = input.points;
  const wText = text(w);
  switch (config.kind) {
    case '正向':
    case '等于':
    case '门槛比例': {
      const pair = numbers(input, config.kind);
      if (!pair.ok) return pair;
      const { a, t } = pair;
      const base = { w: wText, a: a.text, t: t.text, u: t.unit || a.unit };
      if (isZero(t.value) && config.kind === '等于') {
        return cmp(a.value, R0) <= 0
          ? score(w, null, true, 'equal.zeroMet', base)
          : score(R0, null, false, 'equal.zeroMissed', base);
      }
      if (cmp(t.value, R0) <= 0)
        return fail('target.zero', 'target', { value: t.text, method: config.kind });
      const r = div(a.value, t.value);
      const prefix =
        config.kind === '正向' ? 'positive' : config.kind === '等于' ? 'equal' : 'threshold';
      if (cmp(r, R1) >= 0) return score(w, r, true, `${prefix}.met` as const, base);
      if (config.kind === '门槛比例') {
        const th = ratio(config.threshold);
        const params = { ...base, r: text(r), th: config.threshold };
        if (cmp(r, th) < 0) return score(R0, r, false, 'threshold.below', params);
        return score(div(mul(w, sub(r, th)), sub(R1, th)), r, false, 'threshold.partial', params);
      }
      return score(mul(w, r), r, false, `${prefix}.partial` as const, base);
    }
    case '反向': {
      const pair = numbers(input, config.kind);
      if (!pair.ok) return pair;
      const { a, t } = pair;
      const base = { w: wText, a: a.text, t: t.text, u: t.unit || a.unit };
      if (cmp(t.value, R0) < 0) return fail('target.invalid', 'target', { value: t.text });
      if (isZero(t.value)) {
        return cmp(a.value, R0) <= 0
          ? score(w, null, true, 'inverse.met', base)
          : score(R0, null, false, 'inverse.zeroMissed', base);
      }
      const r = div(a.value, t.value);
      if (cmp(a.value, t.value) <= 0) return score(w, r, true, 'inverse.met', base);
      if (config.variant === 'ratio')
        return score(div(mul(w, t.value), a.value), r, false, 'inverse.ratio', base);
      if (cmp(a.value, mul(t.value, TWO)) >= 0) return score(R0, r, false, 'inverse.double', base);
      return score(mul(w, sub(R1, sub(r, R1))), r, false, 'inverse.linear', base);
    }
    case '分档': {
      const a = numeric(input.actual);
      if (a === null) return missingOrInvalid(input.actual, 'actual', config.kind);
      const t = numeric(input.target);
      const completion = t !== null && cmp(t.value, R0) > 0 ? div(a.value, t.value) : null;
      const unit = t?.unit || a.unit;
      for (const band of config.bands) {
        const bandPoints = ratio(band.points);
        if (cmp(bandPoints, w) > 0)
          return fail('params.invalid', 'params', {
            value: band.points,
            method: config.kind,
            points: wText,
          });
        if (cmp(a.value, ratio(band.min)) >= 0) {
          return score(bandPoints, completion, cmp(bandPoints, w) === 0, 'bands.band', {
            w: wText,
            a: a.text,
            min: band.min,
            u: unit,
          });
        }
      }
      return score(R0, completion, false, 'bands.none', { w: wText, a: a.text, u: unit });
    }
    case '定性': {
      if (input.actual === null) return fail('actual.missing', 'actual', { method: config.kind });
      const label = input.actual.kind === 'label' ? input.actual.label : input.actual.value;
      const band = QUALITATIVE_BANDS.find((b) => b.label === label);
      if (band === undefined) return fail('qualitative.labelInvalid', 'actual', { value: label });
      const low = mul(w, ratio(band.low));
      const high = mul(w, ratio(band.high));
      const range = { band: band.label, low: text(low), high: text(high) };
      if (input.manual === null) {
        if (band.label !== '达成年度指标')
          return fail('qualitative.scoreRequired', 'manualScore', range);
        return score(w, null, true, 'qualitative.met', { w: wText, band: band.label });
      }
      const m = input.manual;
      const inside =
        cmp(m, low) >= 0 && (band.highInclusive ? cmp(m, high) <= 0 : cmp(m, high) < 0);
      const warnings: ScoringProblem[] = inside
        ? []
        : [
            {
              code: 'qualitative.outOfBand',
              field: 'manualScore',
              params: { score: text(m), ...range },
            },
          ];
      const raw = clamp(m, R0, w);
      return {
        ...score(
          raw,
          null,
          band.label === '达成年度指标' && cmp(raw, w) === 0,
          'qualitative.manual',
          { w: wText, band: band.label },
        ),
        warnings,
      };
    }
    case '是否': {
      if (input.actual === null) return fail('actual.missing', 'actual', { method: config.kind });
      const label = input.actual.kind === 'label' ? input.actual.label : input.actual.value;
      if (label === '是') return score(w, null, true, 'yesNo.yes', { w: wText });
      if (label === '否') return score(R0, null, false, 'yesNo.no', { w: wText });
      return fail('actual.invalid', 'actual', { value: label, method: config.kind });
    }
    case '扣分': {
      const n = numeric(input.actual);
      if (n === null) return missingOrInvalid(input.actual, 'actual', config.kind);
      if (cmp(n.value, R0) < 0)
        return fail('actual.invalid', 'actual', { value: n.text, method: config.kind });
      const raw = max(R0, sub(w, mul(ratio(config.perOccurrence), n.value)));
      return score(raw, null, isZero(n.value), 'deduction', {
        w: wText,
        k: config.perOccurrence,
        n: n.text,
      });
    }
    case '评价要点': {
      const pair = numbers(input, config.kind);
      if (!pair.ok) return pair;
      const { a, t } = pair;
      if (cmp(t.value, R0) <= 0)
        return fail('target.zero', 'target', { value: t.text, method: config.kind });
      if (cmp(a.value, R0) < 0)
        return fail('actual.invalid', 'actual', { value: a.text, method: config.kind });
      const warnings: ScoringProblem[] =
        cmp(a.value, t.value) > 0
          ? [
              {
                code: 'checklist.exceeds',
                field: 'actual',
                params: { met: a.text, listed: t.text },
              },
            ]
          : [];
      const r = div(a.value, t.value);
      return {
        ...score(min(w, mul(w, r)), r, cmp(r, R1) >= 0, 'checklist', {
          w: wText,
          a: a.text,
          t: t.text,
        }),
        warnings,
      };
    }
    case '人工': {
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
                params: { score: text(input.manual), points: wText },
              },
            ];
      return {
        ...score(raw, null, cmp(raw, w) === 0, 'manual', {
          w: wText,
          reason: input.overrideReason,
        }),
        warnings,
      };
    }
  }
}

const NO_WARNINGS: ReadonlyArray<ScoringProblem> = Object.freeze([]);

function score(
  raw: Ratio,
  completion: Ratio | null,
  met: boolean,
  code: ExplanationCode,
  params: Params,
): MethodScore {
  return { ok: true, raw, completion, met, code, params, warnings: NO_WARNINGS };
}

function fail(code: IssueCode, field: ScoringProblem['field'], params: Params): MethodOutcome {
  return { ok: false, code, field, params };
}

/** Decimal text of a ratio (truncated to 15 places when not a finite decimal). */
export function text(r: Ratio): string {
  const n = Number(r.n);
  const d = Number(r.d);
  // Small operands take the exact integer fast path of ratioText.
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return ratioText(n, d) ?? '0';
  return ratioText(r.n, r.d) ?? '0';
}

/** The numeric part of a value; labels give null. */
function numeric(v: ParsedTarget | null): Num | null {
  if (v?.kind !== 'number') return null;
  return { value: ratio(v.value), text: v.value, unit: v.unit ?? '' };
}

function missingOrInvalid(
  v: ParsedTarget | null,
  field: 'target' | 'actual',
  method: string,
): { ok: false } & ScoringProblem {
  if (v === null)
    return {
      ok: false,
      code: field === 'target' ? 'target.missing' : 'actual.missing',
      field,
      params: { method },
    };
  const value = v.kind === 'label' ? v.label : v.value;
  return {
    ok: false,
    code: field === 'target' ? 'target.notNumeric' : 'actual.invalid',
    field,
    params: { value, method },
  };
}

function numbers(
  input: MethodInput,
  method: string,
): { ok: true; a: Num; t: Num } | ({ ok: false } & ScoringProblem) {
  const t = numeric(input.target);
  if (t === null) return missingOrInvalid(input.target, 'target', method);
  const a = numeric(input.actual);
  if (a === null) return missingOrInvalid(input.actual, 'actual', method);
  return { ok: true, a, t };
}
