import { centsText, ratio } from '../decimal/ratio.js';
import { ratioText, textToUnits, unitsToText } from '../decimal/units.js';
import { makeIssue, withParams } from '../issues/issue.js';
import { computeBudget, type BudgetMetrics } from '../metrics/budgetMetrics.js';
import { readIndicator, type IndicatorRecord } from '../schema/readRecords.js';
import { gradeOfShare, type GradeBandUnits } from '../scoring/grade.js';
import {
  addToGroup,
  level2Key,
  removeFromGroup,
  rollupRows,
  type Groups,
} from '../scoring/rollups.js';
import { type ScoredIndicator, type ScoringContext } from '../scoring/scoreIndicator.js';
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
import { applyCap, bestOf, groupOf, markAlternatives, scoreWithRules } from '../rules/apply.js';
import { rateDenominators, readRules, type Rules } from '../rules/rules.js';

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
  /** Σ 分值 of the counted indicators each rounded half-up to cents, as printed (分值 are published to 2 decimals). */
  printedPoints: number;
  /** Province rules (rules/rules.ts). */
  rules: Rules;
  rows: IndicatorRecord[];
  /** 备选组 label of each indicator, its members, and the member that counts. */
  groupOf: (string | null)[];
  groups: Map<string, number[]>;
  counted: Map<string, number>;
  /**
   * Kept as indicators enter and leave, so that a one-indicator edit does not scan every row:
   * the rows that could not be scored, the rows with an error among their issues, and whether the
   * top-level and budget issues hold an error.
   */
  unscoredRows: number;
  errorRows: number;
  fixedErrors: boolean;
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
  const { rules, issues: ruleIssues } = readRules(top.info);
  topIssues.push(...ruleIssues);
  const rawLines = list('budgetLines');
  const rawIndicators = list('indicators');
  const budgetOf = (): BudgetMetrics => {
    const den = rateDenominators(rawLines, rules);
    const b = computeBudget(rawLines, settings.checkpoints, den.denominators);
    return den.issues.length === 0 ? b : { ...b, issues: [...den.issues, ...b.issues] };
  };
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
    budget: budgetOf(),
    scored: [],
    names: new Map(),
    level1: new Map(),
    level2: new Map(),
    points: 0,
    cents: 0,
    printedPoints: 0,
    rules,
    rows: [],
    groupOf: rawIndicators.map(groupOf),
    groups: new Map(),
    counted: new Map(),
    unscoredRows: 0,
    errorRows: 0,
    fixedErrors: false,
  };
  s.fixedErrors = anyError(topIssues) || anyError(s.budget.issues);
  // 偏离扣分 sets the ratio that asks for a reason (130% by default).
  const overRatio = ratio(rules.deviation?.ratio ?? settings.overAchievementRatio.toString());
  const context = (): ScoringContext => ({
    metrics: s.budget.metrics,
    inverseVariant: settings.inverseVariant,
    overAchievementRatio: overRatio,
    year: settings.year > 0 ? settings.year : null,
  });
  let ctx = context();
  const rows: IndicatorRecord[] = rawIndicators.map(readIndicator);
  s.rows = rows;
  s.scored = rows.map((r) => scoreWithRules(r, ctx, rules));
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
      s.groupOf[index] = groupOf(next);
      s.scored[index] = scoreWithRules(rows[index], ctx, rules);
      enter(s, rows[index], index);
      cached = null;
      const scored = s.scored[index];
      const dup = duplicateIssue(s, index);
      const group = s.groupOf[index];
      const counts = group === null || group === undefined || s.counted.get(group) === index;
      const own =
        counts && printedPointsDisagree(s)
          ? scored.issues.map((i) => printedPointsIssue(s, i))
          : scored.issues;
      return {
        indicator: scored.result,
        issues: dup === null ? own : [...own, dup],
        total: total(s, null),
      };
    },
    updateBudgetLine(index, patch) {
      checkIndex(index, rawLines.length, 'budget line');
      const old = rawLines[index];
      const next: unknown =
        typeof old === 'object' && old !== null ? { ...old, ...patch } : { ...patch };
      rawLines[index] = next;
      s.budget = budgetOf();
      s.fixedErrors = anyError(topIssues) || anyError(s.budget.issues);
      ctx = context();
      for (let i = 0; i < rows.length; i++) {
        if (rows[i]!.source === null) continue;
        leave(s, rows[i]!, i);
        s.scored[i] = scoreWithRules(rows[i]!, ctx, rules);
        enter(s, rows[i]!, i);
      }
      cached = assemble(s);
      return cached;
    },
  };
}

function enter(s: State, row: IndicatorRecord, i: number): void {
  const scored = s.scored[i]!;
  if (scored.result.status === 'unscored') s.unscoredRows++;
  if (anyError(scored.issues)) s.errorRows++;
  if (row.name !== null) {
    const same = s.names.get(row.name);
    if (same === undefined) s.names.set(row.name, [i]);
    else insertSorted(same, i);
  }
  const group = s.groupOf[i] ?? null;
  if (group === null) return add(s, row, i);
  // 备选组: only the better member is in the sums; choose again with the new member.
  const members = s.groups.get(group) ?? [];
  const before = s.counted.get(group);
  if (before !== undefined) remove(s, s.rows[before]!, before);
  insertSorted(members, i);
  s.groups.set(group, members);
  const best = bestOf(members, s.scored);
  s.counted.set(group, best);
  add(s, best === i ? row : s.rows[best]!, best);
}

function leave(s: State, row: IndicatorRecord, i: number): void {
  const scored = s.scored[i]!;
  if (scored.result.status === 'unscored') s.unscoredRows--;
  if (anyError(scored.issues)) s.errorRows--;
  if (row.name !== null) {
    const same = s.names.get(row.name)!;
    same.splice(same.indexOf(i), 1);
    if (same.length === 0) s.names.delete(row.name);
  }
  const group = s.groupOf[i] ?? null;
  if (group === null) return remove(s, row, i);
  const members = s.groups.get(group)!;
  const before = s.counted.get(group)!;
  remove(s, before === i ? row : s.rows[before]!, before);
  members.splice(members.indexOf(i), 1);
  if (members.length === 0) {
    s.groups.delete(group);
    s.counted.delete(group);
    return;
  }
  const best = bestOf(members, s.scored);
  s.counted.set(group, best);
  add(s, s.rows[best]!, best);
}

/** Adds indicator `i` to the sums (total and roll-ups). */
function add(s: State, row: IndicatorRecord, i: number): void {
  const { points, cents } = s.scored[i]!;
  s.points += points;
  s.cents += cents;
  s.printedPoints += printedCents(points);
  const l1 = row.level1 ?? '';
  addToGroup(s.level1, l1, l1, null, i, points, cents);
  if (row.level2 !== null)
    addToGroup(s.level2, level2Key(l1, row.level2), row.level2, l1, i, points, cents);
}

/** Takes indicator `i` out of the sums. */
function remove(s: State, row: IndicatorRecord, i: number): void {
  const { points, cents } = s.scored[i]!;
  s.points -= points;
  s.cents -= cents;
  s.printedPoints -= printedCents(points);
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

/** 分值 in micro-units rounded half-up to cents (分值 are non-negative), as a 2-decimal table prints it. */
function printedCents(micro: number): number {
  const up = micro + 5_000;
  return (up - (up % 10_000)) / 10_000;
}

/**
 * True when the 分值 as printed (2 decimals each) do not add up to their total as printed (3.333 ×
 * 3 prints 3.33 + 3.33 + 3.33 = 9.99 against 10.00): the published table would not add up, so the
 * too-precise 分值 become errors (the developer guide: printed parts add up to the printed total;
 * docs/domain.md: an error when a figure is unpublishable).
 */
function printedPointsDisagree(s: State): boolean {
  return s.printedPoints !== printedCents(s.points);
}

/** A `points.tooPrecise` warning as the error it becomes when the printed 分值 do not add up; other issues as they are. */
function printedPointsIssue(s: State, issue: Issue, sums = printedSums(s)): Issue {
  if (issue.code !== 'points.tooPrecise') return issue;
  return makeIssue('points.printedSumMismatch', issue.path, withParams(issue.params, sums));
}

/** The printed sum of the 分值 and their printed total, as the mismatch's params say them. */
function printedSums(s: State): { printedSum: string; total: string } {
  return { printedSum: centsText(s.printedPoints), total: centsText(printedCents(s.points)) };
}

/** True when one of `issues` is an error. */
function anyError(issues: readonly Issue[]): boolean {
  for (let k = 0; k < issues.length; k++) if (issues[k]!.severity === 'error') return true;
  return false;
}

/** True when any issue of the evaluation would be an error (the incremental path's 'complete'). */
function hasErrors(s: State): boolean {
  if (printedPointsDisagree(s)) return true;
  if (s.fixedErrors || s.errorRows > 0) return true;
  if (s.rules.cap.length > 0 && s.budget.metrics.整体支付率 === null) return true;
  return false;
}

/** The total from the running sums: points, score (sum of rounded scores), grade, deducted. */
function total(s: State, issues: readonly Issue[] | null): Evaluation['total'] {
  const total = s.totalPoints > 0 ? s.totalPoints : 100_000_000;
  // 执行率封顶 (rules/rules.ts) lowers the sum when the execution rate is below a bound.
  const capped = applyCap(s.rules, s.budget.metrics.整体支付率, s.cents, total);
  const deducted = s.points - capped.cents * 10_000;
  // 得分率 = printed total ÷ 总分值 decides the grade (a 6-point sub-table scored 6/6 is 优).
  const scoreUnits = capped.cents * 10_000;
  // An indicator that could not be scored leaves the total unknown, also when the caller (the
  // workbook reader) reported why at the cell and the engine adds no issue of its own.
  const unscored = s.unscoredRows;
  const result: Evaluation['total'] = {
    points: unitsToText(s.points),
    score: centsText(capped.cents),
    grade: gradeOfShare(scoreUnits, total, s.bands),
    deducted: deducted % 10_000 === 0 ? centsText(deducted / 10_000) : unitsToText(deducted),
    rate: ratioText(BigInt(scoreUnits), BigInt(total)) ?? '0',
    declaredPoints: unitsToText(total),
    complete:
      unscored === 0 &&
      (issues === null ? !hasErrors(s) : !issues.some((i) => i.severity === 'error')),
    unscored,
  };
  if (capped.cap !== undefined) result.cap = capped.cap;
  return result;
}

/** Puts the pieces together; shared by the full and the incremental paths, so they agree. */
function assemble(s: State): Evaluation {
  const issues: Issue[] = [...s.topIssues, ...s.budget.issues];
  const indicators = new Array<IndicatorResult>(s.scored.length);
  const deductions: Deduction[] = [];
  const keyIndicators: string[] = [];
  for (let i = 0; i < s.scored.length; i++) indicators[i] = s.scored[i]!.result;
  // Groups in sheet order (by first member), whatever order the edits created them in.
  const groups = [...s.groups].sort((a, b) => a[1][0]! - b[1][0]!);
  for (const [group, members] of groups)
    markAlternatives(group, members, s.counted.get(group)!, indicators, issues);
  const disagree = printedPointsDisagree(s);
  // the same two texts in every mismatch (20,000 of them on a sheet of 0.005-point indicators)
  const sums = printedSums(s);
  for (let i = 0; i < s.scored.length; i++) {
    const scored = s.scored[i]!;
    const r = indicators[i]!;
    for (const issue of scored.issues) {
      // An alternative that is not counted lost nothing: no 偏差原因 is asked of it.
      if (r.counted === false && issue.code === 'reason.missing') continue;
      issues.push(disagree && r.counted !== false ? printedPointsIssue(s, issue, sums) : issue);
    }
    const dup = duplicateIssue(s, i);
    if (dup !== null) issues.push(dup);
    // An indicator that could not be scored lost nothing known: it is reported as unscored (and the
    // total as provisional), not listed as a deduction of its whole 分值.
    if (r.deducted !== '0.00' && r.counted !== false && r.status !== 'unscored') {
      const d: Deduction = { index: i, name: r.name, deducted: r.deducted, reason: r.reason };
      if (r.ref !== undefined) d.ref = r.ref;
      if (r.explanation.notes !== undefined) d.notes = r.explanation.notes;
      deductions.push(d);
    }
    if (r.key) keyIndicators.push(r.name);
  }
  if (s.rules.cap.length > 0 && s.budget.metrics.整体支付率 === null)
    issues.push(
      makeIssue('rule.capRateUnknown', ['info', 'rateCap'], { rule: s.rules.capText ?? '' }),
    );
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
