import type { Evaluation, Grade, IndicatorStatus, Locale, Severity } from '@jixiao/engine';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import { explain, explainRule } from '@jixiao/engine/messages';
import { renderIssue, type CellIssue } from '@jixiao/workbook';
import type { ProjectSummary } from './projects.js';

/** The plain JSON summary of a run: what `jixiao score --json` prints and the page shows. */
export interface ScoreSummary {
  department: string;
  year: number;
  /** Total score, 2 decimals (null when the workbook could not be scored); provisional unless `complete`. */
  score: number | null;
  /**
   * False exactly when there is an error: an indicator, a rate that feeds a score or the total is
   * unknown. The score is then 暂定 (provisional) and `grade` is null.
   */
  complete: boolean;
  /** The grade of 得分率 (score ÷ 总分值 × 100); null unless `complete`. */
  grade: Grade | null;
  /** 得分率 = score ÷ 总分值 × 100, 2 decimals (null when not scored). */
  scoreRate: number | null;
  /** 总分值 the grade is measured against (declared in 基本信息, or 100). */
  totalPoints: number | null;
  /** Indicators that could not be scored (empty 得分). */
  unscored: number;
  /** 执行率封顶 when it lowered the total: the sum before the cap and the rule in words. */
  cap: { uncapped: number; note: string } | null;
  /** Payment rates as percent numbers, 2 decimals (99.99 for 0.99990001; never 100 below 100%). */
  rates: { overall: number | null; basic: number | null; project: number | null };
  /** Amounts in the workbook's unit (exact). */
  totals: { budget: number | null; spent: number | null; unit: '万元' | '元' };
  indicators: {
    name: string;
    level1: string;
    key: boolean;
    points: number;
    score: number;
    /** 完成率 as a percent number, 2 decimals, or null where it has no meaning. */
    completion: number | null;
    status: IndicatorStatus;
    /** How the score was reached (with the province rules that changed it), in the summary's language. */
    explanation: string;
    /** False for an alternative of a 备选组 that is not in the total. */
    counted: boolean;
  }[];
  /** `rules`: the province rules behind the deduction, in words (null when none). */
  deductions: { name: string; deducted: number; reason: string | null; rules: string | null }[];
  issues: { severity: Severity; cell: string | null; code: string; message: string }[];
  counts: { errors: number; warnings: number; infos: number };
  /** The projects of 所属项目, each with its own 执行率 and total (absent without the column). */
  projects?: ProjectSummary[];
}

function percent(rate: string | null): number | null {
  return rate === null ? null : Number(formatPercent(rate).replace('%', ''));
}

function twoDecimals(value: string): number {
  return Number(formatNumber(value));
}

/**
 * The text in one piece: a message put together from parts is a tree of strings (its parts and a
 * node per join) until something reads its characters, which flattens it in place; read once
 * here, 45,000 messages and explanations (100,000 lines) held 272 bytes each, flat 121.
 */
function flat(text: string): string {
  void text.charCodeAt(0);
  return text;
}

/** Builds the JSON summary of an evaluation (or of a workbook that could not be scored). */
export function summarize(
  evaluation: Evaluation | null,
  issues: readonly CellIssue[],
  info: { department: string; year: number },
  locale: Locale = 'zh-CN',
): ScoreSummary {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const issue of issues) {
    if (issue.severity === 'error') counts.errors++;
    else if (issue.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  const listed = issues.map((i) => ({
    severity: i.severity,
    cell: i.cell,
    code: i.code,
    message: flat(renderIssue(i, locale)),
  }));
  if (!evaluation) {
    return {
      department: info.department,
      year: info.year,
      score: null,
      complete: false,
      grade: null,
      scoreRate: null,
      totalPoints: null,
      unscored: 0,
      cap: null,
      rates: { overall: null, basic: null, project: null },
      totals: { budget: null, spent: null, unit: '万元' },
      indicators: [],
      deductions: [],
      issues: listed,
      counts,
    };
  }
  return {
    department: evaluation.info.department,
    year: evaluation.info.year,
    score: twoDecimals(evaluation.total.score),
    complete: counts.errors === 0,
    grade: counts.errors === 0 ? evaluation.total.grade : null,
    scoreRate: percent(evaluation.total.rate),
    totalPoints: Number(evaluation.total.declaredPoints),
    unscored: evaluation.total.unscored,
    cap:
      evaluation.total.cap === undefined
        ? null
        : {
            uncapped: twoDecimals(evaluation.total.cap.uncapped),
            note: explainRule(evaluation.total.cap.note, locale),
          },
    rates: {
      overall: percent(evaluation.budget.rates.overall),
      basic: percent(evaluation.budget.rates.basic),
      project: percent(evaluation.budget.rates.project),
    },
    totals: {
      budget: Number(evaluation.budget.totals.budget),
      spent: Number(evaluation.budget.totals.spent),
      unit: evaluation.info.unit,
    },
    indicators: evaluation.indicators.map((r) => ({
      name: r.name,
      level1: r.level1,
      key: r.key,
      points: Number(r.points),
      score: twoDecimals(r.score),
      completion: percent(r.completion),
      status: r.status,
      explanation: flat(explain(r.explanation, locale)),
      counted: r.counted !== false,
    })),
    deductions: evaluation.deductions.map((d) => ({
      name: d.name,
      deducted: twoDecimals(d.deducted),
      reason: d.reason,
      rules:
        d.notes === undefined || d.notes.length === 0
          ? null
          : d.notes.map((n) => explainRule(n, locale)).join(locale === 'zh-CN' ? '；' : '; '),
    })),
    issues: listed,
    counts,
  };
}
