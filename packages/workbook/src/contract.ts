/**
 * The workbook contract (workbook-contract.md) as data: sheets, columns, their Chinese names and
 * English aliases, which are input and which output, number formats, widths and validation lists.
 * Everything that reads, writes or creates a workbook works from these tables.
 */
import {
  METRIC_NAMES,
  TEMPLATE_STYLES,
  methods,
  RULE_ITEMS,
  RULE_SYNTAX,
  type MethodName,
  type RuleKey,
} from '@jixiao/engine';

/** `required` and `input` columns belong to the user; `output` columns are the tool's. */
export type ColumnKind = 'required' | 'input' | 'output';

/** A drop-down list for a column; `strict: false` only suggests (any value may still be typed). */
export interface ValidationList {
  values: readonly string[];
  strict: boolean;
}

/** What a cell of the column holds, for messages: `金额（数字，如 1,234.56）`. */
export interface Expectation {
  zh: string;
  en: string;
}

export interface ColumnDef<K extends string = string> {
  key: K;
  /** The Chinese header, as written in new workbooks. */
  name: string;
  /** The English name and other accepted header texts. */
  aliases: readonly string[];
  kind: ColumnKind;
  /**
   * Read when a table has it (layouts of other provinces), but not part of the templates jixiao
   * creates: 指标性质, 度量单位, 年初指标值.
   */
  extra?: true;
  /** Excel column width (characters). */
  width: number;
  /** Number format of the column's data cells, or null for General/text. */
  numberFormat: string | null;
  validation: ValidationList | null;
  expect: Expectation;
}

export type SheetKey = 'info' | 'budget' | 'indicators' | 'template' | 'report';

export interface SheetDef<K extends string = string> {
  key: SheetKey;
  name: string;
  aliases: readonly string[];
  /** Scoring cannot proceed without it. */
  required: boolean;
  columns: readonly ColumnDef<K>[];
}

export const EXPENDITURE_TYPES = ['基本支出', '项目支出'] as const;
/** 评分方法 names, from the engine's method table (one module per method). */
export const METHOD_NAMES: readonly MethodName[] = Object.keys(methods) as MethodName[];
/** The metrics a 数据来源 may name: the engine's list (docs/domain.md "Budget execution metrics"). */
export { METRIC_NAMES };
export const QUALITATIVE_LABELS = [
  '达成年度指标',
  '部分达成年度指标并具有一定效果',
  '未达成年度指标且效果较差',
] as const;
export const YES_NO = ['是', '否'] as const;
export const FUNDING_SOURCES = ['财政拨款', '上年结转', '其他资金'] as const;
/** The 样式 of a 报告模板 row: the engine's vocabulary, shared with the report. */
export { TEMPLATE_STYLES };
export const MONTH_NAMES_ZH = [
  '1月',
  '2月',
  '3月',
  '4月',
  '5月',
  '6月',
  '7月',
  '8月',
  '9月',
  '10月',
  '11月',
  '12月',
] as const;
const MONTH_NAMES_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const MONTH_NAMES_EN_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_NAMES_CN = [
  '一月',
  '二月',
  '三月',
  '四月',
  '五月',
  '六月',
  '七月',
  '八月',
  '九月',
  '十月',
  '十一月',
  '十二月',
];

/** Number formats written by the tool. */
export const FORMATS = {
  amount: '#,##0.00',
  rate: '0.00%',
  score: '0.00',
  year: '0',
  /** Text: `=0次` or `95%` typed in Excel stays what was typed (目标值, 实际值; issue 9, item 5). */
  text: '@',
} as const;

const AMOUNT: Expectation = {
  zh: '金额（数字，如 1,234.56）',
  en: 'an amount (a number such as 1,234.56)',
};
const TEXT = (zh: string, en: string): Expectation => ({ zh, en });

// ---------------------------------------------------------------------------------------------
// 基本信息

export type InfoKey =
  'department' | 'year' | 'unit' | 'attachmentLabel' | 'gradeBands' | 'totalPoints' | RuleKey;

export interface InfoItemDef {
  key: InfoKey;
  name: string;
  aliases: readonly string[];
  required: boolean;
  /** Written into a new workbook when there is no input. */
  example: string;
  expect: Expectation;
  /** A province rule (docs/rules.md): written into a new workbook only when it has a value. */
  rule?: true;
}

export const INFO_ITEMS: readonly InfoItemDef[] = [
  {
    key: 'department',
    name: '部门名称',
    aliases: ['Department', '单位名称', '部门'],
    required: true,
    example: '',
    expect: TEXT('部门全称', 'the department name'),
  },
  {
    key: 'year',
    name: '评价年度',
    aliases: ['Year', '年度'],
    required: true,
    example: '',
    expect: TEXT('四位年份（如 2022）', 'a four-digit year such as 2022'),
  },
  {
    key: 'unit',
    name: '金额单位',
    aliases: ['Unit', '单位'],
    required: false,
    example: '万元',
    expect: TEXT('“万元”或“元”', '万元 or 元'),
  },
  {
    key: 'attachmentLabel',
    name: '附件编号',
    aliases: ['Attachment', 'Attachment label'],
    required: false,
    example: '',
    expect: TEXT('附件标识（如 附件2）', 'an attachment label such as 附件2'),
  },
  {
    key: 'gradeBands',
    name: '等级划分',
    aliases: ['Grade bands', 'Grades'],
    required: false,
    example: '90/80/60',
    expect: TEXT('优/良/中的下限（如 90/80/60）', 'lower bounds of 优/良/中 such as 90/80/60'),
  },
  {
    key: 'totalPoints',
    name: '总分值',
    aliases: ['Total points', '分值合计', '满分'],
    required: false,
    example: '100',
    expect: TEXT('分值合计（如 100）', 'the total of points such as 100'),
  },
  ...(Object.keys(RULE_ITEMS) as RuleKey[]).map((key): InfoItemDef => ({
    key,
    name: RULE_ITEMS[key],
    aliases: [],
    required: false,
    example: '',
    expect: TEXT(RULE_SYNTAX[key], RULE_SYNTAX[key]),
    rule: true,
  })),
];

export type InfoColumnKey = 'item' | 'value';

export const INFO_SHEET: SheetDef<InfoColumnKey> = {
  key: 'info',
  name: '基本信息',
  aliases: ['Info', 'Information'],
  required: true,
  columns: [
    {
      key: 'item',
      name: '项目',
      aliases: ['Item', 'Field'],
      kind: 'required',
      width: 16,
      numberFormat: null,
      validation: null,
      expect: TEXT('项目名称', 'the item name'),
    },
    {
      key: 'value',
      name: '内容',
      aliases: ['Value', 'Content'],
      kind: 'required',
      width: 40,
      numberFormat: null,
      validation: null,
      expect: TEXT('内容', 'the value'),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// 预算执行

export type MonthKey =
  'm1' | 'm2' | 'm3' | 'm4' | 'm5' | 'm6' | 'm7' | 'm8' | 'm9' | 'm10' | 'm11' | 'm12';
export type BudgetColumnKey =
  | 'name'
  | 'type'
  | 'source'
  | 'initialBudget'
  | 'budget'
  | 'spent'
  | 'received'
  | 'project'
  | MonthKey
  | 'rate';

export const MONTH_KEYS: readonly MonthKey[] = [
  'm1',
  'm2',
  'm3',
  'm4',
  'm5',
  'm6',
  'm7',
  'm8',
  'm9',
  'm10',
  'm11',
  'm12',
];

const monthColumns: ColumnDef<MonthKey>[] = MONTH_KEYS.map((key, i) => ({
  key,
  name: MONTH_NAMES_ZH[i] ?? '',
  aliases: [
    MONTH_NAMES_EN[i] ?? '',
    MONTH_NAMES_EN_LONG[i] ?? '',
    MONTH_NAMES_CN[i] ?? '',
    `${i + 1}月份`,
    `${i + 1}月支付`,
  ],
  kind: 'input',
  width: 10,
  numberFormat: FORMATS.amount,
  validation: null,
  expect: TEXT(`${i + 1}月支付金额（数字）`, `the payments of month ${i + 1} (a number)`),
}));

export const BUDGET_SHEET: SheetDef<BudgetColumnKey> = {
  key: 'budget',
  name: '预算执行',
  aliases: ['Budget', 'Budget execution'],
  required: true,
  columns: [
    {
      key: 'name',
      name: '项目名称',
      aliases: ['Item', 'Name', '项目', '预算项目'],
      kind: 'required',
      width: 28,
      numberFormat: null,
      validation: null,
      expect: TEXT('预算项目名称', 'the budget line name'),
    },
    {
      key: 'type',
      name: '支出类型',
      aliases: ['Type', '支出性质', '类型'],
      kind: 'required',
      width: 12,
      numberFormat: null,
      validation: { values: EXPENDITURE_TYPES, strict: true },
      expect: TEXT('“基本支出”或“项目支出”', '基本支出 or 项目支出'),
    },
    {
      key: 'source',
      name: '资金来源',
      aliases: ['Source', 'Funding source'],
      kind: 'input',
      width: 12,
      numberFormat: null,
      validation: { values: FUNDING_SOURCES, strict: false },
      expect: TEXT('资金来源（如 财政拨款）', 'the funding source such as 财政拨款'),
    },
    {
      key: 'initialBudget',
      name: '年初预算数',
      aliases: ['Initial budget', '年初预算'],
      kind: 'input',
      width: 14,
      numberFormat: FORMATS.amount,
      validation: null,
      expect: AMOUNT,
    },
    {
      key: 'budget',
      name: '全年预算数',
      aliases: ['Budget', '调整后预算数', '全年预算', '预算数'],
      kind: 'required',
      width: 14,
      numberFormat: FORMATS.amount,
      validation: null,
      expect: AMOUNT,
    },
    {
      key: 'received',
      name: '实际到位资金',
      aliases: ['Funds received', '到位资金', '实际到位数'],
      kind: 'input',
      extra: true,
      width: 14,
      numberFormat: FORMATS.amount,
      validation: null,
      expect: AMOUNT,
    },
    {
      key: 'spent',
      name: '全年执行数',
      aliases: ['Spent', '全年执行', '执行数', '实际支出数'],
      kind: 'required',
      width: 14,
      numberFormat: FORMATS.amount,
      validation: null,
      expect: AMOUNT,
    },
    {
      key: 'project',
      name: '所属项目',
      aliases: ['Project', '项目归属'],
      kind: 'input',
      extra: true,
      width: 16,
      numberFormat: null,
      validation: null,
      expect: TEXT(
        '所属项目名称（空：属于部门整体）',
        'the project the row belongs to (blank: the department as a whole)',
      ),
    },
    ...monthColumns,
    {
      key: 'rate',
      name: '支付率',
      aliases: ['Rate', 'Payment rate', '预算执行率', '执行率'],
      kind: 'output',
      width: 10,
      numberFormat: FORMATS.rate,
      validation: null,
      expect: TEXT('支付率（由工具计算）', 'the payment rate (computed)'),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// 绩效指标

export type IndicatorColumnKey =
  | 'level1'
  | 'level2'
  | 'name'
  | 'key'
  | 'method'
  | 'target'
  | 'actual'
  | 'source'
  | 'params'
  | 'points'
  | 'manualScore'
  | 'overrideReason'
  | 'deviationReason'
  | 'direction'
  | 'unit'
  | 'initialTarget'
  | 'group'
  | 'project'
  | 'completion'
  | 'score'
  | 'deducted';

export const INDICATOR_SHEET: SheetDef<IndicatorColumnKey> = {
  key: 'indicators',
  name: '绩效指标',
  aliases: ['Indicators', 'Performance indicators'],
  required: true,
  columns: [
    {
      key: 'level1',
      name: '一级指标',
      aliases: ['Level 1', 'Level1'],
      kind: 'required',
      width: 12,
      numberFormat: null,
      validation: null,
      expect: TEXT('一级指标（如 产出指标）', 'the level-1 group such as 产出指标'),
    },
    {
      key: 'level2',
      name: '二级指标',
      aliases: ['Level 2', 'Level2'],
      kind: 'input',
      width: 12,
      numberFormat: null,
      validation: null,
      expect: TEXT('二级指标（如 数量指标）', 'the level-2 group such as 数量指标'),
    },
    {
      key: 'name',
      name: '三级指标',
      aliases: ['Indicator', 'Level 3', '指标名称'],
      kind: 'required',
      width: 28,
      numberFormat: null,
      validation: null,
      expect: TEXT('指标名称', 'the indicator name'),
    },
    {
      key: 'key',
      name: '关键指标',
      aliases: ['Key', 'Key indicator'],
      kind: 'input',
      width: 9,
      numberFormat: null,
      validation: { values: YES_NO, strict: true },
      expect: TEXT('“是”或“否”', '是 or 否'),
    },
    {
      key: 'method',
      name: '评分方法',
      aliases: ['Method', 'Scoring method'],
      kind: 'input',
      width: 10,
      numberFormat: null,
      validation: { values: METHOD_NAMES, strict: true },
      expect: TEXT(
        `评分方法（${METHOD_NAMES.join('、')}）`,
        `a scoring method (${METHOD_NAMES.join(', ')})`,
      ),
    },
    {
      key: 'target',
      name: '目标值',
      // where a table has both 年初指标值 and 调整指标值, the adjusted one is the target
      aliases: ['Target', '年度目标值', '指标值', '年度指标值', '调整指标值', '调整后指标值'],
      kind: 'input',
      width: 14,
      numberFormat: FORMATS.text,
      validation: null,
      expect: TEXT(
        '目标值（如 ≥95%、≤30万元、=100% 或定性标准）',
        'a target such as ≥95%, ≤30万元, =100% or a qualitative label',
      ),
    },
    {
      key: 'actual',
      name: '实际值',
      aliases: ['Actual', '实际完成值', '完成值', '全年完成值', '全年实际完成值'],
      kind: 'input',
      width: 14,
      numberFormat: FORMATS.text,
      validation: { values: [...QUALITATIVE_LABELS, ...YES_NO], strict: false },
      expect: TEXT(
        '实际值（数字、百分比、是/否或定性等级）',
        'the actual value (a number, a percentage, 是/否 or a qualitative band)',
      ),
    },
    {
      key: 'source',
      name: '数据来源',
      aliases: ['Source', 'Data source'],
      kind: 'input',
      width: 14,
      numberFormat: null,
      validation: { values: METRIC_NAMES, strict: true },
      expect: TEXT(
        `计算指标（${METRIC_NAMES.join('、')}）`,
        `a computed metric (${METRIC_NAMES.join(', ')})`,
      ),
    },
    {
      key: 'params',
      name: '评分参数',
      aliases: ['Parameters', 'Params'],
      kind: 'input',
      width: 18,
      numberFormat: null,
      validation: null,
      expect: TEXT(
        '评分参数（如 0.5 或 100%:10;80%:7;60%:5;0:0）',
        'scoring parameters such as 0.5 or 100%:10;80%:7;60%:5;0:0',
      ),
    },
    {
      key: 'points',
      name: '分值',
      aliases: ['Points', 'Weight', '权重', '指标分值'],
      kind: 'required',
      width: 8,
      numberFormat: FORMATS.score,
      validation: null,
      expect: TEXT('分值（大于 0 的数字）', 'the points (a number above 0)'),
    },
    {
      key: 'manualScore',
      name: '人工得分',
      aliases: ['Manual score', '评价得分'],
      kind: 'input',
      width: 9,
      numberFormat: FORMATS.score,
      validation: null,
      expect: TEXT('人工得分（数字）', 'a manual score (a number)'),
    },
    {
      key: 'overrideReason',
      name: '调整说明',
      aliases: ['Override reason'],
      kind: 'input',
      width: 20,
      numberFormat: null,
      validation: null,
      expect: TEXT('调整说明', 'the reason for the override'),
    },
    {
      key: 'deviationReason',
      name: '偏差原因',
      aliases: ['Deviation reason', '偏差原因分析', '偏差原因分析及改进措施'],
      kind: 'input',
      width: 24,
      numberFormat: null,
      validation: null,
      expect: TEXT('偏差原因', 'the deviation reason'),
    },
    {
      key: 'direction',
      name: '指标性质',
      aliases: ['Direction', '计算符号', '指标方向'],
      kind: 'input',
      extra: true,
      width: 8,
      numberFormat: null,
      validation: null,
      expect: TEXT(
        '指标性质（正向、反向、≥、≤、=、大于等于、小于等于、等于）',
        'the direction (正向, 反向, ≥, ≤, =)',
      ),
    },
    {
      key: 'unit',
      name: '度量单位',
      aliases: ['Unit', '计量单位'],
      kind: 'input',
      extra: true,
      width: 8,
      numberFormat: null,
      validation: null,
      expect: TEXT('度量单位（如 %、万元、个、次）', 'the unit (%, 万元, 个, 次 …)'),
    },
    {
      key: 'group',
      name: '备选组',
      aliases: ['Alternative group', '择一组'],
      kind: 'input',
      extra: true,
      width: 8,
      numberFormat: null,
      validation: null,
      expect: TEXT(
        '备选组标签（同一标签的指标二者择其一，取较优者，分值计一次）',
        'a group label: alternatives, the better one counts once',
      ),
    },
    {
      key: 'project',
      name: '所属项目',
      aliases: ['Project', '项目归属'],
      kind: 'input',
      extra: true,
      width: 16,
      numberFormat: null,
      validation: null,
      expect: TEXT(
        '所属项目名称（空：属于部门整体）',
        'the project the row belongs to (blank: the department as a whole)',
      ),
    },
    {
      key: 'initialTarget',
      name: '年初指标值',
      aliases: ['Initial target'],
      kind: 'input',
      extra: true,
      width: 14,
      numberFormat: null,
      validation: null,
      expect: TEXT('年初指标值', 'the initial target'),
    },
    {
      key: 'completion',
      name: '完成率',
      aliases: ['Completion', '完成比例'],
      kind: 'output',
      width: 10,
      numberFormat: FORMATS.rate,
      validation: null,
      expect: TEXT('完成率（由工具计算）', 'the completion (computed)'),
    },
    {
      key: 'score',
      name: '得分',
      aliases: ['Score', '自评得分'],
      kind: 'output',
      width: 8,
      numberFormat: FORMATS.score,
      validation: null,
      expect: TEXT('得分（由工具计算）', 'the score (computed)'),
    },
    {
      key: 'deducted',
      name: '扣分',
      aliases: ['Deducted', 'Deduction'],
      kind: 'output',
      width: 8,
      numberFormat: FORMATS.score,
      validation: null,
      expect: TEXT('扣分（由工具计算）', 'the points deducted (computed)'),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// 报告模板 and 报告

export type TemplateColumnKey = 'style' | 'content';

const templateColumns: readonly ColumnDef<TemplateColumnKey>[] = [
  {
    key: 'style',
    name: '样式',
    aliases: ['Style'],
    kind: 'required',
    width: 12,
    numberFormat: null,
    validation: { values: TEMPLATE_STYLES, strict: true },
    expect: TEXT(
      `样式（${TEMPLATE_STYLES.join('、')}）`,
      `a style (${TEMPLATE_STYLES.join(', ')})`,
    ),
  },
  {
    key: 'content',
    name: '内容',
    aliases: ['Content', 'Text'],
    kind: 'required',
    width: 100,
    numberFormat: null,
    validation: null,
    expect: TEXT('段落文字', 'the paragraph text'),
  },
];

export const TEMPLATE_SHEET: SheetDef<TemplateColumnKey> = {
  key: 'template',
  name: '报告模板',
  aliases: ['Report template', 'Template'],
  required: false,
  columns: templateColumns,
};

export const REPORT_SHEET: SheetDef<TemplateColumnKey> = {
  key: 'report',
  name: '报告',
  aliases: ['Report'],
  required: false,
  columns: templateColumns.map((c) => ({ ...c, kind: 'output' as const, validation: null })),
};

/** The contract's sheets, in workbook order. */
export const CONTRACT_SHEETS: readonly SheetDef[] = [
  INFO_SHEET,
  BUDGET_SHEET,
  INDICATOR_SHEET,
  TEMPLATE_SHEET,
  REPORT_SHEET,
];

/** The column definition of a sheet by key (throws on a key the sheet does not have: a bug). */
export function columnDef<K extends string>(sheet: SheetDef<K>, key: K): ColumnDef<K> {
  const def = sheet.columns.find((c) => c.key === key);
  if (!def) throw new Error(`sheet ${sheet.name} has no column ${key}`);
  return def;
}
