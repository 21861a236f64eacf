import { isPlainAmount, type DecimalInput } from '@jixiao/engine';
import type { CellIssue } from './cell-issue.js';
import type { ColumnDef } from './contract.js';
import { cellNumberText, shiftDecimal } from './decimal-text.js';
import { cellFormat, cellFormula, cellValue, displayValue, isBlank } from './grid.js';
import { runAt } from './formula-runs.js';
import { qualifiedAddress } from './address.js';
import { normalizeNotation, normalizeKeyword, parseYesNo } from './notation.js';
import { parseTypedNumber, typedNumberValue } from './parse-number.js';
import type { CellValue, SheetGrid } from './port.js';
import type { IssueLocation } from './cell-issue.js';
import { workbookIssue } from './render-issue.js';

/** The state a sheet reader threads through its cells: the grid, its real name, the issues found. */
export interface ReadContext {
  grid: SheetGrid;
  sheet: string;
  issues: CellIssue[];
  unit: '万元' | '元';
  /**
   * Whether 基本信息 states 金额单位 (else a `单位：万元` line above a table may). Always present, so
   * that every context has one shape (a field added later made the readers' code deoptimise).
   */
  unitDeclared: boolean;
}

/** Where a cell is, for issues. */
export function locate(ctx: ReadContext, row: number, col: number): IssueLocation {
  return { sheet: ctx.sheet, row, col, cell: qualifiedAddress(ctx.sheet, row, col) };
}

/** A cell's value with literal formulas resolved. */
export interface RawCell {
  value: CellValue;
  formula: string | null;
}

/** Text starting or ending with whitespace (ideographic spaces included). */
const EDGE_SPACE = /^[\s\u3000]|[\s\u3000]$/;

const NUMBER_LITERAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/** Target notation a formula cannot be: a number followed by a unit word (`8个`, `≥95%以上`). */
const TARGET_TEXT = /^[≥≤<>=]*[+-]?\d+(\.\d+)?[^\d\s()+\-*/^&,:!$"'A-Za-z]+$/;

/**
 * Reads a cell. A formula whose cached value is missing (null: a file saved without recalculation)
 * is resolved when it is a literal (`=100%`, `=0.95`, `="是"`); otherwise an issue is recorded and
 * the cell reads as blank. A formula whose computed value is the empty text `''`
 * (`=IF(A1="","",…)`; Office.js `values` and an .xlsx `t="str"` cell) reads as blank, as Excel
 * shows it.
 */
export function rawCell(ctx: ReadContext, row: number, col: number, column: ColumnDef): RawCell {
  let value = cellValue(ctx.grid, row, col);
  // NaN or ±Infinity from an adapter reads as Excel's #NUM! (an issue, never a crash)
  if (typeof value === 'number' && !Number.isFinite(value)) value = { error: '#NUM!' };
  const formula = cellFormula(ctx.grid, row, col);
  if (formula !== null && (column.key === 'target' || column.key === 'actual')) {
    const literal = formula.trim();
    // `=0` or `=100%` typed into 目标值 becomes a formula in Excel: the comparator is the `=`.
    if (NUMBER_LITERAL.test(literal)) {
      const read = column.key === 'target' ? `=${literal}` : literal;
      ctx.issues.push(
        workbookIssue('cell.formulaConstant', 'info', locate(ctx, row, col), { formula, read }),
      );
      return { value: read, formula };
    }
    // `=8个` saved as a formula: no cached value (or #NAME?), and recalculating cannot help.
    if (TARGET_TEXT.test(literal) && (isBlank(value) || typeof value === 'object')) {
      ctx.issues.push(
        workbookIssue('cell.formulaText', 'error', locate(ctx, row, col), { formula }),
      );
      return { value: null, formula };
    }
  }
  // a formula cached as '' (`=IF(…,"",…)`) is a blank cell; only a missing value (null) is unknown
  if (formula !== null && value === null) {
    const literal = formula.trim();
    const str = /^"(.*)"$/.exec(literal);
    if (NUMBER_LITERAL.test(literal)) {
      value = literal.endsWith('%') ? literal : Number(literal);
    } else if (str) {
      value = (str[1] ?? '').replace(/""/g, '"');
    } else {
      ctx.issues.push(
        workbookIssue('cell.formulaNoValue', 'error', locate(ctx, row, col), {
          formula,
          expected: column.expect.zh,
          expectedEn: column.expect.en,
        }),
      );
    }
  }
  return { value, formula };
}

/** Records an Excel error value as an issue; true when the cell held one. */
function reportError(
  ctx: ReadContext,
  row: number,
  col: number,
  column: ColumnDef,
  value: CellValue,
): boolean {
  if (value === null || typeof value !== 'object') return false;
  ctx.issues.push(
    workbookIssue('cell.excelError', 'error', locate(ctx, row, col), {
      error: value.error,
      expected: column.expect.zh,
      expectedEn: column.expect.en,
    }),
  );
  return true;
}

/** Records a blank required cell. */
export function reportRequired(
  ctx: ReadContext,
  row: number,
  col: number,
  column: ColumnDef,
): void {
  ctx.issues.push(
    workbookIssue('cell.required', 'error', locate(ctx, row, col), {
      column: column.name,
      columnEn: column.aliases[0] ?? column.name,
      expected: column.expect.zh,
      expectedEn: column.expect.en,
    }),
  );
}

/**
 * How {@link readDecimal} reads a cell. Every field is always given (use the constants below), so
 * that every call passes one object shape: four shapes made the option reads polymorphic.
 */
export interface DecimalOptions {
  /** a blank cell is an error */
  readonly required: boolean;
  /** a unit in the text (`5万元`) is read when it is the workbook's unit */
  readonly amount: boolean;
  /** an unreadable value is an error even in an optional cell */
  readonly invalidIsError: boolean;
}

/** A plain number (分值, 得分): required, or optional. */
export const REQUIRED_NUMBER: DecimalOptions = {
  required: true,
  amount: false,
  invalidIsError: false,
};
export const OPTIONAL_NUMBER: DecimalOptions = {
  required: false,
  amount: false,
  invalidIsError: false,
};
/** An amount in the workbook's unit (预算数, 执行数): required, or optional. */
export const REQUIRED_AMOUNT: DecimalOptions = {
  required: true,
  amount: true,
  invalidIsError: false,
};
export const OPTIONAL_AMOUNT: DecimalOptions = {
  required: false,
  amount: true,
  invalidIsError: false,
};

/**
 * An amount or other plain number as decimal text (`'1234.56'`), null when blank or unreadable.
 * Percentages, text that is not a number, booleans and error values are issues (errors when the
 * column is required or `invalidIsError`, warnings otherwise).
 */
export function readDecimal(
  ctx: ReadContext,
  row: number,
  col: number,
  column: ColumnDef,
  options: DecimalOptions,
): string | null {
  const cell = typedCell(ctx, row, col);
  // an empty optional cell (most 1月 … 12月 cells) is nothing to read: no value, no formula
  if (cell === null && !options.required) return null;
  // a typed number (most amounts) is its decimal text, as below, without the general path
  if (typeof cell === 'number' && Number.isFinite(cell)) return cellNumberText(cell);
  return readDecimalCell(ctx, row, col, column, options);
}

/**
 * {@link readDecimal} for a budget line's amounts (预算数, 执行数, 1月 … 12月: over a million cells on
 * a 100,000-line 预算执行): a typed number the engine reads exactly as it is (`isPlainAmount`:
 * 0 ≤ n ≤ 10⁹ with at most 6 decimals, whose shortest text is the text {@link cellNumberText}
 * gives) is returned as the grid's own number, no text made; anything else as readDecimal does.
 */
export function readAmountValue(
  ctx: ReadContext,
  row: number,
  col: number,
  column: ColumnDef,
  options: DecimalOptions,
): DecimalInput | null {
  const cell = typedCell(ctx, row, col);
  if (typeof cell === 'number' && isPlainAmount(cell)) return cell === 0 ? 0 : cell;
  if (cell === null && !options.required) return null;
  if (typeof cell === 'number' && Number.isFinite(cell)) return cellNumberText(cell);
  return readDecimalCell(ctx, row, col, column, options);
}

/**
 * The value of a cell that holds no formula (none of its own, none in a filled-down run): null when
 * blank; undefined when it has a formula, so that the general path reads it.
 */
function typedCell(ctx: ReadContext, row: number, col: number): CellValue | undefined {
  const grid = ctx.grid;
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  const formula = grid.formulas?.[r]?.[c] ?? null;
  if (formula !== null && formula !== '') return undefined;
  const cell = grid.values[r]?.[c] ?? null;
  if (cell === null) return null;
  return grid.formulaRuns === undefined || runAt(grid.formulaRuns, row, col) === undefined
    ? cell
    : undefined;
}

/** {@link readDecimal}'s general path: formulas, text, errors and blanks, with their issues. */
function readDecimalCell(
  ctx: ReadContext,
  row: number,
  col: number,
  column: ColumnDef,
  options: DecimalOptions,
): string | null {
  const { value } = rawCell(ctx, row, col, column);
  if (reportError(ctx, row, col, column, value)) return null;
  if (isBlank(value)) {
    if (options.required && cellFormula(ctx.grid, row, col) === null)
      reportRequired(ctx, row, col, column);
    return null;
  }
  if (typeof value === 'number') return cellNumberText(value);
  const severity = options.required || options.invalidIsError ? 'error' : 'warning';
  const params = {
    value: displayValue(value),
    expected: column.expect.zh,
    expectedEn: column.expect.en,
  };
  if (typeof value !== 'string') {
    ctx.issues.push(workbookIssue('cell.notNumber', severity, locate(ctx, row, col), params));
    return null;
  }
  const parsed = parseTypedNumber(value);
  if (parsed === null) {
    ctx.issues.push(workbookIssue('cell.notNumber', severity, locate(ctx, row, col), params));
    return null;
  }
  if (parsed.percent) {
    ctx.issues.push(
      workbookIssue('cell.percentNotAllowed', severity, locate(ctx, row, col), params),
    );
    return null;
  }
  if (parsed.unit !== null && (!options.amount || parsed.unit !== ctx.unit)) {
    ctx.issues.push(
      workbookIssue('cell.unitMismatch', severity, locate(ctx, row, col), {
        ...params,
        unit: parsed.unit,
        expectedUnit: ctx.unit,
      }),
    );
    return null;
  }
  return typedNumberValue(parsed);
}

/**
 * Text as typed, trimmed (a number becomes its decimal text); null when blank. Names keep the user's
 * characters (full-width brackets stay): only surrounding whitespace goes.
 */
export function readText(
  ctx: ReadContext,
  row: number,
  col: number,
  column: ColumnDef,
  required = false,
): string | null {
  const { value } = rawCell(ctx, row, col, column);
  if (reportError(ctx, row, col, column, value)) return null;
  if (isBlank(value)) {
    if (required && cellFormula(ctx.grid, row, col) === null) reportRequired(ctx, row, col, column);
    return null;
  }
  if (typeof value === 'number') return cellNumberText(value);
  const text = displayValue(value);
  return EDGE_SPACE.test(text) ? text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') : text;
}

/** An enumerated value (支出类型, 评分方法, 数据来源 …) in normalised form; null when blank. */
export function readKeyword(
  ctx: ReadContext,
  row: number,
  col: number,
  column: ColumnDef,
  required = false,
): string | null {
  const text = readText(ctx, row, col, column, required);
  return text === null ? null : normalizeKeyword(text);
}

/**
 * A target or actual value: numbers as decimal text (a percent-formatted number keeps its
 * fraction, so 95% typed into a % cell reads `'0.95'`), text in official notation (`≥95%`),
 * booleans as booleans (when `booleans`) or 是/否.
 */
export function readNotation(
  ctx: ReadContext,
  row: number,
  col: number,
  column: ColumnDef,
  booleans = false,
): string | boolean | null {
  const { value } = rawCell(ctx, row, col, column);
  if (reportError(ctx, row, col, column, value)) return null;
  if (isBlank(value)) return null;
  if (typeof value === 'number') {
    // a number shown as a percentage (0.95 in a 0% cell) is the percentage the user sees
    const format = cellFormat(ctx.grid, row, col);
    const text = cellNumberText(value);
    return format !== null && isPercentFormat(format) ? `${shiftDecimal(text, 2)}%` : text;
  }
  if (typeof value === 'boolean') return booleans ? value : value ? '是' : '否';
  if (typeof value === 'string') return normalizeNotation(value);
  return null;
}

/** True for an Excel number format that shows a percentage (`0%`, `0.00%`), ignoring quoted text. */
function isPercentFormat(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** 关键指标: 是/否 (and TRUE/FALSE, √, Y/N, 1/0); blank is 否; anything else a warning and 否. */
export function readYesNo(ctx: ReadContext, row: number, col: number, column: ColumnDef): boolean {
  const { value } = rawCell(ctx, row, col, column);
  if (reportError(ctx, row, col, column, value)) return false;
  if (isBlank(value)) return false;
  if (typeof value === 'boolean') return value;
  const parsed = parseYesNo(displayValue(value));
  if (parsed !== null) return parsed;
  ctx.issues.push(
    workbookIssue('cell.notYesNo', 'warning', locate(ctx, row, col), {
      value: displayValue(value),
    }),
  );
  return false;
}
