import type { Evaluation, IndicatorResult, ReportVariables } from '@jixiao/engine';

function indicator(
  index: number,
  level1: string,
  name: string,
  points: string,
  score: string,
  deducted: string,
  key = false,
): IndicatorResult {
  return {
    index,
    name,
    level1,
    level2: null,
    key,
    method: '正向',
    points,
    actual: null,
    completion: null,
    score,
    unrounded: score,
    deducted,
    status: deducted === '0' ? 'met' : 'partial',
    explanation: { code: 'test', params: {} },
    reason: null,
  };
}

/**
 * A small hand-written evaluation (three indicators, two budget types) for unit tests that must not
 * depend on the engine's arithmetic. `vars` overrides report variables.
 */
export function makeEvaluation(vars: Partial<ReportVariables> = {}): Evaluation {
  const indicators = [
    indicator(0, '产出指标', '公文交换份数', '40', '40', '0', true),
    indicator(1, '预算管理', '采购合同签订时效性', '30', '29.49', '0.51'),
    indicator(2, '预算管理', '合同备案时效性', '30', '27.5', '2.5'),
  ];
  const level1 = [
    { name: '产出指标', parent: null, points: '40', score: '40', rate: '1' },
    { name: '预算管理', parent: null, points: '60', score: '56.99', rate: '0.94983333' },
  ];
  const deductions = [
    { index: 1, name: '采购合同签订时效性', deducted: '0.51', reason: '部分合同超过30日签订。' },
    { index: 2, name: '合同备案时效性', deducted: '2.5', reason: null },
  ];
  const variables: ReportVariables = {
    department: '测试局',
    year: 2023,
    unit: '万元',
    attachmentLabel: '附件3',
    totalInitialBudget: '1000',
    totalBudget: '1234567.891',
    totalSpent: '1234444.5',
    basicBudget: '1000',
    basicSpent: '999.5',
    projectBudget: '1233567.891',
    projectSpent: '1233445',
    rateOverall: '0.99990005',
    rateBasic: '0.9995',
    rateProject: '1',
    balanceRate: '0.0001',
    score: '96.99',
    grade: '优',
    totalPoints: '100',
    deductedTotal: '3.01',
    indicatorCount: 3,
    keyIndicatorCount: 1,
    keyIndicators: ['公文交换份数'],
    deductions,
    level1,
    ...vars,
  };
  return {
    info: {
      department: variables.department,
      year: variables.year,
      unit: variables.unit,
      attachmentLabel: variables.attachmentLabel,
    },
    budget: {
      totals: { initialBudget: '1000', budget: variables.totalBudget, spent: variables.totalSpent },
      byType: {
        basic: { initialBudget: null, budget: variables.basicBudget, spent: variables.basicSpent },
        project: {
          initialBudget: null,
          budget: variables.projectBudget,
          spent: variables.projectSpent,
        },
      },
      rates: {
        overall: variables.rateOverall,
        basic: variables.rateBasic,
        project: variables.rateProject,
      },
      balanceRate: variables.balanceRate,
      lines: [],
      progress: {
        months: [
          {
            month: 6,
            cumulative: '489619.12',
            progress: '0.39660001',
            schedule: '0.5',
            gapPoints: '-10.34',
          },
          {
            month: 9,
            cumulative: '793327.24',
            progress: '0.64259999',
            schedule: '0.75',
            gapPoints: '-10.74',
          },
        ],
        checkpoints: [
          { month: 6, required: '0.5', progress: '0.39660001', met: false, gapPoints: '-10.34' },
          { month: 12, required: '1', progress: '0.99990005', met: false, gapPoints: '-0.01' },
        ],
        partial: null,
      },
    },
    indicators,
    rollups: { level1, level2: [] },
    total: {
      points: variables.totalPoints,
      score: variables.score,
      grade: variables.grade,
      deducted: variables.deductedTotal,
      rate: '0.9699',
      declaredPoints: variables.totalPoints,
      complete: true,
      unscored: 0,
    },
    deductions,
    keyIndicators: variables.keyIndicators,
    issues: [],
    variables,
  };
}
