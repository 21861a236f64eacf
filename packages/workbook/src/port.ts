/**
 * The port between the pure pipeline and the outside world (an .xlsx file, Excel through Office.js,
 * a file in the browser). Adapters only move 2-D arrays in and apply write plans: no scoring, no
 * parsing of the contract, no formatting decisions live in an adapter.
 */
import type { CellMap } from './cell-map.js';

/** An Excel error value as it appears in a cell (`#DIV/0!`, `#N/A`, `#REF!` …). */
export interface CellError {
  error: string;
}

/** What a cell holds, as both Office.js `values` and an .xlsx reader give it. */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells, 0-based and inclusive (a merged area `B5:B15` is top 4, left 1, bottom 14, right 1). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A reference inside a formula: 0-based column and row, each `$`-anchored (abs) or relative. */
export interface FormulaRef {
  colAbs: boolean;
  col: number;
  rowAbs: boolean;
  row: number;
}

/** A formula split into plain text (functions, operators, quoted text) and references. */
export type FormulaPart = string | FormulaRef;

/**
 * One formula filled down a column (an .xlsx shared formula, `<f t="shared" si="0"/>`): every cell
 * from `top` to `bottom` (0-based, absolute) in `col` holds the formula written at the master's
 * (row, col), translated to its own position. A file adapter keeps one run, not one string per cell.
 */
export interface FormulaRun {
  col: number;
  top: number;
  bottom: number;
  master: { row: number; col: number; parts: FormulaPart[] };
}

/**
 * One sheet's used range as a 2-D array. `values[r][c]` is the cell at
 * row `origin.row + r`, column `origin.col + c` (both 0-based: A1 is row 0, col 0).
 * `formulas[r][c]` is the cell's formula text without the leading `=`, or null for a constant.
 * The arrays may be sparse (a file adapter leaves holes for empty rows and cells, so a stray value
 * at XFD1048576 costs one cell): read them through `cellValue`/`cellFormula`/`cellFormat`, where a
 * hole is null. In `values`, null means empty; a formula with no cached value is null with its
 * formula set, while a formula cached as the empty string is `''`.
 */
export interface SheetGrid {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  formulas?: (string | null)[][];
  /**
   * Formulas filled down, sorted by column then top row: a cell with no entry in `formulas` that
   * lies in a run has the run's formula (read through `cellFormula`). Rows of all three arrays may
   * be shared between rows with the same cells: treat them as read-only.
   */
  formulaRuns?: FormulaRun[];
  /** Number format per cell where the adapter knows it (used to tell 95% typed as a percent). */
  numberFormats?: (string | null)[][];
  /**
   * Rows (absolute, 0-based) that an Excel table declares as its totals row (`totalsRowCount`),
   * whatever their label: read as totals, never as lines.
   */
  totalsRows?: number[];
  /** Merged areas: an input reads its area's top-left value in every cell; an output inside one is not written. */
  merges?: CellRange[];
}

/** The sheets of a workbook by name (only those the pipeline asked for and that exist). */
export type SheetGrids = Readonly<Record<string, SheetGrid>>;

/** One cell to write. Only output cells ever appear here. */
export interface CellWrite {
  sheet: string;
  /** 0-based row and column */
  row: number;
  col: number;
  /** A1 address without the sheet, e.g. `G7` */
  address: string;
  /** null clears the cell */
  value: string | number | null;
  /** Excel number format, e.g. `0.00%` or `0.00` */
  numberFormat?: string;
}

/** A sheet the tool owns wholly (报告) and rewrites whole. */
export interface SheetReplacement {
  sheet: string;
  /** Rows from A1; each row a list of cell texts. */
  rows: (string | number | null)[][];
  columnWidths?: number[];
}

/** One output cell the tool wrote, with the value as text (see `written.ts`). */
export interface WrittenCell {
  sheet: string;
  /** A1 address without the sheet */
  address: string;
  /** what the tool wrote: a number in shortest form (`0.9999`), or the text (`—`) */
  value: string;
}

export interface WritePlan {
  cells: CellWrite[];
  replaceSheets: SheetReplacement[];
  /**
   * The record of the cells the tool owns after this plan, to store in the workbook (a custom XML
   * part, `written.ts`); absent when the stored record does not change.
   */
  written?: WrittenCell[];
}

export interface WorkbookPort {
  /** Read the named sheets; a missing sheet is simply absent from the result. */
  readSheets(names: readonly string[]): Promise<SheetGrids>;
  /** Names of all sheets, in order. */
  sheetNames(): Promise<string[]>;
  /** Names of the hidden sheets, where the port knows them (a hidden form is not scored). */
  hiddenSheetNames?(): Promise<string[]>;
  /** The stored record of the cells the tool wrote, or null when the workbook has none. */
  readWritten?(): Promise<WrittenCell[] | null>;
  /**
   * Apply the plan; cells not in the plan are untouched. An empty plan changes nothing. `map` says
   * where the values came from, for a port that keeps more than the plan current (the Excel pane
   * highlights scores below their points); other ports ignore it.
   */
  apply(plan: WritePlan, map?: CellMap): Promise<void>;
}
