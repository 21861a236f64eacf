import {
  centsText,
  clamp,
  cmp,
  int,
  mul,
  R0,
  ratio,
  toCents,
  type Ratio,
} from '../decimal/ratio.js';
import { unitsToText } from '../decimal/units.js';
import { makeIssue, withParams, type Params } from '../issues/issue.js';
import type { ExplanationCode } from '../methods/explanationCodes.js';
import { resolveMethod, type MethodProblem } from '../methods/resolveMethod.js';
import { runMethod, text, type MethodOutcome, type ScoringProblem } from '../methods/runMethod.js';
import { isMethodName, METHODS } from '../methods/table.js';
import type { IndicatorRecord } from '../schema/readRecords.js';
import { readDate, valueText } from '../methods/deadline.js';
import { isLowerIsBetter } from '../methods/direction.js';
import { unreadComparator, type ParsedTarget } from '../target/parseTarget.js';
import { METRIC_NAMES } from '../vocabulary.js';
import { alignQuantities } from '../target/units.js';
import type { IndicatorResult, IndicatorStatus, Issue, MethodName, MetricName } from '../types.js';

/** What scoring an indicator needs besides its row. */
export interface ScoringContext {
  metrics: Readonly<Record<MetricName, string | null>>;
  inverseVariant: 'linear' | 'ratio';
  overAchievementRatio: Ratio;
  /** 评价年度 (for deadlines written without a year). */
  year?: number | null;
}

/** One scored indicator: the result, its issues, and exact points (micro-units) and score (cents) for the sums. */
export interface ScoredIndicator {
  result: IndicatorResult;
  issues: Issue[];
  /** 分值 in integer micro-units (0 when missing or invalid). */
  points: number;
  /** 得分 in integer cents. */
  cents: number;
}

const MICRO = 1_000_000n;

/**
 * Scores one indicator: fills the actual value from 数据来源, resolves and runs the method, applies a
 * 人工得分 override (only with a reason), rounds half-up to 2 decimals inside [0, points], and runs
 * the per-indicator checks (a reason for lost points, an explanation for ≥130% of target).
 */
export function scoreIndicator(row: IndicatorRecord, ctx: ScoringContext): ScoredIndicator {
  const path = ['indicators', row.index];
  const issues: Issue[] = [...row.issues];
  const points = row.points ?? R0;
  // A target that is a number behind an unreadable comparator (`≒95%`, `约95%`) reads as a label;
  // when that leaves the method unknown or the target not a number, the message quotes the word.
  const token =
    row.target?.kind === 'label' && !row.invalid.has('target')
      ? unreadComparator(row.target.label)
      : null;
  const report = (p: ScoringProblem | MethodProblem): void => {
    if (
      token !== null &&
      row.target?.kind === 'label' &&
      (p.code === 'method.missing' || (p.code === 'target.notNumeric' && p.field === 'target'))
    ) {
      issues.push(
        makeIssue('target.comparatorUnknown', [...path, 'target'], {
          value: row.target.label,
          token,
        }),
      );
      return;
    }
    // no method and an unreadable target: the target's own issue says why
    if (p.code === 'method.missing' && row.invalid.has('target')) return;
    if (!row.invalid.has(p.field)) issues.push(makeIssue(p.code, [...path, p.field], p.params));
  };

  // 分值 are published to 2 decimals: more is said on the cell (an error in evaluate when the
  // printed 分值 then do not add up to their printed total)
  if (row.points !== null && (row.points.n * 100n) % row.points.d !== 0n) {
    const micro = row.points.n * (MICRO / row.points.d);
    const up = micro + 5_000n;
    issues.push(
      makeIssue('points.tooPrecise', [...path, 'points'], {
        value: text(row.points),
        printed: centsText((up - (up % 10_000n)) / 10_000n),
      }),
    );
  }

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
        // A typed actual that agrees with the computed metric (e.g. written back by the workbook) is fine.
        if (
          row.actual !== null &&
          !(row.actual.kind === 'number' && cmp(ratio(row.actual.value), ratio(value)) === 0)
        ) {
          issues.push(
            makeIssue('source.actualIgnored', [...path, 'actual'], { source: row.source, value }),
          );
        }
        actual = { kind: 'number', comparator: null, value, percent: true, unit: '%' };
      }
    }
  }

  // Dates and deadlines (`12月底前`, `2023年12月`) compare as dates, never as the number 2023.
  const dated =
    (row.method === null ||
      row.method === '正向' ||
      row.method === '反向' ||
      row.method === '等于') &&
    row.target !== null &&
    actual !== null &&
    namesMonth(row.target) &&
    namesMonth(actual) &&
    readDate(valueText(row.target), null) !== null &&
    readDate(valueText(actual), null) !== null;
  const methodName = dated ? '时效' : row.method;
  // A target written without comparator, method or direction: 正向 with a warning, or 反向 for
  // indicators that are conventionally lower-is-better (methods/direction.ts), also with a warning.
  let target: ParsedTarget | null = row.target;
  if (!dated && row.method === null && target?.kind === 'number' && target.comparator === null) {
    const lower = isLowerIsBetter(row.name ?? '');
    issues.push(
      makeIssue(lower ? 'target.lowerIsBetter' : 'target.noComparator', [...path, 'target'], {
        value: target.percent
          ? `${shiftPercent(target.value)}%`
          : `${target.value}${target.unit ?? ''}`,
        name: row.name ?? '',
      }),
    );
    if (lower) target = { ...target, comparator: '≤' };
  }
  // Units and bare percentages: the actual value in the target's unit, every reinterpretation stated.
  const aligned = dated
    ? { target, actual, notes: [], failed: false }
    : alignQuantities(target, actual);
  for (const note of aligned.notes) {
    if (!row.invalid.has(note.field))
      issues.push(makeIssue(note.code, [...path, note.field], note.params));
  }
  target = aligned.target;
  actual = aligned.actual;

  const resolved = resolveMethod(methodName, target, row.params, {
    inverseVariant: ctx.inverseVariant,
  });
  const method: MethodName | null = resolved.ok
    ? resolved.config.kind
    : row.method !== null && isMethodName(row.method)
      ? row.method
      : null;
  if (!resolved.ok) report(resolved.problem);

  let outcome: MethodOutcome<ExplanationCode> | null = null;
  if (resolved.ok && row.points !== null && !sourceBroken && !aligned.failed) {
    outcome = runMethod(resolved.config, {
      points,
      target,
      actual,
      manual: row.manual,
      overrideReason: row.overrideReason,
      year: ctx.year ?? null,
    });
    if (outcome.ok) outcome.warnings.forEach(report);
    else report(outcome);
  }

  // The same unreadable comparator where a numeric method (分档, 扣分 by count) scored without the
  // target: said on the cell, a warning (`target.comparatorUnused` in issues/codes.ts says why not
  // an error). Under 定性, 是否 and 人工 a target is a description, never read as a comparison.
  if (
    token !== null &&
    row.target?.kind === 'label' &&
    method !== null &&
    METHODS[method].actual === 'number' &&
    !issues.some((i) => i.code === 'target.comparatorUnknown')
  ) {
    issues.push(
      makeIssue('target.comparatorUnused', [...path, 'target'], {
        value: row.target.label,
        token,
        method: method ?? '',
        completion: method !== null && METHODS[method].checksOverAchievement ? 'yes' : 'no',
      }),
    );
  }

  let raw: Ratio = R0;
  let status: IndicatorStatus = 'unscored';
  let completion: Ratio | null = null;
  let code: ExplanationCode = 'unscored';
  const pointsText = text(points);
  let params: Params | null = null;
  let reason: string | null = null;
  if (outcome?.ok) {
    raw = outcome.raw;
    completion = outcome.completion;
    code = outcome.code;
    params = outcome.params;
    status = outcome.met ? 'met' : 'partial';
    if (method !== null && METHODS[method].manualScore === 'score') {
      status = 'overridden';
      reason = row.overrideReason;
    }
  }
  // 人工得分 on a computed method overrides it, with a reason.
  const manualIsInput = method !== null && METHODS[method].manualScore !== 'override';
  if (row.manual !== null && !manualIsInput && row.points !== null) {
    if (row.overrideReason === null) {
      issues.push(
        makeIssue('override.reasonMissing', [...path, 'overrideReason'], {
          score: text(row.manual),
        }),
      );
    } else {
      const computed = outcome?.ok ? centsText(toCents(outcome.raw)) : '—';
      raw = clamp(row.manual, R0, points);
      if (cmp(raw, row.manual) !== 0) {
        issues.push(
          makeIssue('override.outOfRange', [...path, 'manualScore'], {
            score: text(row.manual),
            points: pointsText,
          }),
        );
      }
      status = 'overridden';
      code = 'override';
      params = { w: pointsText, computed, reason: row.overrideReason };
      reason = row.overrideReason;
    }
  }

  // Half-up to cents inside [0, points]; never above the points even when they carry more decimals.
  const pointsMicro = points.n * (MICRO / points.d);
  const kept = clamp(raw, R0, points);
  let cents = toCents(kept);
  if (cents * 10_000n > pointsMicro) cents = pointsMicro / 10_000n;
  const deductedMicro = pointsMicro - cents * 10_000n;
  const deducted =
    deductedMicro % 10_000n === 0n
      ? centsText(deductedMicro / 10_000n)
      : unitsToText(deductedMicro);
  if (status === 'partial' && cents === 0n) status = 'unmet';
  if (status === 'partial' && deductedMicro === 0n) status = 'met';
  if (deductedMicro > 0n) {
    reason ??= row.deviationReason;
    // An unscored row lost its points to a data error, not to a deviation: no 偏差原因 asked.
    if (reason === null && row.points !== null && status !== 'unscored') {
      issues.push(makeIssue('reason.missing', [...path, 'deviationReason'], { deducted }));
    }
  }
  if (
    completion !== null &&
    method !== null &&
    METHODS[method].checksOverAchievement &&
    cmp(completion, ctx.overAchievementRatio) >= 0 &&
    row.deviationReason === null
  ) {
    issues.push(
      makeIssue('overAchievement.unexplained', [...path, 'deviationReason'], {
        completion: text(completion),
        threshold: text(ctx.overAchievementRatio),
      }),
    );
  }

  const scoreText = centsText(cents);
  const result: IndicatorResult = {
    index: row.index,
    name: row.name ?? '',
    level1: row.level1 ?? '',
    level2: row.level2,
    key: row.key,
    method,
    points: pointsText,
    actual: actual === null ? null : actual.kind === 'label' ? actual.label : actual.value,
    completion: completion === null ? null : text(completion),
    score: scoreText,
    unrounded: text(kept),
    deducted,
    status,
    explanation: {
      code,
      params:
        params === null ? { w: pointsText, s: scoreText } : withParams(params, { s: scoreText }),
    },
    reason: deductedMicro > 0n || status === 'overridden' ? reason : null,
  };
  if (row.ref !== undefined) result.ref = row.ref;
  return {
    result,
    // an exact-size copy: the list grew to 17 slots at its first push, and it lives as long as
    // the evaluation (20,000 such lists held 3 MB of empty slots)
    issues: issues.length === 0 ? [] : issues.slice(),
    points: row.points === null ? 0 : Number(pointsMicro),
    cents: Number(cents),
  };
}

/**
 * False when `v` cannot be a date: every date names a month (readDate), and a number's text can
 * only through its unit (`≥12月`). Tested before the value's text is built (most rows stop here).
 */
function namesMonth(v: ParsedTarget): boolean {
  return v.kind === 'label' ? v.label.includes('月') : v.unit !== null && v.unit.includes('月');
}

const METRICS: ReadonlySet<string> = new Set(METRIC_NAMES);

/** True when `name` is a metric the engine computes. */
export function isMetricName(name: string): name is MetricName {
  return METRICS.has(name);
}

/** A fraction as percent digits: `'0.03'` → `'3'`. */
function shiftPercent(fraction: string): string {
  return text(mul(ratio(fraction), int(100)));
}
