/**
 * A strict in-memory fake of the part of the Excel JavaScript API the add-in uses.
 *
 * Strict where Excel is strict, so code that passes here behaves in Excel:
 * - proxies: every property read throws `PropertyNotLoaded` until it was `load()`ed AND synced;
 * - writes are queued and take effect only at `sync()` (in order, with loads seeing earlier writes);
 *   `null` in a `values` array leaves that cell unchanged, `''` clears it (Office.js rules);
 * - a request or response larger than Excel on the web's 5 MB limit fails the sync with
 *   `RequestPayloadSizeLimitExceeded`;
 * - proxies die with their `Excel.run` batch; every sync is counted;
 * - `onChanged` handlers receive events carrying `triggerSource`: `ThisLocalAddin` for the add-in's
 *   own writes, `Unknown` for a user's typing ({@link FakeExcelHost.typeAsUser}).
 */
import type { XlCell, XlRequestContext } from '../excel-api.js';
import { PAYLOAD_LIMIT_BYTES, PAYLOAD_LIMIT_CODE } from '../excel-api.js';
import { parseRect, rectAddress, splitSheetAddress, type CellRect } from '@jixiao/workbook';
import { FakeOfficeError } from './fake-errors.js';
import { FakeSheet, type FakeCell, type FakeChangeHandler } from './fake-sheet.js';
import { FakeContext } from './fake-context.js';

/** Counters a test or the benchmark reads. */
export interface FakeStats {
  /** `context.sync()` calls (including the implicit one at the end of `run`). */
  syncs: number;
  /** Cells assigned through `values` (a write of an N×M range counts N×M). */
  cellsWritten: number;
  /** Write operations (one per range assignment). */
  writeOps: number;
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
}

/** A change notification as delivered to handlers. */
export interface FakeChange {
  sheet: string;
  address: string;
  triggerSource: 'ThisLocalAddin' | 'Unknown';
}

/** The fake Excel application holding one workbook. */
export class FakeExcelHost {
  readonly sheets: FakeSheet[] = [];
  readonly stats: FakeStats = {
    syncs: 0,
    cellsWritten: 0,
    writeOps: 0,
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

  constructor(options: FakeHostOptions = {}) {
    this.payloadLimitBytes =
      options.payloadLimitBytes === undefined ? PAYLOAD_LIMIT_BYTES : options.payloadLimitBytes;
    this.supportsTriggerSource = options.supportsTriggerSource ?? true;
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** `Excel.run`: a fresh context; pending work is synced when the batch returns; proxies die after. */
  readonly run = async <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    try {
      const result = await batch(context);
      if (context.hasPendingWork()) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

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
    s.put(rect.row, rect.col, parseTyped(text, before?.numberFormat ?? 'General'));
    this.emit(s, { ...rect, rowCount: 1, colCount: 1 }, 'Unknown');
  }

  /** A user pastes a block of values at `Sheet!A1`: one event for the whole block. */
  pasteAsUser(sheetAddress: string, block: ReadonlyArray<ReadonlyArray<XlCell>>): void {
    const { sheet, local } = splitSheetAddress(sheetAddress);
    const s = sheet === null ? undefined : this.findSheet(sheet);
    const at = parseRect(local);
    if (!s || !at || block.length === 0) throw new Error(`bad paste ${sheetAddress}`);
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
    const handlers = [...sheet.handlers];
    if (handlers.length === 0) return;
    const args = {
      address,
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: sheet.id,
      type: 'WorksheetChanged',
      ...(this.supportsTriggerSource ? { triggerSource } : {}),
    };
    this.pendingDeliveries++;
    setTimeout(() => {
      void Promise.allSettled(handlers.map((h: FakeChangeHandler) => h(args))).finally(() => {
        this.pendingDeliveries--;
      });
    }, 0);
  }

  /** Throw the payload error when `bytes` exceeds the limit. */
  checkPayload(bytes: number, what: 'request' | 'response'): void {
    if (this.payloadLimitBytes !== null && bytes > this.payloadLimitBytes) {
      throw new FakeOfficeError(
        PAYLOAD_LIMIT_CODE,
        `The ${what} payload size has exceeded the limit (${bytes} > ${this.payloadLimitBytes} bytes). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`,
      );
    }
  }
}

/** Parse what a user typed the way Excel's grid does (enough for tests). */
function parseTyped(text: string | number | boolean | null, format: string): FakeCell {
  if (text === null || text === '') return { value: '', formula: null, numberFormat: format };
  if (typeof text !== 'string') return { value: text, formula: null, numberFormat: format };
  if (text.startsWith('=')) return { value: '', formula: text, numberFormat: format };
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
