/**
 * A strict in-memory fake of the part of the Excel JavaScript API the add-in uses.
 *
 * Strict where Excel is strict, so code that passes here behaves in Excel:
 * - proxies: every property read throws `PropertyNotLoaded` until it was `load()`ed AND synced;
 * - writes are queued and take effect only at `sync()` (in order, with loads seeing earlier writes);
 *   `null` in a `values` array leaves that cell unchanged, `''` clears it (Office.js rules);
 * - a request larger than Excel on the web's 5 MB limit fails the sync with
 *   `RequestPayloadSizeLimitExceeded`, a response with `ResponsePayloadSizeLimitExceeded`
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices);
 * - while the user is in cell-edit mode ({@link FakeExcelHost.beginCellEdit}) a sync fails with
 *   `InvalidOperationInCellEditMode`, unless the batch was run with `delayForCellEdit` on a host
 *   that honours it, which waits until the edit ends
 *   (https://learn.microsoft.com/javascript/api/excel/excel.runoptions,
 *   https://github.com/OfficeDev/office-js/issues/625);
 * - undo ({@link FakeExcelHost.undo}): with API undo support every sync that writes is one undo
 *   record, all syncs of one run with `mergeUndoGroup` are one
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities); without
 *   it (hosts before undo support) an add-in write empties the undo stack;
 * - an event handler is removed only when the context it was added in syncs after `remove()`
 *   (https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult: "The same
 *   RequestContext object that the handler was added in must be used when removing the handler");
 * - a sheet deleted and added again under the same name is a new sheet with a new id; the old
 *   sheet's handlers never fire again;
 * - picking from a drop-down list on the web fires no `onChanged`
 *   (https://github.com/OfficeDev/office-js/issues/3888, #4066), but the selection moves;
 * - `onCalculated` fires after a recalculation changed formula results
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-oncalculated-member);
 * - proxies die with their `Excel.run` batch; every sync is counted;
 * - `onChanged` handlers receive events carrying `triggerSource`: `ThisLocalAddin` for the add-in's
 *   own writes, `Unknown` for a user's typing ({@link FakeExcelHost.typeAsUser});
 * - `workbook.customXmlParts` (ExcelApi 1.5) as documented, in `fake-xml-parts.ts`.
 */
import type { XlCell, XlRequestContext } from '../excel-api.js';
import {
  CELL_EDIT_CODE,
  PAYLOAD_LIMIT_BYTES,
  PAYLOAD_LIMIT_CODES,
  type XlClientContext,
  type XlRunOptions,
} from '../excel-api.js';
import { parseRect, rectAddress, splitSheetAddress, type CellRect } from '@jixiao/workbook';
import { FakeOfficeError } from './fake-errors.js';
import { FakeSheet, formulaCell, type FakeCell } from './fake-sheet.js';
import { FakeContext } from './fake-context.js';
import type { FakeXmlPartStore } from './fake-xml-parts.js';

/** Counters a test or the benchmark reads. */
export interface FakeStats {
  /** `context.sync()` calls (including the implicit one at the end of `run`). */
  syncs: number;
  /** Cells assigned through `values` (a write of an N×M range counts N×M). */
  cellsWritten: number;
  /** Write operations (one per range assignment). */
  writeOps: number;
  /** Conditional-format operations (add, clearAll). */
  formatOps: number;
  /** Request and response sizes of every sync, in bytes. */
  requestBytes: number[];
  responseBytes: number[];
}

export interface FakeHostOptions {
  /** Enforce the 5 MB limit (default true) and its size. */
  payloadLimitBytes?: number | null;
  /** Whether change events carry `triggerSource` (ExcelApi 1.14). Default true. */
  supportsTriggerSource?: boolean;
  /** Simulated round-trip time of each sync, in milliseconds (default 0: a macrotask). */
  latencyMs?: number;
  /** Whether `delayForCellEdit` is honoured (ExcelApi 1.11). Default true. */
  supportsDelayForCellEdit?: boolean;
  /**
   * Undo of add-in writes: `'api'` (current Microsoft 365: add-in writes are undo records,
   * `mergeUndoGroup` from ExcelApi 1.20 groups a run's syncs) or `'none'` (older hosts: an add-in
   * write clears the undo stack). Default `'api'`.
   */
  undo?: 'api' | 'none';
}

/** One undo record: the cells it changed, as they were before. */
interface UndoRecord {
  by: 'user' | 'addin';
  cells: { sheet: FakeSheet; row: number; col: number; before: FakeCell | undefined }[];
  /** The run it belongs to when merged (mergeUndoGroup). */
  group?: object;
}

/** A change notification as delivered to handlers. */
export interface FakeChange {
  sheet: string;
  address: string;
  triggerSource: 'ThisLocalAddin' | 'Unknown';
}

/** A worksheet event handler as the fake stores it (per sheet object, not per name). */
export type FakeSheetEvent = 'onChanged' | 'onCalculated' | 'onSelectionChanged';

/** The fake Excel application holding one workbook. */
export class FakeExcelHost {
  readonly sheets: FakeSheet[] = [];
  readonly stats: FakeStats = {
    syncs: 0,
    cellsWritten: 0,
    writeOps: 0,
    formatOps: 0,
    requestBytes: [],
    responseBytes: [],
  };
  /** The last selected range, as `Sheet!A1:B2`. */
  selection: string | null = null;
  activeSheet: string | null = null;
  payloadLimitBytes: number | null;
  supportsTriggerSource: boolean;
  latencyMs: number;
  /** Called inside every sync before the queued work runs: a test types here "while Excel works". */
  beforeSync: ((syncNumber: number) => void | Promise<void>) | null = null;
  /** Every change event delivered, in order (for tests). */
  readonly changeLog: FakeChange[] = [];
  private pendingDeliveries = 0;
  supportsDelayForCellEdit: boolean;
  readonly undoMode: 'api' | 'none';
  /** The user is typing in a cell (between beginCellEdit and endCellEdit). */
  private editing: { done: Promise<void>; end: () => void } | null = null;
  /** Batches refused because of cell-edit mode (tests). */
  cellEditRefusals = 0;
  readonly undoStack: UndoRecord[] = [];
  /** Sheets deleted (their handlers are dead). */
  readonly deletedSheets: FakeSheet[] = [];
  /** The workbook's custom XML parts (`workbook.customXmlParts`, fake-xml-parts.ts). */
  readonly xmlParts: FakeXmlPartStore = { parts: [], nextId: 1 };

  constructor(options: FakeHostOptions = {}) {
    this.payloadLimitBytes =
      options.payloadLimitBytes === undefined ? PAYLOAD_LIMIT_BYTES : options.payloadLimitBytes;
    this.supportsTriggerSource = options.supportsTriggerSource ?? true;
    this.latencyMs = options.latencyMs ?? 0;
    this.supportsDelayForCellEdit = options.supportsDelayForCellEdit ?? true;
    this.undoMode = options.undo ?? 'api';
  }

  /** `Excel.run`: a fresh context; pending work is synced when the batch returns; proxies die after. */
  readonly run = <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> =>
    this.runWith({}, batch);

  /** `Excel.run(options, batch)`. */
  readonly runWith = async <T>(
    options: XlRunOptions,
    batch: (context: XlRequestContext) => Promise<T>,
  ): Promise<T> => {
    const context = new FakeContext(this, options);
    try {
      const result = await batch(context);
      if (context.hasPendingWork()) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  /**
   * `Excel.run(object.context, batch)`: a batch in an earlier context (the documented way to remove
   * an event handler: in the context it was added in).
   */
  readonly runIn = async <T>(
    context: XlClientContext,
    batch: (context: XlRequestContext) => Promise<T>,
  ): Promise<T> => {
    const ctx = context as FakeContext;
    ctx.reopen();
    try {
      const result = await batch(ctx);
      if (ctx.hasPendingWork()) await ctx.sync();
      return result;
    } finally {
      ctx.close();
    }
  };

  // ------------------------------------------------------------------ cell-edit mode

  /** The user starts typing in a cell (F2 or a keystroke): batches fail or wait until it ends. */
  beginCellEdit(): void {
    if (this.editing) return;
    let end!: () => void;
    const done = new Promise<void>((resolve) => (end = resolve));
    this.editing = { done, end };
  }

  /** The user leaves cell-edit mode (Enter, Tab, Esc). */
  endCellEdit(): void {
    const e = this.editing;
    this.editing = null;
    e?.end();
  }

  get inCellEdit(): boolean {
    return this.editing !== null;
  }

  /** At each sync: refuse, or wait for the edit to end (delayForCellEdit on a host that has it). */
  async gateCellEdit(options: XlRunOptions): Promise<void> {
    while (this.editing) {
      if (options.delayForCellEdit && this.supportsDelayForCellEdit) {
        await this.editing.done;
        continue;
      }
      this.cellEditRefusals++;
      throw new FakeOfficeError(
        CELL_EDIT_CODE,
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    }
  }

  // ------------------------------------------------------------------ undo

  /** Record cells about to change (user edits, add-in writes) for undo. */
  recordUndo(by: 'user' | 'addin', cells: UndoRecord['cells'], group: object | undefined): void {
    if (cells.length === 0) return;
    if (by === 'addin' && this.undoMode === 'none') {
      // Hosts before API undo support: an add-in write clears the whole stack.
      this.undoStack.length = 0;
      return;
    }
    const top = this.undoStack[this.undoStack.length - 1];
    if (group !== undefined && top?.group === group) {
      for (const c of cells) top.cells.push(c);
      return;
    }
    this.undoStack.push({ by, cells: [...cells], ...(group === undefined ? {} : { group }) });
  }

  /**
   * Ctrl+Z: restore the cells of the last undo record (in reverse order) and fire `onChanged` on
   * each sheet's changed rectangle, as a user action (triggerSource `Unknown`). Returns who made
   * the change undone, or null when there is nothing to undo.
   */
  undo(): 'user' | 'addin' | null {
    const record = this.undoStack.pop();
    if (!record) return null;
    const rects = new Map<FakeSheet, CellRect>();
    for (let i = record.cells.length - 1; i >= 0; i--) {
      const { sheet, row, col, before } = record.cells[i]!;
      sheet.put(row, col, before ?? { value: '', formula: null, numberFormat: 'General' });
      const r = rects.get(sheet);
      rects.set(
        sheet,
        r
          ? union(r, { row, col, rowCount: 1, colCount: 1 })
          : { row, col, rowCount: 1, colCount: 1 },
      );
    }
    for (const [sheet, rect] of rects) this.emit(sheet, rect, 'Unknown');
    return record.by;
  }

  // ------------------------------------------------------------------ sheets

  /** A user deletes a sheet: its handlers die with it. */
  deleteSheet(name: string): void {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.deletedSheets.push(s);
  }

  /**
   * A user picks a value from a cell's drop-down list in Excel on the web: the value changes but no
   * `onChanged` fires (https://github.com/OfficeDev/office-js/issues/3888, #4066); then the user
   * moves on, which fires `onSelectionChanged` on the sheet.
   */
  pickFromDropDownOnWeb(sheetAddress: string, value: XlCell, thenSelect: string): void {
    const { sheet, local } = splitSheetAddress(sheetAddress);
    const s = sheet === null ? undefined : this.findSheet(sheet);
    const rect = parseRect(local);
    if (!s || !rect) throw new Error(`no such cell ${sheetAddress}`);
    const before = s.get(rect.row, rect.col);
    this.recordUndo('user', [{ sheet: s, row: rect.row, col: rect.col, before }], undefined);
    s.put(rect.row, rect.col, {
      value,
      formula: null,
      numberFormat: before?.numberFormat ?? 'General',
    });
    this.changeLog.push({ sheet: s.name, address: rectAddress(rect), triggerSource: 'Unknown' });
    this.selectAsUser(`${s.name}!${thenSelect}`);
  }

  /** A user selects a range: `onSelectionChanged` fires on that sheet. */
  selectAsUser(sheetAddress: string): void {
    const { sheet, local } = splitSheetAddress(sheetAddress);
    const s = sheet === null ? undefined : this.findSheet(sheet);
    if (!s || !parseRect(local)) throw new Error(`no such range ${sheetAddress}`);
    this.selection = sheetAddress;
    this.activeSheet = s.name;
    this.deliver(s, 'onSelectionChanged', {
      address: local,
      worksheetId: s.id,
      type: 'WorksheetSelectionChanged',
    });
  }

  /**
   * A recalculation changed formula results on a sheet without any edit on it (an input that is a
   * formula of another sheet or of a linked workbook): the value changes, only `onCalculated`
   * fires (no `onChanged`: formula results are not edits).
   */
  recalculateAsExcel(sheetAddress: string, value: XlCell): void {
    const { sheet, local } = splitSheetAddress(sheetAddress);
    const s = sheet === null ? undefined : this.findSheet(sheet);
    const rect = parseRect(local);
    if (!s || !rect) throw new Error(`no such cell ${sheetAddress}`);
    const before = s.get(rect.row, rect.col);
    s.put(rect.row, rect.col, {
      value,
      formula: before?.formula ?? null,
      numberFormat: before?.numberFormat ?? 'General',
    });
    this.deliver(s, 'onCalculated', {
      address: rectAddress(rect),
      worksheetId: s.id,
      type: 'WorksheetCalculated',
    });
  }

  // ------------------------------------------------------------------ test and setup helpers

  /** The sheet with this name (case-insensitive like Excel), or undefined. */
  findSheet(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Add a sheet holding `rows` from A1 (`null` / `undefined` = empty). Setup only: no events. */
  addSheet(
    name: string,
    rows: ReadonlyArray<ReadonlyArray<XlCell | null | undefined>> = [],
  ): FakeSheet {
    if (this.findSheet(name)) throw new Error(`sheet ${name} exists`);
    const sheet = new FakeSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        sheet.put(r, c, { value: v, formula: null, numberFormat: 'General' });
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  /** The stored cell at `Sheet!A1` (an empty General cell when absent). */
  cell(sheetAddress: string): FakeCell {
    const { sheet, local } = splitSheetAddress(sheetAddress);
    const s = sheet === null ? undefined : this.findSheet(sheet);
    const rect = parseRect(local);
    if (!s || !rect) throw new Error(`no such cell ${sheetAddress}`);
    return s.get(rect.row, rect.col) ?? { value: '', formula: null, numberFormat: 'General' };
  }

  /** The displayed values of a sheet's used range from A1 (for assertions). */
  valuesFromA1(name: string): XlCell[][] {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    const used = s.usedRect(false);
    if (!used) return [];
    const out: XlCell[][] = [];
    for (let r = 0; r < used.row + used.rowCount; r++) {
      const row: XlCell[] = [];
      for (let c = 0; c < used.col + used.colCount; c++) row.push(s.get(r, c)?.value ?? '');
      out.push(row);
    }
    return out;
  }

  /**
   * A user types into one cell (`Sheet!G7`): Excel parses the text like the grid does (`95%` →
   * 0.95 formatted `0%`, `1,234.5` → 1234.5, `=…` a formula), then fires `onChanged` with
   * `triggerSource: 'Unknown'`, asynchronously, as Excel does.
   */
  typeAsUser(sheetAddress: string, text: string | number | boolean | null): void {
    const { sheet, local } = splitSheetAddress(sheetAddress);
    const s = sheet === null ? undefined : this.findSheet(sheet);
    const rect = parseRect(local);
    if (!s || !rect) throw new Error(`no such cell ${sheetAddress}`);
    const before = s.get(rect.row, rect.col);
    this.recordUndo('user', [{ sheet: s, row: rect.row, col: rect.col, before }], undefined);
    s.put(rect.row, rect.col, parseTyped(text, before?.numberFormat ?? 'General'));
    this.emit(s, { ...rect, rowCount: 1, colCount: 1 }, 'Unknown');
  }

  /** A user pastes a block of values at `Sheet!A1`: one event for the whole block. */
  pasteAsUser(sheetAddress: string, block: ReadonlyArray<ReadonlyArray<XlCell>>): void {
    const { sheet, local } = splitSheetAddress(sheetAddress);
    const s = sheet === null ? undefined : this.findSheet(sheet);
    const at = parseRect(local);
    if (!s || !at || block.length === 0) throw new Error(`bad paste ${sheetAddress}`);
    this.recordUndo(
      'user',
      block.flatMap((row, r) =>
        row.map((_, c) => ({
          sheet: s,
          row: at.row + r,
          col: at.col + c,
          before: s.get(at.row + r, at.col + c),
        })),
      ),
      undefined,
    );
    block.forEach((row, r) =>
      row.forEach((v, c) => {
        const before = s.get(at.row + r, at.col + c);
        s.put(at.row + r, at.col + c, {
          value: v,
          formula: null,
          numberFormat: before?.numberFormat ?? 'General',
        });
      }),
    );
    this.emit(
      s,
      { row: at.row, col: at.col, rowCount: block.length, colCount: block[0]!.length },
      'Unknown',
    );
  }

  /** Resolves once every change event fired so far has been delivered and its handler settled. */
  async settled(): Promise<void> {
    while (this.pendingDeliveries > 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  // ------------------------------------------------------------------ used by the context

  /** Deliver a change event to the sheet's handlers on a later macrotask. */
  emit(sheet: FakeSheet, rect: CellRect, triggerSource: 'ThisLocalAddin' | 'Unknown'): void {
    const address = rectAddress(rect);
    this.changeLog.push({ sheet: sheet.name, address, triggerSource });
    this.deliver(sheet, 'onChanged', {
      address,
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: sheet.id,
      type: 'WorksheetChanged',
      ...(this.supportsTriggerSource ? { triggerSource } : {}),
    });
  }

  /** Deliver an event to a live sheet's handlers on a later macrotask. */
  private deliver(sheet: FakeSheet, event: FakeSheetEvent, args: Record<string, unknown>): void {
    if (!this.sheets.includes(sheet)) return;
    const handlers = [...sheet.handlersFor(event)];
    if (handlers.length === 0) return;
    this.pendingDeliveries++;
    setTimeout(() => {
      void Promise.allSettled(handlers.map((h) => h(args as never))).finally(() => {
        this.pendingDeliveries--;
      });
    }, 0);
  }

  /** Throw the payload error of that direction when `bytes` exceeds the limit. */
  checkPayload(bytes: number, what: 'request' | 'response'): void {
    if (this.payloadLimitBytes !== null && bytes > this.payloadLimitBytes) {
      throw new FakeOfficeError(
        PAYLOAD_LIMIT_CODES[what],
        `The ${what} payload size has exceeded the limit (${bytes} > ${this.payloadLimitBytes} bytes). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`,
      );
    }
  }
}

function union(a: CellRect, b: CellRect): CellRect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rowCount: Math.max(a.row + a.rowCount, b.row + b.rowCount) - row,
    colCount: Math.max(a.col + a.colCount, b.col + b.colCount) - col,
  };
}

/**
 * Parse what a user typed the way Excel's grid does (enough for tests). In a cell formatted as
 * Text (`@`) what is typed is kept as text — `=0次` is not a formula, `95%` not a number
 * (Microsoft support, "Format numbers as text": https://support.microsoft.com/office/format-numbers-as-text-583160db-045f-4e6c-8f4b-9d5d4a4a5d6e).
 */
function parseTyped(text: string | number | boolean | null, format: string): FakeCell {
  if (text === null || text === '') return { value: '', formula: null, numberFormat: format };
  if (format === '@') return { value: String(text), formula: null, numberFormat: format };
  if (typeof text !== 'string') return { value: text, formula: null, numberFormat: format };
  if (text.startsWith('=') && text.length > 1) return formulaCell(text, format);
  const t = text.trim();
  const pct = /^(-?\d+(?:\.\d+)?)%$/.exec(t);
  if (pct)
    return {
      value: Number(pct[1]) / 100,
      formula: null,
      numberFormat: format === 'General' ? '0%' : format,
    };
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
    return { value: Number(t.replace(/,/g, '')), formula: null, numberFormat: format };
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t))
    return { value: Number(t), formula: null, numberFormat: format };
  if (/^(TRUE|FALSE)$/i.test(t))
    return { value: t.toUpperCase() === 'TRUE', formula: null, numberFormat: format };
  return { value: text, formula: null, numberFormat: format };
}
