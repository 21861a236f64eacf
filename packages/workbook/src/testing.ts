/**
 * `@jixiao/workbook/testing`: the workbooks the tests of every package build, with headers taken
 * from the contract (contract.ts), so no test re-lists a sheet's column names. Plain data, no test
 * framework: a small valid workbook (`sampleGrids`) and a department with two projects
 * (`projectsWorkbook`), plus the builders they are made with.
 */
import {
  BUDGET_SHEET,
  INDICATOR_SHEET,
  INFO_ITEMS,
  INFO_SHEET,
  MONTH_KEYS,
  type IndicatorColumnKey,
  type InfoKey,
  type SheetDef,
} from './contract.js';
import type { CellValue, SheetGrid, SheetGrids } from './port.js';

export { MemoryPort } from './memory-port.js';

/** A row of plain values (no cell errors), as a new .xlsx file can also be written from. */
export type PlainRow = (string | number | boolean | null)[];

/** A grid from rows, at A1 unless an origin is given. */
export function grid(
  name: string,
  values: CellValue[][],
  extra: Partial<Pick<SheetGrid, 'origin' | 'formulas' | 'numberFormats' | 'merges'>> = {},
): SheetGrid {
  return { name, origin: extra.origin ?? { row: 0, col: 0 }, values, ...extra };
}

/** The grids keyed by sheet name. */
export function grids(...sheets: SheetGrid[]): SheetGrids {
  return Object.fromEntries(sheets.map((s) => [s.name, s]));
}

/** Which columns of a contract sheet: a new workbook's (all but the `extra` ones), `plus` some extra ones, `without` some. */
export interface ColumnChoice<K extends string> {
  plus?: readonly K[];
  without?: readonly K[];
}

/** The keys of the chosen columns, in the contract's order. */
function columnKeys<K extends string>(
  sheet: SheetDef<K>,
  { plus = [], without = [] }: ColumnChoice<K> = {},
): K[] {
  return sheet.columns
    .filter((c) => (!c.extra || plus.includes(c.key)) && !without.includes(c.key))
    .map((c) => c.key);
}

/** The header row of the chosen columns, as the contract names them, in its order. */
export function header<K extends string>(
  sheet: SheetDef<K>,
  choice: ColumnChoice<K> = {},
): string[] {
  return sheet.columns.filter((c) => columnKeys(sheet, choice).includes(c.key)).map((c) => c.name);
}

/** A data row laid out by `keys`: each key's value, an empty cell where `values` has none. */
function rowOf<K extends string>(
  keys: readonly K[],
  values: Partial<Record<K, CellValue>>,
): CellValue[] {
  return keys.map((key) => values[key] ?? null);
}

/** 基本信息: its header, then one row per item, named as the contract names the item. */
export function infoRows(items: Partial<Record<InfoKey, string | number>>): PlainRow[] {
  const named = (Object.keys(items) as InfoKey[]).map((key) => {
    const item = INFO_ITEMS.find((i) => i.key === key);
    if (!item) throw new Error(`基本信息 has no item ${key}`);
    return [item.name, items[key] ?? null];
  });
  return [header(INFO_SHEET), ...named];
}

export const INFO_ROWS: PlainRow[] = infoRows({
  department: '示例局',
  year: 2024,
  unit: '万元',
});

/** 预算执行's header without the months: 项目名称 … 全年执行数, 支付率. */
export const BUDGET_HEADER: CellValue[] = header(BUDGET_SHEET, { without: MONTH_KEYS });

const INDICATOR_KEYS = columnKeys(INDICATOR_SHEET);
/** 绩效指标's header as a new workbook has it: 一级指标 … 偏差原因, 完成率, 得分, 扣分. */
export const INDICATOR_HEADER: CellValue[] = header(INDICATOR_SHEET);
const indicator = (values: Partial<Record<IndicatorColumnKey, CellValue>>): CellValue[] =>
  rowOf(INDICATOR_KEYS, values);

/** A small, valid workbook: two budget lines, three indicators. */
export function sampleGrids(): SheetGrids {
  return grids(
    grid('基本信息', INFO_ROWS),
    grid('预算执行', [
      BUDGET_HEADER,
      ['人员经费', '基本支出', '财政拨款', 820, 836.5, 836.5, null],
      ['信息化运维', '项目支出', '财政拨款', 460, 470, 466.18, null],
    ]),
    grid('绩效指标', [
      INDICATOR_HEADER,
      indicator({
        level1: '预算执行',
        level2: '预算执行',
        name: '预算执行率',
        method: '正向',
        target: '≥100%',
        source: '整体支付率',
        points: 10,
      }),
      indicator({
        level1: '产出指标',
        level2: '数量指标',
        name: '公文交换份数',
        key: '是',
        target: '≥12000份',
        actual: 12650,
        points: 60,
      }),
      indicator({
        level1: '满意度指标',
        level2: '服务对象满意度',
        name: '服务对象满意度',
        method: '分档',
        actual: '88%',
        params: '90%:30;80%:24;60%:15;0:0',
        points: 30,
        deviationReason: '满意度略低',
      }),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// A department with two projects (所属项目): the figures, computed by hand, are department
// 98.84% · 95.77 优, 信息化运维项目 99.19% · 97.70 优, 村级补助项目 90.29% · 87.78 良.

export const PROJECTS_INFO: PlainRow[] = infoRows({ department: '示例局', year: 2024 });

export const PROJECTS_BUDGET: PlainRow[] = [
  header(BUDGET_SHEET, { plus: ['project'], without: MONTH_KEYS }),
  ['人员经费', '基本支出', '财政拨款', 800, 836.5, 836.5, null, null],
  ['信息化运维', '项目支出', '财政拨款', 500, 470, 466.18, '信息化运维项目', null],
  ['村级补助', '项目支出', '财政拨款', 202.64, 132.912, 120, '村级补助项目', null],
];

export const PROJECTS_INDICATORS: PlainRow[] = [
  // 一级指标 二级指标 三级指标 目标值 实际值 数据来源 分值 偏差原因 所属项目 完成率 得分 扣分
  header(INDICATOR_SHEET, {
    plus: ['project'],
    without: ['key', 'method', 'params', 'manualScore', 'overrideReason'],
  }),
  ['预算执行', null, '预算执行率', '≥100%', null, '整体支付率', 20, '尾款', null, null, null, null],
  ['履职效能', '产出', '办件数量', '≥100件', '95件', null, 80, '疫情', null, null, null, null],
  ['预算执行', null, '预算执行率', '≥100%', null, '整体支付率', 10, '尾款', '信息化运维项目'],
  ['产出指标', '数量指标', '系统可用率', '≥99%', '99.5%', null, 50, null, '信息化运维项目'],
  ['效益指标', '满意度', '用户满意度', '≥90%', '85%', null, 40, '培训不足', '信息化运维项目'],
  ['预算执行', null, '预算执行率', '≥100%', null, '整体支付率', 10, '调减', '村级补助项目'],
  ['产出指标', '数量指标', '补助村数量', '≥8个', '7个', null, 90, '合并一村', '村级补助项目'],
];

/** The projects workbook's sheets as plain rows, for a new .xlsx file (with other rows if given). */
export function projectsSheets(
  budget: PlainRow[] = PROJECTS_BUDGET,
  indicators: PlainRow[] = PROJECTS_INDICATORS,
  info: PlainRow[] = PROJECTS_INFO,
): { name: string; rows: PlainRow[] }[] {
  return [
    { name: INFO_SHEET.name, rows: info },
    { name: BUDGET_SHEET.name, rows: budget },
    { name: INDICATOR_SHEET.name, rows: indicators },
  ];
}

/** The projects workbook as grids, optionally with other 预算执行 / 绩效指标 / 基本信息 rows. */
export function projectsWorkbook(
  budget: CellValue[][] = PROJECTS_BUDGET,
  indicators: CellValue[][] = PROJECTS_INDICATORS,
  info: CellValue[][] = PROJECTS_INFO,
): SheetGrids {
  return grids(
    grid(INFO_SHEET.name, info),
    grid(BUDGET_SHEET.name, budget),
    grid(INDICATOR_SHEET.name, indicators),
  );
}
