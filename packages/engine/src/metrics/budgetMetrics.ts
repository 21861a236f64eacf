import { ratioText, textToUnits, UnitSum, unitsToText } from '../decimal/units.js';
import { makeIssue } from '../issues/issue.js';
import { readBudgetLine, type LineRecord } from '../schema/readRecords.js';
import type {
  BudgetLineResult,
  BudgetResult,
  BudgetTotals,
  CheckpointResult,
  Issue,
  MetricName,
  MonthProgress,
} from '../types.js';

/** A payment-progress checkpoint: by the end of `month`, at least `share` (text, e.g. `'0.5'`) paid. */
export interface Checkpoint {
  month: number;
  share: string;
}

/** Default checkpoints: 50% by June, 75% by September, 100% by December. */
export const DEFAULT_CHECKPOINTS: ReadonlyArray<Checkpoint> = [
  { month: 6, share: '0.5' },
  { month: 9, share: '0.75' },
  { month: 12, share: '1' },
];

interface Sums {
  initial: UnitSum;
  hasInitial: boolean;
  budget: UnitSum;
  spent: UnitSum;
  /** The rates' denominator: 全年预算数, or the amount 执行率分母 chooses (rules/rules.ts). */
  den: UnitSum;
  count: number;
}

interface Totals {
  initial: bigint | null;
  budget: bigint;
  spent: bigint;
  den: bigint;
  count: number;
}

const emptySums = (): Sums => ({
  initial: new UnitSum(),
  hasInitial: false,
  budget: new UnitSum(),
  spent: new UnitSum(),
  den: new UnitSum(),
  count: 0,
});

function add(s: Sums, budget: number, spent: number, initial: number | null, den: number): void {
  s.den.add(den);
  s.budget.add(budget);
  s.spent.add(spent);
  s.count += 1;
  if (initial !== null) {
    s.initial.add(initial);
    s.hasInitial = true;
  }
}

const close = (s: Sums): Totals => ({
  initial: s.hasInitial ? s.initial.value : null,
  budget: s.budget.value,
  spent: s.spent.value,
  den: s.den.value,
  count: s.count,
});

function totals(t: Totals): BudgetTotals {
  return {
    initialBudget: t.initial === null ? null : unitsToText(t.initial),
    budget: unitsToText(t.budget),
    spent: unitsToText(t.spent),
  };
}

/** Budget metrics and the metric values that can feed indicators (数据来源). */
export interface BudgetMetrics {
  result: BudgetResult;
  metrics: Readonly<Record<MetricName, string | null>>;
  issues: Issue[];
}

/**
 * Computes 支付率 (overall, 基本支出, 项目支出), totals, 结转结余率, monthly progress against 序时进度
 * and the checkpoints, and the sub-row checks. All sums are exact (integer micro-units); rates are
 * exact quotients truncated to 15 decimals; a zero denominator gives null and an issue.
 *
 * `rawLines` are the input's budget lines, each read here ({@link readBudgetLine}) and dropped once
 * summed: no record of every line outlives the loop (100,000 lines kept 14 MB of records alive
 * through the scoring, each then copied by the young generation and promoted).
 */
export function computeBudget(
  rawLines: ReadonlyArray<unknown>,
  checkpoints: ReadonlyArray<Checkpoint>,
  /** Per line, the rates' denominator under 执行率分母 (null: none, the rates are unknown); default 全年预算数. */
  denominators: ReadonlyArray<number | null> | null = null,
): BudgetMetrics {
  let denominatorMissing = false;
  const issues: Issue[] = [];
  const sumAll = emptySums();
  const sumBasic = emptySums();
  const sumProject = emptySums();
  const monthly = Array.from({ length: 12 }, () => new UnitSum());
  const coveredMonthly = Array.from({ length: 12 }, () => new UnitSum());
  let anyMonthly = false;
  // Progress is the department's only when every counted line carries months that add up to its
  // 全年执行数; otherwise it is computed over the lines that do, and says so (issue 9, item 10).
  let counted = 0;
  const uncovered: string[] = [];
  const covered = { budget: new UnitSum() };
  const results: BudgetLineResult[] = new Array<BudgetLineResult>(rawLines.length);
  // 小计 and 合计 rows, checked against the sums once they are known
  const subRows: LineRecord[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    const line = readBudgetLine(rawLines[i], i);
    if (line.role !== 'line') subRows.push(line);
    // indexed: iterating the shared frozen NO_ISSUES allocated an iterator per line (0.4 MB)
    for (let k = 0; k < line.issues.length; k++) issues.push(line.issues[k]!);
    // one literal per shape: a property added later would live outside the object (100,000 lines)
    const result: BudgetLineResult =
      line.ref === undefined
        ? { index: line.index, rate: null }
        : { index: line.index, rate: null, ref: line.ref };
    results[i] = result;
    if (line.role !== 'line') continue;
    if (line.budget === null || line.spent === null) {
      issues.push(
        makeIssue('budget.lineExcluded', ['budgetLines', line.index], { name: line.name ?? '' }),
      );
      continue;
    }
    const den = denominators === null ? line.budget : (denominators[i] ?? null);
    if (den === null) denominatorMissing = true;
    add(sumAll, line.budget, line.spent, line.initial, den ?? 0);
    counted++;
    if (line.type === 'basic') add(sumBasic, line.budget, line.spent, line.initial, den ?? 0);
    else if (line.type === 'project')
      add(sumProject, line.budget, line.spent, line.initial, den ?? 0);
    result.rate = den === null ? null : ratioText(line.spent, den);
    if (result.rate === null && den !== null)
      issues.push(
        makeIssue('budget.zeroBudget', ['budgetLines', line.index, 'budget'], {
          name: line.name ?? '',
        }),
      );
    if (line.spent > line.budget) {
      issues.push(
        makeIssue('budget.overspent', ['budgetLines', line.index, 'spent'], {
          name: line.name ?? '',
          budget: unitsToText(line.budget),
          spent: unitsToText(line.spent),
        }),
      );
    }
    if (!line.hasMonthly) uncovered.push(line.name ?? '');
    if (line.hasMonthly) {
      anyMonthly = true;
      // Amounts are non-negative: once a partial sum leaves the exact range it stays out, so the
      // check below sends such (absurd) lines to the BigInt path.
      let sum = 0;
      for (let k = 0; k < 12; k++) {
        const v = line.monthly[k]!;
        if (v !== 0) {
          monthly[k]!.add(v);
          sum += v;
        }
      }
      const exact = Number.isSafeInteger(sum)
        ? sum
        : line.monthly.reduce<bigint>((a, v) => a + BigInt(v), 0n);
      const adds = typeof exact === 'number' ? exact === line.spent : exact === BigInt(line.spent);
      if (adds) {
        covered.budget.add(line.budget);
        for (let k = 0; k < 12; k++) {
          const v = line.monthly[k]!;
          if (v !== 0) coveredMonthly[k]!.add(v);
        }
      } else uncovered.push(line.name ?? '');
      if (!adds) {
        issues.push(
          makeIssue('budget.monthlyMismatch', ['budgetLines', line.index, 'monthly'], {
            name: line.name ?? '',
            monthlySum: unitsToText(exact),
            spent: unitsToText(line.spent),
          }),
        );
      }
    }
  }
  const all = close(sumAll);
  const basic = close(sumBasic);
  const project = close(sumProject);
  checkSubRows(subRows, { all, basic, project }, issues);
  // A line without its 执行率分母 amount leaves every rate unknown (an error says which cell).
  const rate = (t: Totals): string | null =>
    denominatorMissing ? null : ratioText(t.spent, t.den);
  const rates = { overall: rate(all), basic: rate(basic), project: rate(project) };
  if (rates.overall === null)
    issues.push(makeIssue('rate.undefined', ['budgetLines'], { rate: '整体支付率' }));
  if (rates.basic === null && basic.count > 0)
    issues.push(makeIssue('rate.undefined', ['budgetLines'], { rate: '基本支出支付率' }));
  if (rates.project === null && project.count > 0)
    issues.push(makeIssue('rate.undefined', ['budgetLines'], { rate: '项目支出支付率' }));
  const partial = anyMonthly && uncovered.length > 0;
  const progress = anyMonthly
    ? partial
      ? {
          ...computeProgress(
            coveredMonthly.map((m) => m.value),
            covered.budget.value,
            checkpoints,
            true,
          ),
          partial: { lines: counted - uncovered.length, of: counted },
        }
      : {
          ...computeProgress(
            monthly.map((m) => m.value),
            all.budget,
            checkpoints,
            false,
          ),
          partial: null,
        }
    : null;
  if (partial) {
    issues.push(
      makeIssue('budget.monthlyPartial', ['budgetLines'], {
        lines: counted - uncovered.length,
        of: counted,
        names: uncovered.slice(0, 5).join('、') + (uncovered.length > 5 ? '…' : ''),
      }),
    );
  }
  const balanceRate = ratioText(all.budget - all.spent, all.budget);
  const result: BudgetResult = {
    totals: totals(all),
    byType: { basic: totals(basic), project: totals(project) },
    rates,
    balanceRate,
    lines: results,
    progress,
  };
  const metrics: Record<MetricName, string | null> = {
    整体支付率: rates.overall,
    基本支出支付率: rates.basic,
    项目支出支付率: rates.project,
    结转结余率: balanceRate,
    预算调整率: all.initial === null ? null : ratioText(all.budget - all.initial, all.initial),
    // progress over some lines is not the department's: an indicator cannot be scored on it
    年中支付进度: partial ? null : (progress?.months[5]?.progress ?? null),
    三季度支付进度: partial ? null : (progress?.months[8]?.progress ?? null),
  };
  return { result, metrics, issues };
}

function computeProgress(
  monthly: bigint[],
  budget: bigint,
  checkpoints: ReadonlyArray<Checkpoint>,
  partial: boolean,
): Omit<NonNullable<BudgetResult['progress']>, 'partial'> {
  const months: MonthProgress[] = [];
  const cumulative: bigint[] = [];
  let cum = 0n;
  for (let k = 1; k <= 12; k++) {
    cum += monthly[k - 1]!;
    cumulative.push(cum);
    const kb = BigInt(k);
    months.push({
      month: k,
      cumulative: unitsToText(cum),
      progress: ratioText(cum, budget),
      schedule: ratioText(kb, 12n)!,
      gapPoints: ratioText(100n * (12n * cum - kb * budget), 12n * budget),
    });
  }
  const cps: CheckpointResult[] = checkpoints.map((cp) => {
    const c = cumulative[cp.month - 1]!;
    const r = textToUnits(cp.share);
    const share = r.ok ? BigInt(r.units) : 0n;
    const scale = 1_000_000n;
    return {
      month: cp.month,
      required: cp.share,
      progress: ratioText(c, budget),
      // over some lines only, a checkpoint is neither met nor missed by the department
      met: budget === 0n || partial ? null : c * scale >= share * budget,
      gapPoints: ratioText(100n * (c * scale - share * budget), scale * budget),
    };
  });
  return { months, checkpoints: cps };
}

function checkSubRows(
  lines: ReadonlyArray<LineRecord>,
  sums: { all: Totals; basic: Totals; project: Totals },
  issues: Issue[],
): void {
  for (const line of lines) {
    if (line.role === 'line') continue;
    const expected =
      line.role === 'total'
        ? sums.all
        : line.type === 'basic'
          ? sums.basic
          : line.type === 'project'
            ? sums.project
            : null;
    if (expected === null) continue;
    const big = (v: number | null): bigint | null => (v === null ? null : BigInt(v));
    const fields: Array<['budget' | 'spent' | 'initialBudget', bigint | null, bigint | null]> = [
      ['budget', big(line.budget), expected.budget],
      ['spent', big(line.spent), expected.spent],
      ['initialBudget', big(line.initial), expected.initial],
    ];
    for (const [field, typed, sum] of fields) {
      if (typed !== null && sum !== null && typed !== sum) {
        issues.push(
          makeIssue('budget.subtotalMismatch', ['budgetLines', line.index, field], {
            name: line.name ?? '',
            expected: unitsToText(sum),
            actual: unitsToText(typed),
          }),
        );
      }
    }
  }
}
