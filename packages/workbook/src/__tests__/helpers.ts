import type { CellValue, SheetGrid, SheetGrids } from '../port.js';

/** A grid from rows, at A1 unless an origin is given. */
export function grid(
  name: string,
  values: CellValue[][],
  extra: Partial<Pick<SheetGrid, 'origin' | 'formulas' | 'numberFormats' | 'merges'>> = {},
): SheetGrid {
  return { name, origin: extra.origin ?? { row: 0, col: 0 }, values, ...extra };
}

export function grids(...sheets: SheetGrid[]): SheetGrids {
  return Object.fromEntries(sheets.map((s) => [s.name, s]));
}

export const INFO_ROWS: CellValue[][] = [
  ['项目', '内容'],
  ['部门名称', '示例局'],
  ['评价年度', 2024],
  ['金额单位', '万元'],
];

export const BUDGET_HEADER: CellValue[] = [
  '项目名称',
  '支出类型',
  '资金来源',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '支付率',
];

export const INDICATOR_HEADER: CellValue[] = [
  '一级指标',
  '二级指标',
  '三级指标',
  '关键指标',
  '评分方法',
  '目标值',
  '实际值',
  '数据来源',
  '评分参数',
  '分值',
  '人工得分',
  '调整说明',
  '偏差原因',
  '完成率',
  '得分',
  '扣分',
];

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
      [
        '预算执行',
        '预算执行',
        '预算执行率',
        null,
        '正向',
        '≥100%',
        null,
        '整体支付率',
        null,
        10,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        '产出指标',
        '数量指标',
        '公文交换份数',
        '是',
        null,
        '≥12000份',
        12650,
        null,
        null,
        60,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        '满意度指标',
        '服务对象满意度',
        '服务对象满意度',
        null,
        '分档',
        null,
        '88%',
        null,
        '90%:30;80%:24;60%:15;0:0',
        30,
        null,
        null,
        '满意度略低',
        null,
        null,
        null,
      ],
    ]),
  );
}
