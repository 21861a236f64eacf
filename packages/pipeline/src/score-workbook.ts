import {
  evaluate,
  type Evaluation,
  type EvaluationInput,
  type Locale,
  type RuleKey,
} from '@jixiao/engine';
import {
  blocksFromRows,
  defaultTemplate,
  fillTemplate,
  type ReportBlock,
  type ScoreTableColumns,
} from '@jixiao/report';
import {
  engineIssuesToCells,
  cellValue,
  displayValue,
  findSheet,
  qualifiedAddress,
  REPORT_SHEET,
  reportEdits,
  workbookIssue,
  actionParams,
  INDICATOR_SHEET,
  planWrites,
  readWorkbook,
  planningGrids,
  sortIssues,
  type CellIssue,
  type CellMap,
  type ReportEdit,
  type SheetGrid,
  type SheetGrids,
  type Surface,
  type TemplateRow,
  type WritePlan,
  type WrittenCell,
  type WorkbookReading,
} from '@jixiao/workbook';
import type { FormsResult } from './score-form.js';
import { summarize, type ScoreSummary } from './summary.js';
import {
  evaluateProjects,
  splitProjects,
  summarizeProject,
  type ProjectResult,
} from './projects.js';
import { templateIssuesToCells } from './template-issues.js';

/** Options of {@link scoreWorkbook}. */
export interface PipelineOptions {
  /** Language of the summary's messages and explanations, and of report tables. Default zh-CN. */
  locale?: Locale;
  /**
   * Fill the report and plan the 报告 sheet. Default (scoring): fill when 报告模板 has paragraphs.
   * `true` (a report is asked for: `jixiao report`, 填充报告, 导出 Word): fill from 报告模板, or —
   * the same on every surface — from the default template (the sample report's outline) when
   * 报告模板 is missing or has no paragraphs, with the info issue `report.defaultTemplate`.
   * `false`: never fill.
   */
  report?: boolean;
  /**
   * The workbook's record of the output cells the tool wrote (`WorkbookPort.readWritten`), or
   * null when it has none: a value a person typed into an output cell is then reported and kept.
   */
  written?: readonly WrittenCell[] | null;
  /** Where the user is, for the actions messages name (`jixiao init`, 新建模板). Default `cli`. */
  surface?: Surface;
  /**
   * Province rules stated outside the workbook (`jixiao score --rule 执行率封顶=80%:89;…`, the page,
   * the pane), by 基本信息 field: they replace the item of the same name (docs/rules.md).
   */
  rules?: Partial<Record<RuleKey, string>>;
  /** Columns of the report's 指标得分表 (`official` by default, `brief` without 年度指标值/实际完成值/偏差原因). */
  scoreTable?: ScoreTableColumns;
  /**
   * A 报告 sheet edited by hand since the tool's last fill (the fill kept in `written`) is kept
   * (`report.edited`, nothing of it written) unless this is true: then it is filled again and the
   * edits are overwritten (`report.editedOverwritten`). Default false. `jixiao --force`, 覆盖.
   */
  overwriteEditedReport?: boolean;
}

/** A 报告 sheet that differs from the tool's last fill (`reportEdits`). */
export interface ReportEdited {
  sheet: string;
  /** The differing cells, in row and column order. */
  edits: ReportEdit[];
  /** Whether this run filled it again anyway (`overwriteEditedReport`). */
  overwritten: boolean;
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
  /**
   * The 报告 sheet as it stands (its rows from A1 and their blocks, `blocksFromRows`), for an
   * export of the report as the user edited it; null when there is no 报告 sheet or it holds
   * nothing below its header.
   */
  asIs: FilledReport | null;
  /** Set when a fill was asked for and 报告 was edited by hand since the last fill. */
  reportEdited: ReportEdited | null;
  /** The plain JSON summary (`jixiao score --json`). */
  summary: ScoreSummary;
  /**
   * Null for a contract workbook. For a workbook of official forms (`run` tells them apart), each
   * form scored in place: then `input`, `evaluation` and `report` are null, `map` is empty,
   * `issues` are all forms' issues and `plan` their writes.
   */
  forms: FormsResult | null;
  /**
   * The projects named in 所属项目, each scored on its own lines and indicators (empty without
   * the column). `input`, `evaluation` and `map` above are then the department's: every budget
   * line, the indicators without a project.
   */
  projects: ProjectResult[];
}

/** The default template's paragraphs, named `默认模板第N段` in issues (there is no cell to name). */
const DEFAULT_ROWS = defaultTemplate.map((row, i) => ({
  ...row,
  cell: `默认模板第${String(i + 1)}段`,
}));

/**
 * The one pipeline of the add-in, the command line and the page: read the contract sheets →
 * evaluate → plan the writes of the output cells (only what changed) → fill the report. Pure and
 * synchronous; adapters read the grids and apply the plan.
 */
export function scoreWorkbook(grids: SheetGrids, options: PipelineOptions = {}): PipelineResult {
  return scoreTaken({ grids }, options);
}

/** Grids handed over to {@link scoreTaken}, which takes them out (see there). */
export interface GridsHolder {
  grids?: SheetGrids;
}

/**
 * {@link scoreWorkbook} on grids handed over in a holder, which it empties: once the sheets are
 * read, only what planning needs of them is kept (the output columns, 报告), so that a caller that
 * keeps nothing else of the grids (`run`) does not hold a large sheet through evaluation and
 * planning (a 100,000-line 预算执行 is 60 MB as a grid).
 */
export function scoreTaken(holder: GridsHolder, options: PipelineOptions = {}): PipelineResult {
  return scoreRead(readGrids(holder, options), options);
}

/** What scoring needs of the grids once they are read. */
interface GridsRead {
  reading: WorkbookReading;
  /** the grids as planning reads them: contract sheets with their output columns only */
  planning: SheetGrids;
  reportGrid: SheetGrid | undefined;
  /** An indicator sheet with a header but no rows */
  indicatorSheet: SheetGrid | null;
}

function readGrids(holder: GridsHolder, options: PipelineOptions): GridsRead {
  const grids = holder.grids ?? {};
  holder.grids = undefined;
  const reading = readWorkbook(grids, { surface: options.surface ?? 'cli' });
  const indicatorSheet =
    reading.input?.indicators.length === 0 ? findSheet(grids, INDICATOR_SHEET) : null;
  return {
    reading,
    planning: planningGrids(grids, reading.map),
    reportGrid: findSheet(grids, REPORT_SHEET) ?? undefined,
    indicatorSheet,
  };
}

function scoreRead(read: GridsRead, options: PipelineOptions): PipelineResult {
  const { reading, planning: grids, reportGrid, indicatorSheet } = read;
  const locale = options.locale ?? 'zh-CN';
  const surface = options.surface ?? 'cli';
  const issues: CellIssue[] = [...reading.issues];
  let evaluation: Evaluation | null = null;
  let plan: WritePlan = { cells: [], replaceSheets: [] };
  let report: FilledReport | null = null;
  let reportEdited: ReportEdited | null = null;
  // An indicator sheet with a header but no rows: nothing to score (0 分 差 would be a lie).
  if (indicatorSheet) {
    issues.push(
      workbookIssue(
        'sheet.noIndicators',
        'error',
        { sheet: indicatorSheet.name },
        actionParams('example', surface),
      ),
    );
  }
  let projects: ProjectResult[] = [];
  // with 所属项目, the department is every budget line and the indicators without a project
  const parts =
    reading.input && reading.projects
      ? splitProjects(reading.input, reading.map, reading.projects)
      : null;
  const ownInput = parts?.department.input ?? reading.input;
  const map = parts?.department.map ?? reading.map;
  if (ownInput && !indicatorSheet) {
    const input =
      options.rules === undefined
        ? ownInput
        : { ...ownInput, info: { ...ownInput.info, ...options.rules } };
    evaluation = evaluate(input);
    // The reader validated the fields it read (a bad cell, a missing column); it told the engine
    // which ones (`reported`), so the engine's issues never repeat them.
    issues.push(...engineIssuesToCells(evaluation.issues, map));
    if (parts) {
      const scored = evaluateProjects(parts.projects, options.rules, issues);
      projects = scored.results;
      issues.push(...scored.issues);
    }
    const own = reading.template.length > 0;
    if (options.report !== false && (own || options.report === true)) {
      const filled = fillTemplate(own ? reading.template : DEFAULT_ROWS, evaluation, {
        locale,
        input: ownInput,
        scoreTable: options.scoreTable,
      });
      report = { blocks: filled.blocks, rows: filled.rows };
      if (!own) {
        issues.push(
          workbookIssue(
            'report.defaultTemplate',
            'info',
            { sheet: null },
            actionParams('newWorkbook', surface),
          ),
        );
      }
      issues.push(...templateIssuesToCells(filled.issues));
      const edits = reportEdits(reportGrid, options.written ?? null);
      if (reportGrid && edits !== null && edits.length > 0) {
        const overwritten = options.overwriteEditedReport === true;
        reportEdited = { sheet: reportGrid.name, edits, overwritten };
        issues.push(editedIssue(reportEdited, surface));
      }
    }
    const keep = reportEdited !== null && !reportEdited.overwritten;
    const planned = planWrites(grids, map, evaluation, {
      report: keep ? null : (report?.rows ?? null),
      written: options.written ?? null,
      // a project's budget lines are the department's too: their 支付率 is planned once
      projects: projects.map((p) => ({
        map: { ...p.map, budget: null },
        evaluation: p.evaluation,
      })),
    });
    plan = planned.plan;
    issues.push(...planned.issues);
  }
  const sorted = sortIssues(issues);
  const info = { department: reading.info.department, year: reading.info.year };
  const summary = summarize(evaluation, sorted, info, locale);
  if (projects.length > 0) summary.projects = projects.map(summarizeProject);
  return {
    input: ownInput,
    evaluation,
    template: reading.template,
    map,
    issues: sorted,
    plan,
    report,
    asIs: reportGrid ? sheetAsIs(reportGrid) : null,
    reportEdited,
    summary,
    projects,
    forms: null,
  };
}

/** `report.edited` (kept) or `report.editedOverwritten`, on the first differing cell. */
function editedIssue(edited: ReportEdited, surface: Surface): CellIssue {
  const first = edited.edits[0]!;
  const params = {
    sheet: edited.sheet,
    cells: edited.edits
      .slice(0, 3)
      .map((e) => e.address)
      .join('、'),
    count: edited.edits.length,
    ...actionParams('reportEdited', surface),
  };
  const at = {
    sheet: edited.sheet,
    row: first.row,
    col: first.col,
    cell: qualifiedAddress(edited.sheet, first.row, first.col),
  };
  return edited.overwritten
    ? workbookIssue('report.editedOverwritten', 'warning', at, params)
    : workbookIssue('report.edited', 'warning', at, params);
}

/** The 报告 sheet's rows from A1 (dense, cells as Excel shows them) and their report blocks. */
export function sheetAsIs(grid: SheetGrid): FilledReport | null {
  const height = grid.origin.row + grid.values.length;
  const width = grid.origin.col + Math.max(0, ...grid.values.map((r) => r?.length ?? 0));
  const rows: (string | null)[][] = [];
  for (let r = 0; r < height; r++) {
    const row: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const v = cellValue(grid, r, c);
      row.push(v === null || v === '' ? null : displayValue(v));
    }
    rows.push(row);
  }
  const blocks = blocksFromRows(rows);
  return blocks.length === 0 ? null : { blocks, rows };
}
