import { clampDecimal, fixedText, roundDecimal, truncateDecimal, ZERO, type Decimal } from '../decimal/decimal.js';
import { makeIssue, type Params } from '../issues/issue.js';
import { isMethodName } from '../methods/catalog.js';
import type { ExplanationCode } from '../methods/explanationCodes.js';
import { resolveMethod } from '../methods/resolveMethod.js';
import { runMethod, type MethodOutcome, type ScoringProblem } from '../methods/runMethod.js';
import type { IndicatorRecord } from '../schema/readRecords.js';
import type { ParsedTarget } from '../target/parseTarget.js';
import type { IndicatorResult, IndicatorStatus, Issue, MethodName, MetricName } from '../types.js';

/** What scoring an indicator needs besides its row. */
export interface ScoringContext {
  metrics: Readonly<Record<MetricName, string | null>>;
  inverseVariant: 'linear' | 'ratio';
  overAchievementRatio: Decimal;
}

/** One scored indicator: the result, its issues, and exact points/score for the sums. */
export interface ScoredIndicator {
  result: IndicatorResult;
  issues: Issue[];
  points: Decimal;
  score: Decimal;
}

const METHODS_WITH_TARGET_RATIO = new Set<string>(['正向', '等于', '门槛比例', '分档', '评价要点']);

/**
 * Scores one indicator: fills the actual value from 数据来源, resolves and runs the method, applies a
 * 人工得分 override (only with a reason), rounds half-up to 2 decimals inside [0, points], and runs
 * the per-indicator checks (a reason for lost points, an explanation for ≥130% of target).
 */
export function scoreIndicator(row: IndicatorRecord, ctx: ScoringContext): ScoredIndicator {
  const path = ['indicators', row.index];
  const issues: Issue[] = [...row.issues];
  const points = row.points ?? ZERO;
  const report = (p: ScoringProblem): void => {
    if (!row.invalid.has(p.field)) issues.push(makeIssue(p.code, [...path, p.field], p.params));
  };

  // 数据来源
  let actual: ParsedTarget | null = row.actual;
  let sourceBroken = false;
  if (row.source !== null) {
    if (!isMetricName(row.source)) {
      issues.push(makeIssue('source.unknown', [...path, 'source'], { value: row.source }));
      sourceBroken = true;
    } else {
      const value = ctx.metrics[row.source];
      if (value === null) {
        issues.push(makeIssue('source.unavailable', [...path, 'source'], { source: row.source }));
        sourceBroken = true;
      } else {
        if (row.actual !== null) issues.push(makeIssue('source.actualIgnored', [...path, 'actual'], { source: row.source }));
        actual = { kind: 'number', comparator: null, value, percent: true, unit: '%' };
      }
    }
  }

  const resolved = resolveMethod(row.method, row.target, row.params, { inverseVariant: ctx.inverseVariant });
  const method: MethodName | null = resolved.ok ? resolved.config.kind : row.method !== null && isMethodName(row.method) ? row.method : null;
  if (!resolved.ok && !row.invalid.has(resolved.problem.field)) {
    issues.push(makeIssue(resolved.problem.code, [...path, resolved.problem.field], resolved.problem.params));
  }

  let outcome: MethodOutcome | null = null;
  if (resolved.ok && row.points !== null && !sourceBroken) {
    outcome = runMethod(resolved.config, { points, target: row.target, actual, manual: row.manual, overrideReason: row.overrideReason });
    if (outcome.ok) outcome.warnings.forEach(report);
    else report(outcome);
  }

  let raw = ZERO;
  let status: IndicatorStatus = 'unscored';
  let completion: Decimal | null = null;
  let code: ExplanationCode = 'unscored';
  let params: Params = { w: points.toString() };
  let reason: string | null = null;
  if (outcome?.ok) {
    raw = outcome.raw;
    completion = outcome.completion;
    code = outcome.code;
    params = outcome.params;
    status = outcome.met ? 'met' : 'partial';
    if (method === '人工') {
      status = 'overridden';
      reason = row.overrideReason;
    }
  }
  // 人工得分 on a computed method overrides it, with a reason.
  const manualIsInput = method === '定性' || method === '人工';
  if (row.manual !== null && !manualIsInput && row.points !== null) {
    if (row.overrideReason === null) {
      issues.push(makeIssue('override.reasonMissing', [...path, 'overrideReason'], { score: row.manual.toString() }));
    } else {
      const computed = outcome?.ok ? fixedText(outcome.raw, 2) : '—';
      raw = clampDecimal(row.manual, ZERO, points);
      if (!raw.equals(row.manual)) {
        issues.push(makeIssue('override.outOfRange', [...path, 'manualScore'], { score: row.manual.toString(), points: points.toString() }));
      }
      status = 'overridden';
      code = 'override';
      params = { w: points.toString(), computed, reason: row.overrideReason };
      reason = row.overrideReason;
    }
  }

  const score = clampDecimal(roundDecimal(clampDecimal(raw, ZERO, points), 2), ZERO, points);
  const deducted = points.minus(score);
  if (status === 'partial' && score.isZero()) status = 'unmet';
  if (status === 'partial' && deducted.isZero()) status = 'met';
  if (deducted.greaterThan(0)) {
    reason ??= row.deviationReason;
    if (reason === null && row.points !== null) {
      issues.push(makeIssue('reason.missing', [...path, 'deviationReason'], { deducted: deducted.toString() }));
    }
  }
  if (
    completion !== null &&
    method !== null &&
    METHODS_WITH_TARGET_RATIO.has(method) &&
    completion.greaterThanOrEqualTo(ctx.overAchievementRatio) &&
    row.deviationReason === null
  ) {
    issues.push(makeIssue('overAchievement.unexplained', [...path, 'deviationReason'], { completion: truncateDecimal(completion, 15).toString(), threshold: ctx.overAchievementRatio.toString() }));
  }

  const scoreText = fixedText(score, 2);
  const result: IndicatorResult = {
    index: row.index,
    name: row.name ?? '',
    level1: row.level1 ?? '',
    level2: row.level2,
    key: row.key,
    method,
    points: points.toString(),
    actual: actual === null ? null : actual.kind === 'label' ? actual.label : actual.value,
    completion: completion === null ? null : truncateDecimal(completion, 15).toString(),
    score: scoreText,
    deducted: fixedText(deducted, 2),
    status,
    explanation: { code, params: { ...params, s: scoreText } },
    reason: deducted.greaterThan(0) || status === 'overridden' ? reason : null,
  };
  if (row.ref !== undefined) result.ref = row.ref;
  return { result, issues, points: row.points ?? ZERO, score };
}

const METRICS = new Set<string>(['整体支付率', '基本支出支付率', '项目支出支付率', '结转结余率', '预算调整率', '年中支付进度', '三季度支付进度']);

/** True when `name` is a metric the engine computes. */
export function isMetricName(name: string): name is MetricName {
  return METRICS.has(name);
}
