import type { BudgetLineInput, EvaluationInput, IndicatorInput } from '../src/index.js';

/** Deterministic pseudo-random numbers (a 32-bit LCG), so every run measures the same workload. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Cents → a 2-decimal JS number, as a workbook reader hands amounts over. */
const money = (cents: number): number =>
  Number(`${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);

/** The methods the benchmark uses: all of them expressible as spreadsheet formulas. */
export const BENCH_METHODS = [
  '正向',
  '反向',
  '等于',
  '门槛比例',
  '分档',
  '是否',
  '扣分',
  '评价要点',
] as const;
export type BenchMethod = (typeof BENCH_METHODS)[number];

/** One indicator as the benchmark sees it (numbers only, for the spreadsheet). */
export interface BenchIndicator {
  level1: string;
  method: BenchMethod;
  points: number;
  target: number;
  actual: number | string;
  fromRate: boolean;
}

const LEVEL1 = ['预算执行', '预算管理', '产出指标', '效益指标', '满意度指标'];

/** `lines` budget lines with 12 monthly payments, `indicators` indicators worth 100 points in all. */
export function workload(
  lines: number,
  indicators: number,
): { input: EvaluationInput; bench: BenchIndicator[] } {
  const r = rng(20221231);
  const budgetLines: BudgetLineInput[] = [];
  for (let i = 0; i < lines; i++) {
    const monthly: number[] = [];
    let spent = 0;
    for (let k = 0; k < 12; k++) {
      const c = Math.trunc(r() * 500_000);
      monthly.push(money(c));
      spent += c;
    }
    const budget = spent + (r() < 0.7 ? 0 : Math.trunc(r() * 100_000));
    budgetLines.push({
      name: `项目${i + 1}`,
      type: i % 3 === 0 ? '基本支出' : '项目支出',
      budget: money(budget),
      spent: money(spent),
      monthly,
    });
  }
  const points = 100 / indicators; // 2,000 indicators → 0.05 each
  const bench: BenchIndicator[] = [];
  const inds: IndicatorInput[] = [];
  for (let i = 0; i < indicators; i++) {
    const method = BENCH_METHODS[i % BENCH_METHODS.length]!;
    const level1 = LEVEL1[i % LEVEL1.length]!;
    const fromRate = method === '正向' && i % 40 === 0;
    const target = method === '扣分' ? 0 : method === '分档' ? 1 : 10 + Math.trunc(r() * 90);
    const actual: number | string =
      method === '是否'
        ? r() < 0.9
          ? '是'
          : '否'
        : method === '扣分'
          ? Math.trunc(r() * 3)
          : method === '分档'
            ? Math.trunc(r() * 101) / 100
            : money(Math.trunc(target * (60 + r() * 60)));
    const b: BenchIndicator = { level1, method, points, target, actual, fromRate };
    bench.push(b);
    const row: IndicatorInput = {
      level1,
      name: `指标${i + 1}`,
      method,
      points: String(points),
      deviationReason: '说明',
    };
    if (fromRate) {
      row.source = '整体支付率';
      row.target = 0.95;
    } else {
      row.actual = actual;
      if (method !== '扣分') row.target = target;
    }
    if (method === '分档') row.params = '100%:0.05;80%:0.035;60%:0.025;0:0';
    if (method === '扣分') row.params = '0.01';
    if (method === '评价要点') row.actual = Math.min(Number(actual), target);
    inds.push(row);
    if (method === '评价要点') b.actual = Math.min(Number(actual), target);
    if (fromRate) b.target = 0.95;
  }
  return {
    input: { info: { department: '基准部门', year: 2022 }, budgetLines, indicators: inds },
    bench,
  };
}
