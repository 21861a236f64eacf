/**
 * Where the province rules (rules.ts) act on an evaluation: the execution-rate scorer, the
 * per-indicator penalty, the alternative groups and the cap of the total. Each function takes the
 * national result and returns it changed, with a note saying which rule changed it.
 */
import { centsText } from '../decimal/ratio.js';
import { unitsToText } from '../decimal/units.js';
import { makeIssue } from '../issues/issue.js';
import { METHODS, isMethodName } from '../methods/table.js';
import type { IndicatorRecord } from '../schema/readRecords.js';
import { textValue } from '../schema/readers.js';
import {
  scoreIndicator,
  type ScoredIndicator,
  type ScoringContext,
} from '../scoring/scoreIndicator.js';
import type { Evaluation, Explanation, IndicatorResult, Issue } from '../types.js';
import {
  capCents,
  capFor,
  deviationPenaltyCents,
  RATE_METRICS,
  rateBandsParams,
  ruleNote,
  type Rules,
} from './rules.js';

const withNote = (e: Explanation, note: Explanation): Explanation => ({
  ...e,
  notes: [...(e.notes ?? []), note],
});

/**
 * Scores one indicator under the rules: an indicator fed by a 支付率 (数据来源) with method 正向 or
 * none is scored by the 执行率计分 bands when they are set; then 偏离扣分 takes its points off a
 * score whose 完成率 reaches the rule's ratio (a 人工得分 override is left as the person set it).
 */
export function scoreWithRules(
  row: IndicatorRecord,
  ctx: ScoringContext,
  rules: Rules,
): ScoredIndicator {
  const byBands =
    rules.rateBands !== null &&
    row.source !== null &&
    RATE_METRICS.has(row.source) &&
    (row.method === null || row.method === '正向') &&
    row.points !== null;
  let scored = scoreIndicator(
    byBands
      ? { ...row, method: '分档', params: rateBandsParams(rules.rateBands!, row.points!) }
      : row,
    ctx,
  );
  const live = scored.result.status !== 'unscored' && scored.result.status !== 'overridden';
  const notes: Explanation[] = [];
  if (
    live &&
    rules.denominator !== '全年预算数' &&
    row.source !== null &&
    RATE_METRICS.has(row.source)
  )
    notes.push(ruleNote('rule.denominator', { rule: rules.denominator }));
  if (live && byBands) notes.push(ruleNote('rule.rateBands', { rule: rules.rateBandsText ?? '' }));
  if (notes.length > 0) {
    let explanation = scored.result.explanation;
    for (const n of notes) explanation = withNote(explanation, n);
    scored = { ...scored, result: { ...scored.result, explanation } };
  }
  return applyPenalty(scored, rules);
}

function applyPenalty(scored: ScoredIndicator, rules: Rules): ScoredIndicator {
  const r = scored.result;
  const method = r.method !== null && isMethodName(r.method) ? METHODS[r.method] : null;
  if (
    rules.deviation === null ||
    method === null ||
    !method.checksOverAchievement ||
    (r.status !== 'met' && r.status !== 'partial')
  )
    return scored;
  const cents = BigInt(scored.cents);
  const penalty = deviationPenaltyCents(rules.deviation, r.completion, cents);
  if (penalty === 0n) return scored;
  const next = cents - penalty;
  const deductedMicro = BigInt(scored.points) - next * 10_000n;
  const score = centsText(next);
  const note = ruleNote('rule.deviationPenalty', {
    completion: r.completion ?? '',
    ratio: rules.deviation.ratio,
    points: centsText(penalty),
    s: score,
  });
  const result: IndicatorResult = {
    ...r,
    score,
    deducted:
      deductedMicro % 10_000n === 0n
        ? centsText(deductedMicro / 10_000n)
        : unitsToText(deductedMicro),
    status: next === 0n ? 'unmet' : 'partial',
    explanation: withNote(r.explanation, note),
  };
  return { ...scored, result, cents: Number(next) };
}

/** The 备选组 label of a raw indicator (trimmed), or null. */
export function groupOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const t = textValue((raw as Record<string, unknown>).group);
  return t === undefined ? null : t;
}

/**
 * The counted member of a 备选组: the highest score (cents), the first in sheet order on a tie.
 */
export function bestOf(members: readonly number[], scored: readonly ScoredIndicator[]): number {
  let best = members[0]!;
  for (const i of members) {
    const c = scored[i]!.cents;
    const b = scored[best]!.cents;
    if (c > b || (c === b && i < best)) best = i;
  }
  return best;
}

/**
 * The results of a 备选组 after choosing: the counted one notes the others, the others say they
 * are not in the total (`counted: false`); a warning when their points differ.
 */
export function markAlternatives(
  group: string,
  members: readonly number[],
  counted: number,
  indicators: IndicatorResult[],
  issues: Issue[],
): void {
  const names = (list: readonly number[]): string =>
    list.map((i) => indicators[i]!.name).join('、');
  for (const i of members) {
    const r = indicators[i]!;
    if (i === counted) {
      indicators[i] = {
        ...r,
        counted: true,
        explanation: withNote(
          r.explanation,
          ruleNote('rule.alternativeCounted', {
            group,
            others: names(members.filter((k) => k !== i)),
          }),
        ),
      };
    } else {
      indicators[i] = {
        ...r,
        counted: false,
        explanation: withNote(
          r.explanation,
          ruleNote('rule.alternativeNotCounted', { group, counted: indicators[counted]!.name }),
        ),
      };
    }
  }
  const points = new Set(members.map((i) => indicators[i]!.points));
  if (points.size > 1) {
    issues.push(
      makeIssue('rule.alternativePointsDiffer', ['indicators', members[0]!, 'group'], {
        group,
        points: members.map((i) => indicators[i]!.points).join('/'),
      }),
    );
  }
}

/**
 * 执行率封顶 on the total: with the rule set and the overall rate below a bound, the total (cents)
 * is at most max × 总分值 ÷ 100. Returns the capped cents and the note, or the total unchanged
 * (with an unknown rate the evaluator reports `rule.capRateUnknown`).
 */
export function applyCap(
  rules: Rules,
  rate: string | null,
  cents: number,
  totalPointsUnits: number,
): { cents: number; cap?: NonNullable<Evaluation['total']['cap']> } {
  if (rules.cap.length === 0 || rate === null) return { cents };
  const band = capFor(rules.cap, rate);
  if (band === null) return { cents };
  const limit = capCents(band, totalPointsUnits);
  if (BigInt(cents) <= limit) return { cents };
  const capped = Number(limit);
  return {
    cents: capped,
    cap: {
      uncapped: centsText(cents),
      note: ruleNote('rule.cap', {
        rate,
        below: band.below,
        max: band.max,
        uncapped: centsText(cents),
        cap: centsText(capped),
      }),
    },
  };
}
