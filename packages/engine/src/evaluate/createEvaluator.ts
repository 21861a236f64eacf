import { centsText, ratio } from '../decimal/ratio.js';
import { ratioText, textToUnits, unitsToText } from '../decimal/units.js';
import { makeIssue } from '../issues/issue.js';
import { computeBudget, type BudgetMetrics } from '../metrics/budgetMetrics.js';
import { readBudgetLine, readIndicator, type IndicatorRecord } from '../schema/readRecords.js';
import { gradeOfShare, type GradeBandUnits } from '../scoring/grade.js';
import {
  addToGroup,
  level2Key,
  removeFromGroup,
  rollupRows,
  type Groups,
} from '../scoring/rollups.js';
import {
  scoreIndicator,
  type ScoredIndicator,
  type ScoringContext,
} from '../scoring/scoreIndicator.js';
import type {
  BudgetLineInput,
  Deduction,
  Evaluation,
  IndicatorInput,
  IndicatorResult,
  Issue,
} from '../types.js';
import { readSettings, type Settings } from './readSettings.js';
import { reportVariables } from './variables.js';

/** What a one-indicator edit changed: the indicator, its issues and the new total. */
export interface IndicatorUpdate {
  indicator: IndicatorResult;
  issues: Issue[];
  total: Evaluation['total'];
}

/**
 * An evaluation that can be updated in place: an edit re-scores only the indicator it touches and
 * patches the running sums; the full {@link Evaluation} is assembled again only when it is read,
 * and it always equals a full `evaluate` of the edited input.
 */
export interface Evaluator {
  /** The current evaluation (assembled on first read after a change, then cached). */
  readonly evaluation: Evaluation;
  /** Applies `patch` to indicator `index`, re-scores only that indicator and patches the sums. */
  updateIndicator(index: number, patch: Partial<IndicatorInput>): IndicatorUpdate;
  /** Applies `patch` to budget line `index`, recomputes the budget metrics and the indicators that use them. */
  updateBudgetLine(index: number, patch: Partial<BudgetLineInput>): Evaluation;
}

interface State {
  settings: Settings;
  bands: GradeBandUnits;
  totalPoints: number;
  topIssues: Issue[];
  budget: BudgetMetrics;
  scored: ScoredIndicator[];
  names: Map<string, number[]>;
  level1: Groups;
  level2: Groups;
  points: number;
  cents: number;
}

/**
 * Builds an {@link Evaluator} for `input`. Data problems become issues; only a non-object input
 * (API misuse) throws.
 * @throws TypeError when `input` is not an object.
 */
export function createEvaluator(input: unknown): Evaluator {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(
      'evaluate: input must be an object { info, budgetLines, indicators, options? }',
    );
  }
  const top = input as Record<string, unknown>;
  const topIssues: Issue[] = [];
  const list = (key: 'budgetLines' | 'indicators'): unknown[] => {
    const v = top[key];
    if (Array.isArray(v)) return [...(v as unknown[])];
    topIssues.push(
      makeIssue(v === undefined || v === null ? 'input.required' : 'record.invalid', [key], {}),
    );
    return [];
  };
  if (typeof top.info !== 'object' || top.info === null)
    topIssues.push(makeIssue('input.required', ['info'], {}));
  const { settings, issues: settingIssues } = readSettings(top.info ?? {}, top.options);
  topIssues.push(...settingIssues);
  const rawLines = list('budgetLines');
  const rawIndicators = list('indicators');
  const lineRecords = rawLines.map(readBudgetLine);
  const units = (d: { toString(): string }): number => {
    const r = textToUnits(d.toString());
    return r.ok ? r.units : 0;
  };
  const s: State = {
    settings,
    bands: {
      excellent: units(settings.gradeBands.excellent),
      good: units(settings.gradeBands.good),
      pass: units(settings.gradeBands.pass),
    },
    totalPoints: units(settings.totalPoints),
    topIssues,
    budget: computeBudget(lineRecords, settings.checkpoints),
    scored: [],
    names: new Map(),
    level1: new Map(),
    level2: new Map(),
    points: 0,
    cents: 0,
  };
  const overRatio = ratio(settings.overAchievementRatio.toString());
  const context = (): ScoringContext => ({
    metrics: s.budget.metrics,
    inverseVariant: settings.inverseVariant,
    overAchievementRatio: overRatio,
  });
  let ctx = context();
  const rows: IndicatorRecord[] = rawIndicators.map(readIndicator);
  s.scored = rows.map((r) => scoreIndicator(r, ctx));
  for (let i = 0; i < rows.length; i++) enter(s, rows[i]!, i);

  let cached: Evaluation | null = null;
  return {
    get evaluation() {
      cached ??= assemble(s);
      return cached;
    },
    updateIndicator(index, patch) {
      checkIndex(index, rawIndicators.length, 'indicator');
      const old = rawIndicators[index];
      const next: unknown =
        typeof old === 'object' && old !== null ? { ...old, ...patch } : { ...patch };
      rawIndicators[index] = next;
      leave(s, rows[index]!, index);
      rows[index] = readIndicator(next, index);
      s.scored[index] = scoreIndicator(rows[index], ctx);
      enter(s, rows[index], index);
      cached = null;
      const scored = s.scored[index];
      const dup = duplicateIssue(s, index);
      return {
        indicator: scored.result,
        issues: dup === null ? scored.issues : [...scored.issues, dup],
        total: total(s, null),
      };
    },
    updateBudgetLine(index, patch) {
      checkIndex(index, rawLines.length, 'budget line');
      const old = rawLines[index];
      const next: unknown =
        typeof old === 'object' && old !== null ? { ...old, ...patch } : { ...patch };
      rawLines[index] = next;
      lineRecords[index] = readBudgetLine(next, index);
      s.budget = computeBudget(lineRecords, settings.checkpoints);
      ctx = context();
      for (let i = 0; i < rows.length; i++) {
        if (rows[i]!.source === null) continue;
        leave(s, rows[i]!, i);
        s.scored[i] = scoreIndicator(rows[i]!, ctx);
        enter(s, rows[i]!, i);
      }
      cached = assemble(s);
      return cached;
    },
  };
}

function enter(s: State, row: IndicatorRecord, i: number): void {
  const { points, cents } = s.scored[i]!;
  if (row.name !== null) {
    const same = s.names.get(row.name);
    if (same === undefined) s.names.set(row.name, [i]);
    else insertSorted(same, i);
  }
  s.points += points;
  s.cents += cents;
  const l1 = row.level1 ?? '';
  addToGroup(s.level1, l1, l1, null, i, points, cents);
  if (row.level2 !== null)
    addToGroup(s.level2, level2Key(l1, row.level2), row.level2, l1, i, points, cents);
}

function leave(s: State, row: IndicatorRecord, i: number): void {
  const { points, cents } = s.scored[i]!;
  if (row.name !== null) {
    const same = s.names.get(row.name)!;
    same.splice(same.indexOf(i), 1);
    if (same.length === 0) s.names.delete(row.name);
  }
  s.points -= points;
  s.cents -= cents;
  const l1 = row.level1 ?? '';
  removeFromGroup(s.level1, l1, i, points, cents);
  if (row.level2 !== null) removeFromGroup(s.level2, level2Key(l1, row.level2), i, points, cents);
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

function duplicateIssue(s: State, i: number): Issue | null {
  const name = s.scored[i]!.result.name;
  const same = name === '' ? undefined : s.names.get(name);
  return same !== undefined && same[0] !== i
    ? makeIssue('indicator.duplicateName', ['indicators', i, 'name'], { name, first: same[0]! })
    : null;
}

/** True when any issue of the evaluation would be an error (the incremental path's 'complete'). */
function hasErrors(s: State): boolean {
  const isError = (i: Issue): boolean => i.severity === 'error';
  if (s.topIssues.some(isError) || s.budget.issues.some(isError)) return true;
  if (s.scored.some((x) => x.issues.some(isError))) return true;
  for (const [name, list] of s.names) if (name !== '' && list.length > 1) return true;
  return false;
}

/** The total from the running sums: points, score (sum of rounded scores), grade, deducted. */
function total(s: State, issues: readonly Issue[] | null): Evaluation['total'] {
  const deducted = s.points - s.cents * 10_000;
  // 得分率 = printed total ÷ 总分值 decides the grade (a 6-point sub-table scored 6/6 is 优).
  const scoreUnits = s.cents * 10_000;
  const total = s.totalPoints > 0 ? s.totalPoints : 100_000_000;
  return {
    points: unitsToText(s.points),
    score: centsText(s.cents),
    grade: gradeOfShare(scoreUnits, total, s.bands),
    deducted: deducted % 10_000 === 0 ? centsText(deducted / 10_000) : unitsToText(deducted),
    rate: ratioText(BigInt(scoreUnits), BigInt(total)) ?? '0',
    declaredPoints: unitsToText(total),
    complete: issues === null ? !hasErrors(s) : !issues.some((i) => i.severity === 'error'),
    unscored: s.scored.filter((x) => x.result.status === 'unscored').length,
  };
}

/** Puts the pieces together; shared by the full and the incremental paths, so they agree. */
function assemble(s: State): Evaluation {
  const issues: Issue[] = [...s.topIssues, ...s.budget.issues];
  const indicators = new Array<IndicatorResult>(s.scored.length);
  const deductions: Deduction[] = [];
  const keyIndicators: string[] = [];
  for (let i = 0; i < s.scored.length; i++) {
    const scored = s.scored[i]!;
    const r = scored.result;
    indicators[i] = r;
    for (const issue of scored.issues) issues.push(issue);
    const dup = duplicateIssue(s, i);
    if (dup !== null) issues.push(dup);
    if (r.deducted !== '0.00') {
      const d: Deduction = { index: i, name: r.name, deducted: r.deducted, reason: r.reason };
      if (r.ref !== undefined) d.ref = r.ref;
      deductions.push(d);
    }
    if (r.key) keyIndicators.push(r.name);
  }
  if (s.points !== s.totalPoints) {
    issues.push(
      makeIssue('points.sumMismatch', ['indicators'], {
        sum: unitsToText(s.points),
        expected: unitsToText(s.totalPoints),
      }),
    );
  }
  const { settings } = s;
  const base: Omit<Evaluation, 'variables'> = {
    info: {
      department: settings.department,
      year: settings.year,
      unit: settings.unit,
      attachmentLabel: settings.attachmentLabel,
    },
    budget: s.budget.result,
    indicators,
    rollups: { level1: rollupRows(s.level1), level2: rollupRows(s.level2) },
    total: total(s, issues),
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
