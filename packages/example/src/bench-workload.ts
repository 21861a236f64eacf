/**
 * The benchmark department: a large synthetic 部门整体支出 self-evaluation shaped like real ones,
 * the one workload every benchmark of the project measures (engine vs HyperFormula, the CLI vs an
 * exceljs read + save, peak memory). Plain JSON values in the engine's `EvaluationInput` shape.
 *
 * - budget lines: 45% 基本支出 (the rest 项目支出), 5% overspent (执行数 > 预算数), and every
 *   支付率 on or one cent beside a rounding tie at 0.01% (执行数/预算数 = (2n+1)/20000 exactly);
 * - indicators: 60% 正向, 25% 反向, 15% 分档, worth 100 points in all, actual values placed so that
 *   w·a/t often falls on a tie at the cent.
 * Deterministic (a 32-bit LCG, no Math.random): the same numbers on every run.
 */

/** One indicator as a spreadsheet baseline needs it (numbers only). */
export interface BenchIndicator {
  level1: string;
  method: '正向' | '反向' | '分档';
  /** 分值 */
  points: number;
  /** 目标值 */
  target: number;
  /** 实际值 */
  actual: number;
}

/** 分档 bands of a 分档 indicator worth `w`, as its 评分参数: w at 100%, 0.7w at 80%, 0.5w at 60%. */
export const benchBands = (w: number): string =>
  `100%:${exact(w)};80%:${exact(w * 0.7)};60%:${exact(w * 0.5)};0:0`;

/** A short decimal computed in floats, back to its shortest exact text (0.7 × 0.05 → '0.035'). */
const exact = (x: number): string => String(Number(x.toPrecision(12)));

/** The 一级指标 the indicators are spread over. */
export const BENCH_LEVEL1 = ['产出指标', '效益指标', '满意度指标'] as const;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Whole cents → a 2-decimal JS number, as a workbook reader hands amounts over. */
const money = (cents: number): number =>
  Number(`${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);

/**
 * `lines` budget lines and `indicators` indicators, each worth 100/`indicators` points (choose a
 * count that divides a power of ten, so the 分值 are exact and add up to 100).
 */
export function benchWorkload(
  lines: number,
  indicators: number,
): {
  input: {
    info: { department: string; year: number; unit: '元' };
    budgetLines: { name: string; type: string; budget: number; spent: number }[];
    indicators: {
      level1: string;
      name: string;
      method: string;
      points: number;
      target: number;
      actual: number;
      params?: string;
      deviationReason: string;
    }[];
  };
  bench: BenchIndicator[];
} {
  const r = rng(20221231);
  const budgetLines = [];
  for (let i = 0; i < lines; i++) {
    const m = 1 + Math.floor(r() * 500);
    const overspent = i % 20 === 19;
    const n = overspent ? 10_000 + Math.floor(r() * 500) : 8_000 + Math.floor(r() * 2_000);
    const nudge = [-1, 0, 0, 1][Math.floor(r() * 4)]!;
    budgetLines.push({
      name: `预算项目${String(i + 1)}`,
      type: i % 20 < 9 ? '基本支出' : '项目支出',
      budget: money(20_000 * m),
      spent: money(m * (2 * n + 1) + nudge),
    });
  }
  const points = Number(exact(100 / indicators));
  const bench: BenchIndicator[] = [];
  const list = [];
  for (let i = 0; i < indicators; i++) {
    const k = i % 20;
    const method = k < 12 ? '正向' : k < 17 ? '反向' : '分档';
    const level1 = BENCH_LEVEL1[i % BENCH_LEVEL1.length]!;
    let target: number;
    let actual: number;
    if (method === '分档') {
      target = 1;
      actual = Math.floor(r() * 121) / 100;
    } else {
      target = 10 + Math.floor(r() * 90);
      const pct = method === '正向' ? 60 + Math.floor(r() * 61) : 80 + Math.floor(r() * 131);
      actual = money(target * pct);
    }
    bench.push({ level1, method, points, target, actual });
    list.push({
      level1,
      name: `绩效指标${String(i + 1)}`,
      method,
      points,
      target,
      actual,
      ...(method === '分档' ? { params: benchBands(points) } : {}),
      deviationReason: '受多重因素影响',
    });
  }
  return {
    input: {
      info: { department: '基准测试部门', year: 2024, unit: '元' as const },
      budgetLines,
      indicators: list,
    },
    bench,
  };
}
