import { HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import type { BenchIndicator } from '@jixiao/example';

/**
 * The score formula of one indicator (row `r`: 分值 in C, 目标值 in D, 实际值 in E), as finance
 * bureaus' templates write it; the same rule as the engine's method, rounded to cents.
 */
function scoreFormula(b: BenchIndicator, r: number): string {
  const [w, t, a] = [`C${r}`, `D${r}`, `E${r}`];
  switch (b.method) {
    case '正向':
      return `=ROUND(IF(${a}>=${t},${w},MAX(0,${w}*${a}/${t})),2)`;
    case '反向':
      return `=ROUND(IF(${a}<=${t},${w},IF(${a}>=2*${t},0,${w}*(1-(${a}-${t})/${t}))),2)`;
    case '分档':
      return `=ROUND(IF(${a}>=1,${w},IF(${a}>=0.8,${w}*0.7,IF(${a}>=0.6,${w}*0.5,0))),2)`;
  }
}

/** Sheet coordinates the benchmark reads and edits. */
export interface Workbook {
  hf: HyperFormula;
  totalScore: () => CellValue;
  scoreAt: (i: number) => CellValue;
  /** The 实际值 cell of indicator i. */
  actualCell: (i: number) => { sheet: number; col: number; row: number };
}

/**
 * Builds and evaluates the workbook holding exactly the formulas the data needs: one 支付率 per
 * budget line; SUM and SUMIF (基本支出 / 项目支出) totals with their rates and 结转结余率; one
 * score per indicator, rounded to cents; the total, its grade and the SUMIF per 一级指标.
 */
export function buildWorkbook(
  lines: ReadonlyArray<{ name: string; type: string; budget: number; spent: number }>,
  indicators: ReadonlyArray<BenchIndicator>,
): Workbook {
  const n = lines.length + 1;
  const budget: RawCellContent[][] = [
    ['项目名称', '支出类型', '全年预算数', '全年执行数', '支付率'],
  ];
  lines.forEach((l, i) => {
    const r = i + 2;
    budget.push([l.name, l.type, l.budget, l.spent, `=IF(C${r}=0,"",D${r}/C${r})`]);
  });
  const col = (c: string): string => `'预算执行'!${c}2:${c}${n}`;
  const sumif = (type: string, c: string): string => `SUMIF(${col('B')},"${type}",${col(c)})`;
  const summary: RawCellContent[][] = [
    ['全年预算数', `=SUM(${col('C')})`, `=SUM(${col('D')})`, '=IF(B1=0,"",C1/B1)'],
    ['基本支出', `=${sumif('基本支出', 'C')}`, `=${sumif('基本支出', 'D')}`, '=IF(B2=0,"",C2/B2)'],
    ['项目支出', `=${sumif('项目支出', 'C')}`, `=${sumif('项目支出', 'D')}`, '=IF(B3=0,"",C3/B3)'],
    ['结转结余率', '=IF(B1=0,"",(B1-C1)/B1)'],
  ];
  const ind: RawCellContent[][] = [['一级指标', '评分方法', '分值', '目标值', '实际值', '得分']];
  indicators.forEach((b, i) => {
    ind.push([b.level1, b.method, b.points, b.target, b.actual, scoreFormula(b, i + 2)]);
  });
  const m = indicators.length + 1;
  const levels = [...new Set(indicators.map((b) => b.level1))];
  const totals: RawCellContent[][] = [
    ['总分', `=SUM('绩效指标'!F2:F${m})`, `=IF(B1>=90,"优",IF(B1>=80,"良",IF(B1>=60,"中","差")))`],
    ...levels.map((l): RawCellContent[] => [
      l,
      `=SUMIF('绩效指标'!A2:A${m},"${l}",'绩效指标'!F2:F${m})`,
    ]),
  ];
  const hf = HyperFormula.buildFromSheets(
    { 预算执行: budget, 汇总: summary, 绩效指标: ind, 评分汇总: totals },
    { licenseKey: 'gpl-v3' },
  );
  const indicatorSheet = hf.getSheetId('绩效指标')!;
  const totalSheet = hf.getSheetId('评分汇总')!;
  return {
    hf,
    totalScore: () => hf.getCellValue({ sheet: totalSheet, col: 1, row: 0 }),
    scoreAt: (i) => hf.getCellValue({ sheet: indicatorSheet, col: 5, row: i + 1 }),
    actualCell: (i) => ({ sheet: indicatorSheet, col: 4, row: i + 1 }),
  };
}

/** Evaluates single formulas in a scratch HyperFormula, for the rounding counter-examples. */
export function hfValue(formula: string): CellValue {
  const hf = HyperFormula.buildFromArray([[formula]], { licenseKey: 'gpl-v3' });
  const v = hf.getCellValue({ sheet: 0, col: 0, row: 0 });
  hf.destroy();
  return v;
}
