/**
 * The engine's public data model: what goes in, what comes out.
 *
 * This file is the contract between the engine and everything that calls it (the workbook reader,
 * the report, the add-in, the command line, the page). Change it only on purpose.
 *
 * Conventions
 * - Amounts, rates and scores in *results* are exact decimal strings (`'32601.53'`, `'0.99990001…'`),
 *   never JS numbers: results are JSON-safe, structured-cloneable (web workers) and exact.
 *   Rates are fractions (`'1'` = 100%). Indicator scores are already rounded half-up to 2 decimals.
 * - Amounts in *input* may be decimal text or a JS number (converted through its shortest
 *   round-trip text, so the number 13534.7 is exactly 13534.7).
 * - Data problems never throw: they come back as {@link Issue}s with a path into the input.
 *   Misuse of the API (wrong types from TypeScript callers, impossible states) throws.
 */

import type { METRIC_NAMES } from './vocabulary.js';

/** Decimal text such as `'13534.70'` or a JS number. */
export type DecimalInput = string | number;

/** Exact decimal text produced by the engine, e.g. `'96.99'`. */
export type DecimalString = string;

export type ExpenditureType = '基本支出' | '项目支出';

/**
 * The scoring methods by their Chinese names (the names users type in 评分方法): 正向, 反向, 等于,
 * 门槛比例, 分档, 定性, 是否, 扣分, 评价要点, 人工 — one module each, listed in `methods/table.ts`.
 */
import type { MethodName } from './methods/table.js';
export type { MethodName };

/** Metrics the engine computes that can fill an indicator's actual value (数据来源). */
export type MetricName = (typeof METRIC_NAMES)[number];

/** The three qualitative bands (定性). */
export type QualitativeBand =
  '达成年度指标' | '部分达成年度指标并具有一定效果' | '未达成年度指标且效果较差';

export interface DepartmentInfo {
  /** 部门名称 */
  department: string;
  /** 评价年度 */
  year: number;
  /** 金额单位 */
  unit?: '万元' | '元';
  /** 附件编号, e.g. `附件2` */
  attachmentLabel?: string | null;
  /** Lower bounds of 优/良/中 (half-open bands). Default 90/80/60. */
  gradeBands?: { excellent: DecimalInput; good: DecimalInput; pass: DecimalInput } | null;
  /** The declared total of points (分值 sum). Default 100. */
  totalPoints?: DecimalInput | null;
  /** 执行率分母: 全年预算数 (default) | 年初预算数 | 实际到位资金 (rules/rules.ts, docs/rules.md). */
  rateDenominator?: string | null;
  /** 执行率计分: 比例 (default) | bands such as `100%:10;80%:7;60%:5;0:0`. */
  rateScoring?: string | null;
  /** 执行率封顶: bands of the cap of 得分率, such as `80%:89;70%:79;60%:69;50%:59`. */
  rateCap?: string | null;
  /** 偏离扣分: `130%:2` (an actual ≥ 130% of target loses 2 points) or `130%:说明`. */
  deviationPenalty?: string | null;
}

export interface BudgetLineInput {
  /** Opaque reference echoed in results and issues (adapters use the row number). */
  ref?: string;
  /**
   * Fields whose cells the caller (the workbook reader) could not read and has already reported to
   * the user, with the cell: the engine reads them as missing and does not report them again — a
   * field is validated once, where it is read.
   */
  reported?: readonly string[];
  /** 项目名称 */
  name: string;
  /** 支出类型 */
  type: ExpenditureType | (string & {});
  /** 资金来源 */
  source?: string | null;
  /** 年初预算数 */
  initialBudget?: DecimalInput | null;
  /** 全年预算数 (adjusted budget, the rate's denominator by default) */
  budget: DecimalInput | null;
  /** 全年执行数 */
  spent: DecimalInput | null;
  /** 实际到位资金 (the rate's denominator under 执行率分母 = 实际到位资金) */
  received?: DecimalInput | null;
  /** 1月 … 12月 payments; shorter arrays or nulls mean no data for those months. */
  monthly?: ReadonlyArray<DecimalInput | null> | null;
  /**
   * 'line' (default) is summed; 'subtotal' (小计, per 支出类型) and 'total' (合计) rows are not summed,
   * only checked against the sum of the lines they cover.
   */
  role?: 'line' | 'subtotal' | 'total';
}

export interface IndicatorInput {
  ref?: string;
  /**
   * Fields whose cells the caller (the workbook reader) could not read and has already reported to
   * the user, with the cell: the engine reads them as missing and does not report them again — a
   * field is validated once, where it is read.
   */
  reported?: readonly string[];
  /** 一级指标 */
  level1: string;
  /** 二级指标 */
  level2?: string | null;
  /** 三级指标: the indicator's name, unique */
  name: string;
  /** 关键指标 */
  key?: boolean;
  /** 评分方法; inferred from the target's comparator when empty */
  method?: MethodName | (string & {}) | null;
  /** 目标值: a number, official notation (`≥95%`, `≤30万元`, `=100%`, `≥50个`) or a qualitative label */
  target?: DecimalInput | null;
  /** 实际值: number, percentage text, label, count; ignored when `source` is set */
  actual?: DecimalInput | boolean | null;
  /** 数据来源: fills the actual value from a computed metric */
  source?: MetricName | (string & {}) | null;
  /** 评分参数: per-occurrence deduction (`0.5`), bands (`100%:10;80%:7;60%:5;0:0`), 反向 variant (`t/a`) */
  params?: string | null;
  /** 分值 (> 0) */
  points: DecimalInput | null;
  /** 人工得分: overrides the computed score; requires overrideReason */
  manualScore?: DecimalInput | null;
  /** 调整说明 */
  overrideReason?: string | null;
  /** 偏差原因 (also the explanation of an over-achievement ≥ 130%) */
  deviationReason?: string | null;
  /** 备选组: indicators sharing a label are alternatives (二者择其一); the better counts, its points once. */
  group?: string | null;
}

export interface EvaluationOptions {
  /** Payment-progress checkpoints (month 1–12 → minimum cumulative share). Default 6:0.5, 9:0.75, 12:1. */
  checkpoints?: ReadonlyArray<{ month: number; share: DecimalInput }>;
  /** Default 反向 variant when 评分参数 does not say: 'linear' = w·(1−(a−t)/t) (default), 'ratio' = w·t/a. */
  inverseVariant?: 'linear' | 'ratio';
  /** Over-achievement threshold that asks for an explanation. Default 1.3 (130%). */
  overAchievementRatio?: DecimalInput;
}

export interface EvaluationInput {
  info: DepartmentInfo;
  budgetLines: ReadonlyArray<BudgetLineInput>;
  indicators: ReadonlyArray<IndicatorInput>;
  options?: EvaluationOptions;
}

// ---------------------------------------------------------------------------------------------
// Issues

export type Severity = 'error' | 'warning' | 'info';

/**
 * A data problem, zod-style: a stable code, a path into the input (`['indicators', 3, 'target']`),
 * and parameters for the message. Messages come from the message maps (`@jixiao/engine/messages`).
 */
export interface Issue {
  code: string;
  severity: Severity;
  path: ReadonlyArray<string | number>;
  params: Readonly<Record<string, string | number>>;
}

// ---------------------------------------------------------------------------------------------
// Results

export type Grade = '优' | '良' | '中' | '差';

export interface BudgetTotals {
  initialBudget: DecimalString | null;
  budget: DecimalString;
  spent: DecimalString;
}

export interface BudgetLineResult {
  index: number;
  ref?: string;
  /** 支付率 of this line; null when its budget is zero or missing (an issue says why). */
  rate: DecimalString | null;
}

export interface MonthProgress {
  month: number;
  /** cumulative payments through this month */
  cumulative: DecimalString;
  /** cumulative ÷ budget */
  progress: DecimalString | null;
  /** 序时进度 k/12 */
  schedule: DecimalString;
  /** (progress − schedule) in percentage points, e.g. `'-3.5'` */
  gapPoints: DecimalString | null;
}

export interface CheckpointResult {
  month: number;
  required: DecimalString;
  progress: DecimalString | null;
  met: boolean | null;
  gapPoints: DecimalString | null;
}

export interface BudgetResult {
  totals: BudgetTotals;
  byType: Record<'basic' | 'project', BudgetTotals>;
  rates: {
    overall: DecimalString | null;
    basic: DecimalString | null;
    project: DecimalString | null;
  };
  /** 结转结余率 = (budget − spent) ÷ budget */
  balanceRate: DecimalString | null;
  lines: BudgetLineResult[];
  /** Present when any monthly payments were given. */
  progress: {
    months: MonthProgress[];
    checkpoints: CheckpointResult[];
    /**
     * Set when only some lines carry 1月…12月 adding up to their 全年执行数: progress is then
     * computed over those lines (their budgets), checkpoints are neither met nor missed (`met` null)
     * and 年中/三季度支付进度 are not available as 数据来源.
     */
    partial: { lines: number; of: number } | null;
  } | null;
}

/** A structured, checkable explanation of one score; render it with `explain()` from messages. */
export interface Explanation {
  code: string;
  params: Readonly<Record<string, string | number>>;
  /** Province rules that changed this score (执行率计分, 偏离扣分, 备选组), rendered after it. */
  notes?: ReadonlyArray<Explanation>;
}

export type IndicatorStatus = 'met' | 'partial' | 'unmet' | 'overridden' | 'unscored';

export interface IndicatorResult {
  index: number;
  ref?: string;
  name: string;
  level1: string;
  level2: string | null;
  key: boolean;
  /** The method actually used (given or inferred); null when it could not be determined. */
  method: MethodName | null;
  points: DecimalString;
  /** The actual value used (after 数据来源), as text: `'0.9999'`, `'达成年度指标'`, `'是'`. */
  actual: string | null;
  /** 完成率 a/t (or the method's notion of completion); null where it has no meaning. */
  completion: DecimalString | null;
  /** Rounded half-up to 2 decimals, inside [0, points]. */
  score: DecimalString;
  /**
   * The exact score before rounding, inside [0, points] (cut at 15 decimals): what a form's
   * 得分系数 (score ÷ points) is computed from.
   */
  unrounded: DecimalString;
  /** points − score */
  deducted: DecimalString;
  status: IndicatorStatus;
  explanation: Explanation;
  /** The reason given for lost points (偏差原因 or 调整说明), if any. */
  reason: string | null;
  /** False for an alternative of a 备选组 that does not count (its score is shown, not summed). */
  counted?: boolean;
}

export interface RollupRow {
  name: string;
  /** For level-2 rows, the level-1 they belong to. */
  parent: string | null;
  points: DecimalString;
  score: DecimalString;
  /** 得分率 score ÷ points */
  rate: DecimalString | null;
}

export interface Deduction {
  index: number;
  ref?: string;
  name: string;
  deducted: DecimalString;
  reason: string | null;
  /** Province rules behind the deduction (偏离扣分, 执行率计分, 执行率封顶). */
  notes?: ReadonlyArray<Explanation>;
}

/** Plain values the report template needs (formatting happens in the report/format modules). */
export interface ReportVariables {
  department: string;
  year: number;
  unit: '万元' | '元';
  attachmentLabel: string | null;
  totalInitialBudget: DecimalString | null;
  totalBudget: DecimalString;
  totalSpent: DecimalString;
  basicBudget: DecimalString;
  basicSpent: DecimalString;
  projectBudget: DecimalString;
  projectSpent: DecimalString;
  rateOverall: DecimalString | null;
  rateBasic: DecimalString | null;
  rateProject: DecimalString | null;
  balanceRate: DecimalString | null;
  score: DecimalString;
  grade: Grade;
  totalPoints: DecimalString;
  deductedTotal: DecimalString;
  indicatorCount: number;
  keyIndicatorCount: number;
  keyIndicators: string[];
  /** Indicators that lost points, in sheet order (not those that could not be scored). */
  deductions: Deduction[];
  level1: RollupRow[];
}

export interface Evaluation {
  info: Required<Pick<DepartmentInfo, 'department' | 'year'>> & {
    unit: '万元' | '元';
    attachmentLabel: string | null;
  };
  budget: BudgetResult;
  indicators: IndicatorResult[];
  rollups: { level1: RollupRow[]; level2: RollupRow[] };
  total: {
    points: DecimalString;
    score: DecimalString;
    /**
     * The grade of 得分率 (score ÷ 总分值 × 100, so a 6-point table scored 6 is 优). Only final
     * when `complete`; front ends show no grade otherwise.
     */
    grade: Grade;
    deducted: DecimalString;
    /** 得分率: score ÷ 总分值 (declared, default 100) as a fraction. */
    rate: DecimalString;
    /** 总分值 used for 得分率: the declared one, or 100. */
    declaredPoints: DecimalString;
    /**
     * False exactly when an issue of severity `error` leaves a score, a rate that feeds a score or
     * the total unknown, or an indicator could not be scored (also one whose cell the caller
     * reported, see `reported`): the score is then provisional (暂定) and the grade is not given.
     */
    complete: boolean;
    /** Indicators that could not be scored (status `unscored`). */
    unscored: number;
    /** 执行率封顶 when it lowered the total: the sum before the cap and the rule's note. */
    cap?: { uncapped: DecimalString; note: Explanation };
  };
  deductions: Deduction[];
  keyIndicators: string[];
  issues: Issue[];
  variables: ReportVariables;
}
