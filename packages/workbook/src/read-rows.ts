import type { ColumnDef, SheetDef } from './contract.js';
import type { HeaderLocation } from './find-header.js';
import { cellValue, displayValue, isBlank, lastRow } from './grid.js';
import { runAt } from './formula-runs.js';
import type { CellValue, SheetGrid } from './port.js';
import { locate, type ReadContext } from './read-cell.js';
import { normalizeText } from './text.js';
import { qualifiedAddress } from './address.js';
import { workbookIssue } from './render-issue.js';

/** Note lines under or inside a table: skipped. */
const NOTE = /^(注|说明|备注|填表说明|填报说明|附注)\s*\d*[:：\s]/;
/** Signature and date lines under a table: the table ends there. */
const SIGNATURE =
  /^(填表人|填报人|制表人|制表|审核人|审核|复核人|复核|单位负责人|负责人|部门负责人|分管领导|财务负责人|经办人|联系人|联系电话|电话|填报日期|填表日期|制表日期|日期|单位[(（]?盖章[)）]?|盖章)\s*[:：\s]/;

/** After this many rows without a line, what follows is not part of the table. */
export const TABLE_GAP_ROWS = 50;

/** What a row under a header is. */
export type RowKind = 'line' | 'total' | 'subtotal' | 'part';

const TOTAL_LABELS = new Set([
  '合计',
  '总计',
  '汇总',
  '总合计',
  '合计数',
  '总计数',
  '年度资金总额',
  '资金总额',
  '总分',
  '合计得分',
  '总得分',
  'total',
  'totals',
  'grandtotal',
]);
const SUBTOTAL_LABELS = new Set(['小计', '分项小计', 'subtotal']);
/** `基本支出小计`, `项目支出合计`, `财政拨款小计`: a sub-total named after what it sums. */
const QUALIFIED_SUBTOTAL =
  /^(基本支出|项目支出|人员经费|公用经费|财政拨款|其他资金|上年结转|一般公共预算|政府性基金|专项资金|[^\d]{1,12}(支出|资金|经费|拨款|结转))(小计|合计)$/;

/** A label cell's text compared as a whole: no spaces, full-width folded, no trailing colon, lower-case. */
function labelKey(text: string): string {
  return normalizeText(text)
    .replace(/[\s:：]/g, '')
    .toLowerCase();
}

/**
 * The kind of a row by a label that is a whole cell, wherever it sits (a 序号 column, a merged
 * 序号:项目名称 area, the name column): 合计, 总计, 汇总, 年度资金总额, Total … are totals, 小计
 * (also `基本支出小计`, `项目支出合计`) a sub-total, `其中：…` a breakdown part; never a substring
 * (综合计划处 and 会计核算中心 are lines). A row an Excel table declares as its totals row
 * (`grid.totalsRows`) is a total whatever its label, or with none.
 */
export function rowKind(grid: SheetGrid, row: number): RowKind {
  // an Excel table's totals row is a total by the table's own word, whatever its label
  if (grid.totalsRows?.includes(row) === true) return 'total';
  const cells = grid.values[row - grid.origin.row];
  if (cells === undefined) return 'line';
  for (let k = 0; k < cells.length; k++) {
    const value = cells[k];
    if (typeof value !== 'string' || !mayBeLabel(value)) continue;
    const key = labelKey(value);
    if (TOTAL_LABELS.has(key) || /^[合总]计$|^(本年|全年|年度|本表|全部)[合总]计$/.test(key))
      return 'total';
    if (SUBTOTAL_LABELS.has(key) || QUALIFIED_SUBTOTAL.test(key)) return 'subtotal';
    if (/^其中/.test(key)) return 'part';
  }
  return 'line';
}

/** Text that normalisation leaves as it is, with no space or colon to drop. */
const PLAIN_LABEL = /^[\u4e00-\u9fffA-Za-z0-9.%_-]*$/;
/** The last characters of every label {@link rowKind} knows (totals, sub-totals: 计, 总, 分 …). */
const LABEL_ENDS = new Set(
  [...TOTAL_LABELS, ...SUBTOTAL_LABELS, '合计', '小计'].map((l) => l[l.length - 1]!),
);

/**
 * False when `text` cannot be a label of {@link rowKind}: plain text (its key is itself in lower
 * case) that starts with no 其中 and ends in no label's last character. A fast test: most cells
 * of a row are names and amounts.
 */
function mayBeLabel(text: string): boolean {
  if (text === '') return false;
  // the cheap tests first: most names end in no label's last character
  if (text.startsWith('其中') || LABEL_ENDS.has(text[text.length - 1]!.toLowerCase())) return true;
  return !PLAIN_LABEL.test(text);
}

/** The data rows under a header, and what ended the table. */
export interface DataRows {
  rows: number[];
  /** The first row of a signature line that ended the table, if any. */
  endedAt?: number;
}

/**
 * The data rows under a header: every row below it with an input value in a contract input
 * column. Not lines: blank rows; rows whose inputs are only formulas with nothing in them (a
 * template's `=SUM(G2:R2)` filled down, cached as 0, '' or not at all); note lines (`注：…`); and
 * everything from a signature line down (填表人：…, 单位负责人：…, 填报日期：…). Values more than
 * {@link TABLE_GAP_ROWS} rows below the last line are not read (a warning names the first).
 */
export function dataRows<K extends string>(
  ctx: ReadContext,
  def: SheetDef<K>,
  header: HeaderLocation<K>,
): number[] {
  // numbers only (a mapped array holding `undefined` too changed its kind between sheets and
  // deoptimised this function)
  const inputCols: number[] = [];
  for (const c of def.columns) {
    const col = c.kind === 'output' ? undefined : header.columns[c.key];
    if (col !== undefined) inputCols.push(col);
  }
  const rows: number[] = [];
  const grid = ctx.grid;
  const last = lastRow(grid);
  let lastLine = header.row;
  for (let row = header.row + 1; row <= last; row++) {
    if (grid.values[row - grid.origin.row] === undefined) continue;
    let filledCount = 0;
    let firstFilled = -1;
    const values = grid.values[row - grid.origin.row]!;
    const formulas = grid.formulas?.[row - grid.origin.row];
    const runs = grid.formulaRuns;
    for (const col of inputCols) {
      const k = col - grid.origin.col;
      const formula = formulas?.[k] ?? null;
      // a formula filled down (an .xlsx shared formula) is a run, not a string per cell
      const hasFormula =
        (formula !== null && formula !== '') ||
        (runs !== undefined && runAt(runs, row, col) !== undefined);
      if (isInput(values[k] ?? null, hasFormula)) {
        if (filledCount++ === 0) firstFilled = col;
      }
    }
    const first = firstText(grid, row);
    if (first !== null && SIGNATURE.test(first) && !hasNumberInput(ctx, row, inputCols)) break;
    if (filledCount === 0) continue;
    if (first !== null && NOTE.test(first) && !hasNumberInput(ctx, row, inputCols)) continue;
    if (filledCount === 1) {
      const only = cellValue(grid, row, firstFilled);
      if (typeof only === 'string' && NOTE.test(normalizeText(only))) continue;
    }
    if (row - lastLine > TABLE_GAP_ROWS && rows.length > 0) {
      const col = firstFilled;
      ctx.issues.push(
        workbookIssue('row.farBelow', 'warning', locate(ctx, row, col), {
          rows: TABLE_GAP_ROWS,
          value: displayValue(cellValue(grid, row, col)),
        }),
      );
      break;
    }
    rows.push(row);
    lastLine = row;
  }
  return rows;
}

/** The first non-blank text of a row, normalised, or null. */
function firstText(grid: SheetGrid, row: number): string | null {
  const cells = grid.values[row - grid.origin.row];
  if (cells === undefined) return null;
  for (let k = 0; k < cells.length; k++) {
    const value = cells[k];
    if (value === undefined || isBlank(value)) continue;
    return typeof value === 'string' ? normalizeText(value) : null;
  }
  return null;
}

/**
 * Whether an input cell holds something typed: a constant, or a formula with a real cached value
 * (a formula filled down a template with nothing in it — no value, '' or 0 — is not a line).
 */
function isInput(value: CellValue, hasFormula: boolean): boolean {
  if (!hasFormula) return !isBlank(value);
  return !isBlank(value) && value !== 0;
}

function hasNumberInput(ctx: ReadContext, row: number, cols: readonly number[]): boolean {
  return cols.some((col) => typeof cellValue(ctx.grid, row, col) === 'number');
}

/** Issues for the required columns a header lacks; returns true when all are present. */
export function checkRequiredColumns<K extends string>(
  ctx: ReadContext,
  def: SheetDef<K>,
  header: HeaderLocation<K>,
): boolean {
  let ok = true;
  for (const column of def.columns) {
    if (column.kind !== 'required' || header.columns[column.key] !== undefined) continue;
    ok = false;
    ctx.issues.push(
      workbookIssue(
        'column.missing',
        'error',
        { sheet: ctx.sheet },
        {
          column: column.name,
          columnEn: column.aliases[0] ?? column.name,
          headerRow: header.row + 1,
        },
      ),
    );
  }
  return ok;
}

/** The label used for a column in messages. */
export function columnLabel(column: ColumnDef): { column: string; columnEn: string } {
  return { column: column.name, columnEn: column.aliases[0] ?? column.name };
}

/** The text of a cell for row-role detection (合计/小计), '' when not text. */
export function textAt(ctx: ReadContext, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const value = cellValue(ctx.grid, row, col);
  return value === null ? '' : displayValue(value);
}

/** The qualified address of a cell, for refs echoed through the engine. */
export function refOf(ctx: ReadContext, row: number, col: number | undefined): string {
  return qualifiedAddress(ctx.sheet, row, col ?? ctx.grid.origin.col);
}

/** Issue for a header that cannot be found. */
export function headerNotFound<K extends string>(
  ctx: ReadContext,
  def: SheetDef<K>,
  rows: number,
): void {
  const required = def.columns.filter((c) => c.kind === 'required');
  ctx.issues.push(
    workbookIssue(
      'sheet.headerNotFound',
      'error',
      { sheet: ctx.sheet },
      {
        rows,
        columns: required.map((c) => c.name).join('、'),
        columnsEn: required.map((c) => c.aliases[0] ?? c.name).join(', '),
      },
    ),
  );
}

/**
 * The fields of one row whose cells the reader reported (the issues added since `from`), and every
 * required field whose column the header lacks (reported once, as `column.missing`): passed to the
 * engine as the row's `reported`, so that a field is validated once, where it is read. `field` maps
 * a column key to the engine's field (`m1` … `m12` → `monthly`).
 */
export function reportedFields<K extends string>(
  ctx: ReadContext,
  def: SheetDef<K>,
  header: HeaderLocation<K>,
  row: number,
  from: number,
  field: (key: K) => string = (key) => key,
): string[] | undefined {
  let fields: Set<string> | undefined;
  for (const column of def.columns)
    if (column.kind === 'required' && header.columns[column.key] === undefined)
      (fields ??= new Set<string>()).add(field(column.key));
  for (let i = from; i < ctx.issues.length; i++) {
    const issue = ctx.issues[i]!;
    if (issue.row !== row || issue.col === undefined) continue;
    for (const column of def.columns)
      if (header.columns[column.key] === issue.col)
        (fields ??= new Set<string>()).add(field(column.key));
  }
  return fields === undefined ? undefined : [...fields];
}
