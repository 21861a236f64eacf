/** The workbook of projects.test.ts and write-forms.test.ts: a department with two projects. */
import type { CellValue, SheetGrid, SheetGrids } from '@jixiao/workbook';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({
  name,
  origin: { row: 0, col: 0 },
  values,
});

export const INFO: CellValue[][] = [
  ['项目', '内容'],
  ['部门名称', '示例局'],
  ['评价年度', 2024],
];
export const BUDGET: CellValue[][] = [
  [
    '项目名称',
    '支出类型',
    '资金来源',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '所属项目',
    '支付率',
  ],
  ['人员经费', '基本支出', '财政拨款', 800, 836.5, 836.5, null, null],
  ['信息化运维', '项目支出', '财政拨款', 500, 470, 466.18, '信息化运维项目', null],
  ['村级补助', '项目支出', '财政拨款', 202.64, 132.912, 120, '村级补助项目', null],
];
export const HEAD = [
  '一级指标',
  '二级指标',
  '三级指标',
  '目标值',
  '实际值',
  '数据来源',
  '分值',
  '所属项目',
  '偏差原因',
  '完成率',
  '得分',
  '扣分',
];
export const INDICATORS: CellValue[][] = [
  HEAD,
  ['预算执行', null, '预算执行率', '≥100%', null, '整体支付率', 20, null, '尾款', null, null, null],
  ['履职效能', '产出', '办件数量', '≥100件', '95件', null, 80, null, '疫情', null, null, null],
  ['预算执行', null, '预算执行率', '≥100%', null, '整体支付率', 10, '信息化运维项目', '尾款'],
  ['产出指标', '数量指标', '系统可用率', '≥99%', '99.5%', null, 50, '信息化运维项目'],
  ['效益指标', '满意度', '用户满意度', '≥90%', '85%', null, 40, '信息化运维项目', '培训不足'],
  ['预算执行', null, '预算执行率', '≥100%', null, '整体支付率', 10, '村级补助项目', '调减'],
  ['产出指标', '数量指标', '补助村数量', '≥8个', '7个', null, 90, '村级补助项目', '合并一村'],
];

/** The projects workbook, optionally with other 预算执行 / 绩效指标 rows. */
export function projectsWorkbook(
  budget = BUDGET,
  indicators = INDICATORS,
  info: CellValue[][] = INFO,
): SheetGrids {
  return {
    基本信息: grid('基本信息', info),
    预算执行: grid('预算执行', budget),
    绩效指标: grid('绩效指标', indicators),
  };
}
