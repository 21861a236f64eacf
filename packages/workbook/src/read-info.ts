import type { DepartmentInfo } from '@jixiao/engine';
import type { CellMap } from './cell-map.js';
import { INFO_ITEMS, INFO_SHEET, type InfoItemDef, type InfoKey } from './contract.js';
import { findHeader } from './find-header.js';
import { cellValue, displayValue, isBlank, lastCol, lastRow } from './grid.js';
import { normalizeKeyword } from './notation.js';
import { locate, rawCell, readDecimal, readText, type ReadContext } from './read-cell.js';
import { nameKey, nameKeyWithoutParentheses, normalizeText } from './text.js';
import { workbookIssue } from './workbook-messages.js';
import type { ColumnDef } from './contract.js';

const INFO_SEARCH_ROWS = 60;

function matchItem(text: string): InfoItemDef | null {
  const keys = [nameKey(text), nameKeyWithoutParentheses(text)];
  return (
    INFO_ITEMS.find((item) =>
      keys.some((k) => k === nameKey(item.name) || item.aliases.some((a) => nameKey(a) === k)),
    ) ?? null
  );
}

/** A value column definition for messages about one info item. */
function itemColumn(item: InfoItemDef): ColumnDef {
  return {
    key: item.key,
    name: item.name,
    aliases: item.aliases,
    kind: 'input',
    width: 0,
    numberFormat: null,
    validation: null,
    expect: item.expect,
  };
}

/**
 * Reads 基本信息: item names (项目) anywhere in the first rows, each value in the 内容 column (or the
 * next cell to the right when there is no header row). Missing required items and unreadable values
 * are issues; defaults apply (万元, 90/80/60, 100).
 */
export function readInfo(ctx: ReadContext, map: CellMap): DepartmentInfo {
  const header = findHeader(ctx.grid, INFO_SHEET, ctx.issues);
  const itemCol = header?.columns.item;
  const valueCol = header?.columns.value;
  const cells: Partial<Record<InfoKey, { row: number; col: number }>> = {};
  const start = header ? header.row + 1 : ctx.grid.origin.row;
  const end = Math.min(lastRow(ctx.grid), start + INFO_SEARCH_ROWS);
  for (let row = start; row <= end; row++) {
    const cols = itemCol !== undefined ? [itemCol] : range(ctx.grid.origin.col, lastCol(ctx.grid));
    for (const col of cols) {
      const value = cellValue(ctx.grid, row, col);
      if (typeof value !== 'string') continue;
      const item = matchItem(value);
      if (!item || cells[item.key]) continue;
      cells[item.key] = {
        row,
        col: valueCol !== undefined && valueCol !== col ? valueCol : col + 1,
      };
      break;
    }
  }
  map.info = { sheet: ctx.sheet, cells };

  const info: DepartmentInfo = { department: '', year: 0 };
  for (const item of INFO_ITEMS) {
    const cell = cells[item.key];
    const blank = cell === undefined || isBlank(cellValue(ctx.grid, cell.row, cell.col));
    if (blank) {
      if (item.required) {
        const where = cell ? locate(ctx, cell.row, cell.col) : { sheet: ctx.sheet };
        ctx.issues.push(
          workbookIssue('info.missing', 'error', where, {
            item: item.name,
            itemEn: item.aliases[0] ?? item.name,
            expected: item.expect.zh,
            expectedEn: item.expect.en,
          }),
        );
      }
      continue;
    }
    readItem(ctx, item, cell.row, cell.col, info);
  }
  if (info.unit === undefined) info.unit = '万元';
  ctx.unit = info.unit;
  return info;
}

function readItem(
  ctx: ReadContext,
  item: InfoItemDef,
  row: number,
  col: number,
  info: DepartmentInfo,
): void {
  const column = itemColumn(item);
  switch (item.key) {
    case 'department':
      info.department = readText(ctx, row, col, column) ?? '';
      return;
    case 'year': {
      const { value } = rawCell(ctx, row, col, column);
      const year = parseYear(value);
      if (year === null)
        ctx.issues.push(
          workbookIssue('info.badYear', 'error', locate(ctx, row, col), {
            value: displayValue(value),
          }),
        );
      else info.year = year;
      return;
    }
    case 'unit': {
      const text = readText(ctx, row, col, column);
      const unit = text === null ? null : normalizeKeyword(text);
      if (unit === '万元' || unit === '万') info.unit = '万元';
      else if (unit === '元') info.unit = '元';
      else
        ctx.issues.push(
          workbookIssue('info.badUnit', 'warning', locate(ctx, row, col), { value: text ?? '' }),
        );
      return;
    }
    case 'attachmentLabel':
      info.attachmentLabel = readText(ctx, row, col, column);
      return;
    case 'gradeBands': {
      const text = readText(ctx, row, col, column);
      const bands = text === null ? null : parseGradeBands(text);
      if (bands) info.gradeBands = bands;
      else
        ctx.issues.push(
          workbookIssue('info.badGradeBands', 'warning', locate(ctx, row, col), {
            value: text ?? '',
          }),
        );
      return;
    }
    case 'totalPoints':
      info.totalPoints = readDecimal(ctx, row, col, column, { required: false });
      return;
    // Province rules: the text as typed; the engine parses it (zod) and reports this cell.
    case 'rateDenominator':
    case 'rateScoring':
    case 'rateCap':
    case 'deviationPenalty':
      info[item.key] = readText(ctx, row, col, column);
      return;
    default: {
      const unreachable: never = item.key;
      throw new Error(`unknown info item ${String(unreachable)}`);
    }
  }
}

/** 2022, `2022`, `2022年`, `２０２２年度` → 2022; null otherwise. */
export function parseYear(value: unknown): number | null {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1900 && value <= 2999 ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})(年度?)?$/.exec(normalizeText(value).replace(/\s+/g, ''));
  return match ? Number(match[1]) : null;
}

/** `90/80/60` (also `90、80、60`, `优90 良80 中60`): three decreasing lower bounds; null otherwise. */
export function parseGradeBands(
  text: string,
): { excellent: string; good: string; pass: string } | null {
  const numbers = normalizeText(text).match(/\d+(\.\d+)?/g);
  if (!numbers || numbers.length !== 3) return null;
  const [excellent, good, pass] = numbers as [string, string, string];
  if (!(Number(excellent) > Number(good) && Number(good) > Number(pass))) return null;
  return { excellent, good, pass };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
