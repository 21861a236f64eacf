/**
 * The domain's words in one place (docs/domain.md): the metrics the engine computes, and the labels
 * every front end prints for the figures of a self-evaluation, in zh-CN and en-US. The CLI, the
 * page, the pane, the report tables and the multi-department table take their labels from here, so
 * 整体支付率 is the same words everywhere.
 */

/** The two languages of every message and label. zh-CN is the default everywhere. */
export type Locale = 'zh-CN' | 'en-US';

/** The locales, default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/**
 * Metrics the engine computes from 预算执行 that can fill an indicator's 实际值 (数据来源),
 * docs/domain.md "Budget execution metrics".
 */
export const METRIC_NAMES = [
  '整体支付率',
  '基本支出支付率',
  '项目支出支付率',
  '结转结余率',
  '预算调整率',
  '年中支付进度',
  '三季度支付进度',
] as const;

/**
 * The 样式 of a report-template row (报告模板): the paragraph levels of the published report, in
 * outline order (GB/T 9704-2012), then 表格 for a table row.
 */
export const TEMPLATE_STYLES = [
  '附件标识',
  '标题',
  '一级标题',
  '二级标题',
  '三级标题',
  '正文',
  '表格',
] as const;

/** A term and its English: `{ zh: '整体支付率', en: 'Overall payment rate' }`. */
export interface Term {
  readonly zh: string;
  readonly en: string;
}

/** The labels of the figures of a self-evaluation. */
export const TERMS = {
  department: { zh: '部门名称', en: 'Department' },
  year: { zh: '评价年度', en: 'Year' },
  score: { zh: '自评得分', en: 'Score' },
  grade: { zh: '评价等级', en: 'Grade' },
  points: { zh: '分值', en: 'Points' },
  indicatorScore: { zh: '得分', en: 'Score' },
  completion: { zh: '完成率', en: 'Completion rate' },
  deduction: { zh: '扣分', en: 'Deduction' },
  deductionCount: { zh: '扣分项数', en: 'Deductions' },
  budget: { zh: '全年预算数', en: 'Budget' },
  spent: { zh: '全年执行数', en: 'Spent' },
  paymentRate: { zh: '支付率', en: 'Payment rate' },
  scoreRate: { zh: '得分率', en: 'Score rate' },
  整体支付率: { zh: '整体支付率', en: 'Overall payment rate' },
  基本支出支付率: { zh: '基本支出支付率', en: 'Basic expenditure payment rate' },
  项目支出支付率: { zh: '项目支出支付率', en: 'Project expenditure payment rate' },
  结转结余率: { zh: '结转结余率', en: 'Carry-over rate' },
  预算调整率: { zh: '预算调整率', en: 'Budget adjustment rate' },
  年中支付进度: { zh: '年中支付进度', en: 'Mid-year payment progress' },
  三季度支付进度: { zh: '三季度支付进度', en: 'Third-quarter payment progress' },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '警告', en: 'Warnings' },
  infos: { zh: '提示', en: 'Notes' },
  file: { zh: '文件', en: 'File' },
  note: { zh: '说明', en: 'Note' },
} satisfies Record<string, Term>;

export type TermKey = keyof typeof TERMS;

/** A term in a locale: `label('整体支付率', 'en-US')` → `Overall payment rate`. */
export function label(key: TermKey, locale: Locale = 'zh-CN'): string {
  const term: Term = TERMS[key];
  return locale === 'en-US' ? term.en : term.zh;
}
