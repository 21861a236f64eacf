/** Synthetic workbooks for the benchmark: large (10,000 budget lines, 2,000 indicators) and example-sized. */
import type { BudgetLineInput, EvaluationInput, IndicatorInput } from '@jixiao/engine';
import { benchWorkload, guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { newWorkbookLayout } from '@jixiao/pipeline';
import { createWorkbook } from '@jixiao/xlsx';

/** Deterministic pseudo-random numbers (no Math.random: the same file on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A department with `lines` budget lines and `indicators` indicators (points summing to 100). */
export function largeInput(lines: number, indicators: number): EvaluationInput {
  const r = rng(42);
  const budgetLines: BudgetLineInput[] = [];
  for (let i = 0; i < lines; i++) {
    // whole cents, with monthly payments adding up exactly to the amount spent
    const budgetCents = 1000 + Math.floor(r() * 99000);
    const spentCents = Math.floor(budgetCents * (0.9 + r() * 0.1));
    const month = Math.floor(spentCents / 12);
    const monthly = Array.from(
      { length: 12 },
      (_m, k) => (k < 11 ? month : spentCents - 11 * month) / 100,
    );
    const budget = budgetCents / 100;
    budgetLines.push({
      name: `预算项目${String(i + 1)}`,
      type: i % 3 === 0 ? '基本支出' : '项目支出',
      source: '财政拨款',
      initialBudget: budget,
      budget,
      spent: spentCents / 100,
      monthly,
    });
  }
  const list: IndicatorInput[] = [];
  const points = 100 / indicators;
  for (let i = 0; i < indicators; i++) {
    const level1 = ['产出指标', '效益指标', '满意度指标'][i % 3]!;
    list.push({
      level1,
      level2: '数量指标',
      name: `绩效指标${String(i + 1)}`,
      key: i < 10,
      method: '正向',
      target: '≥95%',
      actual: `${String(80 + Math.floor(r() * 21))}%`,
      points,
      deviationReason: '受多重因素影响',
    });
  }
  return {
    info: { department: '基准测试部门', year: 2024, unit: '万元' },
    budgetLines,
    indicators: list,
  };
}

/**
 * The benchmark department of @jixiao/example (the engine's HyperFormula bench measures the same
 * data): `lines` budget lines, `indicators` indicators, as a new workbook.
 */
export function benchWorkbook(lines: number, indicators: number): Uint8Array {
  return workbookOf(benchWorkload(lines, indicators).input);
}

/** The bytes of a new workbook holding `input`. */
export function workbookOf(
  input: EvaluationInput,
  template: readonly { style: string; content: string }[] = [],
): Uint8Array {
  return createWorkbook(newWorkbookLayout({ input, template }));
}

/** An example-sized workbook (the Guangzhou example under another department name). */
export function exampleSized(n: number): Uint8Array {
  const input: EvaluationInput = {
    ...guangzhou2022,
    info: { ...guangzhou2022.info, department: `示例部门${String(n)}` },
  };
  return workbookOf(input, guangzhou2022Template);
}
