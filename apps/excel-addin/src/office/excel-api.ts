/**
 * The subset of the Excel JavaScript API the add-in uses, as structural interfaces.
 *
 * The Office.js adapter, the change listener and the pane are written against these, so the same
 * code runs on real Excel (`Excel.run`) and on the in-memory fake (`FakeExcelHost.run`). A
 * compile-time check in `excel-api.check.ts` proves the real `Excel.RequestContext` satisfies them.
 */

/** Values as Office.js gives them: empty cells are `''`, errors are their text (`#DIV/0!`). */
export type XlCell = string | number | boolean;

/** `Range.valueTypes` entries. */
export type XlValueType =
  'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

export interface XlLoadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface XlConditionalFormat {
  readonly cellValue: {
    format: { font: { color: string }; fill: { color: string } };
    rule: { formula1: string; formula2?: string; operator: string };
  };
}

export interface XlRange extends XlLoadable {
  /** 2-D; setting `null` for a cell leaves it unchanged (Office.js rule), `''` clears it. */
  values: XlCell[][];
  formulas: XlCell[][];
  numberFormat: (string | null)[][];
  readonly valueTypes: XlValueType[][];
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  readonly format: { columnWidth: number; autofitColumns(): void };
  readonly conditionalFormats: {
    add(type: 'CellValue'): XlConditionalFormat;
    clearAll(): void;
  };
  /** ExcelApi 1.8: drop-down lists (used by 新建模板 where supported). */
  readonly dataValidation: {
    rule: { list?: { inCellDropDown: boolean; source: unknown } };
    errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  };
  select(): void;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
}

export interface XlChangedEventArgs {
  address: string;
  changeType: string;
  source: string;
  worksheetId: string;
  type: string;
  /** ExcelApi 1.14; undefined on older hosts. */
  triggerSource?: string;
}

export interface XlEventHandlerResult {
  remove(): void;
}

export interface XlWorksheet extends XlLoadable {
  readonly name: string;
  readonly id: string;
  readonly position: number;
  readonly isNullObject: boolean;
  getRange(address?: string): XlRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly onChanged: {
    add(handler: (args: XlChangedEventArgs) => Promise<unknown>): XlEventHandlerResult;
  };
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlRequestContext {
  readonly workbook: { readonly worksheets: XlWorksheetCollection };
  sync(): Promise<void>;
}

/** `Excel.run` (or the fake's `run`). */
export type XlRun = <T>(batch: (context: XlRequestContext) => Promise<T>) => Promise<T>;

/** The error code Office.js gives when a request or response exceeds Excel on the web's limit. */
export const PAYLOAD_LIMIT_CODE = 'RequestPayloadSizeLimitExceeded';

/** Excel on the web's request/response payload limit (5 MB). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** True when an error thrown by `sync()` is the payload-size error. */
export function isPayloadLimitError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === PAYLOAD_LIMIT_CODE
  );
}

/**
 * Points per character of an Excel column width (widths in the contract are in characters, as in
 * .xlsx files; Office.js `format.columnWidth` is in points). Calibri 11: about 7 px = 5.25 pt,
 * plus cell padding.
 */
export const POINTS_PER_CHAR = 6;
