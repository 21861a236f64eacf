import {
  evaluate,
  type Evaluation,
  type EvaluationInput,
  type Grade,
  type Severity,
} from '@jixiao/engine';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import { explain, explainRule } from '@jixiao/engine/messages';
import {
  MISTAKE_CODES,
  renderIssue,
  formEngineIssues,
  planFormWrites,
  readForm,
  readRulesSheet,
  recogniseForm,
  sameRecord,
  sortIssues,
  sortRecord,
  type CellIssue,
  type CellWrite,
  type FormIdentity,
  type FormLayout,
  type FormReading,
  type SheetGrid,
  type SheetGrids,
  type WritePlan,
  type WrittenCell,
} from '@jixiao/workbook';
import type { Locale, RuleKey } from '@jixiao/engine';

/** One form scored in place. */
export interface FormResult {
  sheet: string;
  layout: Pick<FormLayout, 'id' | 'name' | 'kind'>;
  identity: FormIdentity;
  input: EvaluationInput | null;
  evaluation: Evaluation | null;
  /** False exactly when there is an error: the total is then provisional and there is no grade. */
  complete: boolean;
  /** 执行率 of the scored funds row, exact fraction. */
  executionRate: string | null;
  /** The total (provisional when not complete) and the points it is out of. */
  total: { score: string; points: string } | null;
  grade: Grade | null;
  /** Indicators that could not be scored (rows left out and rows the engine could not score). */
  unscored: number;
  /** Reader, engine and planner issues, sorted. */
  issues: CellIssue[];
  /** The publisher's mistakes: printed outputs the form's own data does not support. */
  mistakes: CellIssue[];
  /** The form's output cells to write (empty ones and the tool's own; typed values are kept). */
  cells: CellWrite[];
  /** The form's output cells the tool owns after the writes (its part of the written-cell record). */
  record: WrittenCell[];
}

/** The ownership part of {@link FormOptions}. */
export interface FormScoreOptions {
  /**
   * The workbook's record of the cells the tool wrote, or null when it has none: a recorded cell
   * still holding the tool's value is rewritten; a value the publisher typed is compared, reported
   * when it disagrees, and never overwritten.
   */
  written?: readonly WrittenCell[] | null;
}

/** Rates of every funds row (each row on its own), by row. */
function rowRates(reading: FormReading): Map<number, string | null> {
  const rows = reading.places.funds.filter((f) => f.budget !== null && f.spent !== null);
  const rates = new Map<number, string | null>();
  if (rows.length === 0 || reading.input === null) return rates;
  const evaluation = evaluate({
    info: reading.input.info,
    budgetLines: rows.map((r) => ({
      name: r.label,
      type: '项目支出',
      budget: r.budget,
      spent: r.spent,
    })),
    indicators: [],
  });
  evaluation.budget.lines.forEach((line, i) => {
    const row = rows[i];
    if (row) rates.set(row.row, line.rate);
  });
  return rates;
}

/** Options of {@link scoreForm} and {@link scoreForms}: the record, and the province rules. */
export interface FormOptions extends FormScoreOptions {
  /**
   * Province rules (docs/rules.md) for every form: from the workbook's 规则 sheet, replaced item by
   * item by those stated outside it (`jixiao score --rule`, the page, the pane).
   */
  rules?: Partial<Record<RuleKey, string>>;
  /** Problems of the 规则 sheet, reported on every form (an unreadable rule makes it provisional). */
  ruleIssues?: readonly CellIssue[];
}

/**
 * Reads a form with its layout, scores it with the engine and plans the writes of its own output
 * cells (执行率, each 得分, 得分系数, 总分) under the ownership rule: empty cells are written, a
 * printed value that disagrees is reported and kept. Pure.
 */
export function scoreForm(
  grid: SheetGrid,
  layout: FormLayout,
  options: FormOptions = {},
): FormResult {
  const reading = readForm(grid, layout);
  const issues: CellIssue[] = [...reading.issues, ...(options.ruleIssues ?? [])];
  let evaluation: Evaluation | null = null;
  let cells: CellWrite[] = [];
  let record: WrittenCell[] = [];
  if (reading.input !== null) {
    const rules = options.rules;
    evaluation = evaluate(
      rules === undefined || Object.keys(rules).length === 0
        ? reading.input
        : { ...reading.input, info: { ...reading.input.info, ...rules } },
    );
    const readerCells = new Set(issues.map((i) => i.cell).filter((c) => c !== null));
    const results = evaluation.indicators;
    const execution = reading.places.executionIndex;
    // "须填写偏差原因" is asked neither for a row that could not be scored (a data error, reported
    // already) nor for 预算执行率 on a funds row, where the form has no cell for a reason
    const noReasonAsked = (path: readonly (string | number)[]): boolean => {
      const index = path[0] === 'indicators' ? path[1] : undefined;
      if (typeof index !== 'number') return false;
      const onFundsRow = index === execution && reading.layout.execution.at === 'funds';
      return onFundsRow || results[index]?.status === 'unscored';
    };
    const engineIssues = evaluation.issues.filter(
      (i) => !(i.code === 'reason.missing' && noReasonAsked(i.path)),
    );
    issues.push(
      ...formEngineIssues(engineIssues, reading).filter(
        (i) => i.cell === null || !readerCells.has(i.cell),
      ),
    );
    const complete = !issues.some((i) => i.severity === 'error');
    const plan = planFormWrites(grid, reading, evaluation, {
      complete,
      rowRates: rowRates(reading),
      written: options.written ?? null,
    });
    cells = plan.cells;
    record = plan.record;
    issues.push(...plan.issues);
  }
  const sorted = sortIssues(issues);
  const complete = evaluation !== null && !sorted.some((i) => i.severity === 'error');
  return {
    sheet: grid.name,
    layout: { id: layout.id, name: layout.name, kind: layout.kind },
    identity: reading.identity,
    input: reading.input,
    evaluation,
    complete,
    executionRate: evaluation?.budget.rates.overall ?? null,
    total: evaluation ? { score: evaluation.total.score, points: evaluation.total.points } : null,
    grade: complete && evaluation ? evaluation.total.grade : null,
    unscored:
      sorted.filter((i) => i.code === 'form.rowUnscorable').length +
      (evaluation?.indicators.filter((r) => r.status === 'unscored').length ?? 0),
    issues: sorted,
    mistakes: sorted.filter((i) => MISTAKE_CODES.has(i.code)),
    cells,
    record,
  };
}

/** Every form of a workbook (one per sheet), scored; the sheets that are not forms are left alone. */
export interface FormsResult {
  forms: FormResult[];
  /** All forms' writes. */
  plan: WritePlan;
  /** Sheets that follow no known layout. */
  otherSheets: string[];
  /** The province rules applied to every form (规则 sheet and options); empty when none. */
  rules: Partial<Record<RuleKey, string>>;
}

/**
 * Scores every sheet that follows a known form layout (a department's set: one form per sheet).
 * Null when no sheet is a form. The plan carries the new written-cell record when it changes
 * (the forms' own cells; entries of other sheets are kept).
 */
export function scoreForms(
  grids: SheetGrids,
  order?: readonly string[],
  options: FormOptions = {},
): FormsResult | null {
  const forms: FormResult[] = [];
  const otherSheets: string[] = [];
  // the 规则 sheet (added when asked) states the province rules of every form
  const sheet = readRulesSheet(grids);
  const rules = { ...(sheet?.rules ?? {}), ...(options.rules ?? {}) };
  const formOptions: FormOptions = {
    written: options.written ?? null,
    rules,
    ruleIssues: sheet?.issues ?? [],
  };
  for (const name of order ?? Object.keys(grids)) {
    const grid = grids[name];
    if (!grid) continue;
    const layout = recogniseForm(grid);
    if (layout) forms.push(scoreForm(grid, layout, formOptions));
    else otherSheets.push(name);
  }
  if (forms.length === 0) return null;
  const stored = options.written ?? null;
  const scored = new Set(forms.map((f) => f.sheet));
  const record = sortRecord([
    ...(stored ?? []).filter((c) => !scored.has(c.sheet)),
    ...forms.flatMap((f) => f.record),
  ]);
  const plan: WritePlan = {
    cells: forms.flatMap((f) => f.cells.map((c) => ({ ...c, sheet: f.sheet }))),
    replaceSheets: [],
  };
  if (!sameRecord(record, stored)) plan.written = record;
  return { forms, plan, otherSheets, rules };
}

/** The plain JSON summary of one form (`jixiao score --json`, batch, the page). */
export interface FormSummary {
  sheet: string;
  layout: string;
  kind: 'project' | 'department';
  project: string | null;
  department: string | null;
  unit: string | null;
  year: number | null;
  /** 执行率 as a percent number, 2 decimals. */
  executionRate: number | null;
  /** Total, 2 decimals (provisional when `complete` is false). */
  score: number | null;
  points: number | null;
  grade: Grade | null;
  complete: boolean;
  /** Indicators that could not be scored. */
  unscored: number;
  /** 执行率封顶 (规则 sheet or --rule) when it lowered the total: the sum before and the rule in words. */
  cap?: { uncapped: number; note: string };
  indicators: {
    name: string;
    points: number;
    score: number | null;
    status: string;
    explanation: string;
  }[];
  mistakes: { cell: string | null; message: string }[];
  issues: { severity: Severity; cell: string | null; code: string; message: string }[];
  counts: { errors: number; warnings: number; infos: number };
}

/** Builds the summary of a scored form. */
export function summarizeForm(form: FormResult, locale: Locale = 'zh-CN'): FormSummary {
  const message = (i: CellIssue): string => renderIssue(i, locale);
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const i of form.issues) {
    if (i.severity === 'error') counts.errors++;
    else if (i.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  const e = form.evaluation;
  const cap = e?.total.cap;
  return {
    ...(cap === undefined
      ? {}
      : {
          cap: {
            uncapped: Number(formatNumber(cap.uncapped)),
            note: explainRule(cap.note, locale),
          },
        }),
    sheet: form.sheet,
    layout: form.layout.name,
    kind: form.layout.kind,
    project: form.identity.project,
    department: form.identity.department,
    unit: form.identity.unit,
    year: form.identity.year,
    executionRate:
      form.executionRate === null
        ? null
        : Number(formatPercent(form.executionRate).replace('%', '')),
    score: form.total ? Number(formatNumber(form.total.score)) : null,
    points: form.total ? Number(form.total.points) : null,
    grade: form.grade,
    complete: form.complete,
    unscored: form.unscored,
    indicators: (e?.indicators ?? []).map((r) => ({
      name: r.name,
      points: Number(r.points),
      score: r.status === 'unscored' ? null : Number(formatNumber(r.score)),
      status: r.status,
      explanation: explain(r.explanation, locale),
    })),
    mistakes: form.mistakes.map((i) => ({ cell: i.cell, message: message(i) })),
    issues: form.issues.map((i) => ({
      severity: i.severity,
      cell: i.cell,
      code: i.code,
      message: message(i),
    })),
    counts,
  };
}
