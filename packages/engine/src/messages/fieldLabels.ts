import type { Locale } from '../vocabulary.js';
/** Names of input fields as users see them (the workbook's column headers), per locale. */
export const FIELD_LABELS = {
  'zh-CN': {
    info: {
      department: '部门名称',
      year: '评价年度',
      unit: '金额单位',
      attachmentLabel: '附件编号',
      gradeBands: '等级划分',
      totalPoints: '总分值',
      rateDenominator: '执行率分母',
      rateScoring: '执行率计分',
      rateCap: '执行率封顶',
      deviationPenalty: '偏离扣分',
    },
    budgetLines: {
      ref: '行号',
      name: '项目名称',
      type: '支出类型',
      source: '资金来源',
      initialBudget: '年初预算数',
      budget: '全年预算数',
      spent: '全年执行数',
      received: '实际到位资金',
      monthly: '月度支付',
      role: '行类型',
    },
    indicators: {
      ref: '行号',
      level1: '一级指标',
      level2: '二级指标',
      name: '三级指标',
      key: '关键指标',
      method: '评分方法',
      target: '目标值',
      actual: '实际值',
      source: '数据来源',
      params: '评分参数',
      points: '分值',
      manualScore: '人工得分',
      overrideReason: '调整说明',
      deviationReason: '偏差原因',
      group: '备选组',
    },
    options: {
      checkpoints: '支付进度节点',
      inverseVariant: '反向评分公式',
      overAchievementRatio: '超额完成比例',
    },
  },
  'en-US': {
    info: {
      department: 'Department',
      year: 'Year',
      unit: 'Unit',
      attachmentLabel: 'Attachment label',
      gradeBands: 'Grade bands',
      totalPoints: 'Total points',
      rateDenominator: 'Rate denominator',
      rateScoring: 'Rate scoring',
      rateCap: 'Cap by execution rate',
      deviationPenalty: 'Deviation penalty',
    },
    budgetLines: {
      ref: 'Row',
      name: 'Item',
      type: 'Type',
      source: 'Source',
      initialBudget: 'Initial budget',
      budget: 'Budget',
      spent: 'Spent',
      monthly: 'Monthly payments',
      role: 'Row role',
    },
    indicators: {
      ref: 'Row',
      level1: 'Level 1',
      level2: 'Level 2',
      name: 'Indicator',
      key: 'Key',
      method: 'Method',
      target: 'Target',
      actual: 'Actual',
      source: 'Source',
      params: 'Parameters',
      points: 'Points',
      manualScore: 'Manual score',
      overrideReason: 'Override reason',
      deviationReason: 'Deviation reason',
    },
    options: {
      checkpoints: 'Checkpoints',
      inverseVariant: 'Inverse variant',
      overAchievementRatio: 'Over-achievement ratio',
    },
  },
} as const;

/** The label of the field an issue path points at (`['budgetLines', 3, 'monthly', 5]` → `6月`). */
export function fieldLabel(path: ReadonlyArray<string | number>, locale: Locale): string {
  const section = path[0];
  const field = typeof path[1] === 'string' ? path[1] : path[2];
  if (section === 'budgetLines' && field === 'monthly' && typeof path[3] === 'number') {
    return locale === 'zh-CN' ? `${path[3] + 1}月` : `Month ${path[3] + 1}`;
  }
  const labels = FIELD_LABELS[locale];
  if (typeof section !== 'string' || typeof field !== 'string' || !(section in labels)) return '';
  const group = labels[section as keyof typeof labels] as Record<string, string>;
  return group[field] ?? field;
}
