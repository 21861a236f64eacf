import {
  Decimal,
  label as term,
  type Evaluation,
  type EvaluationInput,
  type IndicatorResult,
  type Locale,
} from '@jixiao/engine';
import { formatMoney, formatNumber, formatPercent, profiles } from '@jixiao/engine/format';
import type { ScoreTableColumns, TableBlock, TableName } from './types.js';

/** The tables a 表格 row may name. */
export const TABLE_NAMES: readonly TableName[] = ['指标得分表', '预算执行表', '一级指标汇总表'];

/** Whether `name` (trimmed) names a table. */
export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

/** The caption each known table prints under its number (`表1 预算执行情况`). */
export const TABLE_CAPTIONS: Readonly<Record<TableName, string>> = {
  指标得分表: '绩效指标自评得分情况',
  预算执行表: '预算执行情况',
  一级指标汇总表: '一级指标得分汇总',
};

const t = profiles.table;

/** Amounts in tables carry thousands separators, as in the prose: `32,601.53`. */
const money = (v: string | null): string => formatMoney(v, { decimals: 2, thousands: true });

function label(locale: Locale, zh: string, en: string): string {
  return locale === 'en-US' ? en : zh;
}

/** The target as the workbook wrote it (`≥95%`), or as the engine read it. */
function targetText(i: IndicatorResult, input: EvaluationInput | null | undefined): string {
  const written = input?.indicators[i.index]?.target;
  if (written !== undefined && written !== null && String(written).trim() !== '')
    return String(written).trim();
  const p = i.explanation.params;
  if (typeof p.t !== 'string') return '';
  return p.u === '%' ? formatPercent(p.t) : `${p.t}${typeof p.u === 'string' ? p.u : ''}`;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The actual value the score was computed from: a rate as a percentage with 2 decimals
 * (`99.99%`), a count or amount with its unit and thousands separators (`121,386份`), a label as
 * written (`达成年度指标`).
 */
function actualText(i: IndicatorResult): string {
  if (i.actual === null) return '';
  const u = i.explanation.params.u;
  if (!PLAIN_DECIMAL.test(i.actual)) return i.actual;
  if (u === '%') return formatPercent(i.actual);
  const decimals = i.actual.split('.')[1]?.length ?? 0;
  return `${formatNumber(i.actual, { decimals, thousands: true })}${typeof u === 'string' ? u : ''}`;
}

function scoreTable(
  ev: Evaluation,
  locale: Locale,
  input: EvaluationInput | null | undefined,
  columns: ScoreTableColumns,
): TableBlock {
  const official = columns === 'official';
  const header = [
    label(locale, '一级指标', 'Level 1'),
    label(locale, '二级指标', 'Level 2'),
    label(locale, '三级指标', 'Indicator'),
    ...(official
      ? [label(locale, '年度指标值', 'Target'), label(locale, '实际完成值', 'Actual')]
      : []),
    label(locale, '分值', 'Points'),
    label(locale, '得分', 'Score'),
    ...(official ? [label(locale, '偏差原因', 'Reason for deviation')] : []),
  ];
  const rows = ev.indicators.map((i) => [
    i.level1,
    i.level2 ?? '',
    i.name,
    ...(official ? [targetText(i, input), actualText(i)] : []),
    t.score(i.points),
    i.status === 'unscored' ? '' : t.score(i.score),
    ...(official ? [i.reason ?? ''] : []),
  ]);
  const total = [
    label(locale, '合计', 'Total'),
    '',
    '',
    ...(official ? ['', ''] : []),
    t.score(ev.total.points),
    t.score(ev.total.score),
    ...(official ? [''] : []),
  ];
  return {
    kind: 'table',
    name: '指标得分表',
    caption: label(locale, TABLE_CAPTIONS.指标得分表, 'Indicator scores'),
    header,
    rows: [...rows, total],
  };
}

function budgetTable(ev: Evaluation, locale: Locale): TableBlock {
  const { byType, totals, rates } = ev.budget;
  return {
    kind: 'table',
    name: '预算执行表',
    caption: label(locale, TABLE_CAPTIONS.预算执行表, 'Budget execution'),
    unit: ev.info.unit,
    header: [
      label(locale, '支出类型', 'Type'),
      label(locale, '全年预算数', 'Budget'),
      label(locale, '全年执行数', 'Spent'),
      term('paymentRate', locale),
    ],
    rows: [
      [
        label(locale, '基本支出', 'Basic'),
        money(byType.basic.budget),
        money(byType.basic.spent),
        t.percent(rates.basic),
      ],
      [
        label(locale, '项目支出', 'Project'),
        money(byType.project.budget),
        money(byType.project.spent),
        t.percent(rates.project),
      ],
      [
        label(locale, '合计', 'Total'),
        money(totals.budget),
        money(totals.spent),
        t.percent(rates.overall),
      ],
    ],
  };
}

/** 得分率 of the whole table: total score ÷ total points, exact (null when there are no points). */
function totalRate(ev: Evaluation): string | null {
  const points = new Decimal(ev.total.points);
  if (points.isZero()) return null;
  return new Decimal(ev.total.score).dividedBy(points).toFixed();
}

function level1Table(ev: Evaluation, locale: Locale): TableBlock {
  return {
    kind: 'table',
    name: '一级指标汇总表',
    caption: label(locale, TABLE_CAPTIONS.一级指标汇总表, 'Scores by level-1 indicator'),
    header: [
      label(locale, '一级指标', 'Level 1'),
      label(locale, '分值', 'Points'),
      label(locale, '得分', 'Score'),
      term('scoreRate', locale),
    ],
    rows: [
      ...ev.rollups.level1.map((r) => [
        r.name,
        t.score(r.points),
        t.score(r.score),
        t.percent(r.rate),
      ]),
      [
        label(locale, '合计', 'Total'),
        t.score(ev.total.points),
        t.score(ev.total.score),
        t.percent(totalRate(ev)),
      ],
    ],
  };
}

/** Options of {@link buildTable}. */
export interface BuildTableOptions {
  input?: EvaluationInput | null;
  scoreTable?: ScoreTableColumns;
}

/**
 * Builds a named table from an evaluation: fixed 2 decimals, amounts with thousands separators, a
 * 合计 row in every column that has one, a caption and (for amounts) a unit. The 指标得分表 follows
 * the official 自评表's columns: 一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因
 * (`scoreTable: 'brief'` leaves out 年度指标值, 实际完成值 and 偏差原因); an unscored row's 得分 is empty.
 */
export function buildTable(
  name: TableName,
  ev: Evaluation,
  locale: Locale = 'zh-CN',
  options: BuildTableOptions = {},
): TableBlock {
  switch (name) {
    case '指标得分表':
      return scoreTable(ev, locale, options.input, options.scoreTable ?? 'official');
    case '预算执行表':
      return budgetTable(ev, locale);
    case '一级指标汇总表':
      return level1Table(ev, locale);
  }
}
