import type * as z from 'zod';
import { ratio, type Ratio } from '../decimal/ratio.js';
import { ratioText } from '../decimal/units.js';
import type { IssueCode } from '../issues/codes.js';
import type { Params } from '../issues/issue.js';
import type { ParsedTarget } from '../target/parseTarget.js';

/**
 * One scoring method as a module (the model is HyperFormula's function plugins): its 评分参数
 * schema, how it is resolved from 评分参数 or from a target written without a method, how it
 * scores, the explanation codes it emits and what its 完成率 means. `METHODS` in `table.ts` collects
 * them; everything else (catalog, schema union, runner, resolver, explanation codes, scoreIndicator)
 * reads that table. Messages for its explanation codes live in `messages/zh-CN.ts` and `en-US.ts`.
 */
export interface ScoringMethod<K extends string, C extends { kind: K }, E extends string> {
  name: K;
  /** One-line rule (a = actual, t = target, w = points), shown in docs and UIs. */
  rule: string;
  /** What 完成率 shows for this method (engine README, issue 9 item 9). */
  completion: string;
  target: 'number' | 'label' | 'optional';
  actual: 'number' | 'label' | 'yesno' | 'none';
  params: 'none' | 'optional' | 'required';
  /** The zod schema of its resolved configuration, discriminated by `kind`. */
  schema: z.ZodType<C>;
  /** Every explanation code `score` can return. */
  explanations: readonly E[];
  /** Reads 评分参数 (null when empty) into the configuration, or says what is wrong. */
  configure(params: string | null, defaults: MethodDefaults): Configured<C>;
  /** True when a target written without a method implies this one (`≤30万元` → 反向). */
  infers?(target: ParsedTarget): boolean;
  /** Scores one indicator; never throws on data. */
  score(config: C, input: MethodInput): MethodOutcome<E>;
  /**
   * How 人工得分 relates to the method: 'override' (a computed method; 人工得分 replaces the score
   * and needs 调整说明), 'input' (定性: the evaluator's score inside the band) or 'score' (人工: it
   * is the score).
   */
  manualScore: 'override' | 'input' | 'score';
  /** True when 完成率 is actual ÷ target, so ≥130% asks for an explanation in 偏差原因. */
  checksOverAchievement: boolean;
}

/** Defaults that apply when 评分参数 does not say. */
export interface MethodDefaults {
  inverseVariant: 'linear' | 'ratio';
}

/** Why a method could not be resolved, and which input field is at fault. */
export interface MethodProblem {
  code: IssueCode;
  field: 'method' | 'params' | 'target';
  params: Params;
}

/** A configuration, or the problem that prevented it. */
export type Configured<C> = { ok: true; config: C } | { ok: false; problem: MethodProblem };

/** What a method reads. `manual` is the 人工得分 (for 定性 and 人工). Numbers are exact ratios. */
export interface MethodInput {
  points: Ratio;
  target: ParsedTarget | null;
  actual: ParsedTarget | null;
  manual: Ratio | null;
  overrideReason: string | null;
  /** 评价年度, for dates written without a year (`12月底前`). */
  year?: number | null;
}

/** A problem found while scoring, attached to an input field. */
export interface ScoringProblem {
  code: IssueCode;
  field: 'target' | 'actual' | 'params' | 'manualScore' | 'overrideReason';
  params: Params;
}

/** The unrounded score, with what explains it. */
export interface MethodScore<E extends string = string> {
  ok: true;
  /** Unrounded exact score, inside [0, points]. */
  raw: Ratio;
  completion: Ratio | null;
  met: boolean;
  /** Explanation code and parameters (the rounded score `s` is added by the caller). */
  code: E;
  params: Params;
  warnings: ReadonlyArray<ScoringProblem>;
}

export type MethodOutcome<E extends string = string> =
  MethodScore<E> | ({ ok: false } & ScoringProblem);

/** A number read from a target or actual value. */
export interface Num {
  value: Ratio;
  text: string;
  unit: string;
}

const NO_WARNINGS: ReadonlyArray<ScoringProblem> = Object.freeze([]);

/** A score without warnings. */
export function scored<E extends string>(
  raw: Ratio,
  completion: Ratio | null,
  met: boolean,
  code: E,
  params: Params,
): MethodScore<E> {
  return { ok: true, raw, completion, met, code, params, warnings: NO_WARNINGS };
}

/** A scoring problem on one field. */
export function fail(
  code: IssueCode,
  field: ScoringProblem['field'],
  params: Params,
): { ok: false } & ScoringProblem {
  return { ok: false, code, field, params };
}

/** A resolution problem. */
export function problem<C>(
  code: IssueCode,
  field: MethodProblem['field'],
  params: Params,
): Configured<C> {
  return { ok: false, problem: { code, field, params } };
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
export function numeric(v: ParsedTarget | null): Num | null {
  if (v?.kind !== 'number') return null;
  return { value: ratio(v.value), text: v.value, unit: v.unit ?? '' };
}

/** `target.missing` / `actual.missing` for an empty value, else `target.notNumeric` / `actual.invalid`. */
export function missingOrInvalid(
  v: ParsedTarget | null,
  field: 'target' | 'actual',
  method: string,
): { ok: false } & ScoringProblem {
  if (v === null)
    return fail(field === 'target' ? 'target.missing' : 'actual.missing', field, { method });
  const value = v.kind === 'label' ? v.label : v.value;
  return fail(field === 'target' ? 'target.notNumeric' : 'actual.invalid', field, {
    value,
    method,
  });
}

/** Target and actual as numbers, or the problem with the first that is not. */
export function numbers(
  input: MethodInput,
  method: string,
): { ok: true; a: Num; t: Num } | ({ ok: false } & ScoringProblem) {
  const t = numeric(input.target);
  if (t === null) return missingOrInvalid(input.target, 'target', method);
  const a = numeric(input.actual);
  if (a === null) return missingOrInvalid(input.actual, 'actual', method);
  return { ok: true, a, t };
}

/** Decimal text as zod sees it in configurations. */
export const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
