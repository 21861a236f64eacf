import { HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import type { BudgetLineInput } from '../src/index.js';
import type { BenchIndicator, BenchMethod } from './workload.js';

/** The same scoring written as spreadsheet formulas, the way finance bureaus' templates do it. */
function scoreFormula(method: BenchMethod, r: number): string {
  const [w, t, a] = [`C${r}`, `D${r}`, `E${r}`];
  switch (method) {
    case '正向':
      return `=ROUND(IF(${a}>=${t},${w},MAX(0,${w}*${a}/${t})),2)`;
    case '反向':
      return `=ROUND(IF(${a}<=${t},${w},IF(${a}>=2*${t},0,${w}*(1-(${a}-${t})/${t}))),2)`;
    case '等于':
      return `=ROUND(IF(${t}=0,IF(${a}<=0,${w},0),IF(${a}>=${t},${w},${w}*${a}/${t})),2)`;
    case '门槛比例':
      return `=ROUND(IF(${a}/${t}>=1,${w},IF(${a}/${t}<0.6,0,${w}*(${a}/${t}-0.6)/0.4)),2)`;
    case '分档':
      return `=ROUND(IF(${a}>=1,0.05,IF(${a}>=0.8,0.035,IF(${a}>=0.6,0.025,0))),2)`;
    case '是否':
      return `=IF(${a}="是",${w},0)`;
    case '扣分':
      return `=ROUND(MAX(0,${w}-0.01*${a}),2)`;
    case '评价要点':
      return `=ROUND(MIN(${w},${w}*${a}/${t}),2)`;
  }
}

/** Sheet coordinates the benchmark reads and edits. */
export interface Workbook {
  hf: HyperFormula;
  indicatorSheet: number;
  totalScore: () => CellValue;
  scoreAt: (i: number) => CellValue;
  /** The 实际值 cell of indicator i. */
  actualCell: (i: number) => { sheet: number; col: number; row: number };
}

/** Builds the workbook (budget with rates, totals, monthly progress; indicators with scores, roll-ups, grade) and evaluates it. */
export function buildWorkbook(
  lines: ReadonlyArray<BudgetLineInput>,
  indicators: ReadonlyArray<BenchIndicator>,
): Workbook {
  const n = lines.length;
  const budget: RawCellContent[][] = [
    [
      '项目名称',
      '支出类型',
      '全年预算数',
      '全年执行数',
      ...Array.from({ length: 12 }, (_, k) => `${k + 1}月`),
      '支付率',
    ],
  ];
  lines.forEach((l, i) => {
    const r = i + 2;
    budget.push([
      l.name,
      l.type,
      l.budget,
      l.spent,
      ...(l.monthly as number[]),
      `=IF(C${r}=0,"",D${r}/C${r})`,
    ]);
  });
  const months = 'EFGHIJKLMNOP';
  const summary: RawCellContent[][] = [
    ['全年预算数', `=SUM('预算执行'!C2:C${n + 1})`],
    ['全年执行数', `=SUM('预算执行'!D2:D${n + 1})`],
    ['整体支付率', '=IF(B1=0,"",B2/B1)'],
    [
      '基本支出支付率',
      `=SUMIF('预算执行'!B2:B${n + 1},"基本支出",'预算执行'!D2:D${n + 1})/SUMIF('预算执行'!B2:B${n + 1},"基本支出",'预算执行'!C2:C${n + 1})`,
    ],
    [
      '项目支出支付率',
      `=SUMIF('预算执行'!B2:B${n + 1},"项目支出",'预算执行'!D2:D${n + 1})/SUMIF('预算执行'!B2:B${n + 1},"项目支出",'预算执行'!C2:C${n + 1})`,
    ],
    ['结转结余率', '=(B1-B2)/B1'],
  ];
  for (let k = 0; k < 12; k++) {
    const prev = k === 0 ? '0' : `C${7 + k}`;
    summary.push([
      `${k + 1}月进度`,
      `=C${8 + k}/B1`,
      `=${prev}+SUM('预算执行'!${months[k]}2:${months[k]}${n + 1})`,
      `=(B${8 + k}-${k + 1}/12)*100`,
    ]);
  }
  const ind: RawCellContent[][] = [['一级指标', '评分方法', '分值', '目标值', '实际值', '得分']];
  indicators.forEach((b, i) => {
    const r = i + 2;
    ind.push([
      b.level1,
      b.method,
      b.points,
      b.target,
      b.fromRate ? "='汇总'!B3" : b.actual,
      scoreFormula(b.method, r),
    ]);
  });
  const m = indicators.length + 1;
  const levels = [...new Set(indicators.map((b) => b.level1))];
  const totals: RawCellContent[][] = [
    ['总分', `=SUM('绩效指标'!F2:F${m})`, `=IF(B1>=90,"优",IF(B1>=80,"良",IF(B1>=60,"中","差")))`],
    ...levels.map((l): RawCellContent[] => [
      l,
      `=SUMIF('绩效指标'!A2:A${m},"${l}",'绩效指标'!F2:F${m})`,
      `=SUMIF('绩效指标'!A2:A${m},"${l}",'绩效指标'!C2:C${m})`,
      `=B${levels.indexOf(l) + 2}/C${levels.indexOf(l) + 2}`,
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
    indicatorSheet,
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
