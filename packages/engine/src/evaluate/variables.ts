import type { Evaluation, ReportVariables } from '../types.js';

/** The plain values the report template needs, taken from an evaluation (no formatting here). */
export function reportVariables(e: Omit<Evaluation, 'variables'>): ReportVariables {
  const { totals, byType, rates, balanceRate } = e.budget;
  return {
    department: e.info.department,
    year: e.info.year,
    unit: e.info.unit,
    attachmentLabel: e.info.attachmentLabel,
    totalInitialBudget: totals.initialBudget,
    totalBudget: totals.budget,
    totalSpent: totals.spent,
    basicBudget: byType.basic.budget,
    basicSpent: byType.basic.spent,
    projectBudget: byType.project.budget,
    projectSpent: byType.project.spent,
    rateOverall: rates.overall,
    rateBasic: rates.basic,
    rateProject: rates.project,
    balanceRate,
    score: e.total.score,
    grade: e.total.grade,
    totalPoints: e.total.points,
    deductedTotal: e.total.deducted,
    indicatorCount: e.indicators.length,
    keyIndicatorCount: e.keyIndicators.length,
    keyIndicators: [...e.keyIndicators],
    deductions: e.deductions.map((d) => ({ ...d })),
    level1: e.rollups.level1.map((r) => ({ ...r })),
  };
}
