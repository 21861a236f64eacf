import type { Severity } from '../types.js';

/**
 * Every issue code the engine can emit, with its severity. Messages for each code live in
 * `@jixiao/engine/messages` (zh-CN and en-US); a test checks that both maps cover this table.
 */
export const ISSUE_SEVERITY = {
  // input records and fields
  'record.invalid': 'error',
  'input.required': 'error',
  'text.invalid': 'error',
  // 关键指标 unreadable: read as 否; no score depends on it
  'flag.invalid': 'warning',
  'amount.invalid': 'error',
  'amount.negative': 'error',
  'amount.tooPrecise': 'error',
  'amount.tooLarge': 'error',
  'monthly.tooLong': 'error',
  // 基本信息
  'info.yearInvalid': 'error',
  'info.unitInvalid': 'error',
  // the grade cannot be decided: the total is shown provisional and without a grade (issue 9, item 11)
  'info.gradeBandsInvalid': 'error',
  'info.totalPointsInvalid': 'error',
  'options.invalid': 'error',
  // 预算执行
  'budget.typeInvalid': 'error',
  'budget.roleInvalid': 'error',
  'budget.lineExcluded': 'warning',
  'budget.zeroBudget': 'warning',
  'budget.overspent': 'warning',
  'budget.monthlyMismatch': 'warning',
  'budget.monthlyPartial': 'warning',
  'budget.subtotalMismatch': 'warning',
  'rate.undefined': 'warning',
  // 绩效指标
  // two rows with the same name are still scored each on its own; the name only confuses readers
  'indicator.duplicateName': 'warning',
  'points.invalid': 'error',
  'points.sumMismatch': 'warning',
  // 分值 with more than 2 decimals: published to 2, so said on the cell; an error when the printed
  // 分值 then do not add up to their printed total (the table would be published inconsistent)
  'points.tooPrecise': 'warning',
  'points.printedSumMismatch': 'error',
  'method.unknown': 'error',
  'method.missing': 'error',
  'target.missing': 'error',
  'target.invalid': 'error',
  'target.comparatorUnknown': 'error',
  // the same unreadable comparator under a numeric method that scores without the target (分档,
  // 扣分 by count): the score is right and nothing printed is computed from the target
  // (完成率 is left blank, not wrong; the report quotes the target as typed), so by the rule "an
  // error exactly when a score, a rate that feeds a score or the total is unknown or unpublishable"
  // (docs/domain.md, Reading real values) it is a warning, on the cell
  'target.comparatorUnused': 'warning',
  'target.zero': 'error',
  'target.notNumeric': 'error',
  'actual.missing': 'error',
  'actual.invalid': 'error',
  'source.unknown': 'error',
  'source.unavailable': 'error',
  'source.actualIgnored': 'info',
  'params.missing': 'error',
  'params.invalid': 'error',
  'qualitative.labelInvalid': 'error',
  'qualitative.scoreRequired': 'error',
  'qualitative.outOfBand': 'warning',
  'override.reasonMissing': 'error',
  'override.scoreMissing': 'error',
  'override.outOfRange': 'warning',
  'checklist.exceeds': 'warning',
  'actual.readAsPercent': 'info',
  'target.readAsPercent': 'info',
  'actual.unitConverted': 'info',
  'actual.unitClassifier': 'info',
  'actual.percentAmbiguous': 'error',
  'actual.unitMismatch': 'error',
  'actual.labelRead': 'info',
  'target.noComparator': 'warning',
  'target.lowerIsBetter': 'warning',
  'target.negativeRatio': 'error',
  'reason.missing': 'warning',
  'overAchievement.unexplained': 'warning',
  // province rules (rules/rules.ts)
  'rule.invalid': 'error',
  'rule.denominatorMissing': 'error',
  'rule.capRateUnknown': 'error',
  'rule.alternativePointsDiffer': 'warning',
} as const satisfies Record<string, Severity>;

/** A code the engine emits. */
export type IssueCode = keyof typeof ISSUE_SEVERITY;

/** All issue codes, in table order. */
export const ISSUE_CODES = Object.keys(ISSUE_SEVERITY) as IssueCode[];
