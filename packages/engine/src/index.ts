/**
 * `@jixiao/engine`: the pure scoring engine of jixiao (绩效自评助手).
 *
 * `evaluate(input)` turns budget lines and indicators into exact rates, scores, roll-ups, a grade,
 * explained deductions, checks and report variables. Data problems are returned as coded issues
 * (messages in `@jixiao/engine/messages`); presentation lives in `@jixiao/engine/format`.
 */
export type * from './types.js';
export { evaluate, createEvaluator, type Evaluator } from './evaluate/createEvaluator.js';
export {
  parseTarget,
  type ParsedTarget,
  type NumericTarget,
  type LabelTarget,
  type Comparator,
} from './target/parseTarget.js';
export { methods, isMethodName, QUALITATIVE_BANDS, type MethodInfo } from './methods/catalog.js';
export { methodConfigSchema, bandSchema, type MethodConfig, type Band } from './methods/schema.js';
export {
  resolveMethod,
  inferMethod,
  type ResolvedMethod,
  type MethodProblem,
} from './methods/resolveMethod.js';
export {
  runMethod,
  type MethodInput,
  type MethodOutcome,
  type MethodScore,
  type ScoringProblem,
} from './methods/runMethod.js';
export { parseBands } from './methods/parseBands.js';
export { gradeOf, DEFAULT_GRADE_BANDS, type GradeBands } from './scoring/grade.js';
export { DEFAULT_CHECKPOINTS, type Checkpoint } from './metrics/budgetMetrics.js';
export { isMetricName } from './scoring/scoreIndicator.js';
export {
  METRIC_NAMES,
  TEMPLATE_STYLES,
  TERMS,
  LOCALES,
  label,
  type Locale,
  type Term,
  type TermKey,
} from './vocabulary.js';
export { ISSUE_CODES, ISSUE_SEVERITY, type IssueCode } from './issues/codes.js';
export { EXPLANATION_CODES, type ExplanationCode } from './methods/explanationCodes.js';
export {
  evaluationInputSchema,
  departmentInfoSchema,
  budgetLineSchema,
  indicatorSchema,
  optionsSchema,
  fieldSchemas,
} from './schema/schemas.js';
export { Decimal } from './decimal/decimal.js';
export { isPlainAmount } from './schema/readers.js';
export { withParams, type Params } from './issues/issue.js';
export {
  readRules,
  ruleSchemas,
  RULE_ITEMS,
  RULE_SYNTAX,
  RULE_NOTE_CODES,
  NATIONAL_RULES,
  type Rules,
  type RuleKey,
  type RuleNoteCode,
  type RateDenominator,
  type CapBand,
  type DeviationRule,
} from './rules/rules.js';
