/**
 * 所属项目: a department's workbook carries its projects beside the department as a whole. An
 * optional 所属项目 column in 预算执行 and 绩效指标 names the project of a line or an indicator.
 *
 * - Budget lines: every line counts in the department's rates (部门整体支出 is all of its spending);
 *   a line with 所属项目 also makes up that project's funds.
 * - Indicators: an indicator with 所属项目 is scored in its project's own total only; the
 *   department's total is the indicators without one.
 *
 * Each project is evaluated by the same engine on its own lines and indicators, so it has its own
 * 执行率 (an indicator whose 数据来源 is 整体支付率 or 项目支出支付率 reads the project's lines), its
 * scores, total and grade (the 项目支出绩效自评表 of 财预〔2020〕10号 附1).
 */
import {
  evaluate,
  type Evaluation,
  type EvaluationInput,
  type Grade,
  type RuleKey,
} from '@jixiao/engine';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import {
  engineIssuesToCells,
  qualifiedAddress,
  renderIssue,
  workbookIssue,
  type CellIssue,
  type CellMap,
  type ProjectTags,
  type SheetMap,
} from '@jixiao/workbook';

/** One part of the workbook: its engine input and where its rows are. */
export interface WorkbookPart {
  input: EvaluationInput;
  /** The part's own map: `rows[i]` is the row of the part's i-th line / indicator. */
  map: CellMap;
}

/** A project's part: its name as typed in 所属项目. */
export interface ProjectPart extends WorkbookPart {
  name: string;
}

/** One project of a workbook, scored. */
export interface ProjectResult {
  /** The name typed in 所属项目. */
  name: string;
  input: EvaluationInput;
  evaluation: Evaluation;
  /** Where the project's own lines and indicators are. */
  map: CellMap;
  /** False when an error touches the project's lines or indicators: its total is provisional. */
  complete: boolean;
}

function pick<T>(items: readonly T[], keep: (i: number) => boolean): T[] {
  return items.filter((_item, i) => keep(i));
}

function subMap<K extends string>(
  map: SheetMap<K> | null,
  keep: (i: number) => boolean,
): SheetMap<K> | null {
  if (map === null) return null;
  return { ...map, rows: pick(map.rows, keep) };
}

/**
 * Splits a workbook's input by 所属项目: the department (every budget line, the indicators without
 * a project) and one part per project in order of first appearance (预算执行 first).
 */
export function splitProjects(
  input: EvaluationInput,
  map: CellMap,
  tags: ProjectTags,
): { department: WorkbookPart; projects: ProjectPart[] } {
  const own = (i: number) => (tags.indicators[i] ?? null) === null;
  const department: WorkbookPart = {
    input: { ...input, indicators: pick(input.indicators, own) },
    map: { ...map, indicators: subMap(map.indicators, own) },
  };
  const names: string[] = [];
  for (const name of [...tags.budgetLines, ...tags.indicators])
    if (name !== null && !names.includes(name)) names.push(name);
  const projects = names.map((name): ProjectPart => {
    const line = (i: number) => tags.budgetLines[i] === name;
    const indicator = (i: number) => tags.indicators[i] === name;
    return {
      name,
      input: {
        info: input.info,
        budgetLines: pick(input.budgetLines, line),
        indicators: pick(input.indicators, indicator),
      },
      map: {
        ...map,
        budget: subMap(map.budget, line),
        indicators: subMap(map.indicators, indicator),
        template: null,
        report: null,
      },
    };
  });
  return { department, projects };
}

/** Whether an issue sits on one of the part's rows (or names no row: then it concerns everyone). */
function touches(issue: CellIssue, map: CellMap): boolean {
  if (issue.row === undefined) return false;
  const on = (m: SheetMap<string> | null) =>
    m !== null && m.sheet === issue.sheet && m.rows.includes(issue.row ?? -1);
  return on(map.budget) || on(map.indicators);
}

/**
 * Evaluates each project on its own. Returns the results and the projects' engine issues placed at
 * their cells, without those already in `seen` (a budget line's issue is the department's too).
 */
export function evaluateProjects(
  projects: readonly ProjectPart[],
  rules: Partial<Record<RuleKey, string>> | undefined,
  seen: readonly CellIssue[],
): { results: ProjectResult[]; issues: CellIssue[] } {
  const key = (i: CellIssue) => `${i.code}\u0000${i.cell ?? ''}\u0000${renderIssue(i)}`;
  const known = new Set(seen.map(key));
  const issues: CellIssue[] = [];
  const evaluated = projects.map((p) => {
    const input =
      rules === undefined ? p.input : { ...p.input, info: { ...p.input.info, ...rules } };
    const evaluation = evaluate(input);
    const own = engineIssuesToCells(evaluation.issues, p.map);
    for (const issue of own) {
      if (known.has(key(issue))) continue;
      known.add(key(issue));
      issues.push(issue);
    }
    return { p, evaluation };
  });
  // a project named in 预算执行 with no indicator of its own cannot be scored: 0 分 would read as final
  const empty = new Set<string>();
  for (const p of projects) {
    if (p.input.indicators.length > 0) continue;
    empty.add(p.name);
    issues.push(noIndicators(p));
  }
  const all = [...seen, ...issues];
  const results = evaluated.map(({ p, evaluation }): ProjectResult => {
    const own = engineIssuesToCells(evaluation.issues, p.map);
    const complete =
      !empty.has(p.name) &&
      !own.some((i) => i.severity === 'error') &&
      !all.some((i) => i.severity === 'error' && touches(i, p.map));
    return { name: p.name, input: p.input, evaluation, map: p.map, complete };
  });
  return { results, issues };
}

/** The error of a project that has budget lines but no indicator: at its first 所属项目 cell. */
function noIndicators(p: ProjectPart): CellIssue {
  const budget = p.map.budget;
  const row = budget?.rows[0];
  const col = budget?.columns.project;
  const cell =
    budget && row !== undefined && col !== undefined
      ? qualifiedAddress(budget.sheet, row, col)
      : null;
  return workbookIssue(
    'project.noIndicators',
    'error',
    cell !== null && row !== undefined && col !== undefined
      ? { sheet: budget?.sheet ?? null, row, col, cell }
      : { sheet: budget?.sheet ?? null },
    { project: p.name },
  );
}

/** The JSON summary of a project (`jixiao score --json`). */
export interface ProjectSummary {
  name: string;
  /** 全年预算数 and 全年执行数 of its lines, exact, in the workbook's unit. */
  budget: number;
  spent: number;
  /** 执行率 (整体支付率 of its lines) as a percent number, 2 decimals; null without a budget. */
  executionRate: number | null;
  /** Total, 2 decimals (provisional unless `complete`). */
  score: number;
  points: number;
  grade: Grade | null;
  complete: boolean;
  indicators: number;
}

/** Summarises a scored project. */
export function summarizeProject(project: ProjectResult): ProjectSummary {
  const e = project.evaluation;
  const rate = e.budget.rates.overall;
  return {
    name: project.name,
    budget: Number(e.budget.totals.budget),
    spent: Number(e.budget.totals.spent),
    executionRate: rate === null ? null : Number(formatPercent(rate).replace('%', '')),
    score: Number(formatNumber(e.total.score)),
    points: Number(e.total.declaredPoints),
    grade: project.complete ? e.total.grade : null,
    complete: project.complete,
    indicators: e.indicators.length,
  };
}
