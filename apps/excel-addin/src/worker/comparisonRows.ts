import type { Lang, FileResult } from './protocol.js';

/** One row of the comparison table: a department, or a file that could not be scored. */
export interface ComparisonRow {
  fileId: string;
  fileName: string;
  department: string | null;
  year: number | null;
  /** Exact decimal text of the score, e.g. `'96.99'`. */
  score: string | null;
  grade: string | null;
  rateOverall: string | null;
  rateBasic: string | null;
  rateProject: string | null;
  deductions: number | null;
  errors: number;
  warnings: number;
}

/** The comparison rows of the scored files, in the order they were opened. */
export function comparisonRows(results: readonly FileResult[]): ComparisonRow[] {
  return results.map((r) => {
    const e = r.evaluation;
    return {
      fileId: r.fileId,
      fileName: r.fileName,
      department: e?.info.department ?? null,
      year: e?.info.year ?? null,
      score: e?.total.score ?? null,
      grade: e?.total.grade ?? null,
      rateOverall: e?.budget.rates.overall ?? null,
      rateBasic: e?.budget.rates.basic ?? null,
      rateProject: e?.budget.rates.project ?? null,
      deductions: e ? e.deductions.length : null,
      errors: r.issues.filter((i) => i.severity === 'error').length,
      warnings: r.issues.filter((i) => i.severity === 'warning').length,
    };
  });
}

/** Column headers of the comparison table and its .xlsx. */
export function comparisonHeader(lang: Lang): string[] {
  switch (lang) {
    case 'zh-CN':
      return ['部门', '年度', '自评得分', '评价等级', '整体支付率', '基本支出支付率', '项目支出支付率', '扣分项数', '错误数', '警告数', '文件'];
    case 'en-US':
      return ['Department', 'Year', 'Score', 'Grade', 'Overall rate', 'Basic rate', 'Project rate', 'Deductions', 'Errors', 'Warnings', 'File'];
  }
}
