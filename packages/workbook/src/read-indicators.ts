import { Decimal, type IndicatorInput } from '@jixiao/engine';
import type { CellMap } from './cell-map.js';
import { INDICATOR_SHEET, columnDef, type IndicatorColumnKey } from './contract.js';
import { findHeader, HEADER_SEARCH_ROWS } from './find-header.js';
import { cellValue, isBlank } from './grid.js';
import {
  reportRequired,
  OPTIONAL_NUMBER,
  readDecimal,
  readKeyword,
  readNotation,
  readText,
  readYesNo,
  REQUIRED_NUMBER,
  locate,
  type ReadContext,
} from './read-cell.js';
import { normalizeKeyword, normalizeNotation } from './notation.js';
import { plainDecimal } from './decimal-text.js';
import { workbookIssue } from './render-issue.js';
import {
  checkRequiredColumns,
  dataRows,
  headerNotFound,
  refOf,
  reportedFields,
  rowKind,
} from './read-rows.js';

/**
 * Reads 绩效指标: one {@link IndicatorInput} per non-blank row under the header (合计, 小计 and
 * 其中 rows are skipped). 实际值 is not read where 数据来源 is set (the tool fills it). Null when the header row
 * cannot be found. With `projects`, the 所属项目 of each indicator read is pushed there (null:
 * blank or no such column), in the order of the indicators.
 */
export function readIndicators(
  ctx: ReadContext,
  map: CellMap,
  projects?: (string | null)[],
): IndicatorInput[] | null {
  const header = findHeader(ctx.grid, INDICATOR_SHEET, ctx.issues);
  if (!header) {
    headerNotFound(ctx, INDICATOR_SHEET, HEADER_SEARCH_ROWS);
    return null;
  }
  checkRequiredColumns(ctx, INDICATOR_SHEET, header);
  const cols = header.columns;
  const defs = new Map(INDICATOR_SHEET.columns.map((c) => [c.key, c]));
  const def = (key: IndicatorColumnKey) => defs.get(key) ?? columnDef(INDICATOR_SHEET, key);
  const rows: number[] = [];
  const indicators: IndicatorInput[] = [];
  const previous: { level1: string | null; level2: string | null } = { level1: null, level2: null };
  const totals: number[] = [];
  for (const row of dataRows(ctx, INDICATOR_SHEET, header)) {
    const from = ctx.issues.length;
    // 合计/小计/总分 and 其中 rows, by a whole label wherever it sits: not indicators, never written;
    // a 合计 row's 分值 is checked below
    const kind = rowKind(ctx.grid, row);
    if (kind === 'total') totals.push(row);
    if (kind !== 'line') continue;
    const text = (key: IndicatorColumnKey, required = false): string | null => {
      const col = cols[key];
      return col === undefined ? null : readText(ctx, row, col, def(key), required);
    };
    const keyword = (key: IndicatorColumnKey): string | null => {
      const col = cols[key];
      return col === undefined ? null : readKeyword(ctx, row, col, def(key));
    };
    const decimal = (key: IndicatorColumnKey, required: boolean): string | null => {
      const col = cols[key];
      return col === undefined
        ? null
        : readDecimal(ctx, row, col, def(key), required ? REQUIRED_NUMBER : OPTIONAL_NUMBER);
    };
    // 一级/二级指标 are often merged down a block of rows: a blank one continues the row above.
    const ownLevel1 = text('level1');
    const ownLevel2 = text('level2');
    const level1: string | null = ownLevel1 ?? previous.level1;
    const level2: string | null = ownLevel2 ?? (ownLevel1 === null ? previous.level2 : null);
    if (
      level1 === null &&
      cols.level1 !== undefined &&
      isBlank(cellValue(ctx.grid, row, cols.level1))
    ) {
      reportRequired(ctx, row, cols.level1, def('level1'));
    }
    const source = keyword('source');
    const unit = cols.unit === undefined ? null : unitOf(text('unit'));
    const direction = cols.direction === undefined ? null : directionOf(ctx, row, cols.direction);
    const targetCol = cols.target ?? cols.initialTarget;
    const targetDef = def(cols.target === undefined ? 'initialTarget' : 'target');
    const rawTarget =
      targetCol === undefined ? null : toTarget(readNotation(ctx, row, targetCol, targetDef));
    const rawActual =
      cols.actual === undefined || source !== null
        ? null
        : readNotation(ctx, row, cols.actual, def('actual'), true);
    const indicator: IndicatorInput = {
      ref: refOf(ctx, row, cols.name),
      level1: level1 ?? '',
      level2,
      name: text('name', true) ?? '',
      key: cols.key === undefined ? false : readYesNo(ctx, row, cols.key, def('key')),
      method: keyword('method'),
      target: withDirection(withUnit(rawTarget, unit), direction),
      actual: typeof rawActual === 'string' ? withUnit(rawActual, unit) : rawActual,
      source,
      params:
        cols.params === undefined
          ? null
          : toParams(readNotation(ctx, row, cols.params, def('params'))),
      points: decimal('points', true),
      manualScore: decimal('manualScore', false),
      overrideReason: text('overrideReason'),
      deviationReason: text('deviationReason'),
    };
    if (cols.group !== undefined) indicator.group = text('group');
    projects?.push(text('project'));
    const reported = reportedFields(ctx, INDICATOR_SHEET, header, row, from);
    if (reported) indicator.reported = reported;
    indicators.push(indicator);
    rows.push(row);
    if (level1 !== null) {
      previous.level1 = level1;
      previous.level2 = level2;
    }
  }
  if (cols.points !== undefined) checkTotalPoints(ctx, totals, cols.points, indicators);
  map.indicators = { sheet: ctx.sheet, headerRow: header.row, columns: header.columns, rows };
  return indicators;
}

/**
 * A 合计 (总分) row's 分值 against the sum of the indicators' 分值: a warning on its cell when they
 * differ (issue 10: totals are checked, never scored). A blank 分值 there is not checked.
 */
function checkTotalPoints(
  ctx: ReadContext,
  totals: readonly number[],
  col: number,
  indicators: readonly IndicatorInput[],
): void {
  if (totals.length === 0) return;
  let sum = new Decimal(0);
  for (const indicator of indicators)
    if (indicator.points !== null) sum = sum.plus(indicator.points);
  for (const row of totals) {
    const total = readDecimal(ctx, row, col, columnDef(INDICATOR_SHEET, 'points'), OPTIONAL_NUMBER);
    if (total === null || new Decimal(total).eq(sum)) continue;
    ctx.issues.push(
      workbookIssue('indicator.totalPoints', 'warning', locate(ctx, row, col), {
        total,
        sum: plainDecimal(sum.toString()) ?? sum.toString(),
      }),
    );
  }
}

function toTarget(value: string | boolean | null): string | null {
  if (typeof value === 'boolean') return value ? '是' : '否';
  return value;
}

/** 评分参数 in ASCII punctuation: `100%：10；80%：7` → `100%:10;80%:7` (NFKC does the width). */
function toParams(value: string | boolean | null): string | null {
  if (typeof value !== 'string') return null;
  return value.replace(/，/g, ',');
}

/** A bare number, optionally after a comparator: the cells a 度量单位 column completes. */
const BARE = /^([≥≤<>=]?)([+-]?\d+(?:\.\d+)?)$/;

/** 度量单位 / 计量单位 as a unit the engine reads (`百分比` → `%`); null when blank. */
function unitOf(text: string | null): string | null {
  if (text === null) return null;
  const unit = normalizeKeyword(text).replace(/^[(（]|[)）]$/g, '');
  if (unit === '') return null;
  return unit === '百分比' || unit === '百分率' ? '%' : unit;
}

/** `10` with 度量单位 `次` → `10次`; `≥95` with `%` → `≥95%`; text that has a unit stays. */
function withUnit(value: string | null, unit: string | null): string | null {
  if (value === null || unit === null) return value;
  const m = BARE.exec(value);
  return m ? `${m[1] ?? ''}${m[2] ?? ''}${unit}` : value;
}

/** The comparator a 指标性质 / 计算符号 / 指标方向 cell states; null for 定量/定性 or blank. */
const DIRECTIONS: Readonly<Record<string, '≥' | '≤' | '=' | '>' | '<' | null>> = {
  正向: '≥',
  正向指标: '≥',
  反向: '≤',
  反向指标: '≤',
  '≥': '≥',
  '>=': '≥',
  大于等于: '≥',
  '≤': '≤',
  '<=': '≤',
  小于等于: '≤',
  '=': '=',
  '==': '=',
  等于: '=',
  '>': '>',
  大于: '>',
  '<': '<',
  小于: '<',
  定量: null,
  定性: null,
};

function directionOf(
  ctx: ReadContext,
  row: number,
  col: number,
): '≥' | '≤' | '=' | '>' | '<' | null {
  const raw = readKeyword(ctx, row, col, columnDef(INDICATOR_SHEET, 'direction'));
  if (raw === null) return null;
  const key = normalizeNotation(raw).replace(/═/g, '=');
  if (Object.prototype.hasOwnProperty.call(DIRECTIONS, key)) return DIRECTIONS[key] ?? null;
  ctx.issues.push(
    workbookIssue('cell.directionUnknown', 'warning', locate(ctx, row, col), { value: raw }),
  );
  return null;
}

/** A target without a comparator takes the one its 指标性质 column states. */
function withDirection(target: string | null, direction: string | null): string | null {
  if (target === null || direction === null) return target;
  return /^[≥≤<>=]/.test(target) || !/^[+-]?\d/.test(target) ? target : `${direction}${target}`;
}
