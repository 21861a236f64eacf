import { isMetricName, type Evaluation } from '@jixiao/engine';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import { cellAddress, qualifiedAddress } from './address.js';
import { plainDecimal } from './decimal-text.js';
import { normalizeKeyword } from './notation.js';
import type { CellIssue } from './cell-issue.js';
import type { CellMap, SheetMap } from './cell-map.js';
import {
  BUDGET_SHEET,
  FORMATS,
  INDICATOR_SHEET,
  REPORT_SHEET,
  columnDef,
  type ColumnDef,
} from './contract.js';
import {
  cellFormat,
  cellFormula,
  cellValue,
  displayValue,
  findSheet,
  isBlank,
  keepColumns,
  mergeAt,
} from './grid.js';
import type {
  CellWrite,
  SheetGrid,
  SheetGrids,
  SheetReplacement,
  WritePlan,
  WrittenCell,
} from './port.js';
import {
  isReportEntry,
  reportRecordCells,
  sameRecord,
  sortRecord,
  writtenIndex,
  writtenText,
} from './written.js';
import { workbookIssue } from './render-issue.js';

/** Shown in an output cell whose value is undefined (a rate over a zero budget). */
export const UNDEFINED_VALUE = '—';

/** Options of {@link planWrites}. */
export interface PlanOptions {
  /**
   * Filled report rows (样式, 内容) to write to the 报告 sheet, replacing it whole; none when absent.
   * The record then holds this fill as the 报告 sheet's entries; without it, the recorded fill is kept.
   */
  report?: ReadonlyArray<ReadonlyArray<string | number | null>> | null;
  /**
   * The workbook's record of the cells the tool wrote (`written.ts`), or null/absent when it has
   * none. With a record, an output cell is the tool's only when blank or still holding what the
   * record says the tool wrote there: anything else was typed by a person and is reported and kept.
   * Without one (a workbook from before the record), a number or `—` counts as the tool's.
   */
  written?: readonly WrittenCell[] | null;
  /**
   * Projects (所属项目): each one's evaluation and the map of its own rows. Their indicators' outputs
   * are planned from the project's evaluation; `map`'s own rows are the department's.
   */
  projects?: readonly { map: CellMap; evaluation: Evaluation }[];
}

/** What {@link planWrites} returns: the cells to write and the output cells left alone. */
export interface PlanResult {
  plan: WritePlan;
  issues: CellIssue[];
}

interface Desired {
  /** null clears the cell (an unscored row's 得分 and 扣分). */
  value: number | typeof UNDEFINED_VALUE | null;
  numberFormat: string;
  /** The value as people read it, for messages (computed only when an issue needs it). */
  shown: () => string;
  /** The engine's decimal text the value came from (a 支付率, 完成率). */
  decimal?: string;
}

function rate(value: string | null): Desired {
  return value === null
    ? { value: UNDEFINED_VALUE, numberFormat: FORMATS.rate, shown: () => UNDEFINED_VALUE }
    : {
        value: Number(value),
        numberFormat: FORMATS.rate,
        shown: () => formatPercent(value),
        decimal: value,
      };
}

function score(value: string, unscored = false): Desired {
  if (unscored) return { value: null, numberFormat: FORMATS.score, shown: () => '' };
  return { value: Number(value), numberFormat: FORMATS.score, shown: () => formatNumber(value) };
}

/** Whether the tool may write over what a cell holds now: blank, a number, or its own `—`. */
function owned(value: ReturnType<typeof cellValue>): boolean {
  return isBlank(value) || typeof value === 'number' || value === UNDEFINED_VALUE;
}

/** The most value texts {@link Planner} keeps for sharing. */
const TEXTS_KEPT = 1024;

class Planner {
  readonly cells: CellWrite[] = [];
  readonly issues: CellIssue[] = [];
  /** The cells the tool owns after this plan (the new record). */
  readonly record: WrittenCell[] = [];
  private readonly reportedMissing = new Set<string>();
  private readonly written: Map<string, string> | null;
  private readonly texts = new Map<Desired['value'], string>();

  constructor(
    private readonly grids: SheetGrids,
    written: readonly WrittenCell[] | null,
  ) {
    this.written = written === null ? null : writtenIndex(written);
  }

  /**
   * {@link writtenText} of a planned value, shared by the entries of equal values: scores and
   * completion rates repeat (a record of 100,000 lines has 160,000 entries). The table is emptied
   * at {@link TEXTS_KEPT} values, so that values that hardly repeat (支付率, 15 digits) never fill it.
   */
  private text(desired: Desired): string {
    const value = desired.value;
    let text = this.texts.get(value);
    if (text === undefined) {
      text = writtenText(value);
      // the engine's own text when it reads the same (a 支付率 of 15 digits does): the record and
      // the evaluation then hold one string, not two (4 MB over 100,000 lines)
      if (desired.decimal === text) text = desired.decimal;
      if (this.texts.size >= TEXTS_KEPT) this.texts.clear();
      this.texts.set(value, text);
    }
    return text;
  }

  grid(map: SheetMap<string>): SheetGrid | null {
    return this.grids[map.sheet] ?? null;
  }

  missingColumn(sheet: string, column: ColumnDef): void {
    const key = `${sheet}\u0000${column.key}`;
    if (this.reportedMissing.has(key)) return;
    this.reportedMissing.add(key);
    this.issues.push(
      workbookIssue(
        'output.columnMissing',
        'info',
        { sheet },
        { column: column.name, columnEn: column.aliases[0] ?? column.name },
      ),
    );
  }

  /** Plans one output cell: skipped when unchanged, reported when it holds something foreign. */
  cell(grid: SheetGrid, row: number, col: number, column: ColumnDef, desired: Desired): void {
    const merge = mergeAt(grid, row, col);
    if (merge !== undefined) {
      // a merged output cell is never half-written
      this.issues.push(
        workbookIssue(
          'output.merged',
          'warning',
          { sheet: grid.name, row, col, cell: qualifiedAddress(grid.name, row, col) },
          {
            column: column.name,
            columnEn: column.aliases[0] ?? column.name,
            computed: desired.shown(),
            range: `${cellAddress(merge.top, merge.left)}:${cellAddress(merge.bottom, merge.right)}`,
          },
        ),
      );
      return;
    }
    const current = cellValue(grid, row, col);
    const formula = cellFormula(grid, row, col);
    const address = cellAddress(row, col);
    const recorded = this.written?.get(`${grid.name}!${address}`);
    const ours =
      formula === null &&
      (this.written === null
        ? owned(current)
        : isBlank(current) || (recorded !== undefined && recorded === writtenText(current)));
    if (!ours) {
      const at = { sheet: grid.name, row, col, cell: qualifiedAddress(grid.name, row, col) };
      const params = {
        column: column.name,
        columnEn: column.aliases[0] ?? column.name,
        computed: desired.shown(),
      };
      if (formula === null && recorded !== undefined)
        this.issues.push(
          workbookIssue('output.changed', 'warning', at, {
            ...params,
            value: displayValue(current),
            written: recorded,
          }),
        );
      else if (formula !== null)
        this.issues.push(workbookIssue('output.formula', 'warning', at, { ...params, formula }));
      else
        this.issues.push(
          workbookIssue('output.foreign', 'warning', at, {
            ...params,
            value: displayValue(current),
          }),
        );
      return;
    }
    const isNumber = typeof desired.value === 'number';
    // A known, different number format is rewritten; an unknown or General one (null) is not a change.
    const format = cellFormat(grid, row, col);
    const sameValue = current === desired.value || (desired.value === null && isBlank(current));
    const sameFormat = !isNumber || format === null || format === desired.numberFormat;
    this.record.push({ sheet: grid.name, address, value: this.text(desired) });
    if (sameValue && sameFormat) return;
    // one literal per shape: a property added later would live outside the object (160,000 writes)
    const write: CellWrite = isNumber
      ? {
          sheet: grid.name,
          row,
          col,
          address,
          value: desired.value,
          numberFormat: desired.numberFormat,
        }
      : { sheet: grid.name, row, col, address, value: desired.value };
    this.cells.push(write);
  }
}

/**
 * Plans the writes of a scoring run: the output cells (预算执行.支付率, 绩效指标.完成率/得分/扣分, and
 * 实际值 where 数据来源 is set) whose values differ from what the grids hold now, as JS numbers
 * (from the exact decimals) with their number formats, `—` where a rate is undefined. Input cells
 * never appear. An output cell holding a formula or text the tool would not write is reported and
 * left alone. With `options.report`, the 报告 sheet is replaced whole.
 */
export function planWrites(
  grids: SheetGrids,
  map: CellMap,
  evaluation: Evaluation,
  options: PlanOptions = {},
): PlanResult {
  const planner = new Planner(grids, options.written ?? null);

  const budget = map.budget;
  const budgetGrid = budget ? planner.grid(budget) : null;
  if (budget && budgetGrid) {
    const column = columnDef(BUDGET_SHEET, 'rate');
    const col = budget.columns.rate;
    if (col === undefined) planner.missingColumn(budget.sheet, column);
    else {
      const readOnly = new Set(budget.readOnlyRows ?? []);
      for (const line of evaluation.budget.lines) {
        const row = budget.rows[line.index];
        if (row !== undefined && !readOnly.has(row))
          planner.cell(budgetGrid, row, col, column, rate(line.rate));
      }
    }
  }

  planIndicators(planner, map, evaluation);
  // each project's indicators take their outputs from the project's own evaluation
  for (const project of options.projects ?? [])
    planIndicators(planner, project.map, project.evaluation);

  const replaceSheets: SheetReplacement[] = [];
  if (options.report) {
    const sheet = map.report?.sheet ?? findSheet(grids, REPORT_SHEET)?.name ?? REPORT_SHEET.name;
    const header = REPORT_SHEET.columns.map((c) => c.name);
    const rows = options.report.map((r) => [...r]);
    const first = rows[0];
    const hasHeader = first !== undefined && first[0] === header[0] && first[1] === header[1];
    const full = hasHeader ? rows : [header, ...rows];
    const existing = grids[sheet];
    if (!existing || !sameRows(existing, full)) {
      replaceSheets.push({
        sheet,
        rows: full,
        columnWidths: REPORT_SHEET.columns.map((c) => c.width),
      });
    }
    // the last fill, to tell a report edited by hand from the tool's own next time
    planner.record.push(...reportRecordCells(sheet, full));
  } else if (options.written) {
    // 报告 is not written: the fill recorded last stays the one to compare with
    planner.record.push(...options.written.filter(isReportEntry));
  }

  const cells = planner.cells.sort((a, b) =>
    a.sheet === b.sheet ? a.row - b.row || a.col - b.col : a.sheet < b.sheet ? -1 : 1,
  );
  const plan: WritePlan = { cells, replaceSheets };
  const record = sortRecord(planner.record);
  if (!sameRecord(record, options.written ?? null)) plan.written = record;
  return { plan, issues: planner.issues };
}

/**
 * The grids cut to what {@link planWrites} reads of them with this map: 预算执行 and 绩效指标 keep
 * only 支付率; 完成率, 得分, 扣分, 实际值 and 数据来源 (which says whether 实际值 is an output); other
 * sheets are kept whole. The plan is the same (a property test holds it so); a caller can let the
 * whole grids go before planning (a 100,000-line 预算执行 is 60 MB as a grid, its 支付率 a few).
 */
export function planningGrids(grids: SheetGrids, map: CellMap): SheetGrids {
  const out: Record<string, SheetGrid> = { ...grids };
  const budget = map.budget;
  const budgetGrid = budget ? grids[budget.sheet] : undefined;
  const indicators = map.indicators;
  const indicatorGrid = indicators ? grids[indicators.sheet] : undefined;
  if (budget && budgetGrid && budget.sheet !== indicators?.sheet)
    out[budget.sheet] = keepColumns(budgetGrid, defined([budget.columns.rate]));
  if (indicators && indicatorGrid && indicators.sheet !== budget?.sheet) {
    const c = indicators.columns;
    out[indicators.sheet] = keepColumns(
      indicatorGrid,
      defined([c.completion, c.score, c.deducted, c.actual, c.source]),
    );
  }
  return out;
}

const defined = (xs: readonly (number | undefined)[]): number[] =>
  xs.filter((x): x is number => x !== undefined);

/** Plans 绩效指标's outputs (完成率, 得分, 扣分, and 实际值 where 数据来源 is set) of one evaluation. */
function planIndicators(planner: Planner, map: CellMap, evaluation: Evaluation): void {
  const indicators = map.indicators;
  const indicatorGrid = indicators ? planner.grid(indicators) : null;
  if (indicators && indicatorGrid) {
    const outputs = [
      ['completion', (r: Evaluation['indicators'][number]) => rate(r.completion)],
      // an unscored row (a data error) gets an empty 得分 and 扣分, never a 0 that reads as final
      ['score', (r: Evaluation['indicators'][number]) => score(r.score, r.status === 'unscored')],
      [
        'deducted',
        (r: Evaluation['indicators'][number]) => score(r.deducted, r.status === 'unscored'),
      ],
    ] as const;
    for (const [key, desired] of outputs) {
      const column = columnDef(INDICATOR_SHEET, key);
      const col = indicators.columns[key];
      if (col === undefined) {
        planner.missingColumn(indicators.sheet, column);
        continue;
      }
      for (const result of evaluation.indicators) {
        const row = indicators.rows[result.index];
        if (row !== undefined) planner.cell(indicatorGrid, row, col, column, desired(result));
      }
    }
    const sourceCol = indicators.columns.source;
    const actualCol = indicators.columns.actual;
    if (sourceCol !== undefined && actualCol !== undefined) {
      const column = columnDef(INDICATOR_SHEET, 'actual');
      for (const result of evaluation.indicators) {
        const row = indicators.rows[result.index];
        const source = row === undefined ? null : cellValue(indicatorGrid, row, sourceCol);
        // only a metric the tool computes makes 实际值 an output: with an unknown 数据来源 (an issue
        // of its own) whatever the user typed there stays
        if (
          row === undefined ||
          typeof source !== 'string' ||
          !isMetricName(normalizeKeyword(source))
        )
          continue;
        const metric =
          result.actual !== null && plainDecimal(result.actual) !== null ? result.actual : null;
        planner.cell(indicatorGrid, row, actualCol, column, rate(metric));
      }
    }
  }
}

/** Whether a sheet already holds exactly these rows from A1 (trailing blanks ignored). */
function sameRows(
  grid: SheetGrid,
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): boolean {
  const trim = (r: ReadonlyArray<unknown>): unknown[] => {
    const out = r.map((v) => (v === '' ? null : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  };
  const height = Math.max(grid.origin.row + grid.values.length, rows.length);
  for (let r = 0; r < height; r++) {
    const want = trim(rows[r] ?? []);
    const have: unknown[] = [];
    const width = Math.max(
      want.length,
      (grid.values[r - grid.origin.row]?.length ?? 0) + grid.origin.col,
    );
    for (let c = 0; c < width; c++) have.push(cellValue(grid, r, c));
    const got = trim(have);
    if (got.length !== want.length || got.some((v, i) => v !== want[i])) return false;
  }
  return true;
}
