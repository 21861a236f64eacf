import { evaluate, type Evaluation, type EvaluationInput, type Issue } from '@jixiao/engine';
import {
  defaultTemplate,
  fillTemplate,
  templateIssue,
  type ReportBlock,
  type ScoreTableColumns,
} from '@jixiao/report';
import {
  engineIssuesToCells,
  findSheet,
  workbookIssue,
  missingSheetIssue,
  BUDGET_SHEET,
  INDICATOR_SHEET,
  TEMPLATE_SHEET,
  planWrites,
  readWorkbook,
  sortIssues,
  type CellIssue,
  type CellMap,
  type SheetGrids,
  type TemplateRow,
  type WritePlan,
} from '@jixiao/workbook';
import { summarize, type Locale, type ScoreSummary } from './summary.js';
import { templateIssuesToCells } from './template-issues.js';

/** Options of {@link scoreWorkbook}. */
export interface PipelineOptions {
  /** Language of the summary's messages and explanations, and of report tables. Default zh-CN. */
  locale?: Locale;
  /**
   * Fill the report from 报告模板 and plan the 报告 sheet. Default: fill when the workbook has
   * template rows; `true` also reports a missing 报告模板 sheet (info); `false` never fills.
   */
  report?: boolean;
  /**
   * With no usable 报告模板 (missing or empty), fill the default template and say so (a warning on
   * 报告模板) — what every front end does when it exports a report. Default false: no report.
   */
  defaultTemplate?: boolean;
  /** Columns of the report's 指标得分表 (`official` by default, `brief` without 年度指标值/实际完成值/偏差原因). */
  scoreTable?: ScoreTableColumns;
}

/** The filled report: blocks for Word export and the rows of the 报告 sheet. */
export interface FilledReport {
  blocks: ReportBlock[];
  rows: (string | null)[][];
}

/** Everything one run produces. */
export interface PipelineResult {
  /** The engine input read from the sheets, or null when a required sheet is unusable. */
  input: EvaluationInput | null;
  /** The evaluation, or null when data errors prevent scoring. */
  evaluation: Evaluation | null;
  /** The 报告模板 rows read. */
  template: TemplateRow[];
  /** Where every value came from. */
  map: CellMap;
  /** Reader, engine, planner and report-template issues, sorted by sheet, row and column. */
  issues: CellIssue[];
  /** The output cells to write (only those that change) and the 报告 sheet when filled. */
  plan: WritePlan;
  /** The filled report, or null when not asked for or without template rows or evaluation. */
  report: FilledReport | null;
  /** The plain JSON summary (`jixiao score --json`). */
  summary: ScoreSummary;
}

/**
 * Drops engine issues that repeat what the reader already said: an issue on a cell the reader
 * already reported, or any issue on a required column the header lacks (reported once as missing).
 */
function withoutRepeats(
  engineIssues: readonly Issue[],
  engineCells: CellIssue[],
  readerIssues: readonly CellIssue[],
  map: CellMap,
): CellIssue[] {
  const readerCells = new Set(
    readerIssues.map((i) => i.cell).filter((c): c is string => c !== null),
  );
  return engineCells.filter((cellIssue, i) => {
    if (cellIssue.cell !== null && readerCells.has(cellIssue.cell)) return false;
    const [root, , field] = engineIssues[i]?.path ?? [];
    const def =
      root === 'budgetLines' ? BUDGET_SHEET : root === 'indicators' ? INDICATOR_SHEET : null;
    const sheet =
      root === 'budgetLines' ? map.budget : root === 'indicators' ? map.indicators : null;
    if (!def || !sheet || typeof field !== 'string') return true;
    const column = def.columns.find((c) => c.key === field);
    // a required column the header lacks: the reader reported it once (column.missing)
    return !(column?.kind === 'required' && !(field in sheet.columns));
  });
}

/**
 * The one pipeline of the add-in, the command line and the page: read the contract sheets →
 * evaluate → plan the writes of the output cells (only what changed) → fill the report. Pure and
 * synchronous; adapters read the grids and apply the plan.
 */
export function scoreWorkbook(grids: SheetGrids, options: PipelineOptions = {}): PipelineResult {
  const locale = options.locale ?? 'zh-CN';
  const reading = readWorkbook(grids);
  const issues: CellIssue[] = [...reading.issues];
  let evaluation: Evaluation | null = null;
  let plan: WritePlan = { cells: [], replaceSheets: [] };
  let report: FilledReport | null = null;
  // An indicator sheet with a header but no rows: nothing to score (0 分 差 would be a lie).
  const indicatorSheet =
    reading.input?.indicators.length === 0 ? findSheet(grids, INDICATOR_SHEET) : null;
  if (indicatorSheet) {
    issues.push(workbookIssue('sheet.noIndicators', 'error', { sheet: indicatorSheet.name }));
  }
  if (reading.input && !indicatorSheet) {
    evaluation = evaluate(reading.input);
    const engineCells = engineIssuesToCells(evaluation.issues, reading.map);
    issues.push(...withoutRepeats(evaluation.issues, engineCells, reading.issues, reading.map));
    const useDefault =
      options.defaultTemplate === true && options.report !== false && reading.template.length === 0;
    if (useDefault) {
      issues.push(...templateIssuesToCells([templateIssue.defaultTemplate(TEMPLATE_SHEET.name)]));
    } else if (options.report === true && reading.map.template === null) {
      issues.push(missingSheetIssue(TEMPLATE_SHEET, 'info'));
    }
    const template = useDefault ? defaultTemplate : reading.template;
    if (options.report !== false && template.length > 0) {
      const filled = fillTemplate(template, evaluation, {
        locale,
        input: reading.input,
        scoreTable: options.scoreTable,
      });
      report = { blocks: filled.blocks, rows: filled.rows };
      issues.push(...templateIssuesToCells(filled.issues));
    }
    const planned = planWrites(grids, reading.map, evaluation, { report: report?.rows ?? null });
    plan = planned.plan;
    issues.push(...planned.issues);
  }
  const sorted = sortIssues(issues);
  const info = { department: reading.info.department, year: reading.info.year };
  return {
    input: reading.input,
    evaluation,
    template: reading.template,
    map: reading.map,
    issues: sorted,
    plan,
    report,
    summary: summarize(evaluation, sorted, info, locale),
  };
}
