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
  /** Why a file has no score (it could not be read, or its data has errors); null when scored. */
  note: string | null;
}

/** A file that could not be read keeps its row in the comparison, with the reason. */
export interface FailedFile {
  fileId: string;
  fileName: string;
  message: string;
}

/**
 * The comparison rows, one per file in the order they were opened: a scored department, or a file
 * without a score and the reason (`notScored` for data errors).
 */
export function comparisonRows(
  files: readonly (FileResult | FailedFile)[],
  notScored = '数据有误，未评分',
): ComparisonRow[] {
  return files.flatMap((r): ComparisonRow[] => {
    if (!('message' in r) && r.forms) {
      // a file of official forms: one row per form, provisional totals without a grade
      return r.forms.map((f) => ({
        fileId: r.fileId,
        fileName: `${r.fileName} › ${f.sheet}`,
        department: f.project === null ? f.unit : `${f.unit ?? ''} · ${f.project}`,
        year: f.year,
        score: f.score,
        grade: f.grade,
        rateOverall: f.rate,
        rateBasic: null,
        rateProject: null,
        deductions: null,
        errors: f.errors,
        warnings: f.warnings,
        note: f.complete
          ? f.mistakes > 0
            ? `表中已填结果与计算不符 ${f.mistakes} 处`
            : null
          : `暂定得分（${f.unscored} 项未能计分，等级暂不评定）`,
      }));
    }
    if ('message' in r) {
      return [
        {
          fileId: r.fileId,
          fileName: r.fileName,
          department: null,
          year: null,
          score: null,
          grade: null,
          rateOverall: null,
          rateBasic: null,
          rateProject: null,
          deductions: null,
          errors: 0,
          warnings: 0,
          note: r.message,
        },
      ];
    }
    const e = r.evaluation;
    return [
      {
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
        note: e ? null : notScored,
      },
    ];
  });
}

/** Column headers of the comparison table and its .xlsx. */
export function comparisonHeader(lang: Lang): string[] {
  switch (lang) {
    case 'zh-CN':
      return [
        '部门',
        '年度',
        '自评得分',
        '评价等级',
        '整体支付率',
        '基本支出支付率',
        '项目支出支付率',
        '扣分项数',
        '错误数',
        '警告数',
        '文件',
        '说明',
      ];
    case 'en-US':
      return [
        'Department',
        'Year',
        'Score',
        'Grade',
        'Overall rate',
        'Basic rate',
        'Project rate',
        'Deductions',
        'Errors',
        'Warnings',
        'File',
        'Note',
      ];
  }
}
