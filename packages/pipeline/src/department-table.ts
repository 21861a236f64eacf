import { TERMS, type Locale, type TermKey } from '@jixiao/engine';
import type { ScoreSummary } from './summary.js';

/** How one workbook of a multi-department run ended. */
export type DepartmentStatus = 'scored' | 'unscored' | 'failed';

/** What the 状态 column says: a scored workbook with an error is 暂定 (provisional), never final. */
type StatusLabel = DepartmentStatus | 'provisional';

/** One department (one workbook) of the multi-department table. */
export interface DepartmentRow {
  /** The workbook's file name. */
  file: string;
  status: DepartmentStatus;
  department: string | null;
  year: number | null;
  /** Total score, 2 decimals; null when not scored; provisional (暂定) unless `complete`. */
  score: number | null;
  /** False when an error leaves the score provisional: then `grade` is null. */
  complete: boolean;
  grade: string | null;
  /** Payment rates as percent numbers, 2 decimals (never 100 below 100%). */
  rates: { overall: number | null; basic: number | null; project: number | null };
  /** Number of deductions; null when not scored. */
  deductions: number | null;
  /** Issue counts; null when the file could not be read. */
  counts: { errors: number; warnings: number; infos: number } | null;
  /** Why the workbook has no score (the file's problem, or its first data error); null when scored. */
  message: string | null;
}

/**
 * The row of a workbook: scored, not scored (its first error says why), or failed (`failure`, the
 * file could not be read: not .xlsx, encrypted, truncated …).
 */
export function departmentRow(
  file: string,
  summary: ScoreSummary | null,
  failure: string | null = null,
): DepartmentRow {
  if (summary === null) {
    return {
      file,
      status: 'failed',
      department: null,
      year: null,
      score: null,
      complete: false,
      grade: null,
      rates: { overall: null, basic: null, project: null },
      deductions: null,
      counts: null,
      message: failure,
    };
  }
  const scored = summary.score !== null;
  return {
    file,
    status: scored ? 'scored' : 'unscored',
    department: summary.department === '' ? null : summary.department,
    year: summary.year === 0 ? null : summary.year,
    score: summary.score,
    complete: scored && summary.complete,
    grade: summary.grade,
    rates: summary.rates,
    deductions: scored ? summary.deductions.length : null,
    counts: summary.counts,
    message: scored
      ? null
      : (summary.issues.find((i) => i.severity === 'error')?.message ?? failure ?? null),
  };
}

/** A column of the table: its label, the cell of a row, number format and width (characters). */
interface Column {
  term: TermKey | { zh: string; en: string };
  cell: (row: DepartmentRow, locale: Locale) => string | number | null;
  format: string | null;
  width: number;
}

const STATUS: Record<StatusLabel, { zh: string; en: string }> = {
  scored: { zh: '已评分', en: 'scored' },
  provisional: { zh: '暂定', en: 'provisional' },
  unscored: { zh: '无法评分', en: 'not scored' },
  failed: { zh: '文件错误', en: 'file error' },
};

const percent = (key: TermKey) => {
  const term = TERMS[key];
  return { zh: `${term.zh}(%)`, en: `${term.en} (%)` };
};

const COLUMNS: readonly Column[] = [
  { term: 'file', cell: (r) => r.file, format: null, width: 34 },
  { term: 'department', cell: (r) => r.department, format: null, width: 28 },
  { term: 'year', cell: (r) => r.year, format: '0', width: 10 },
  { term: 'score', cell: (r) => r.score, format: '0.00', width: 10 },
  { term: 'grade', cell: (r) => r.grade, format: null, width: 8 },
  { term: percent('整体支付率'), cell: (r) => r.rates.overall, format: '0.00', width: 16 },
  { term: percent('基本支出支付率'), cell: (r) => r.rates.basic, format: '0.00', width: 18 },
  { term: percent('项目支出支付率'), cell: (r) => r.rates.project, format: '0.00', width: 18 },
  { term: 'deductionCount', cell: (r) => r.deductions, format: '0', width: 8 },
  { term: 'errors', cell: (r) => r.counts?.errors ?? null, format: '0', width: 6 },
  { term: 'warnings', cell: (r) => r.counts?.warnings ?? null, format: '0', width: 6 },
  { term: 'infos', cell: (r) => r.counts?.infos ?? null, format: '0', width: 6 },
  {
    term: { zh: '状态', en: 'Status' },
    cell: (r, l) =>
      STATUS[r.status === 'scored' && !r.complete ? 'provisional' : r.status][
        l === 'en-US' ? 'en' : 'zh'
      ],
    format: null,
    width: 10,
  },
  { term: 'note', cell: (r) => r.message, format: null, width: 60 },
];

/** The multi-department table: a header and one row per workbook, ready for a sheet or a grid. */
export interface DepartmentTable {
  /** The sheet's name: 汇总 / Summary. */
  sheet: string;
  header: string[];
  rows: (string | number | null)[][];
  /** Number format of each column's data cells (null: General). */
  columnFormats: (string | null)[];
  columnWidths: number[];
  /** The column of the note (wrapped). */
  noteColumn: number;
}

/**
 * The one multi-department table, built for `jixiao batch`'s summary workbook and the page's
 * comparison (on screen and as .xlsx): one row per workbook, in the order given.
 */
export function departmentTable(
  rows: readonly DepartmentRow[],
  locale: Locale = 'zh-CN',
): DepartmentTable {
  const text = (term: Column['term']): string => {
    const t = typeof term === 'string' ? TERMS[term] : term;
    return locale === 'en-US' ? t.en : t.zh;
  };
  return {
    sheet: locale === 'en-US' ? 'Summary' : '汇总',
    header: COLUMNS.map((c) => text(c.term)),
    rows: rows.map((r) => COLUMNS.map((c) => c.cell(r, locale))),
    columnFormats: COLUMNS.map((c) => c.format),
    columnWidths: COLUMNS.map((c) => c.width),
    noteColumn: COLUMNS.length - 1,
  };
}
