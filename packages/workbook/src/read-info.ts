import type { DepartmentInfo } from '@jixiao/engine';
import type { CellMap } from './cell-map.js';
import { INFO_ITEMS, INFO_SHEET, type InfoItemDef, type InfoKey } from './contract.js';
import { findHeader } from './find-header.js';
import { cellFormat, cellValue, displayValue, isBlank, lastCol, lastRow } from './grid.js';
import { normalizeKeyword } from './notation.js';
import { locate, rawCell, readDecimal, readText, type ReadContext } from './read-cell.js';
import { nameKey, nameKeyWithoutParentheses, normalizeText } from './text.js';
import { workbookIssue } from './render-issue.js';
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
  ctx.unitDeclared = info.unit !== undefined;
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
      const year = parseYear(value, cellFormat(ctx.grid, row, col));
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
      // every amount printed (totals, lines, the report's 万元 figures) depends on the unit: a
      // guess shown as final could be 10,000× off, so an error and the result provisional
      // (docs/domain.md: an error when a figure is unpublishable); amounts still read as 万元
      else
        ctx.issues.push(
          workbookIssue('info.badUnit', 'error', locate(ctx, row, col), { value: text ?? '' }),
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
          workbookIssue('info.badGradeBands', 'error', locate(ctx, row, col), {
            value: text ?? '',
          }),
        );
      return;
    }
    case 'totalPoints':
      // an unreadable 总分值 leaves 得分率 and so the grade undecided: an error, not a default
      info.totalPoints = readDecimal(ctx, row, col, column, {
        required: false,
        amount: false,
        invalidIsError: true,
      });
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

/**
 * A year field: 2022, `2022`, `2022年`, `２０２２年度`, a date (`2022-12-31`, `2022年12月`), or a
 * date cell — a number formatted as a date (shown as 2022年 or 2022-12-31) reads as the date's
 * year; a bare number is a year when it is 1900–2100 and a date serial (1900 system) only when it
 * cannot be a year. Null otherwise.
 */
export function parseYear(value: unknown, numberFormat: string | null = null): number | null {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) && !isDateFormat(numberFormat)) return null;
    if (isDateFormat(numberFormat) || value < 1900 || value > 2100)
      return serialYear(Math.floor(value));
    return value;
  }
  if (typeof value !== 'string') return null;
  const text = normalizeText(value).replace(/\s+/g, '');
  const match =
    /^(\d{4})(?:年度?|[-/.年]\d{1,2}(?:月(?:\d{1,2}日?)?|[-/.]\d{1,2})?(?:月|日)?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1900 && year <= 2100 ? year : null;
}

/** A number format that shows a date (y, m, d outside quotes and brackets, not a number format). */
export function isDateFormat(format: string | null): boolean {
  if (format === null) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return (
    /[yd]/i.test(bare) || /(^|[^a-z])m{1,5}([^a-z]|$)/i.test(bare.replace(/h+:?m+|m+:?s+/gi, ''))
  );
}

/** The year of an Excel date serial (1900 date system, with its fictitious 1900-02-29); null outside 1900–2100. */
export function serialYear(serial: number): number | null {
  if (serial < 1 || serial > 73050) return null;
  // days since 1970-01-01: serial 25569 is 1970-01-01; serials up to 60 are before the fake leap day
  const days = (serial < 61 ? serial + 1 : serial) - 25569;
  // civil_from_days (H. Hinnant), integer arithmetic only
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year >= 1900 && year <= 2100 ? year : null;
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
