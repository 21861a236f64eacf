import { label as term, type Evaluation, type Locale } from '@jixiao/engine';
import { profiles } from '@jixiao/engine/format';
import type { TableBlock, TableName } from './types.js';

/** The tables a 表格 row may name. */
export const TABLE_NAMES: readonly TableName[] = ['指标得分表', '预算执行表', '一级指标汇总表'];

/** Whether `name` (trimmed) names a table. */
export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

/** Relative column widths of the known tables (also used when a 报告 sheet is read back). */
export const TABLE_WIDTHS: Readonly<Record<TableName, readonly number[]>> = {
  指标得分表: [2.2, 2.2, 5.6, 1.5, 1.5],
  预算执行表: [3, 3, 3, 2],
  一级指标汇总表: [4, 2, 2, 2],
};

const t = profiles.table;

function label(locale: Locale, zh: string, en: string): string {
  return locale === 'en-US' ? en : zh;
}

function scoreTable(ev: Evaluation, locale: Locale): TableBlock {
  return {
    kind: 'table',
    name: '指标得分表',
    header: [
      label(locale, '一级指标', 'Level 1'),
      label(locale, '二级指标', 'Level 2'),
      label(locale, '三级指标', 'Indicator'),
      label(locale, '分值', 'Points'),
      label(locale, '得分', 'Score'),
    ],
    rows: [
      ...ev.indicators.map((i) => [
        i.level1,
        i.level2 ?? '',
        i.name,
        t.score(i.points),
        t.score(i.score),
      ]),
      [label(locale, '合计', 'Total'), '', '', t.score(ev.total.points), t.score(ev.total.score)],
    ],
    widths: [...TABLE_WIDTHS.指标得分表],
  };
}

function budgetTable(ev: Evaluation, locale: Locale): TableBlock {
  const unit = ev.info.unit;
  const { byType, totals, rates } = ev.budget;
  return {
    kind: 'table',
    name: '预算执行表',
    header: [
      label(locale, '支出类型', 'Type'),
      label(locale, `全年预算数（${unit}）`, `Budget (${unit})`),
      label(locale, `全年执行数（${unit}）`, `Spent (${unit})`),
      term('paymentRate', locale),
    ],
    rows: [
      [
        label(locale, '基本支出', 'Basic'),
        t.money(byType.basic.budget),
        t.money(byType.basic.spent),
        t.percent(rates.basic),
      ],
      [
        label(locale, '项目支出', 'Project'),
        t.money(byType.project.budget),
        t.money(byType.project.spent),
        t.percent(rates.project),
      ],
      [
        label(locale, '合计', 'Total'),
        t.money(totals.budget),
        t.money(totals.spent),
        t.percent(rates.overall),
      ],
    ],
    widths: [...TABLE_WIDTHS.预算执行表],
  };
}

function level1Table(ev: Evaluation, locale: Locale): TableBlock {
  return {
    kind: 'table',
    name: '一级指标汇总表',
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
      [label(locale, '合计', 'Total'), t.score(ev.total.points), t.score(ev.total.score), ''],
    ],
    widths: [...TABLE_WIDTHS.一级指标汇总表],
  };
}

/** Builds a named table from an evaluation, in table presentation (fixed 2 decimals). */
export function buildTable(name: TableName, ev: Evaluation, locale: Locale = 'zh-CN'): TableBlock {
  switch (name) {
    case '指标得分表':
      return scoreTable(ev, locale);
    case '预算执行表':
      return budgetTable(ev, locale);
    case '一级指标汇总表':
      return level1Table(ev, locale);
  }
}
