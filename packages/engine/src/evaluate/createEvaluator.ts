import { fixedText, ZERO, type Decimal } from '../decimal/decimal.js';
import { makeIssue } from '../issues/issue.js';
import { computeBudget, type BudgetMetrics } from '../metrics/budgetMetrics.js';
import { readBudgetLine, readIndicator, type IndicatorRecord } from '../schema/readRecords.js';
import { gradeOf } from '../scoring/grade.js';
import { addToGroup, level2Key, removeFromGroup, rollupRows, type Groups } from '../scoring/rollups.js';
import { scoreIndicator, type ScoredIndicator, type ScoringContext } from '../scoring/scoreIndicator.js';
import type { BudgetLineInput, Deduction, Evaluation, EvaluationInput, IndicatorInput, Issue } from '../types.js';
import { readSettings, type Settings } from './readSettings.js';
import { reportVariables } from './variables.js';

/**
 * An evaluation that can be updated in place: after an edit only what it touches is recomputed
 * (one indicator's score and the running sums), and the result always equals a full `evaluate`
 * of the edited input.
 */
export interface Evaluator {
  /** The current evaluation (a new object after each update). */
  readonly evaluation: Evaluation;
  /** Applies `patch` to indicator `index`, re-scores only that indicator and patches the sums. */
  updateIndicator(index: number, patch: Partial<IndicatorInput>): Evaluation;
  /** Applies `patch` to budget line `index`, recomputes the budget metrics and the indicators that use them. */
  updateBudgetLine(index: number, patch: Partial<BudgetLineInput>): Evaluation;
}

/**
 * Builds an {@link Evaluator} for `input`. Data problems become issues; only a non-object input
 * (API misuse) throws.
 * @throws TypeError when `input` is not an object.
 */
export function createEvaluator(input: unknown): Evaluator {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError('evaluate: input must be an object { info, budgetLines, indicators, options? }');
  }
  const top = input as Record<string, unknown>;
  const topIssues: Issue[] = [];
  const list = (key: 'budgetLines' | 'indicators'): unknown[] => {
    const v = top[key];
    if (Array.isArray(v)) return [...(v as unknown[])];
    topIssues.push(makeIssue(v === undefined || v === null ? 'input.required' : 'record.invalid', [key], {}));
    return [];
  };
  if (typeof top.info !== 'object' || top.info === null) topIssues.push(makeIssue('input.required', ['info'], {}));
  const { settings, issues: settingIssues } = readSettings(top.info ?? {}, top.options);
  topIssues.push(...settingIssues);
  const rawLines = list('budgetLines');
  const rawIndicators = list('indicators');
  const lineRecords = rawLines.map(readBudgetLine);
  let budget = computeBudget(lineRecords, settings.checkpoints);
  let ctx = context(settings, budget);

  const rows: IndicatorRecord[] = rawIndicators.map(readIndicator);
  const scored: ScoredIndicator[] = rows.map((r) => scoreIndicator(r, ctx));
  const names = new Map<string, number[]>();
  const level1: Groups = new Map();
  const level2: Groups = new Map();
  let points = ZERO;
  let score = ZERO;

  const enter = (i: number): void => {
    const row = rows[i]!;
    const s = scored[i]!;
    if (row.name !== null) {
      const list = names.get(row.name);
      if (list === undefined) names.set(row.name, [i]);
      else insertSorted(list, i);
    }
    points = points.plus(s.points);
    score = score.plus(s.score);
    const l1 = row.level1 ?? '';
    addToGroup(level1, l1, l1, null, i, s.points, s.score);
    if (row.level2 !== null) addToGroup(level2, level2Key(l1, row.level2), row.level2, l1, i, s.points, s.score);
  };
  const leave = (i: number): void => {
    const row = rows[i]!;
    const s = scored[i]!;
    if (row.name !== null) {
      const list = names.get(row.name)!;
      list.splice(list.indexOf(i), 1);
      if (list.length === 0) names.delete(row.name);
    }
    points = points.minus(s.points);
    score = score.minus(s.score);
    const l1 = row.level1 ?? '';
    removeFromGroup(level1, l1, i, s.points, s.score);
    if (row.level2 !== null) removeFromGroup(level2, level2Key(l1, row.level2), i, s.points, s.score);
  };
  for (let i = 0; i < rows.length; i++) enter(i);

  const build = (): Evaluation => assemble(settings, topIssues, budget, scored, names, { level1, level2 }, points, score);
  let evaluation = build();

  return {
    get evaluation() {
      return evaluation;
    },
    updateIndicator(index, patch) {
      checkIndex(index, rawIndicators.length, 'indicator');
      const old = rawIndicators[index];
      const next: unknown = typeof old === 'object' && old !== null ? { ...old, ...patch } : { ...patch };
      rawIndicators[index] = next;
      leave(index);
      rows[index] = readIndicator(next, index);
      scored[index] = scoreIndicator(rows[index], ctx);
      enter(index);
      evaluation = build();
      return evaluation;
    },
    updateBudgetLine(index, patch) {
      checkIndex(index, rawLines.length, 'budget line');
      const old = rawLines[index];
      const next: unknown = typeof old === 'object' && old !== null ? { ...old, ...patch } : { ...patch };
      rawLines[index] = next;
      lineRecords[index] = readBudgetLine(next, index);
      budget = computeBudget(lineRecords, settings.checkpoints);
      ctx = context(settings, budget);
      for (let i = 0; i < rows.length; i++) {
        if (rows[i]!.source === null) continue;
        leave(i);
        scored[i] = scoreIndicator(rows[i]!, ctx);
        enter(i);
      }
      evaluation = build();
      return evaluation;
    },
  };
}

function context(settings: Settings, budget: BudgetMetrics): ScoringContext {
  return { metrics: budget.metrics, inverseVariant: settings.inverseVariant, overAchievementRatio: settings.overAchievementRatio };
}

function checkIndex(index: number, length: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new RangeError(`No ${what} at index ${String(index)} (there are ${String(length)})`);
  }
}

function insertSorted(list: number[], i: number): void {
  let k = list.length;
  while (k > 0 && list[k - 1]! > i) k--;
  list.splice(k, 0, i);
}

/** Puts the pieces together; shared by the full and the incremental paths, so they agree. */
function assemble(
  settings: Settings,
  topIssues: ReadonlyArray<Issue>,
  budget: BudgetMetrics,
  scored: ReadonlyArray<ScoredIndicator>,
  names: ReadonlyMap<string, number[]>,
  groups: { level1: Groups; level2: Groups },
  points: Decimal,
  score: Decimal,
): Evaluation {
  const issues: Issue[] = [...topIssues, ...budget.issues];
  const indicators = new Array<Evaluation['indicators'][number]>(scored.length);
  const deductions: Deduction[] = [];
  const keyIndicators: string[] = [];
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!;
    const r = s.result;
    indicators[i] = r;
    for (const issue of s.issues) issues.push(issue);
    const same = r.name === '' ? undefined : names.get(r.name);
    if (same !== undefined && same[0] !== i) {
      issues.push(makeIssue('indicator.duplicateName', ['indicators', i, 'name'], { name: r.name, first: same[0]! }));
    }
    if (r.deducted !== '0.00') {
      const d: Deduction = { index: i, name: r.name, deducted: r.deducted, reason: r.reason };
      if (r.ref !== undefined) d.ref = r.ref;
      deductions.push(d);
    }
    if (r.key) keyIndicators.push(r.name);
  }
  if (!points.equals(settings.totalPoints)) {
    issues.push(makeIssue('points.sumMismatch', ['indicators'], { sum: points.toString(), expected: settings.totalPoints.toString() }));
  }
  const base: Omit<Evaluation, 'variables'> = {
    info: { department: settings.department, year: settings.year, unit: settings.unit, attachmentLabel: settings.attachmentLabel },
    budget: budget.result,
    indicators,
    rollups: { level1: rollupRows(groups.level1), level2: rollupRows(groups.level2) },
    total: { points: points.toString(), score: fixedText(score, 2), grade: gradeOf(score, settings.gradeBands), deducted: fixedText(points.minus(score), 2) },
    deductions,
    keyIndicators,
    issues,
  };
  return { ...base, variables: reportVariables(base) };
}

/**
 * Evaluates a department: budget metrics, indicator scores, roll-ups, total, grade, deductions,
 * key indicators, checks and report variables. Data problems come back in `issues`; it throws only
 * when `input` is not an object.
 */
export function evaluate(input: unknown): Evaluation {
  return createEvaluator(input).evaluation;
}

export type { EvaluationInput };
