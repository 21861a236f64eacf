/**
 * An in-memory WPS 表格 (ET) following the documented object model (et-jsapi-declare 2.5.0,
 * open.wps.cn ▸ WPS加载项 ▸ 表格 API, and the VBA object model ET mirrors) and the quirks that
 * ported add-ins met, so that tests fail where real WPS would:
 *
 * 1. Every property read and method call is a synchronous cross-process call (≈0.2 ms each;
 *    issue 15): `calls` counts them and `simulatedMs` prices them, so a cell-by-cell adapter shows.
 * 2. `Value2`/`Formula` come back as a scalar for one cell, a flat 1-D array for one row and a 2-D
 *    array otherwise (issue 15); empty cells are `undefined` (COM VT_EMPTY).
 * 3. Formula errors come back as COM error numbers (`#DIV/0!` = −2146826281, `com-errors.ts`).
 * 4. `Address()` is a method (lib.et.d.ts `Range.Address(...)`), absolute by default (`$A$1:$B$2`).
 * 5. Writes apply at once: no batch, no rollback. `protect()` makes writes to a range throw a COM
 *    error after the earlier writes of the same operation have landed.
 * 6. Reading or writing a huge range in one call freezes WPS (issue 15): a call touching more than
 *    `maxCellsPerCall` cells throws {@link FakeEtFreeze} instead of hanging the test.
 * 7. `NumberFormat` of a multi-cell range is a string only when all cells agree, else `null`
 *    (VBA `Range.NumberFormat`); the declarations type it `string`, so assigning an array throws.
 * 8. `UsedRange` starts at the first used cell and counts formatted empty cells; on an empty sheet
 *    it is `$A$1` holding nothing (VBA `Worksheet.UsedRange`).
 * 9. Text that looks like a number or starts with `=` is converted when assigned through `Value2`
 *    to a cell not formatted as text (`@`), as typing it would be.
 * 10. `SheetChange` fires for the add-in's own writes too, not only the user's (VBA
 *    `Worksheet_Change` does unless events are off); `events: 'async'` (default) delivers it after
 *    the call returns, `'sync'` during it.
 * 11. `Sheets.Item(name)` of a missing sheet throws (a COM error; VBA "下标越界"), never null;
 *    sheet names are matched without regard to case and must be valid Excel names.
 */
import type {
  EtApiEvent,
  EtCustomXmlPart,
  EtCustomXmlParts,
  EtApplication,
  EtRange,
  EtSheets,
  EtTaskPane,
  EtWorkbook,
  EtWorksheet,
} from '../et-api.js';
import { columnLetters, displayValue, parseRect } from '@jixiao/workbook';
import { comErrorNumber } from '../com-errors.js';

/** A stored cell. `error` holds a literal (`#DIV/0!`) shown as its COM number through `Value2`. */
export interface FakeCell {
  value?: number | string | boolean | { error: string };
  /** With the leading `=`. The fake does not compute formulas: `value` is their cached result. */
  formula?: string;
  format?: string;
}

/** A COM error as WPS raises it (code as a signed 32-bit HRESULT). */
export class FakeComError extends Error {
  constructor(
    readonly number: number,
    message: string,
  ) {
    super(message);
    this.name = 'FakeComError';
  }
}

/** A call that would freeze WPS (too many cells at once). */
export class FakeEtFreeze extends Error {
  constructor(cells: number, limit: number) {
    super(`WPS 无响应: one call touched ${cells} cells (limit ${limit})`);
    this.name = 'FakeEtFreeze';
  }
}

export interface FakeEtOptions {
  /** Cells one call may touch before WPS freezes (default 20,000). */
  maxCellsPerCall?: number;
  /** When `SheetChange` is delivered (default 'async'). */
  events?: 'sync' | 'async';
  /** Cost of one cross-process call in `simulatedMs` (default 0.2). */
  msPerCall?: number;
}

const DISP_E_BADINDEX = -2147352565;
const E_ACCESSDENIED = -2147024891;
const TYPE_MISMATCH = -2146827284;

type Listener = (sheet: EtWorksheet, target: EtRange) => void;

export class FakeEtApplication implements EtApplication {
  /** Cross-process calls made so far. */
  calls = 0;
  /** The largest number of cells one call touched. */
  maxCellsInOneCall = 0;
  readonly maxCellsPerCall: number;
  readonly events: 'sync' | 'async';
  readonly msPerCall: number;
  readonly workbook: FakeWorkbook;
  private readonly listeners = new Set<Listener>();
  private pendingEvents = 0;
  readonly storage = new Map<string, string>();
  readonly taskPanes: FakeTaskPane[] = [];
  /** Files written through `FileSystem` (path → bytes as a binary string). */
  readonly files = new Map<string, string>();
  /** Files opened through `OAAssist.ShellExecute`. */
  readonly opened: string[] = [];
  /** What the save-as dialog answers (a path, or false for 取消). */
  saveAsAnswer: string | false = '/home/user/桌面/report.docx';
  saveAsRequests: { initial: string; filter: string }[] = [];
  private screenUpdating = true;
  /** `Sheet!$A$1` of the last `Select()`. */
  selection?: string;

  constructor(options: FakeEtOptions = {}) {
    this.maxCellsPerCall = options.maxCellsPerCall ?? 20_000;
    this.events = options.events ?? 'async';
    this.msPerCall = options.msPerCall ?? 0.2;
    this.workbook = new FakeWorkbook(this);
  }

  /** What the calls so far would have cost in real WPS. */
  get simulatedMs(): number {
    return this.calls * this.msPerCall;
  }

  /** @internal one cross-process call touching `cells` cells. */
  call(cells = 0): void {
    this.calls++;
    if (cells > this.maxCellsInOneCall) this.maxCellsInOneCall = cells;
    if (cells > this.maxCellsPerCall) throw new FakeEtFreeze(cells, this.maxCellsPerCall);
  }

  get ActiveWorkbook(): EtWorkbook {
    this.call();
    return this.workbook;
  }

  get ScreenUpdating(): boolean {
    this.call();
    return this.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.call();
    this.screenUpdating = v;
  }

  readonly ApiEvent: EtApiEvent = {
    AddApiEventListener: (name, callback) => {
      this.call();
      if (name !== 'SheetChange')
        throw new FakeComError(TYPE_MISMATCH, `unknown event ${String(name)}`);
      this.listeners.add(callback);
    },
    RemoveApiEventListener: (name, callback) => {
      this.call();
      if (name === 'SheetChange') this.listeners.delete(callback);
    },
  };

  get listenerCount(): number {
    return this.listeners.size;
  }

  readonly PluginStorage = {
    setItem: (key: string, value: string | number | boolean) => {
      this.call();
      this.storage.set(key, String(value));
    },
    getItem: (key: string): string | null => {
      this.call();
      return this.storage.get(key) ?? null;
    },
  };

  CreateTaskPane(url: string, title?: string): EtTaskPane {
    this.call();
    const pane = new FakeTaskPane(this.taskPanes.length + 1, url, title ?? '');
    this.taskPanes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): EtTaskPane {
    this.call();
    const pane = this.taskPanes.find((p) => p.ID === id && !p.deleted);
    if (!pane) throw new FakeComError(DISP_E_BADINDEX, `no task pane ${id}`);
    return pane;
  }

  GetSaveAsFilename(initial?: string, filter?: string): unknown {
    this.call();
    this.saveAsRequests.push({ initial: initial ?? '', filter: filter ?? '' });
    return this.saveAsAnswer;
  }

  readonly FileSystem = {
    writeAsBinaryString: (path: string, data: string): boolean => {
      this.call();
      this.files.set(path, data);
      return true;
    },
  };

  readonly OAAssist = {
    ShellExecute: (file: string) => {
      this.call();
      this.opened.push(file);
    },
  };

  readonly Env = {
    GetDesktopPath: () => (this.call(), '/home/user/桌面'),
    GetHomePath: () => (this.call(), '/home/user'),
  };

  // ------------------------------------------------------------------ test helpers (no cost)

  /** @internal fire SheetChange for a written rectangle. */
  fireChange(sheet: FakeWorksheet, rect: Rect): void {
    if (this.listeners.size === 0) return;
    const deliver = () => {
      const target = new FakeRange(this, sheet, rect);
      for (const l of [...this.listeners]) l(sheet, target);
    };
    if (this.events === 'sync') deliver();
    else {
      this.pendingEvents++;
      setTimeout(() => {
        this.pendingEvents--;
        deliver();
      }, 0);
    }
  }

  /** Resolves once every queued SheetChange has been delivered. */
  async settled(): Promise<void> {
    while (this.pendingEvents > 0) await new Promise((r) => setTimeout(r, 1));
  }

  /** The user types into a cell (a value, or a formula with its cached result): fires SheetChange. */
  userEdit(sheet: string, address: string, cell: FakeCell | number | string | null): void {
    const ws = this.workbook.sheet(sheet);
    const rect = parseAddress(address);
    const c: FakeCell | null =
      cell === null ? null : typeof cell === 'object' ? cell : { value: cell };
    ws.put(rect.row, rect.col, c, true);
    this.fireChange(ws, rect);
  }

  /** Cells of a sheet from A1 as the user sees them (errors as literals, empty as null). */
  valuesFromA1(sheet: string): (number | string | boolean | null)[][] {
    const ws = this.workbook.sheet(sheet);
    const out: (number | string | boolean | null)[][] = [];
    for (const [key, cell] of ws.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      while (out.length <= r) out.push([]);
      const v = cell.value;
      out[r]![c] = v === undefined ? null : typeof v === 'object' ? v.error : v;
    }
    return out.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? null));
  }
}

export class FakeTaskPane implements EtTaskPane {
  Visible = false;
  Width = 0;
  DockPosition = 2; // msoCTPDockPositionRight
  deleted = false;
  constructor(
    readonly ID: number,
    public url: string,
    readonly title: string,
  ) {}
  Navigate(url: string): void {
    this.url = url;
  }
  Delete(): void {
    this.deleted = true;
  }
}

export class FakeWorkbook implements EtWorkbook {
  readonly Name = '工作簿1';
  readonly sheets: FakeWorksheet[] = [];
  /** The sheet last activated through the API. */
  active?: FakeWorksheet;
  /** Custom XML parts (namespace of the root element, XML). */
  readonly xmlParts: { ns: string; xml: string }[] = [];
  private readonly sheetsApi: EtSheets;

  constructor(private readonly app: FakeEtApplication) {
    this.sheets.push(new FakeWorksheet(app, this, 'Sheet1'));
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the Sheets object's getters need the workbook
    const wb = this;
    this.sheetsApi = {
      get Count() {
        app.call();
        return wb.sheets.length;
      },
      Item(index: number | string): EtWorksheet {
        app.call();
        if (typeof index === 'number') {
          const ws = wb.sheets[index - 1];
          if (!ws) throw new FakeComError(DISP_E_BADINDEX, '下标越界');
          return ws;
        }
        const ws = wb.find(index);
        if (!ws) throw new FakeComError(DISP_E_BADINDEX, '下标越界');
        return ws;
      },
      Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet {
        app.call();
        let n = wb.sheets.length + 1;
        while (wb.find(`Sheet${n}`)) n++;
        const ws = new FakeWorksheet(app, wb, `Sheet${n}`);
        const anchor = (after ?? before) as FakeWorksheet | null | undefined;
        const at = anchor ? wb.sheets.indexOf(anchor) + (after ? 1 : 0) : 0;
        wb.sheets.splice(at, 0, ws);
        return ws;
      },
    };
  }

  get Sheets(): EtSheets {
    this.app.call();
    return this.sheetsApi;
  }

  get CustomXMLParts(): EtCustomXmlParts {
    this.app.call();
    return this.partsApi(() => this.xmlParts);
  }

  private partsApi(list: () => { ns: string; xml: string }[]): EtCustomXmlParts {
    const app = this.app;
    const all = this.xmlParts;
    const wrap = (p: { ns: string; xml: string }): EtCustomXmlPart => ({
      get XML() {
        app.call();
        return p.xml;
      },
      Delete() {
        app.call();
        const i = all.indexOf(p);
        if (i >= 0) all.splice(i, 1);
      },
    });
    return {
      get Count() {
        app.call();
        return list().length;
      },
      Item: (index: number) => {
        app.call();
        const p = list()[index - 1];
        if (!p) throw new FakeComError(DISP_E_BADINDEX, '下标越界');
        return wrap(p);
      },
      Add: (xml: string) => {
        app.call();
        const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
        const p = { ns, xml };
        all.push(p);
        return wrap(p);
      },
      SelectByNamespace: (ns: string) => {
        app.call();
        return this.partsApi(() => all.filter((p) => p.ns === ns));
      },
    };
  }

  find(name: string): FakeWorksheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet by name for tests (no cost); throws when missing. */
  sheet(name: string): FakeWorksheet {
    const ws = this.find(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }

  /** Adds a sheet with rows from A1 (test setup, no cost, no events). */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = []): FakeWorksheet {
    const ws = new FakeWorksheet(this.app, this, name);
    this.sheets.push(ws);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        ws.put(r, c, toCell(v), true);
      }),
    );
    return ws;
  }

  /** Removes the default empty Sheet1 (test setup). */
  dropDefaultSheet(): void {
    const i = this.sheets.findIndex((s) => s.name === 'Sheet1' && s.cells.size === 0);
    if (i >= 0) this.sheets.splice(i, 1);
  }
}

function toCell(v: unknown): FakeCell {
  if (typeof v === 'string' && v.startsWith('=')) return { formula: v };
  if (typeof v === 'object' && v !== null && 'error' in v) return { value: v as { error: string } };
  return { value: v as number | string | boolean };
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export class FakeWorksheet implements EtWorksheet {
  /** `row,col` (0-based) → cell. */
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  private readonly protectedRects: Rect[] = [];

  constructor(
    private readonly app: FakeEtApplication,
    private readonly wb: FakeWorkbook,
    public name: string,
  ) {}

  get Name(): string {
    this.app.call();
    return this.name;
  }
  set Name(value: string) {
    this.app.call();
    if (
      value.length === 0 ||
      value.length > 31 ||
      /[[\]:*?/\\]/.test(value) ||
      (this.wb.find(value) !== undefined && this.wb.find(value) !== this)
    )
      throw new FakeComError(E_ACCESSDENIED, `工作表名称无效: ${value}`);
    this.name = value;
  }

  get UsedRange(): EtRange {
    this.app.call();
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [key, cell] of this.cells) {
      if (cell.value === undefined && cell.formula === undefined && !cell.format) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    if (r1 < 0) return new FakeRange(this.app, this, { row: 0, col: 0, rows: 1, cols: 1 });
    return new FakeRange(this.app, this, {
      row: r0,
      col: c0,
      rows: r1 - r0 + 1,
      cols: c1 - c0 + 1,
    });
  }

  Range(address: string): EtRange {
    this.app.call();
    return new FakeRange(this.app, this, parseAddress(address));
  }

  Activate(): unknown {
    this.app.call();
    this.wb.active = this;
    return true;
  }

  /** Writes to cells of this rectangle throw (a protected range), after earlier writes landed. */
  protect(address: string): void {
    this.protectedRects.push(parseAddress(address));
  }

  /** @internal */
  isProtected(rect: Rect): boolean {
    return this.protectedRects.some(
      (p) =>
        rect.row < p.row + p.rows &&
        p.row < rect.row + rect.rows &&
        rect.col < p.col + p.cols &&
        p.col < rect.col + rect.cols,
    );
  }

  /** @internal set or clear a cell's contents (keeps its format unless `replace`). */
  put(row: number, col: number, cell: FakeCell | null, replace = false): void {
    const key = `${row},${col}`;
    const old = this.cells.get(key);
    if (cell === null) {
      if (old?.format) this.cells.set(key, { format: old.format });
      else this.cells.delete(key);
      return;
    }
    const format = cell.format ?? (replace ? undefined : old?.format);
    this.cells.set(key, { ...cell, ...(format ? { format } : {}) });
  }

  /** @internal */
  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** A cell for tests (no cost). */
  cell(address: string): FakeCell | undefined {
    const r = parseAddress(address);
    return this.get(r.row, r.col);
  }
}

export class FakeRange implements EtRange {
  constructor(
    private readonly app: FakeEtApplication,
    private readonly ws: FakeWorksheet,
    private readonly rect: Rect,
  ) {}

  private get size(): number {
    return this.rect.rows * this.rect.cols;
  }

  /** Scalar for one cell, 1-D for one row, 2-D otherwise (quirk 2). */
  private shaped(get: (cell: FakeCell | undefined) => unknown): unknown {
    const { row, col, rows, cols } = this.rect;
    const m: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: unknown[] = [];
      for (let c = 0; c < cols; c++) line.push(get(this.ws.get(row + r, col + c)));
      m.push(line);
    }
    if (rows === 1 && cols === 1) return m[0]![0];
    if (rows === 1) return m[0];
    return m;
  }

  get Value2(): unknown {
    this.app.call(this.size);
    return this.shaped((cell) => {
      const v = cell?.value;
      if (v === undefined) return undefined;
      return typeof v === 'object' ? comErrorNumber(v.error) : v;
    });
  }
  set Value2(input: unknown) {
    this.app.call(this.size);
    this.write(input, (value, format) => typedEntry(value, format));
  }

  get Formula(): unknown {
    this.app.call(this.size);
    return this.shaped((cell) => {
      if (cell?.formula) return cell.formula;
      const v = cell?.value;
      return v === undefined ? '' : displayValue(v);
    });
  }
  set Formula(input: unknown) {
    this.app.call(this.size);
    this.write(input, (value, format) => typedEntry(value, format));
  }

  get NumberFormat(): unknown {
    this.app.call(this.size);
    let first: string | undefined;
    for (let r = 0; r < this.rect.rows; r++)
      for (let c = 0; c < this.rect.cols; c++) {
        const f = this.ws.get(this.rect.row + r, this.rect.col + c)?.format ?? 'General';
        if (first === undefined) first = f;
        else if (f !== first) return null; // quirk 7
      }
    return first ?? 'General';
  }
  set NumberFormat(input: unknown) {
    this.app.call(this.size);
    if (typeof input !== 'string') throw new FakeComError(TYPE_MISMATCH, '类型不匹配'); // quirk 7
    if (this.ws.isProtected(this.rect)) throw new FakeComError(E_ACCESSDENIED, '单元格受保护');
    for (let r = 0; r < this.rect.rows; r++)
      for (let c = 0; c < this.rect.cols; c++) {
        const row = this.rect.row + r;
        const col = this.rect.col + c;
        const old = this.ws.get(row, col) ?? {};
        const next: FakeCell = { ...old };
        if (input === 'General') delete next.format;
        else next.format = input;
        this.ws.put(row, col, next, true);
      }
  }

  get Text(): unknown {
    this.app.call(this.size);
    const texts = new Set<string>();
    for (let r = 0; r < this.rect.rows; r++)
      for (let c = 0; c < this.rect.cols; c++) {
        const v = this.ws.get(this.rect.row + r, this.rect.col + c)?.value;
        texts.add(v === undefined ? '' : displayValue(v));
      }
    return texts.size === 1 ? [...texts][0] : null;
  }

  get Row(): number {
    this.app.call();
    return this.rect.row + 1;
  }
  get Column(): number {
    this.app.call();
    return this.rect.col + 1;
  }
  get Rows(): { readonly Count: number } {
    this.app.call();
    return { Count: this.rect.rows };
  }
  get Columns(): { readonly Count: number } {
    this.app.call();
    return { Count: this.rect.cols };
  }
  get Worksheet(): EtWorksheet {
    this.app.call();
    return this.ws;
  }

  get ColumnWidth(): unknown {
    this.app.call();
    return this.ws.columnWidths.get(this.rect.col) ?? 8.38;
  }
  set ColumnWidth(w: unknown) {
    this.app.call();
    for (let c = 0; c < this.rect.cols; c++) this.ws.columnWidths.set(this.rect.col + c, Number(w));
  }

  Address(): string {
    this.app.call();
    return rectAddress(this.rect);
  }

  ClearContents(): unknown {
    this.app.call(this.size);
    for (let r = 0; r < this.rect.rows; r++)
      for (let c = 0; c < this.rect.cols; c++)
        this.ws.put(this.rect.row + r, this.rect.col + c, null);
    this.app.fireChange(this.ws, this.rect);
    return true;
  }

  Clear(): unknown {
    this.app.call(this.size);
    for (let r = 0; r < this.rect.rows; r++)
      for (let c = 0; c < this.rect.cols; c++)
        this.ws.cells.delete(`${this.rect.row + r},${this.rect.col + c}`);
    this.app.fireChange(this.ws, this.rect);
    return true;
  }

  Select(): unknown {
    this.app.call();
    this.app.selection = `${this.ws.name}!${rectAddress(this.rect)}`;
    return true;
  }

  /** Assign a scalar (every cell), a 1-D row (one-row range) or a 2-D array of the range's size. */
  private write(
    input: unknown,
    convert: (v: unknown, format: string | undefined) => FakeCell | null,
  ): void {
    const { row, col, rows, cols } = this.rect;
    let m: unknown[][];
    if (!Array.isArray(input))
      m = Array.from({ length: rows }, () => Array<unknown>(cols).fill(input));
    else if (input.every((r) => Array.isArray(r))) m = input as unknown[][];
    else if (rows === 1) m = [input];
    else throw new FakeComError(TYPE_MISMATCH, '类型不匹配');
    if (m.length !== rows || m.some((r) => r.length !== cols))
      throw new FakeComError(TYPE_MISMATCH, `数组大小与区域 ${rectAddress(this.rect)} 不符`);
    if (this.ws.isProtected(this.rect)) throw new FakeComError(E_ACCESSDENIED, '单元格受保护');
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const format = this.ws.get(row + r, col + c)?.format;
        this.ws.put(row + r, col + c, convert(m[r]![c], format));
      }
    this.app.fireChange(this.ws, this.rect);
  }
}

/** What a cell holds after assigning `v` through Value2 (quirk 9: as if typed, unless `@`). */
function typedEntry(v: unknown, format: string | undefined): FakeCell | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  if (format === '@') return { value: text };
  if (text.startsWith('=')) return { formula: text, value: { error: '#NAME?' } };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return { value: Number(text) };
  return { value: text };
}

/** `$A$1:$C$3` (or `$A$1`) for a rectangle, as `Address()` prints it. */
export function rectAddress(rect: Rect): string {
  const one = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const first = one(rect.row, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${one(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

/**
 * `A1`, `$A$1:$C$3`, `A:B` (whole columns), `3:5` (whole rows) → 0-based rectangle, read by the A1
 * rule every adapter shares; anything else is the COM type mismatch WPS raises.
 */
export function parseAddress(address: string): Rect {
  const rect = parseRect(address);
  if (rect === null) throw new FakeComError(TYPE_MISMATCH, `bad address ${address}`);
  return { row: rect.row, col: rect.col, rows: rect.rowCount, cols: rect.colCount };
}
