import type {
  BudgetLineInput,
  DecimalInput,
  EvaluationInput,
  IndicatorInput,
} from '@jixiao/engine';
import {
  BUDGET_SHEET,
  INDICATOR_SHEET,
  INFO_ITEMS,
  INFO_SHEET,
  MONTH_KEYS,
  REPORT_SHEET,
  TEMPLATE_SHEET,
  type ColumnKind,
  type InfoKey,
  type SheetDef,
  type SheetKey,
  type ValidationList,
} from './contract.js';
import { plainDecimal } from './decimal-text.js';
import { columnLetters } from './address.js';
import type { SheetGrid, SheetGrids } from './port.js';

/** A cell of a new workbook: text, a number, or empty. */
export type LayoutCell = string | number | null;

/** One column of a new sheet: header text, kind, width, format and drop-down of its data cells. */
export interface LayoutColumn {
  key: string;
  header: string;
  kind: ColumnKind;
  width: number;
  numberFormat: string | null;
  validation: ValidationList | null;
}

/** A drop-down list on an A1 range (`B2:B201`); `strict: false` only suggests. */
export interface LayoutValidation {
  range: string;
  list: readonly string[];
  strict: boolean;
}

/**
 * One sheet of a new workbook. `rows` are all rows from A1, the header row first; the per-column
 * arrays (`columnWidths`, `columnFormats`) start at column A and apply to the data cells below the
 * header. The shape is the one `@jixiao/xlsx`'s `createWorkbook` takes, plus what an Office.js
 * writer needs (`columns`, `frozenColumns`).
 */
export interface LayoutSheet {
  name: string;
  role: SheetKey;
  columns: LayoutColumn[];
  /** All rows from A1: the header row, then the data rows. */
  rows: LayoutCell[][];
  /** Header rows at the top, frozen (1). */
  headerRows: number;
  /** Leading columns to freeze (the names on wide sheets). */
  frozenColumns: number;
  columnWidths: number[];
  columnFormats: (string | null)[];
  /** Columns (0-based) whose data cells wrap text. */
  wrapColumns: number[];
  validations: LayoutValidation[];
}

/** A new workbook: its sheets, in order. */
export interface WorkbookLayout {
  sheets: LayoutSheet[];
}

/** A template paragraph for the 报告模板 sheet. */
export interface LayoutTemplateRow {
  style: string;
  content: string;
}

/** Options of {@link newWorkbookSheets}. */
export interface NewWorkbookOptions {
  /** Data to fill the sheets with (the example workbook); empty sheets when absent. */
  input?: EvaluationInput;
  /** Same as `input` (the example department's data). */
  example?: EvaluationInput;
  /** Rows of the 报告模板 sheet; a header-only sheet when absent. */
  template?: readonly LayoutTemplateRow[];
  /** How many rows below the data carry the drop-down lists (default 200). */
  spareRows?: number;
}

function columnsOf(def: SheetDef): LayoutColumn[] {
  return def.columns
    .filter((c) => c.extra !== true)
    .map((c) => ({
      key: c.key,
      header: c.name,
      kind: c.kind,
      width: c.width,
      numberFormat: c.numberFormat,
      validation: c.validation,
    }));
}

/** Decimal input as a spreadsheet number (exact for the ≤ 15 significant digits of amounts). */
function num(value: DecimalInput | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const plain = plainDecimal(value.trim());
  return plain === null ? null : Number(plain);
}

/** A value that may be a number or notation text: numbers as numbers, text as typed. */
function numberOrText(value: DecimalInput | boolean | null | undefined): LayoutCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return value;
  const plain = plainDecimal(value.trim());
  return plain === null ? value : Number(plain);
}

const isBlankCell = (v: LayoutCell): boolean => v === null || v === '';

function infoValue(key: InfoKey, input: EvaluationInput | undefined, example: string): LayoutCell {
  if (!input) return example === '' ? null : key === 'totalPoints' ? num(example) : example;
  const info = input.info;
  switch (key) {
    case 'department':
      return info.department;
    case 'year':
      return info.year;
    case 'unit':
      return info.unit ?? '万元';
    case 'attachmentLabel':
      return info.attachmentLabel ?? null;
    case 'gradeBands': {
      const b = info.gradeBands;
      return b ? `${String(b.excellent)}/${String(b.good)}/${String(b.pass)}` : example;
    }
    case 'totalPoints':
      return info.totalPoints === null || info.totalPoints === undefined
        ? num(example)
        : num(info.totalPoints);
    case 'rateDenominator':
    case 'rateScoring':
    case 'rateCap':
    case 'deviationPenalty':
      return info[key] ?? null;
    default: {
      const unreachable: never = key;
      throw new Error(`unknown info item ${String(unreachable)}`);
    }
  }
}

/** A budget line as a 预算执行 row, in contract column order. */
export function budgetLineRow(line: BudgetLineInput): LayoutCell[] {
  const months = MONTH_KEYS.map((_, i) => num(line.monthly?.[i]));
  return [
    line.name,
    line.type,
    line.source ?? null,
    num(line.initialBudget),
    num(line.budget),
    num(line.spent),
    ...months,
    null,
  ];
}

/** An indicator as a 绩效指标 row, in contract column order (outputs empty; 实际值 empty when 数据来源 fills it). */
export function indicatorRow(indicator: IndicatorInput): LayoutCell[] {
  const hasSource =
    indicator.source !== null && indicator.source !== undefined && indicator.source !== '';
  return [
    indicator.level1,
    indicator.level2 ?? null,
    indicator.name,
    indicator.key === true ? '是' : '否',
    indicator.method ?? null,
    numberOrText(indicator.target),
    hasSource ? null : numberOrText(indicator.actual),
    indicator.source ?? null,
    indicator.params ?? null,
    num(indicator.points),
    num(indicator.manualScore),
    indicator.overrideReason ?? null,
    indicator.deviationReason ?? null,
    null,
    null,
    null,
  ];
}

/** Turns engine input into the data rows of 基本信息, 预算执行 and 绩效指标. */
export function inputToRows(input?: EvaluationInput): {
  info: LayoutCell[][];
  budget: LayoutCell[][];
  indicators: LayoutCell[][];
} {
  return {
    info: INFO_ITEMS.filter(
      (item) => item.rule !== true || !isBlankCell(infoValue(item.key, input, item.example)),
    ).map((item) => [item.name, infoValue(item.key, input, item.example)]),
    budget: input ? input.budgetLines.map(budgetLineRow) : [],
    indicators: input ? input.indicators.map(indicatorRow) : [],
  };
}

const WRAPPED = new Set(['content', 'deviationReason', 'overrideReason']);

function layoutSheet(
  def: SheetDef,
  data: LayoutCell[][],
  frozenColumns: number,
  validationRows: number,
): LayoutSheet {
  const columns = columnsOf(def);
  const lastRow = 1 + validationRows;
  return {
    name: def.name,
    role: def.key,
    columns,
    rows: [columns.map((c) => c.header), ...data],
    headerRows: 1,
    frozenColumns,
    columnWidths: columns.map((c) => c.width),
    columnFormats: columns.map((c) => c.numberFormat),
    wrapColumns: columns.flatMap((c, i) => (WRAPPED.has(c.key) ? [i] : [])),
    validations: columns.flatMap((c, i) =>
      c.validation && validationRows > 0
        ? [
            {
              range: `${columnLetters(i)}2:${columnLetters(i)}${lastRow}`,
              list: c.validation.values,
              strict: c.validation.strict,
            },
          ]
        : [],
    ),
  };
}

/**
 * Describes a new workbook following the contract: 基本信息, 预算执行, 绩效指标, 报告模板 and 报告,
 * with header rows (frozen), widths, number formats and drop-down lists (支出类型, 评分方法, 关键指标,
 * 数据来源, 定性 labels, 样式, 金额单位). Without input the sheets are empty apart from the 基本信息
 * items and their defaults; with `input` (or `example`) they hold its data. Pure: adapters (the
 * .xlsx writer, the add-in) turn it into sheets.
 */
export function newWorkbookSheets(options: NewWorkbookOptions = {}): WorkbookLayout {
  const spare = options.spareRows ?? 200;
  const rows = inputToRows(options.input ?? options.example);
  const template = (options.template ?? []).map((r) => [r.style, r.content]);
  const info = layoutSheet(INFO_SHEET, rows.info, 0, 0);
  const unitRow = INFO_ITEMS.findIndex((i) => i.key === 'unit') + 2;
  info.validations.push({ range: `B${unitRow}`, list: ['万元', '元'], strict: true });
  return {
    sheets: [
      info,
      layoutSheet(BUDGET_SHEET, rows.budget, 1, rows.budget.length + spare),
      layoutSheet(INDICATOR_SHEET, rows.indicators, 3, rows.indicators.length + spare),
      layoutSheet(TEMPLATE_SHEET, template, 0, template.length + spare),
      layoutSheet(REPORT_SHEET, [], 0, 0),
    ],
  };
}

/**
 * The number of rows from A1 (header included) that a sheet's column formats cover: its rows, or
 * down to the last row of its drop-down lists when they reach further (the rows left for typing).
 * Adapters format the data cells of a text column (`@`: 目标值, 实际值) this far, so what is typed
 * there later stays text.
 */
export function formattedRowCount(sheet: LayoutSheet): number {
  let last = sheet.rows.length;
  for (const v of sheet.validations) {
    const m = /(\d+)$/.exec(v.range);
    if (m) last = Math.max(last, Number(m[1]));
  }
  return last;
}

/**
 * The grids a layout would read back as (values, and each data cell's column number format), as an
 * adapter would return them after writing it: for tests, previews and scoring without a file.
 */
export function layoutGrids(layout: WorkbookLayout): SheetGrids {
  const grids: Record<string, SheetGrid> = {};
  for (const sheet of layout.sheets) {
    grids[sheet.name] = {
      name: sheet.name,
      origin: { row: 0, col: 0 },
      values: sheet.rows.map((r) => [...r]),
      numberFormats: sheet.rows.map((r, i) =>
        r.map((_, c) => (i < sheet.headerRows ? null : (sheet.columnFormats[c] ?? null))),
      ),
    };
  }
  return grids;
}
