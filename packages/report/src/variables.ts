import type { Evaluation, ReportVariables } from '@jixiao/engine';
import { profiles } from '@jixiao/engine/format';
import { explainRule } from '@jixiao/engine/messages';
import { enumerate, joinList, stripEndPunctuation } from './lists.js';

/**
 * How a variable prints:
 * - `text`: as is; `count`: an integer;
 * - `money`: thousands separators, 2 decimals (`32,601.53`); `percent`: a rate as `99.99%`;
 *   `score`: 2 decimals (`96.99`) — these three take `{{变量:小数位}}`;
 * - `list`: names joined with 、; `enumeration`: clauses as 一是…；二是….
 */
export type VariableKind =
  'text' | 'count' | 'money' | 'percent' | 'score' | 'list' | 'enumeration';

/** A value ready for a sentence: text, or `null` when the figure is undefined (prints —). */
export interface VariableValue {
  text: string | null;
  /** True for a list with no items (the sentence around it may need rewording). */
  empty?: boolean;
}

/** One report variable: its Chinese name, what it means and how it is computed. */
export interface ReportVariable {
  /** The placeholder name, e.g. `总支出` in `{{总支出}}`. */
  name: string;
  /** Other accepted names. */
  aliases: readonly string[];
  kind: VariableKind;
  /** zh-CN description */
  description: string;
  /** en-US description */
  descriptionEn: string;
  /** Text printed when a list is empty. */
  whenEmpty?: string;
  /** The value; `decimals` is the placeholder's `:N` (only for money, percent, score). */
  value(evaluation: Evaluation, decimals: number | undefined): VariableValue;
}

const prose = profiles.prose;
const compact = profiles.compact;

function text(value: string | null): VariableValue {
  return { text: value };
}

function list(
  items: readonly string[],
  join: (items: readonly string[]) => string,
  whenEmpty: string,
): VariableValue {
  return items.length === 0 ? { text: whenEmpty, empty: true } : { text: join(items) };
}

function money(pick: (v: ReportVariables) => string | null) {
  return (ev: Evaluation, d: number | undefined): VariableValue => {
    const x = pick(ev.variables);
    return text(x === null ? null : prose.money(x, d));
  };
}

function percent(pick: (v: ReportVariables) => string | null) {
  return (ev: Evaluation, d: number | undefined): VariableValue => {
    const x = pick(ev.variables);
    return text(x === null ? null : prose.percent(x, d));
  };
}

function deductionClause(d: ReportVariables['deductions'][number]): string {
  const head = `${d.name}扣${compact.score(d.deducted)}分`;
  // The province rules behind the deduction (偏离扣分, 执行率计分 …) are stated with it.
  const rules = (d.notes ?? []).map((n) => stripEndPunctuation(explainRule(n)));
  const reason = d.reason === null ? '' : stripEndPunctuation(d.reason);
  return [head, ...rules, ...(reason === '' ? [] : [reason])].join('，');
}

/** 执行率封顶 as a deduction of the total, when it lowered it. */
function capClauses(ev: Evaluation): string[] {
  const cap = ev.total.cap;
  return cap === undefined ? [] : [stripEndPunctuation(explainRule(cap.note))];
}

const NO_DEDUCTIONS = '各项指标均未扣分';
const NO_PROBLEMS = '未发现明显问题';

/** Cumulative payment progress at the end of `month` (from the monthly columns), or null. */
function progressAt(month: number) {
  return (ev: Evaluation, d: number | undefined): VariableValue => {
    const m = ev.budget.progress?.months.find((x) => x.month === month);
    return text(m?.progress == null ? null : prose.percent(m.progress, d));
  };
}

/** The problems the figures show, in the order the sample report names them. */
function problems(ev: Evaluation): string[] {
  const out: string[] = [];
  if (ev.budget.progress?.checkpoints.some((c) => c.met === false))
    out.push('预算资金支付均衡性有待提高');
  if (ev.deductions.length > 0) out.push(`${joinList(ev.deductions.map((d) => d.name))}有待加强`);
  return out;
}

/**
 * The report variables, in documentation order. `README.md` carries the same table; a test keeps
 * the two in step.
 */
export const REPORT_VARIABLES: readonly ReportVariable[] = [
  {
    name: '部门名称',
    aliases: ['单位名称'],
    kind: 'text',
    description: '部门名称（基本信息）',
    descriptionEn: 'Department name (基本信息)',
    value: ({ variables: v }) => text(v.department),
  },
  {
    name: '年度',
    aliases: ['评价年度'],
    kind: 'text',
    description: '评价年度',
    descriptionEn: 'Year evaluated',
    value: ({ variables: v }) => text(String(v.year)),
  },
  {
    name: '金额单位',
    aliases: [],
    kind: 'text',
    description: '金额单位：万元 或 元',
    descriptionEn: 'Unit of amounts: 万元 or 元',
    value: ({ variables: v }) => text(v.unit),
  },
  {
    name: '附件编号',
    aliases: ['附件标识'],
    kind: 'text',
    description: '附件编号；未填写时为空，空的段落不输出',
    descriptionEn: 'Attachment label; empty when not given (an empty paragraph is left out)',
    value: ({ variables: v }) => text(v.attachmentLabel ?? ''),
  },
  {
    name: '年初预算',
    aliases: ['年初预算数'],
    kind: 'money',
    description: '年初预算数合计',
    descriptionEn: 'Total initial budget',
    value: money((v) => v.totalInitialBudget),
  },
  {
    name: '总预算',
    aliases: ['全年预算数', '全年预算'],
    kind: 'money',
    description: '全年预算数（调整后预算）合计',
    descriptionEn: 'Total adjusted budget',
    value: money((v) => v.totalBudget),
  },
  {
    name: '总支出',
    aliases: ['全年执行数', '支出合计'],
    kind: 'money',
    description: '全年执行数合计',
    descriptionEn: 'Total spent',
    value: money((v) => v.totalSpent),
  },
  {
    name: '基本支出预算',
    aliases: [],
    kind: 'money',
    description: '基本支出全年预算数',
    descriptionEn: 'Basic expenditure budget',
    value: money((v) => v.basicBudget),
  },
  {
    name: '基本支出',
    aliases: ['基本支出执行数'],
    kind: 'money',
    description: '基本支出全年执行数',
    descriptionEn: 'Basic expenditure spent',
    value: money((v) => v.basicSpent),
  },
  {
    name: '项目支出预算',
    aliases: [],
    kind: 'money',
    description: '项目支出全年预算数',
    descriptionEn: 'Project expenditure budget',
    value: money((v) => v.projectBudget),
  },
  {
    name: '项目支出',
    aliases: ['项目支出执行数'],
    kind: 'money',
    description: '项目支出全年执行数',
    descriptionEn: 'Project expenditure spent',
    value: money((v) => v.projectSpent),
  },
  {
    name: '整体支付率',
    aliases: ['预算执行率'],
    kind: 'percent',
    description: '全年执行数 ÷ 全年预算数；低于100%时绝不显示为100.00%',
    descriptionEn: 'Spent ÷ budget; a rate below 100% never prints as 100.00%',
    value: percent((v) => v.rateOverall),
  },
  {
    name: '基本支出支付率',
    aliases: [],
    kind: 'percent',
    description: '基本支出执行数 ÷ 基本支出预算数',
    descriptionEn: 'Basic expenditure spent ÷ budget',
    value: percent((v) => v.rateBasic),
  },
  {
    name: '项目支出支付率',
    aliases: [],
    kind: 'percent',
    description: '项目支出执行数 ÷ 项目支出预算数',
    descriptionEn: 'Project expenditure spent ÷ budget',
    value: percent((v) => v.rateProject),
  },
  {
    name: '结转结余率',
    aliases: [],
    kind: 'percent',
    description: '（全年预算数 − 全年执行数）÷ 全年预算数',
    descriptionEn: '(Budget − spent) ÷ budget',
    value: percent((v) => v.balanceRate),
  },
  {
    name: '年中支付进度',
    aliases: ['6月末支付进度'],
    kind: 'percent',
    description: '截至6月末累计支付 ÷ 全年预算数（需填写1月…12月支付数）；未填写月度数据时显示“—”',
    descriptionEn: 'Payments through June ÷ budget (needs the monthly columns; "—" without them)',
    value: progressAt(6),
  },
  {
    name: '三季度支付进度',
    aliases: ['9月末支付进度'],
    kind: 'percent',
    description: '截至9月末累计支付 ÷ 全年预算数（需填写月度支付数）',
    descriptionEn: 'Payments through September ÷ budget (needs the monthly columns)',
    value: progressAt(9),
  },
  {
    name: '自评得分',
    aliases: ['总得分', '得分'],
    kind: 'score',
    description: '各指标得分之和（每项先四舍五入到2位小数）',
    descriptionEn: 'Sum of the indicator scores (each rounded half-up to 2 decimals)',
    value: ({ variables: v }, d) => text(prose.score(v.score, d)),
  },
  {
    name: '评价等级',
    aliases: ['等级'],
    kind: 'text',
    description: '优、良、中 或 差（按基本信息的等级划分）',
    descriptionEn: 'Grade 优/良/中/差 (bands from 基本信息)',
    value: ({ variables: v }) => text(v.grade),
  },
  {
    name: '总分值',
    aliases: ['满分'],
    kind: 'score',
    description: '各指标分值之和，默认不带小数（如 100）',
    descriptionEn: 'Sum of the points (no decimals unless asked)',
    value: ({ variables: v }, d) =>
      text(d === undefined ? compact.score(v.totalPoints) : prose.score(v.totalPoints, d)),
  },
  {
    name: '扣分合计',
    aliases: ['总扣分'],
    kind: 'score',
    description: '总分值 − 自评得分',
    descriptionEn: 'Points lost in total',
    value: ({ variables: v }, d) => text(prose.score(v.deductedTotal, d)),
  },
  {
    name: '指标数',
    aliases: ['指标个数'],
    kind: 'count',
    description: '评分指标的个数',
    descriptionEn: 'Number of scored indicators',
    value: ({ variables: v }) => text(String(v.indicatorCount)),
  },
  {
    name: '关键指标数',
    aliases: [],
    kind: 'count',
    description: '关键指标的个数',
    descriptionEn: 'Number of key indicators',
    value: ({ variables: v }) => text(String(v.keyIndicatorCount)),
  },
  {
    name: '关键指标',
    aliases: ['关键指标名称'],
    kind: 'list',
    description: '关键指标的名称，按表中顺序用“、”连接',
    descriptionEn: 'Key indicators, in sheet order, joined with 、',
    whenEmpty: '无',
    value: ({ variables: v }) => list(v.keyIndicators, joinList, '无'),
  },
  {
    name: '扣分项',
    aliases: ['扣分指标'],
    kind: 'list',
    description: '扣了分的指标名称，按表中顺序用“、”连接；没有扣分时为“无”',
    descriptionEn: 'Indicators that lost points, joined with 、 ("无" when none)',
    whenEmpty: '无',
    value: ({ variables: v }) =>
      list(
        v.deductions.map((d) => d.name),
        joinList,
        '无',
      ),
  },
  {
    name: '扣分项数',
    aliases: [],
    kind: 'count',
    description: '扣了分的指标个数',
    descriptionEn: 'Number of indicators that lost points',
    value: ({ variables: v }) => text(String(v.deductions.length)),
  },
  {
    name: '扣分说明',
    aliases: ['扣分原因'],
    kind: 'enumeration',
    description:
      '每个扣分项的扣分和原因（偏差原因或调整说明），写成“一是…；二是…”；没有扣分时为“各项指标均未扣分”',
    descriptionEn:
      'Each deduction with its points and reason, as 一是…；二是… ("各项指标均未扣分" when none)',
    whenEmpty: NO_DEDUCTIONS,
    value: (ev) =>
      list(
        [...ev.variables.deductions.map(deductionClause), ...capClauses(ev)],
        enumerate,
        NO_DEDUCTIONS,
      ),
  },
  {
    name: '存在问题',
    aliases: ['主要问题'],
    kind: 'enumeration',
    description:
      '从数据得出的问题，写成“一是…；二是…”：支付进度低于序时要求时为“预算资金支付均衡性有待提高”，有扣分时为“（扣分项）有待加强”；都没有时为“未发现明显问题”',
    descriptionEn:
      'Problems the data shows, as 一是…；二是…: payment progress below a checkpoint ("预算资金支付均衡性有待提高") and the deductions ("… 有待加强")',
    whenEmpty: NO_PROBLEMS,
    value: (ev) => list(problems(ev), enumerate, NO_PROBLEMS),
  },
  {
    name: '一级指标得分',
    aliases: [],
    kind: 'list',
    description: '各一级指标的得分，如“产出指标得40.00分，效益指标得29.50分”',
    descriptionEn: 'Score of each level-1 group, joined with ，',
    whenEmpty: '无',
    value: ({ variables: v }) =>
      list(
        v.level1.map((r) => `${r.name}得${prose.score(r.score)}分`),
        (items) => items.join('，'),
        '无',
      ),
  },
];

const BY_NAME: ReadonlyMap<string, ReportVariable> = new Map(
  REPORT_VARIABLES.flatMap((v) => [v.name, ...v.aliases].map((n) => [n, v] as const)),
);

/** The variable a placeholder names (by name or alias), or undefined. */
export function findVariable(name: string): ReportVariable | undefined {
  return BY_NAME.get(name);
}

/** Whether a kind accepts `{{变量:小数位}}`. */
export function takesDecimals(kind: VariableKind): boolean {
  switch (kind) {
    case 'money':
    case 'percent':
    case 'score':
      return true;
    case 'text':
    case 'count':
    case 'list':
    case 'enumeration':
      return false;
  }
}

/** All accepted placeholder names (names and aliases). */
export function variableNames(): string[] {
  return [...BY_NAME.keys()];
}
