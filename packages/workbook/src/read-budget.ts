import type { BudgetLineInput, DecimalInput } from '@jixiao/engine';
import type { CellMap } from './cell-map.js';
import {
  BUDGET_SHEET,
  MONTH_KEYS,
  columnDef,
  type BudgetColumnKey,
  type ColumnDef,
} from './contract.js';
import { findHeader, HEADER_SEARCH_ROWS } from './find-header.js';
import {
  OPTIONAL_AMOUNT,
  readAmountValue,
  readKeyword,
  readText,
  REQUIRED_AMOUNT,
  type DecimalOptions,
  type ReadContext,
} from './read-cell.js';
import { ALSO_PARAM } from './render-issue.js';
import {
  checkRequiredColumns,
  dataRows,
  headerNotFound,
  refOf,
  reportedFields,
  rowKind,
} from './read-rows.js';

// 1月 … 12月 feed 支付进度 (年中/三季度, 序时进度, checkpoints): printed in the report and a 数据来源
// an indicator may be scored on, so an unreadable month is an error (docs/domain.md: an error when
// a rate that feeds a score or a printed figure is unknown); the message says what it feeds
const MONTH_AMOUNT: DecimalOptions = { required: false, amount: true, invalidIsError: true };

/**
 * Appends what an unreadable month feeds (a line's) or that it is not used (a total's, read as a
 * warning) to the issues from `from` on (all on that cell).
 */
function explainMonth(ctx: ReadContext, from: number, isLine: boolean): void {
  const also = isLine ? 'budget.monthlyUnread' : 'budget.monthlyUnreadUnused';
  for (let i = from; i < ctx.issues.length; i++) {
    const issue = ctx.issues[i]!;
    ctx.issues[i] = { ...issue, params: { ...issue.params, [ALSO_PARAM]: also } };
  }
}

/**
 * Reads 预算执行: one {@link BudgetLineInput} per non-blank row under the header, amounts as
 * decimal text. Null when the header row cannot be found. With `projects`, the 所属项目 of each
 * line read is pushed there (null: blank or no such column), in the order of the lines.
 */
export function readBudget(
  ctx: ReadContext,
  map: CellMap,
  projects?: (string | null)[],
): BudgetLineInput[] | null {
  const header = findHeader(ctx.grid, BUDGET_SHEET, ctx.issues);
  if (!header) {
    headerNotFound(ctx, BUDGET_SHEET, HEADER_SEARCH_ROWS);
    return null;
  }
  checkRequiredColumns(ctx, BUDGET_SHEET, header);
  // a `单位：万元` line above the header sets the unit when 基本信息 does not
  if (header.unit !== undefined && !ctx.unitDeclared) ctx.unit = header.unit;
  const rows = dataRows(ctx, BUDGET_SHEET, header);
  const parts: number[] = [];
  const cols = header.columns;
  const defs = new Map(BUDGET_SHEET.columns.map((c) => [c.key, c]));
  const def = (key: BudgetColumnKey) => defs.get(key) ?? columnDef(BUDGET_SHEET, key);
  const hasMonths = MONTH_KEYS.some((key) => cols[key] !== undefined);
  // the twelve month columns and their definitions, looked up once (not per row); pushed, not
  // mapped: the kind of array map() returned differed once this function was optimised, which
  // deoptimised the month loop below
  const monthCols: { col: number | undefined; def: ColumnDef }[] = [];
  for (const key of MONTH_KEYS) monthCols.push({ col: cols[key], def: def(key) });
  const monthScratch: (DecimalInput | null)[] = [];
  const lines: BudgetLineInput[] = [];
  const months = new Set<string>(MONTH_KEYS);
  const field = (key: BudgetColumnKey): string => (months.has(key) ? 'monthly' : key);
  // An amount of a row; undefined when the sheet has no such column.
  const amountAt = (
    row: number,
    key: 'budget' | 'spent' | 'initialBudget' | 'received',
    options: DecimalOptions,
  ): DecimalInput | null | undefined => {
    const col = cols[key];
    return col === undefined ? undefined : readAmountValue(ctx, row, col, def(key), options);
  };
  // A line's 1月 … 12月, null when none is filled. Read into a scratch row first: a line without
  // months makes no array of 12 nulls (14 MB over 100,000 lines), and one with twelve numbers an
  // array of numbers only, which V8 keeps unboxed (96 bytes, not twelve 16-byte boxes).
  const readMonths = (row: number, isLine: boolean): (DecimalInput | null)[] | undefined => {
    let read = 0;
    let numbers = 0;
    for (let k = 0; k < monthCols.length; k++) {
      monthScratch[k] = null;
      const { col, def: column } = monthCols[k]!;
      if (col === undefined) continue;
      const at = ctx.issues.length;
      const m = readAmountValue(ctx, row, col, column, isLine ? MONTH_AMOUNT : OPTIONAL_AMOUNT);
      if (ctx.issues.length > at) explainMonth(ctx, at, isLine);
      if (m === null) continue;
      monthScratch[k] = m;
      read++;
      if (typeof m === 'number') numbers++;
    }
    if (read === 0) return undefined;
    const monthly: (DecimalInput | null)[] =
      numbers === 12 ? [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : [];
    for (let k = 0; k < monthCols.length; k++) monthly[k] = monthScratch[k]!;
    return monthly;
  };
  for (const row of rows) {
    const from = ctx.issues.length;
    // totals, sub-totals and 其中 rows by their whole label wherever it sits: checked, not summed
    const kind = rowKind(ctx.grid, row);
    const role: BudgetLineInput['role'] =
      kind === 'line' ? 'line' : kind === 'total' ? 'total' : 'subtotal';
    if (kind === 'part') parts.push(row);
    const isLine = role === 'line';
    const ref = refOf(ctx, row, cols.name);
    // a total whose label sits in another column (序号) is named by its kind
    const name =
      (cols.name === undefined ? null : readText(ctx, row, cols.name, def('name'), isLine)) ??
      (kind === 'total' ? '合计' : kind === 'subtotal' ? '小计' : '');
    const type =
      cols.type === undefined ? '' : (readKeyword(ctx, row, cols.type, def('type'), isLine) ?? '');
    const budget = amountAt(row, 'budget', REQUIRED_AMOUNT) ?? null;
    const spent = amountAt(row, 'spent', REQUIRED_AMOUNT) ?? null;
    const source =
      cols.source === undefined ? undefined : readText(ctx, row, cols.source, def('source'));
    const initialBudget = amountAt(row, 'initialBudget', OPTIONAL_AMOUNT);
    const received = amountAt(row, 'received', OPTIONAL_AMOUNT);
    const monthly = hasMonths ? readMonths(row, isLine) : undefined;
    // with the template's columns, one literal: fields added to an object after it is made live
    // outside it (40 bytes more a line)
    let line: BudgetLineInput;
    if (source !== undefined && initialBudget !== undefined)
      line =
        monthly === undefined
          ? { ref, name, type, budget, spent, source, initialBudget }
          : { ref, name, type, budget, spent, source, initialBudget, monthly };
    else {
      line = { ref, name, type, budget, spent };
      if (source !== undefined) line.source = source;
      if (initialBudget !== undefined) line.initialBudget = initialBudget;
      if (monthly !== undefined) line.monthly = monthly;
    }
    if (received !== undefined) line.received = received;
    if (!isLine) line.role = role;
    projects?.push(
      cols.project === undefined || !isLine
        ? null
        : readText(ctx, row, cols.project, def('project')),
    );
    const reported = reportedFields(ctx, BUDGET_SHEET, header, row, from, field);
    if (reported) line.reported = reported;
    lines.push(line);
  }
  map.budget = { sheet: ctx.sheet, headerRow: header.row, columns: header.columns, rows };
  if (parts.length > 0) map.budget.readOnlyRows = parts;
  return lines;
}
