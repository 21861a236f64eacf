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

/** One conditional format of a range's collection (ExcelApi 1.6). */
export interface XlConditionalFormatItem {
  readonly type: string;
  /** Only for `type === 'CellValue'` (load `cellValue/rule` after checking the type). */
  readonly cellValue: XlConditionalFormat['cellValue'] & XlLoadable;
  getRange(): XlRange;
}

/** `Range.conditionalFormats`: the formats that intersect the range. */
export interface XlConditionalFormatCollection extends XlLoadable {
  readonly items: XlConditionalFormatItem[];
  add(type: 'CellValue'): XlConditionalFormat;
  clearAll(): void;
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
  readonly conditionalFormats: XlConditionalFormatCollection;
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

/** `Worksheet.onCalculated` (ExcelApi 1.8). */
export interface XlCalculatedEventArgs {
  type: string;
  worksheetId: string;
  /** ExcelApi 1.11. */
  address?: string;
}

/** `Worksheet.onSelectionChanged` (ExcelApi 1.7). */
export interface XlSelectionChangedEventArgs {
  address: string;
  type: string;
  worksheetId: string;
}

/**
 * What `EventHandlers.add` returns. `remove()` takes effect only when `context` — the context the
 * handler was added in — syncs:
 * https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult
 */
export interface XlEventHandlerResult {
  readonly context: XlClientContext;
  remove(): void;
}

/** An `EventHandlers<T>` slot. */
export interface XlEventSlot<A> {
  add(handler: (args: A) => Promise<unknown>): XlEventHandlerResult;
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
  /** Delete the sheet (ExcelApi 1.1). */
  delete(): void;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly onChanged: XlEventSlot<XlChangedEventArgs>;
  /** ExcelApi 1.8: formula results on the sheet changed (no `onChanged` for those). */
  readonly onCalculated: XlEventSlot<XlCalculatedEventArgs>;
  /** ExcelApi 1.7. */
  readonly onSelectionChanged: XlEventSlot<XlSelectionChangedEventArgs>;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

/**
 * `Excel.CustomXmlPart` (ExcelApi 1.5): a custom XML part kept in the workbook package
 * (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart). `getXml()` is a
 * `ClientResult` whose `value` is readable after the next sync.
 */
export interface XlCustomXmlPart extends XlLoadable {
  readonly id: string;
  readonly namespaceUri: string;
  getXml(): { readonly value: string };
  setXml(xml: string): void;
  delete(): void;
}

/** `Excel.CustomXmlPartScopedCollection`: the parts of one namespace (`items` after a load). */
export interface XlCustomXmlPartScopedCollection extends XlLoadable {
  readonly items: XlCustomXmlPart[];
}

/**
 * `Excel.CustomXmlPartCollection` (`workbook.customXmlParts`, ExcelApi 1.5):
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection
 */
export interface XlCustomXmlPartCollection {
  add(xml: string): XlCustomXmlPart;
  /** The part with this id (`ItemNotFound` at sync when there is none). */
  getItem(id: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): XlCustomXmlPartScopedCollection;
}

export interface XlRequestContext {
  readonly workbook: {
    readonly worksheets: XlWorksheetCollection;
    /** ExcelApi 1.5: where the record of the cells the tool wrote is kept (`written.ts`). */
    readonly customXmlParts: XlCustomXmlPartCollection;
  };
  sync(): Promise<void>;
}

/** `Excel.run` (or the fake's `run`). */
export type XlRun = <T>(batch: (context: XlRequestContext) => Promise<T>) => Promise<T>;

/** `OfficeExtension.ClientRequestContext`: what an event handler result knows of its context. */
export interface XlClientContext {
  sync(): Promise<void>;
}

/** `Excel.run(context, batch)`: a batch in an existing context (to remove event handlers). */
export type XlRunIn = <T>(
  context: XlClientContext,
  batch: (context: XlRequestContext) => Promise<T>,
) => Promise<T>;

/**
 * The error codes Office.js gives when a request (what the add-in sends: writes) or a response
 * (what Excel returns: reads) exceeds Excel on the web's 5 MB limit. Both directions are limited:
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices
 * ("Excel on the web limits requests and responses to 5 MB"); the request code as thrown by a big
 * write: https://github.com/specklesystems/speckle-excel/issues/9; the response code as thrown by a
 * big read: https://github.com/microsoftgraph/microsoft-graph-docs/issues/15709.
 */
export const PAYLOAD_LIMIT_CODES = {
  request: 'RequestPayloadSizeLimitExceeded',
  response: 'ResponsePayloadSizeLimitExceeded',
} as const;

/** Excel on the web's request/response payload limit (5 MB). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The code of an Office.js error (`OfficeExtension.Error.code`), or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** True when an error thrown by `sync()` is the payload-size error, in either direction. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = errorCode(error);
  return code === PAYLOAD_LIMIT_CODES.request || code === PAYLOAD_LIMIT_CODES.response;
}

/**
 * The code of a batch refused because the user is typing in a cell. Documented under
 * `Excel.RunOptions.delayForCellEdit` (https://learn.microsoft.com/javascript/api/excel/excel.runoptions:
 * "When false, if the user is in cell edit when the batch request is processed by the host, the
 * batch automatically fails"); thrown as in https://github.com/OfficeDev/office-js/issues/625.
 */
export const CELL_EDIT_CODE = 'InvalidOperationInCellEditMode';

/**
 * Thrown when a batch run with `mergeUndoGroup` contains an API without undo support:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities
 */
export const UNDO_NOT_SUPPORTED_CODE = 'UndoNotSupported';

/** `Excel.RunOptions` as the adapter uses them. */
export interface XlRunOptions {
  /** ExcelApi 1.11: wait until the user leaves cell-edit mode instead of failing the batch. */
  delayForCellEdit?: boolean;
  /** ExcelApi 1.20: all syncs of this `Excel.run` form one undo group. */
  mergeUndoGroup?: boolean;
}

/** `Excel.run(options, batch)` (or the fake's `runWith`). */
export type XlRunWith = <T>(
  options: XlRunOptions,
  batch: (context: XlRequestContext) => Promise<T>,
) => Promise<T>;

export interface CellEditRetryOptions {
  /** Run options for every batch (`delayForCellEdit: true` where the host has ExcelApi 1.11). */
  options: XlRunOptions;
  /** Waits between attempts when the host still refuses (ms); its length bounds the retries. */
  backoffMs?: readonly number[];
  /** Injected sleep (tests). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * An {@link XlRun} that passes `options` (delayForCellEdit …) to every batch and, when the host
 * still refuses one with InvalidOperationInCellEditMode (hosts before ExcelApi 1.11 ignore the
 * option; Excel on the web has thrown it despite the option:
 * https://github.com/OfficeDev/office-js/issues/3021), runs the whole batch again after a pause,
 * a bounded number of times, then lets the error through. Batches are re-run whole, so they must
 * be idempotent (the adapter's reads and writes are: each writes computed values, never increments).
 */
export function cellEditSafeRun(runWith: XlRunWith, retry: CellEditRetryOptions): XlRun {
  const backoff = retry.backoffMs ?? [250, 500, 1000, 2000, 4000];
  const sleep =
    retry.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return async <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> => {
    let options = retry.options;
    for (let attempt = 0; ; attempt++) {
      try {
        return await runWith(options, batch);
      } catch (error) {
        if (options.mergeUndoGroup && errorCode(error) === UNDO_NOT_SUPPORTED_CODE) {
          // An API in the batch cannot be grouped for undo: run it ungrouped (excel-add-ins-undo-capabilities).
          options = { ...options, mergeUndoGroup: false };
          continue;
        }
        const wait = backoff[attempt];
        if (errorCode(error) !== CELL_EDIT_CODE || wait === undefined) throw error;
        await sleep(wait);
      }
    }
  };
}

/**
 * Points per character of an Excel column width (widths in the contract are in characters, as in
 * .xlsx files; Office.js `format.columnWidth` is in points). Calibri 11: about 7 px = 5.25 pt,
 * plus cell padding.
 */
export const POINTS_PER_CHAR = 6;
