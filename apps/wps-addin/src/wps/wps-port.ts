/**
 * The WPS 表格 adapter: a {@link WorkbookPort} over ET's synchronous, VBA-shaped JS API.
 *
 * Every API call crosses into the WPS process (≈0.2 ms), so the port moves blocks: a sheet is read
 * as tiles of at most `maxCellsPerCall` cells (one `Value2` and one `Formula` call each — reading a
 * whole large sheet in one call can freeze WPS), number formats a column strip at a time (bisected
 * only where a column mixes formats), and a plan is written as the rectangles `groupWrites` finds,
 * one `Value2` assignment each. Values come back as a scalar, a 1-D row or a 2-D array
 * (`value2.ts`); formula errors as COM error numbers (`com-errors.ts`), confirmed by the cell's
 * `Text` so that a typed number that happens to equal a code is not taken for an error.
 *
 * Writes apply at once, with no batch and no rollback: number formats are set before values (so a
 * report paragraph starting with `=` stays text), and a failure part-way throws a
 * {@link WpsWriteError} saying which cells were written and where it stopped.
 */
import {
  WRITTEN_NAMESPACE,
  cellAddress,
  groupWrites,
  parseWrittenRecord,
  writtenRecordXml,
  type WrittenCell,
  sliceBlock,
  type CellMap,
  type CellValue,
  type SheetGrid,
  type SheetGrids,
  type SheetReplacement,
  type WorkbookPort,
  type WritePlan,
} from '@jixiao/workbook';
import type { EtApplication, EtWorkbook, EtWorksheet } from './et-api.js';
import { comErrorLiteral } from './com-errors.js';
import { toMatrix } from './value2.js';

/** What the last read or write cost, in cross-process calls. */
export interface WpsCallStats {
  /** `Range(...)` blocks read or written. */
  blocks: number;
  cells: number;
  /** Whether a sheet was read in more than one tile. */
  chunked: boolean;
}

export interface WpsPortOptions {
  /** The application (`window.Application` inside WPS; the fake in tests). */
  app: EtApplication;
  /** The most cells one call may read or write (default 4,000: well under what froze WPS). */
  maxCellsPerCall?: number;
}

/** A write that stopped part-way: WPS has no rollback, so say what landed. */
export class WpsWriteError extends Error {
  constructor(
    readonly written: number,
    readonly total: number,
    readonly at: string,
    override readonly cause: unknown,
  ) {
    super(
      `写入 ${at} 时失败（已写入 ${written} / ${total} 个单元格，WPS 无法撤销已写入的部分）：${describe(cause)}`,
    );
    this.name = 'WpsWriteError';
  }
}

export class WpsPort implements WorkbookPort {
  readonly app: EtApplication;
  readonly maxCellsPerCall: number;
  lastRead: WpsCallStats = { blocks: 0, cells: 0, chunked: false };
  lastWrite: WpsCallStats = { blocks: 0, cells: 0, chunked: false };
  /**
   * `Sheet!$A$1:$B$2` of each range the last apply assigned, as `Address()` prints it: the
   * change listener ignores `SheetChange` events for these (WPS raises them for our own writes).
   */
  readonly ownWrites = new Set<string>();
  /** True while `apply` runs (for events delivered during the write call). */
  writing = false;
  private knownSheets: string[] | null = null;

  constructor(options: WpsPortOptions) {
    this.app = options.app;
    this.maxCellsPerCall = Math.max(1, options.maxCellsPerCall ?? 4000);
  }

  private workbook(): EtWorkbook {
    const wb = this.app.ActiveWorkbook;
    if (!wb) throw new Error('WPS 表格中没有打开的工作簿。');
    return wb;
  }

  /** The sheet names seen by the last listing (no call), or null before any. */
  cachedSheetNames(): readonly string[] | null {
    return this.knownSheets;
  }

  async sheetNames(): Promise<string[]> {
    await Promise.resolve();
    return [...this.listSheets(this.workbook())];
  }

  private listSheets(wb: EtWorkbook): string[] {
    const sheets = wb.Sheets;
    const n = sheets.Count;
    const names: string[] = [];
    for (let i = 1; i <= n; i++) names.push(sheets.Item(i).Name);
    this.knownSheets = names;
    return names;
  }

  /**
   * The record of the cells the tool wrote, kept in the workbook as a custom XML part (the format
   * every adapter shares, @jixiao/workbook `written.ts`), or null when the workbook has none.
   */
  async readWritten(): Promise<WrittenCell[] | null> {
    await Promise.resolve();
    const parts = this.workbook().CustomXMLParts.SelectByNamespace(WRITTEN_NAMESPACE);
    if (parts.Count === 0) return null;
    return parseWrittenRecord(parts.Item(1).XML);
  }

  /** Replace the stored record (delete the old parts of its namespace, add the new one). */
  private storeWritten(wb: EtWorkbook, cells: readonly WrittenCell[]): void {
    const parts = wb.CustomXMLParts.SelectByNamespace(WRITTEN_NAMESPACE);
    for (let i = parts.Count; i >= 1; i--) parts.Item(i).Delete();
    wb.CustomXMLParts.Add(writtenRecordXml(cells));
  }

  async readSheets(wanted: readonly string[]): Promise<SheetGrids> {
    await Promise.resolve();
    const wb = this.workbook();
    const names = this.listSheets(wb);
    const stats: WpsCallStats = { blocks: 0, cells: 0, chunked: false };
    const grids: Record<string, SheetGrid> = {};
    for (const name of new Set(wanted)) {
      const actual = names.find((n) => n.toLowerCase() === name.toLowerCase());
      if (actual === undefined) continue;
      grids[name] = this.readSheet(wb.Sheets.Item(actual), actual, stats);
    }
    this.lastRead = stats;
    return grids;
  }

  private readSheet(ws: EtWorksheet, name: string, stats: WpsCallStats): SheetGrid {
    const used = ws.UsedRange;
    const row = used.Row - 1;
    const col = used.Column - 1;
    const rows = used.Rows.Count;
    const cols = used.Columns.Count;
    const empty: SheetGrid = {
      name,
      origin: { row: 0, col: 0 },
      values: [],
      formulas: [],
      numberFormats: [],
    };
    // An empty sheet's UsedRange is A1 holding nothing.
    if (rows === 1 && cols === 1) {
      const v = used.Value2;
      if ((v === undefined || v === null || v === '') && used.NumberFormat === 'General')
        return empty;
    }
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const formats: (string | null)[][] = Array.from({ length: rows }, () =>
      Array<string | null>(cols).fill(null),
    );
    const tileCols = Math.min(cols, this.maxCellsPerCall);
    const tileRows = Math.max(1, Math.floor(this.maxCellsPerCall / tileCols));
    if (tileCols < cols || tileRows < rows) stats.chunked = true;
    for (let r = 0; r < rows; r += tileRows) {
      const nr = Math.min(tileRows, rows - r);
      for (let c = 0; c < cols; c += tileCols) {
        const nc = Math.min(tileCols, cols - c);
        const range = ws.Range(a1(row + r, col + c, nr, nc));
        const v = toMatrix(range.Value2, nr, nc);
        const f = toMatrix(range.Formula, nr, nc);
        stats.blocks++;
        stats.cells += nr * nc;
        for (let i = 0; i < nr; i++) {
          const vr = (values[r + i] ??= []);
          const fr = (formulas[r + i] ??= []);
          for (let j = 0; j < nc; j++) {
            vr[c + j] = this.cellValue(ws, row + r + i, col + c + j, v[i]![j]);
            const ft = f[i]![j];
            fr[c + j] = typeof ft === 'string' && ft.startsWith('=') ? ft.slice(1) : null;
          }
        }
        this.readFormats(ws, row + r, col + c, nr, nc, formats, r, c);
      }
    }
    return { name, origin: { row, col }, values, formulas, numberFormats: formats };
  }

  /** A Value2 entry as the same {@link CellValue} the Office.js and .xlsx adapters give. */
  private cellValue(ws: EtWorksheet, row: number, col: number, v: unknown): CellValue {
    if (v === undefined || v === null || v === '') return null;
    if (typeof v === 'number') {
      const literal = comErrorLiteral(v);
      // An error code, unless the cell really holds that number: its Text tells (one call, rare).
      if (literal !== null && ws.Range(a1(row, col, 1, 1)).Text === literal)
        return { error: literal };
      return v;
    }
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (v instanceof Date)
      throw new Error(`WPS returned a Date through Value2 at ${a1(row, col, 1, 1)}`);
    return JSON.stringify(v);
  }

  /**
   * Number formats of a tile into `out`: one call for the tile when uniform, else one per column,
   * bisecting a column's rows only where it mixes formats (`NumberFormat` is null then).
   */
  private readFormats(
    ws: EtWorksheet,
    row: number,
    col: number,
    rows: number,
    cols: number,
    out: (string | null)[][],
    outRow: number,
    outCol: number,
  ): void {
    const fill = (r: number, c: number, nr: number, nc: number, f: unknown) => {
      const format = typeof f === 'string' && f !== 'General' ? f : null;
      if (format === null) return;
      for (let i = 0; i < nr; i++)
        for (let j = 0; j < nc; j++) out[outRow + r + i]![outCol + c + j] = format;
    };
    const whole = ws.Range(a1(row, col, rows, cols)).NumberFormat;
    if (typeof whole === 'string') return fill(0, 0, rows, cols, whole);
    const strip = (c: number, r: number, nr: number): void => {
      const f = ws.Range(a1(row + r, col + c, nr, 1)).NumberFormat;
      if (typeof f === 'string' || nr === 1) return fill(r, c, nr, 1, f);
      const half = Math.ceil(nr / 2);
      strip(c, r, half);
      strip(c, r + half, nr - half);
    };
    for (let c = 0; c < cols; c++) strip(c, 0, rows);
  }

  /**
   * Apply the plan: each rectangle of plan cells is one `Value2` assignment (after its number
   * formats, a column strip at a time); a replaced sheet (报告) is cleared and rewritten, or added.
   * `map` is accepted for the port contract and not used (WPS gets no score highlight).
   */
  async apply(plan: WritePlan, map?: CellMap): Promise<void> {
    void map;
    await Promise.resolve();
    if (plan.cells.length === 0 && plan.replaceSheets.length === 0 && !plan.written) return;
    const wb = this.workbook();
    const maxRows = (cols: number) => Math.max(1, Math.floor(this.maxCellsPerCall / cols));
    const blocks = groupWrites(plan.cells).flatMap((b) => sliceBlock(b, maxRows(b.colCount)));
    const total = plan.cells.length + plan.replaceSheets.reduce((n, s) => n + s.rows.length * 2, 0);
    const stats: WpsCallStats = { blocks: 0, cells: 0, chunked: false };
    this.ownWrites.clear();
    this.writing = true;
    let written = 0;
    let at = '';
    const sheets = new Map<string, EtWorksheet>();
    const sheet = (name: string): EtWorksheet => {
      let ws = sheets.get(name);
      if (!ws) sheets.set(name, (ws = wb.Sheets.Item(name)));
      return ws;
    };
    const app = this.app;
    app.ScreenUpdating = false;
    try {
      for (const b of blocks) {
        at = `${b.sheet}!${a1(b.row, b.col, b.rowCount, b.colCount).replace(/\$/g, '')}`;
        const ws = sheet(b.sheet);
        if (b.numberFormat) writeFormatRuns(ws, b.row, b.col, b.numberFormat);
        const address = a1(b.row, b.col, b.rowCount, b.colCount);
        ws.Range(address).Value2 = b.values;
        this.ownWrites.add(`${b.sheet}!${address}`);
        written += b.rowCount * b.colCount;
        stats.blocks++;
        stats.cells += b.rowCount * b.colCount;
      }
      for (const replacement of plan.replaceSheets) {
        at = `${replacement.sheet}!A1`;
        written += this.replaceSheet(wb, replacement, stats);
      }
      // Last, so the record never names a cell that was not written.
      if (plan.written) this.storeWritten(wb, plan.written);
    } catch (error) {
      throw new WpsWriteError(written, total, at, error);
    } finally {
      this.writing = false;
      app.ScreenUpdating = true;
    }
    this.lastWrite = stats;
  }

  private replaceSheet(wb: EtWorkbook, replacement: SheetReplacement, stats: WpsCallStats): number {
    const names = this.knownSheets ?? this.listSheets(wb);
    const actual = names.find((n) => n.toLowerCase() === replacement.sheet.toLowerCase());
    let ws: EtWorksheet;
    if (actual !== undefined) {
      ws = wb.Sheets.Item(actual);
      ws.UsedRange.Clear();
    } else {
      const sheets = wb.Sheets;
      ws = sheets.Add(null, sheets.Item(sheets.Count));
      ws.Name = replacement.sheet;
      this.knownSheets = [...names, replacement.sheet];
    }
    const width = Math.max(1, ...replacement.rows.map((r) => r.length));
    let cells = 0;
    if (replacement.rows.length > 0) {
      const values = replacement.rows.map((r) =>
        Array.from({ length: width }, (_, c) => r[c] ?? ''),
      );
      const maxRows = Math.max(1, Math.floor(this.maxCellsPerCall / width));
      for (let r = 0; r < values.length; r += maxRows) {
        const part = values.slice(r, r + maxRows);
        // Text format first, so a paragraph that starts with '=' or looks like a number stays text.
        writeFormatRuns(
          ws,
          r,
          0,
          part.map((line) => line.map((v) => (typeof v === 'number' ? 'General' : '@'))),
        );
        const address = a1(r, 0, part.length, width);
        ws.Range(address).Value2 = part;
        this.ownWrites.add(`${replacement.sheet}!${address}`);
        stats.blocks++;
        stats.cells += part.length * width;
        cells += part.length * width;
      }
    }
    replacement.columnWidths?.forEach((w, c) => {
      ws.Range(a1(0, c, 1, 1)).ColumnWidth = w;
    });
    return cells;
  }
}

/**
 * Number formats of a block (`formats[r][c]`, null = leave as is), one assignment for the whole
 * block when uniform, else one per run of equal formats down each column (`NumberFormat` takes a
 * string, not an array).
 */
export function writeFormatRuns(
  ws: EtWorksheet,
  row: number,
  col: number,
  formats: readonly (readonly (string | null)[])[],
): void {
  const rows = formats.length;
  const cols = formats[0]?.length ?? 0;
  const first = formats[0]?.[0];
  if (first !== undefined && first !== null && formats.every((r) => r.every((f) => f === first))) {
    ws.Range(a1(row, col, rows, cols)).NumberFormat = first;
    return;
  }
  for (let c = 0; c < cols; c++) {
    let start = 0;
    for (let r = 1; r <= rows; r++) {
      if (r < rows && formats[r]![c] === formats[start]![c]) continue;
      const f = formats[start]![c];
      if (f !== null && f !== undefined)
        ws.Range(a1(row + start, col + c, r - start, 1)).NumberFormat = f;
      start = r;
    }
  }
}

/**
 * Text that WPS would reinterpret when assigned through `Value2` to a cell not formatted as text:
 * a leading `=` (a formula) or a number-like string.
 */
export function needsTextFormat(v: unknown): boolean {
  return (
    typeof v === 'string' &&
    (v.startsWith('=') || /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?\s*$/.test(v))
  );
}

/** `$A$1:$C$3` (or `$A$1`) for 0-based (row, col) and a size, as WPS's `Address()` prints it. */
export function a1(row: number, col: number, rows: number, cols: number): string {
  const abs = (r: number, c: number) => cellAddress(r, c).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const first = abs(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${abs(row + rows - 1, col + cols - 1)}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
