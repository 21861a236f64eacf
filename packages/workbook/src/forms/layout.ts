import * as z from 'zod';

/**
 * A form layout as data: how one family of official forms (项目支出绩效自评表, a province's 部门整体
 * 支出绩效自评表 …) is laid out — the labels that find its blocks, the columns by header name and
 * alias, which cells are inputs and which outputs. One generic reader ({@link readForm}) reads every
 * layout; adding a province is a layout, a fixture and a test.
 *
 * Header texts and labels match exactly after normalising width, spaces, line breaks and a
 * bracketed suffix (`执行率（%）` is `执行率`, `全年（调整）预算数` is `全年预算数`): never by substring.
 */

/** One or more texts that name the same thing (the first is the one shown in messages). */
const names = z.array(z.string().min(1)).min(1);

/** Columns of the funds block (项目资金 / 部门预算执行情况 / 年度部门整体支出规模). */
export const fundsColumnsSchema = z.object({
  initialBudget: names.optional(),
  budget: names,
  spent: names,
  /** 分值 / 执行率权重 of the scored row (absent when execution is an indicator row). */
  points: names.optional(),
  /** 执行率: output on the scored row (and, optionally, on the other rows). */
  rate: names.optional(),
  /** 得分 / 执行率得分: output on the scored row. */
  score: names.optional(),
});

export const fundsSchema = z.object({
  columns: fundsColumnsSchema,
  /**
   * The scored row (年度资金总额, 合计); `null` when the row right under the header is the scored
   * row and carries no label (Chongqing's 部门预算执行情况).
   */
  total: names.nullable(),
  /** Its parts (其中：当年财政拨款 · 上年结转资金 · 其他资金); a leading `其中：` is ignored. */
  parts: z.array(names).default([]),
  /** Other breakdowns shown in the block (按支出用途: 基本支出 · 项目支出): their rates are optional outputs. */
  others: z.array(names).default([]),
  /** The engine's 支出类型 for the block's amounts. */
  lineType: z.enum(['基本支出', '项目支出']),
});

/** Where the 预算执行率 is scored: on the funds block's scored row, or as a row of the indicator tree. */
export const executionSchema = z.discriminatedUnion('at', [
  z.object({ at: z.literal('funds'), name: z.string().min(1) }),
  z.object({ at: z.literal('indicator'), names }),
]);

/** Columns of the indicator block. Inside a layout, header meanings are the layout's own. */
export const indicatorColumnsSchema = z.object({
  level1: names.optional(),
  level2: names.optional(),
  name: names,
  /** 指标性质: ≥ ≤ = 正向 反向 定性 定量 (a comparator or the indicator's kind). */
  nature: names.optional(),
  /** 度量单位 / 计量单位 of target and actual. */
  unit: names.optional(),
  /** 年度指标值 / 年初指标值. */
  target: names,
  /** 调整指标值: the target when filled. */
  adjustedTarget: names.optional(),
  actual: names,
  points: names,
  /** The form's own score column (an output). */
  score: names,
  /** 得分系数 = score ÷ points (an output). */
  coefficient: names.optional(),
  reason: names.optional(),
  key: names.optional(),
});

export const indicatorsSchema = z.object({
  columns: indicatorColumnsSchema,
  /** Labels of the row that ends the block (总分, 合计). */
  end: names,
});

/** Where the form's total goes. */
export const totalSchema = z.discriminatedUnion('at', [
  /** A row labelled 总分 at the bottom; the total sits in the indicator block's score column. */
  z.object({ at: z.literal('row'), labels: names }),
  /** A label in the header (自评总分); the total sits in the table's right-most column, same row. */
  z.object({ at: z.literal('label'), labels: names }),
]);

/** The form's identity fields: the value is the first filled cell right of the label. */
export const fieldsSchema = z.object({
  project: names.optional(),
  department: names.optional(),
  unit: names.optional(),
});

export const formLayoutSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The form's name as people know it. */
  name: z.string().min(1),
  /** What one form stands for: a project (项目支出) or a department as a whole (部门整体). */
  kind: z.enum(['project', 'department']),
  /** Where the layout comes from (document number, province). */
  source: z.string().min(1),
  /** Each group must have one of its labels somewhere in the sheet for the layout to apply. */
  recognise: z.array(names).min(1),
  fields: fieldsSchema,
  funds: fundsSchema,
  execution: executionSchema,
  indicators: indicatorsSchema,
  total: totalSchema,
});

export type FormLayout = z.infer<typeof formLayoutSchema>;
export type FormLayoutInput = z.input<typeof formLayoutSchema>;
