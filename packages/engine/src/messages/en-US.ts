import type { IssueCode } from '../issues/codes.js';
import type { RuleNoteCode } from '../rules/rules.js';
import type { ExplanationCode } from '../methods/explanationCodes.js';
import { METHOD_LIST as METHOD_MODULES, type MethodName } from '../methods/table.js';
import { display as v, gt, pct } from './display.js';
import type { MessageFn } from './zh-CN.js';

type P = Readonly<Record<string, string | number>>;
const q = (x: string | number | undefined): string => `"${x ?? ''}"`;
/** How to write 评分参数, for each method that takes them (a test checks the coverage). */
export const enUSParamExamples: Readonly<Partial<Record<MethodName, string>>> = {
  分档: 'e.g. 100%:10;80%:7;60%:5;0:0',
  扣分: 'points per occurrence, e.g. 0.5, or per unit beyond the target, e.g. 每超过1个百分点扣0.1分',
  反向: 'e.g. t/a or 1-(a-t)/t',
  时效: 'a deduction per day or month late, e.g. 每逾期1天扣0.5分',
  门槛比例: 'the threshold, e.g. 60%',
};

/** en-US issue messages, keyed by code. */
export const enUS: Record<IssueCode, MessageFn> = {
  'record.invalid': () => 'This row is not a valid record and could not be read',
  'input.required': (_, f) => `${f || 'This field'} is required but empty`,
  'text.invalid': (p, f) => `${f || 'This field'} should be text, got ${q(p.value)}`,
  'flag.invalid': (p, f) => `${f || 'This field'} should be 是 (yes) or 否 (no), got ${q(p.value)}`,
  'amount.invalid': (p, f) => `${f || 'The amount'} should be a number, got ${q(p.value)}`,
  'amount.negative': (p, f) => `${f || 'The amount'} cannot be negative, got ${q(p.value)}`,
  'amount.tooPrecise': (p, f) => `${f || 'The amount'} has more than 6 decimals: ${q(p.value)}`,
  'amount.tooLarge': (p, f) =>
    `${f || 'The amount'} is too large (it must be below 10⁹): ${q(p.value)}`,
  'monthly.tooLong': (p) => `At most 12 monthly payments, got ${p.count ?? 0}`,
  'info.yearInvalid': (p) => `The year should be a four-digit year such as 2022, got ${q(p.value)}`,
  'info.unitInvalid': (p) => `The unit should be 万元 or 元, got ${q(p.value)}`,
  'info.gradeBandsInvalid': (p) =>
    `Grade bands should be three descending scores such as 90/80/60, got ${q(p.value)}; no grade is given until it is fixed`,
  'info.totalPointsInvalid': (p) =>
    `Total points should be a number above 0, got ${q(p.value)}; the score rate and grade are not given until it is fixed`,
  'options.invalid': (p, f) =>
    `${f || 'An option'} is invalid (${p.detail ?? ''}); the default is used`,
  'budget.typeInvalid': (p) =>
    `The type should be 基本支出 (basic) or 项目支出 (project), got ${q(p.value)}`,
  'budget.roleInvalid': (p) => `The row role should be line, subtotal or total, got ${q(p.value)}`,
  'budget.lineExcluded': (p) =>
    `${q(p.name)} has no valid budget or spent amount and is left out of the totals`,
  'budget.zeroBudget': (p) =>
    `${q(p.name)} has a zero budget: its rate cannot be computed (shown as "—")`,
  'budget.overspent': (p) =>
    `${q(p.name)} spent ${v(p.spent)}, more than its budget ${v(p.budget)}`,
  'budget.monthlyMismatch': (p) =>
    `${q(p.name)}: monthly payments add up to ${v(p.monthlySum)}, not the spent amount ${v(p.spent)}`,
  'budget.monthlyPartial': (p) =>
    `Only ${p.lines ?? ''} of ${p.of ?? ''} lines carry monthly payments that add up to their spent amount (not: ${p.names ?? ''}); progress covers those lines only, not the department`,
  'budget.subtotalMismatch': (p, f) =>
    `${q(p.name)}: ${f} ${v(p.actual)} differs from the sum of its lines ${v(p.expected)}`,
  'rate.undefined': (p) =>
    `${p.rate ?? 'The rate'} cannot be computed: the total budget is zero (shown as "—")`,
  'indicator.duplicateName': (p) =>
    typeof p.first === 'number'
      ? `Indicator ${q(p.name)} has the same name as indicator ${p.first + 1}; names must be unique`
      : `Indicator ${q(p.name)} has the same name as another; names must be unique`,
  'points.invalid': (p) => `Points should be a number above 0, got ${q(p.value)}`,
  'points.sumMismatch': (p) => `Points add up to ${v(p.sum)}, expected ${v(p.expected)}`,
  'points.tooPrecise': (p) =>
    `The points ${p.value ?? ''} have more than 2 decimals; they are published to 2 (${p.printed ?? ''}), and the published points must add up to the total: use 2 decimals`,
  'points.printedSumMismatch': (p) =>
    `The points ${p.value ?? ''} have more than 2 decimals and are published as ${p.printed ?? ''}; the points as published add up to ${p.printedSum ?? ''}, not their total ${p.total ?? ''}, so the published table would not add up and the result is provisional. Use 2 decimals so that the points add up to the total`,
  'method.unknown': (p) =>
    `Unknown method ${q(p.value)}; use one of ${METHOD_MODULES.map((m) => m.name).join(', ')}`,
  'method.missing': () =>
    'No method given and none can be inferred from the target (write it as ≥95%, ≤30万元, =100% …)',
  'target.missing': (p) => `Method ${p.method ?? ''} needs a target`,
  'target.invalid': (p) =>
    `Target ${q(p.value)} is not understood; use a number, a percentage, or notation such as ≥95%, ≤30万元, =100%, ≥50个`,
  'target.comparatorUnknown': (p) =>
    `In the target ${q(p.value)}, ${q(p.token)} is not a comparator that can be read; use ≥, ≤, = or 不低于/不高于, 以上/以下 (e.g. ≥95%, ≤30万元)`,
  'target.comparatorUnused': (p) =>
    `In the target ${q(p.value)}, ${q(p.token)} is not a comparator that can be read, so the target is not read. Method ${p.method ?? ''} ${p.completion === 'yes' ? 'scores the actual value, so the score is not affected; but the completion rate is not computed (left blank) and over-achievement (130% or more) cannot be checked' : 'does not use the target, so the score is not affected'}. Use ≥, ≤, = or 不低于/不高于 (e.g. ≥95%)`,
  'target.zero': (p) => `Method ${p.method ?? ''} needs a target above 0, got ${q(p.value)}`,
  'target.notNumeric': (p) => `Method ${p.method ?? ''} needs a numeric target, got ${q(p.value)}`,
  'actual.missing': () => 'The actual value is missing',
  'actual.invalid': (p) =>
    p.method === '是否'
      ? `The actual value should be 是 (yes) or 否 (no), got ${q(p.value)}`
      : p.method === '扣分'
        ? `The actual value should be a count of at least 0, got ${q(p.value)}`
        : `The actual value should be a number or a percentage, got ${q(p.value)}`,
  'source.unknown': (p) =>
    `Unknown source ${q(p.value)}; use a computed metric such as 整体支付率, 项目支出支付率, 结转结余率`,
  'source.unavailable': (p) =>
    `Source ${q(p.source)} cannot be computed (zero budget or no monthly payments); the indicator is not scored`,
  'source.actualIgnored': (p) =>
    `The actual value comes from ${q(p.source)} (${v(p.value, '%')}); the typed actual value differs and is not used`,
  'params.missing': (p) =>
    `Method ${p.method ?? ''} needs parameters (${enUSParamExamples[String(p.method) as MethodName] ?? ''})`,
  'params.invalid': (p) =>
    p.points !== undefined
      ? `Band points ${v(p.value)} exceed the indicator's points ${v(p.points)}`
      : `Parameters ${q(p.value)} do not fit method ${p.method ?? ''} (${enUSParamExamples[String(p.method) as MethodName] ?? ''})`,
  'qualitative.labelInvalid': (p) =>
    `A qualitative actual value should be one of the three band labels (达成年度指标 …), got ${q(p.value)}`,
  'qualitative.scoreRequired': (p) =>
    `Band ${q(p.band)} needs a manual score between ${v(p.low)} and ${v(p.high)}`,
  'qualitative.outOfBand': (p) =>
    `Manual score ${v(p.score)} is outside band ${q(p.band)} (${v(p.low)}–${v(p.high)})`,
  'override.reasonMissing': (p) =>
    `Manual score ${v(p.score)} has no override reason and is not used`,
  'override.scoreMissing': () => 'Method 人工 (manual) needs a manual score',
  'override.outOfRange': (p) =>
    `Manual score ${v(p.score)} is outside 0–${v(p.points)}; the nearest bound is used`,
  'checklist.exceeds': (p) => `Points met (${v(p.met)}) exceed points listed (${v(p.listed)})`,
  'actual.readAsPercent': (p) =>
    `The actual value ${p.value ?? ''} has no %; the target is a percentage, so ${p.read ?? ''} is used. Write the % if you meant otherwise`,
  'target.readAsPercent': (p) =>
    `The target ${p.value ?? ''} has no %; the actual value is a percentage, so ${p.read ?? ''} is used. Write the % if you meant otherwise`,
  'actual.unitConverted': (p) =>
    `The actual value ${q(p.value)} is in ${p.unit ?? ''}, the target in ${p.targetUnit ?? ''}: converted to ${p.read ?? ''}`,
  'actual.unitClassifier': (p) =>
    `The actual value ${q(p.value)} counts in "${p.unit ?? ''}" and the target in "${p.targetUnit ?? ''}": both are general classifiers for items (个, 项, 件), read as ${p.read ?? ''}`,
  'actual.percentAmbiguous': (p) =>
    `The actual value ${p.value ?? ''} has no %, and with a target below 2% (${p.target ?? ''}) it could be ${p.value ?? ''}% or ${p.value ?? ''}×100%; write it with % (e.g. 0.3%)`,
  'actual.unitMismatch': (p) =>
    `The actual value ${q(p.value)} is in ${p.unit ?? ''}, which cannot be compared with the target's ${p.targetUnit ?? ''}; use one unit`,
  'actual.labelRead': (p) => `The actual value ${q(p.value)} is scored as ${q(p.read)}`,
  'target.noComparator': (p) =>
    `The target ${q(p.value)} has no comparator, method or direction: scored as higher-is-better; write ≤${p.value ?? ''} or a method if lower is better`,
  'target.lowerIsBetter': (p) =>
    `The target ${q(p.value)} has no comparator; ${q(p.name)} is conventionally lower-is-better, so it is scored as ≤${p.value ?? ''}; write ≥ or ≤ to say otherwise`,
  'target.negativeRatio': (p) =>
    `A negative target ${q(p.value)} cannot be scored with t/a (it would give full points to a miss); remove t/a from the parameters`,
  'reason.missing': (p) => `${v(p.deducted)} points lost: a deviation reason is required`,
  'overAchievement.unexplained': (p) =>
    `Completion ${pct(p.completion)} is at least ${pct(p.threshold)} of target: explain it in the deviation reason`,
  'rule.invalid': (p) =>
    `${p.rule} ${q(p.value)} cannot be read; write ${p.expected}. The rule is not applied`,
  'rule.denominatorMissing': (p, f) =>
    `The rate's denominator is ${p.rule}, but ${f} of ${q(p.name)} is empty or unreadable; the rate cannot be computed`,
  'rule.capRateUnknown': (p) =>
    `A cap by execution rate (${p.rule}) is set but the rate cannot be computed: whether the total is capped is unknown`,
  'rule.alternativePointsDiffer': (p) =>
    `The alternatives of group ${q(p.group)} have different points (${p.points}); the counted one's points are used`,
};

/** en-US notes of province rules on an explanation or a deduction. */
export const enUSRuleNotes: Record<RuleNoteCode, (p: P) => string> = {
  'rule.rateBands': (p) => `execution rate scored by bands ${p.rule}`,
  'rule.deviationPenalty': (p) =>
    `completion ${pct(p.completion)} ≥ ${pct(p.ratio)}: deviation penalty ${p.points}, score ${p.s}`,
  'rule.alternativeCounted': (p) =>
    `alternative group ${q(p.group)}: the better one counts (others: ${p.others})`,
  'rule.alternativeNotCounted': (p) =>
    `alternative group ${q(p.group)} counts ${q(p.counted)}; this one is not in the total`,
  'rule.cap': (p) =>
    `execution rate ${pct(p.rate)} below ${pct(p.below)}: score rate at most ${p.max}%, total ${p.uncapped} capped at ${p.cap}`,
  'rule.denominator': (p) => `execution rate over ${p.rule}`,
};

/** en-US explanations, keyed by code. */
export const enUSExplanations: Record<ExplanationCode, (p: P) => string> = {
  'positive.met': (p) =>
    `actual ${v(p.a, p.u)} ≥ target ${v(p.t, p.u)}: full ${p.s} (higher is better, target met)`,
  'positive.partial': (p) =>
    `${v(p.w)} × ${v(p.a, p.u)}/${v(p.t, p.u)} = ${p.s} (higher is better, target not met)`,
  'equal.met': (p) => `actual ${v(p.a, p.u)} reaches target ${v(p.t, p.u)}: full ${p.s} (equal)`,
  'equal.partial': (p) =>
    `${v(p.w)} × ${v(p.a, p.u)}/${v(p.t, p.u)} = ${p.s} (equal, target not met)`,
  'equal.zeroMet': (p) => `target 0, actual ${v(p.a, p.u)} ≤ 0: full ${p.s} (equal)`,
  'equal.zeroMissed': (p) => `target 0, actual ${v(p.a, p.u)} > 0: ${p.s} (equal)`,
  'threshold.met': (p) =>
    `completion ${v(p.a, p.u)}/${v(p.t, p.u)} ≥ 100%: full ${p.s} (threshold)`,
  'threshold.partial': (p) =>
    `${v(p.w)} × (${pct(p.r)} − ${pct(p.th)})/(100% − ${pct(p.th)}) = ${p.s} (threshold, completion ${pct(p.r)})`,
  'threshold.below': (p) =>
    `completion ${pct(p.r)} below the ${pct(p.th)} threshold: ${p.s} (threshold)`,
  'inverse.met': (p) =>
    `actual ${v(p.a, p.u)} ≤ target ${v(p.t, p.u)}: full ${p.s} (lower is better, target met)`,
  'inverse.linear': (p) =>
    `${v(p.w)} × (1 − (${v(p.a, p.u)} − ${v(p.t, p.u)})/${v(p.t, p.u)}) = ${p.s} (lower is better, above target)`,
  'inverse.ratio': (p) =>
    `${v(p.w)} × ${v(p.t, p.u)}/${v(p.a, p.u)} = ${p.s} (lower is better, above target)`,
  'inverse.double': (p) =>
    `actual ${v(p.a, p.u)} ≥ 2 × target ${v(p.t, p.u)}: ${p.s} (lower is better)`,
  'inverse.zeroMissed': (p) => `target 0, actual ${v(p.a, p.u)} > 0: ${p.s} (lower is better)`,
  'bands.band': (p) => `actual ${v(p.a, p.u)} ≥ band ${v(p.min, p.u)}: ${p.s} (bands)`,
  'bands.none': (p) => `actual ${v(p.a, p.u)} below the lowest band: ${p.s} (bands)`,
  'qualitative.met': (p) => `${p.band}, no manual score: full ${p.s} (qualitative)`,
  'qualitative.manual': (p) => `${p.band}, scored ${p.s} by the evaluator (qualitative)`,
  'positive.negative': (p) =>
    `${v(p.w)} × max(0, 1 − |${v(p.a, p.u)} − (${v(p.t, p.u)})|/|${v(p.t, p.u)}|) = ${p.s} (higher is better, negative target missed)`,
  'inverse.negative': (p) =>
    `${v(p.w)} × max(0, 1 − |${v(p.a, p.u)} − (${v(p.t, p.u)})|/|${v(p.t, p.u)}|) = ${p.s} (lower is better, negative target missed)`,
  'yesNo.match': (p) => `${p.a ?? ''}, as the target ${p.t ?? ''} asks: full ${p.s} (yes/no)`,
  'yesNo.mismatch': (p) => `${p.a ?? ''}, the target is ${p.t ?? ''}: ${p.s} (yes/no)`,
  'yesNo.yes': (p) => `yes: full ${p.s} (yes/no)`,
  'yesNo.no': (p) => `no: ${p.s} (yes/no)`,
  deduction: (p) =>
    gt(`${p.k}`, p.n, p.w)
      ? `max(0, ${v(p.w)} − ${v(p.k)} × ${v(p.n)}) = ${p.s} (deduction, floor 0)`
      : `${v(p.w)} − ${v(p.k)} × ${v(p.n)} = ${p.s} (deduction)`,
  'deduction.perUnit': (p) =>
    `max(0, ${v(p.w)} − ${v(p.k)} × ${p.side === 'below' ? `(${v(p.t, p.u)} − ${v(p.a, p.u)})` : `(${v(p.a, p.u)} − ${v(p.t, p.u)})`}/${v(p.step)}${p.stepUnit ?? ''}) = ${p.s} (deduction of ${v(p.k)} per ${v(p.step)}${p.stepUnit ?? ''} ${p.side === 'below' ? 'below' : 'beyond'} the target)`,
  checklist: (p) =>
    gt(p.a, 1, p.t)
      ? `min(${v(p.w)}, ${v(p.w)} × ${v(p.a)}/${v(p.t)}) = ${p.s} (checklist, capped)`
      : `${v(p.w)} × ${v(p.a)}/${v(p.t)} = ${p.s} (checklist)`,
  'deadline.met': (p) => `done ${p.a ?? ''}, deadline ${p.t ?? ''}: full ${p.s} (on time)`,
  'deadline.late': (p) =>
    p.k === ''
      ? `done ${p.a ?? ''}, after the deadline ${p.t ?? ''}: ${p.s} (late)`
      : `done ${p.a ?? ''}, ${p.late ?? ''} ${p.unit === '天' ? 'days' : 'months'} after ${p.t ?? ''}: max(0, ${v(p.w)} − ${v(p.k)} × ${p.late ?? ''}) = ${p.s} (late)`,
  manual: (p) => `manual score ${p.s} (${p.reason ?? ''})`,
  override: (p) => `overridden to ${p.s}, computed ${p.computed ?? '—'} (${p.reason ?? ''})`,
  unscored: (p) => `not scored: ${p.s} (data problem, see the issues)`,
};
