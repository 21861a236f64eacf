import type { IndicatorInput } from '@jixiao/engine';
import type { CellMap } from './cell-map.js';
import { INDICATOR_SHEET, columnDef, type IndicatorColumnKey } from './contract.js';
import { findHeader, HEADER_SEARCH_ROWS } from './find-header.js';
import { cellValue, isBlank } from './grid.js';
import {
  reportRequired,
  readDecimal,
  readKeyword,
  readNotation,
  readText,
  readYesNo,
  type ReadContext,
} from './read-cell.js';
import {
  checkRequiredColumns,
  dataRows,
  headerNotFound,
  refOf,
  reportedFields,
  textAt,
} from './read-rows.js';

const TOTAL_ROW = /^(合计|总计|小计|总分|合计得分)$/;

/**
 * Reads 绩效指标: one {@link IndicatorInput} per non-blank row under the header (合计 rows are
 * skipped). 实际值 is not read where 数据来源 is set (the tool fills it). Null when the header row
 * cannot be found.
 */
export function readIndicators(ctx: ReadContext, map: CellMap): IndicatorInput[] | null {
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
  for (const row of dataRows(ctx, INDICATOR_SHEET, header)) {
    const from = ctx.issues.length;
    const label = (textAt(ctx, row, cols.name) || textAt(ctx, row, cols.level1)).replace(
      /\s+/g,
      '',
    );
    if (TOTAL_ROW.test(label)) continue;
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
      return col === undefined ? null : readDecimal(ctx, row, col, def(key), { required });
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
    const indicator: IndicatorInput = {
      ref: refOf(ctx, row, cols.name),
      level1: level1 ?? '',
      level2,
      name: text('name', true) ?? '',
      key: cols.key === undefined ? false : readYesNo(ctx, row, cols.key, def('key')),
      method: keyword('method'),
      target:
        cols.target === undefined
          ? null
          : toTarget(readNotation(ctx, row, cols.target, def('target'))),
      actual:
        cols.actual === undefined || source !== null
          ? null
          : readNotation(ctx, row, cols.actual, def('actual'), true),
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
    const reported = reportedFields(ctx, INDICATOR_SHEET, header, row, from);
    if (reported) indicator.reported = reported;
    indicators.push(indicator);
    rows.push(row);
    if (level1 !== null) {
      previous.level1 = level1;
      previous.level2 = level2;
    }
  }
  map.indicators = { sheet: ctx.sheet, headerRow: header.row, columns: header.columns, rows };
  return indicators;
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
