/**
 * The Office.js adapter: a {@link WorkbookPort} over `Excel.run`.
 *
 * Follows Microsoft's Excel performance guidance: one `load` + one `sync` reads every sheet a
 * recalculation needs (values, formulas, number formats and value types of each used range), and
 * one `sync` writes the plan's cells as 2-D range assignments. Only a sheet whose payload would pass
 * Excel on the web's 5 MB limit is read or written in row chunks, one sync per chunk.
 *
 * A write never overwrites what the user typed meanwhile: the write batch first loads the output
 * cells it touches (one sync) and leaves unchanged (`null`, the Office.js "leave as is" value) any
 * that differs from what the last read saw; those are reported in {@link OfficePort.lastSkipped}.
 * The score highlight is added only where it is missing, so opening a scored workbook writes
 * nothing.
 */
import type {
  CellMap,
  CellValue,
  SheetGrid,
  SheetGrids,
  WorkbookPort,
  WritePlan,
  WrittenCell,
  SheetReplacement,
  WriteBlock,
} from '@jixiao/workbook';
import { parseWrittenRecord, WRITTEN_NAMESPACE, writtenRecordXml } from '@jixiao/workbook';
import type {
  XlCell,
  XlCustomXmlPartCollection,
  XlConditionalFormatItem,
  XlRange,
  XlRequestContext,
  XlRun,
  XlWorksheet,
} from './excel-api.js';
import {
  errorCode,
  isPayloadLimitError,
  PAYLOAD_LIMIT_BYTES,
  POINTS_PER_CHAR,
} from './excel-api.js';
import { groupWrites, sliceBlock } from '@jixiao/workbook';
import { parseRect, qualify, rectAddress, splitSheetAddress } from '@jixiao/workbook';

/** What the last read or write cost. */
export interface PortCallStats {
  syncs: number;
  /** Cells assigned (write) or returned (read). */
  cells: number;
  /** Range assignments (write) or range loads (read). */
  ranges: number;
  /** Whether the call had to be split to fit the payload limit. */
  chunked: boolean;
}

/** A conditional format marking scores below their points (applied with a write). */
export interface ScoreHighlight {
  sheet: string;
  /** 0-based column of 得分 and of 分值, first and last data row. */
  scoreCol: number;
  pointsCol: number;
  firstRow: number;
  lastRow: number;
}

export interface OfficePortOptions {
  run: XlRun;
  /**
   * The payload limit to plan for (default 5 MB, Excel on the web); reads and writes aim at 80% of
   * it. `null` plans no chunks (desktop Excel has no such limit); a payload error still falls back.
   */
  payloadLimitBytes?: number | null;
}

/**
 * What a read loads. Not `valueTypes`: an error value is recognised by its literal (`#DIV/0!` …),
 * which in Excel can only be an error (text starting with `#` needs a leading apostrophe, which
 * `values` keeps out) — that saves a quarter of the payload on big sheets.
 */
const READ_PROPS = [
  'values',
  'formulas',
  'numberFormat',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
];
const ERROR_LITERAL =
  /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;
/** A conservative bytes-per-cell guess for a sheet never read before (4 arrays of JSON). */
const FIRST_GUESS_BYTES_PER_CELL = 96;

export class OfficePort implements WorkbookPort {
  readonly run: XlRun;
  private readonly budget: number;
  /** Sheet names as of the last read (used to decide add-vs-clear of replaced sheets in one sync). */
  private knownSheets: string[] | null = null;
  /** Per-sheet measured bytes per cell and size, to pre-plan chunks on the next read. */
  private readonly sizeHints = new Map<
    string,
    { cells: number; bytesPerCell: number; failed?: boolean }
  >();
  /** Measured sizes are trusted up to 95% of the limit; estimates and chunks aim at 80%. */
  private readonly measuredBudget: number;
  lastRead: PortCallStats = { syncs: 0, cells: 0, ranges: 0, chunked: false };
  lastWrite: PortCallStats = { syncs: 0, cells: 0, ranges: 0, chunked: false };
  /** Ranges written by the last apply, as `Sheet!A1:B2`, for hosts whose events lack triggerSource. */
  lastWrittenAddresses: ReadonlySet<string> = new Set();
  /** Output cells the last apply left alone because they changed since the read. */
  lastSkipped: SkippedWrite[] = [];
  /** The grids of the last read by lower-cased sheet name (what a write re-checks against). */
  private readonly lastGrids = new Map<string, SheetGrid>();
  /** Cells written since that read (`row,col` → value), by lower-cased sheet name. */
  private readonly writtenSinceRead = new Map<string, Map<string, CellValue>>();

  constructor(options: OfficePortOptions) {
    this.run = options.run;
    const limit =
      options.payloadLimitBytes === undefined ? PAYLOAD_LIMIT_BYTES : options.payloadLimitBytes;
    this.budget = limit === null ? Number.POSITIVE_INFINITY : Math.floor(limit * 0.8);
    this.measuredBudget = limit === null ? Number.POSITIVE_INFINITY : Math.floor(limit * 0.95);
  }

  /** Sheet ids by lower-cased name, as of the last read. */
  private sheetIds = new Map<string, string>();

  private noteSheets(items: readonly XlWorksheet[]): string[] {
    const names = items.map((s) => s.name);
    this.knownSheets = names;
    this.sheetIds = new Map(items.map((s) => [s.name.toLowerCase(), s.id]));
    return names;
  }

  /**
   * The id of a sheet as of the last read (no sync), or undefined. A sheet deleted and added
   * again under the same name has a new id.
   */
  cachedSheetId(name: string): string | undefined {
    return this.sheetIds.get(name.toLowerCase());
  }

  /** The sheet names seen by the last read (no sync), or null before any read. */
  cachedSheetNames(): readonly string[] | null {
    return this.knownSheets;
  }

  /** Names of all sheets, in order (one sync). */
  async sheetNames(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/id');
      await ctx.sync();
      return [...this.noteSheets(sheets.items)];
    });
  }

  /** Read the named sheets' used ranges in one sync (chunked only past the payload limit). */
  async readSheets(wanted: readonly string[]): Promise<SheetGrids> {
    return this.run(async (ctx) => {
      const stats: PortCallStats = { syncs: 0, cells: 0, ranges: 0, chunked: false };
      // Only sheets known to exist are addressed (nothing is chained on a possibly-null sheet):
      // the names come from the previous read; before the first one, or when a sheet vanished
      // since, one more sync lists them.
      const existing = async (refresh: boolean): Promise<string[]> => {
        let list = this.knownSheets;
        if (refresh || list === null) {
          const sheets = ctx.workbook.worksheets;
          sheets.load('items/name,items/id');
          await ctx.sync();
          stats.syncs++;
          list = this.noteSheets(sheets.items);
        }
        const known = new Set(list.map((n) => n.toLowerCase()));
        return [...new Set(wanted)].filter((n) => known.has(n.toLowerCase()));
      };
      let names = await existing(false);
      const big = new Set(names.filter((n) => this.predictBytes(n) > this.measuredBudget));
      let first: ReadEntry[] | 'too-large';
      try {
        first = await this.readPass(ctx, names, big, stats);
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code !== 'ItemNotFound') throw error;
        names = await existing(true);
        first = await this.readPass(ctx, names, big, stats);
      }
      if (first === 'too-large') {
        // Never measured (or grown) and too big for one response: chunk every sheet of this read,
        // and remember not to try the big ones whole again.
        for (const n of names) {
          const hint = this.sizeHints.get(n);
          if (hint && hint.cells * hint.bytesPerCell > this.budget / 4) hint.failed = true;
        }
        first = await this.readPass(ctx, names, new Set(names), stats);
        if (first === 'too-large')
          throw new Error('The workbook could not be read within the payload limit.');
      }
      const grids: Record<string, SheetGrid> = {};
      for (const entry of first) {
        if (entry.kind === 'whole') {
          grids[entry.name] = entry.grid;
          continue;
        }
        const bytesPerCell =
          this.sizeHints.get(entry.name)?.bytesPerCell ?? FIRST_GUESS_BYTES_PER_CELL;
        // After a payload error the limit is real even where none was planned for: use Excel on the web's.
        const budget = Number.isFinite(this.budget)
          ? this.budget
          : Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);
        const rowsPerChunk = Math.max(
          1,
          Math.floor(budget / Math.max(1, bytesPerCell * entry.cols)),
        );
        stats.chunked = true;
        const parts: SheetGrid[] = [];
        for (let start = 0; start < entry.rows; start += rowsPerChunk) {
          const n = Math.min(rowsPerChunk, entry.rows - start);
          const range = ctx.workbook.worksheets
            .getItem(entry.name)
            .getRangeByIndexes(entry.row + start, entry.col, n, entry.cols);
          range.load(READ_PROPS);
          await ctx.sync();
          stats.syncs++;
          stats.ranges++;
          parts.push(toGrid(entry.actualName, range));
        }
        grids[entry.name] = concatGrids(entry.actualName, entry.row, entry.col, parts);
        this.learn(entry.name, grids[entry.name]!);
      }
      for (const g of Object.values(grids)) {
        stats.cells += g.values.length * (g.values[0]?.length ?? 0);
        this.lastGrids.set(g.name.toLowerCase(), g);
        this.writtenSinceRead.delete(g.name.toLowerCase());
      }
      this.lastRead = stats;
      return grids;
    });
  }

  private predictBytes(name: string): number {
    const hint = this.sizeHints.get(name);
    if (hint?.failed) return Number.POSITIVE_INFINITY;
    return hint ? hint.cells * hint.bytesPerCell : 0;
  }

  /**
   * Remember a sheet's size and its bytes per cell as Office.js sends them (the JSON of values,
   * formulas and number formats), to plan chunks before the next read. Measured exactly on big
   * sheets, where it matters; small sheets never come near the limit.
   */
  private learn(name: string, grid: SheetGrid): void {
    const cells = grid.values.length * (grid.values[0]?.length ?? 0);
    if (cells === 0) return;
    if (cells < 20_000) {
      this.sizeHints.set(name, {
        cells,
        bytesPerCell: 0,
        failed: this.sizeHints.get(name)?.failed ?? false,
      });
      return;
    }
    const office = (v: CellValue) => (v === null ? '' : typeof v === 'object' ? v.error : v);
    const values = grid.values.map((r) => r.map(office));
    const formulas = grid.values.map((r, i) =>
      r.map((v, c) => (grid.formulas?.[i]?.[c] ? `=${grid.formulas[i][c]}` : office(v))),
    );
    const formats = grid.numberFormats?.map((r) => r.map((f) => f ?? 'General')) ?? [];
    const bytes = utf8Bytes(JSON.stringify({ values, formulas, numberFormat: formats }));
    this.sizeHints.set(name, {
      cells,
      bytesPerCell: bytes / cells,
      failed: this.sizeHints.get(name)?.failed ?? false,
    });
  }

  /**
   * One sync: sheet names, plus for each requested sheet either its whole used range or (for
   * sheets in `dimsOnly`) just the used range's position and size.
   */
  private async readPass(
    ctx: XlRequestContext,
    names: readonly string[],
    dimsOnly: ReadonlySet<string>,
    stats: PortCallStats,
  ): Promise<ReadEntry[] | 'too-large'> {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/id');
    const requests = names.map((name) => {
      const ws = sheets.getItem(name);
      ws.load('name');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(
        dimsOnly.has(name) ? ['rowIndex', 'columnIndex', 'rowCount', 'columnCount'] : READ_PROPS,
      );
      return { name, ws, used };
    });
    try {
      await ctx.sync();
    } catch (error) {
      if (isPayloadLimitError(error)) return 'too-large';
      throw error;
    } finally {
      stats.syncs++;
    }
    this.noteSheets(sheets.items);
    const out: ReadEntry[] = [];
    for (const { name, ws, used } of requests) {
      if (used.isNullObject) {
        out.push({
          kind: 'whole',
          name,
          grid: {
            name: ws.name,
            origin: { row: 0, col: 0 },
            values: [],
            formulas: [],
            numberFormats: [],
          },
        });
        continue;
      }
      stats.ranges++;
      if (dimsOnly.has(name)) {
        out.push({
          kind: 'dims',
          name,
          actualName: ws.name,
          row: used.rowIndex,
          col: used.columnIndex,
          rows: used.rowCount,
          cols: used.columnCount,
        });
      } else {
        const grid = toGrid(ws.name, used);
        this.learn(name, grid);
        out.push({ kind: 'whole', name, grid });
      }
    }
    return out;
  }

  /**
   * Apply a plan: one sync loads the output cells the plan touches (and, with a highlight, the
   * conditional formats of its range), one sync writes — each block of contiguous plan cells is one
   * range assignment, where a cell that changed since the last read is `null` (left as it is) and
   * reported in {@link lastSkipped}; a replaced sheet (报告) is cleared and rewritten (or added).
   * Past the payload limit the blocks are packed into chunks, two syncs each. The highlight is
   * (re)applied only when missing (one more sync then). With the pipeline's cell map (`run`), the
   * highlight follows the map's indicator rows; explicit highlights may be given instead.
   */
  async apply(
    plan: WritePlan,
    mapOrHighlights: CellMap | readonly ScoreHighlight[] = [],
  ): Promise<void> {
    // The highlight is checked once per layout and session (a new pane checks it again, finds it
    // and writes nothing).
    const h = isHighlightList(mapOrHighlights) ? null : highlightFor(mapOrHighlights);
    const key = h ? JSON.stringify(h) : '';
    const highlights: readonly ScoreHighlight[] = isHighlightList(mapOrHighlights)
      ? mapOrHighlights
      : h && key !== this.highlightKey
        ? [h]
        : [];
    this.recordStored = false;
    if (plan.cells.length === 0 && plan.replaceSheets.length === 0 && highlights.length === 0) {
      this.lastWrite = { syncs: 0, cells: 0, ranges: 0, chunked: false };
      this.lastSkipped = [];
      this.lastWrittenAddresses = new Set();
    } else {
      await this.applyWith(plan, highlights);
      if (h) this.highlightKey = key;
    }
    // the record goes with the cells' last write sync when its parts are known, else on its own
    if (
      plan.written !== undefined &&
      !this.recordStored &&
      !(this.stored?.cells && sameCells(this.stored.cells, plan.written))
    ) {
      await this.run(async (ctx) => {
        const all = xmlPartsOf(ctx);
        if (all === undefined || !this.xmlParts) return;
        if (this.stored === undefined) {
          const parts = all.getByNamespace(WRITTEN_NAMESPACE);
          parts.load('items');
          await ctx.sync();
          const first = parts.items[0];
          const xml = first === undefined || this.lastSkipped.length === 0 ? null : first.getXml();
          if (xml !== null) await ctx.sync();
          this.stored = {
            cells: xml === null ? null : parseWrittenRecord(xml.value),
            partIds: parts.items.map((p) => p.id),
          };
        }
        const commit = this.queueRecord(all, plan.written!, this.lastSkipped);
        await ctx.sync();
        commit();
      }).catch((error: unknown) => {
        if (!isMissingApi(error)) throw error;
        this.xmlParts = false;
      });
    }
  }

  /** False once the host showed it has no `workbook.customXmlParts` (before ExcelApi 1.5). */
  private xmlParts = true;
  /**
   * The stored record and the ids of its parts, as last read or written by this port (undefined:
   * not known yet). Only the tool writes the record, so after the first read it is kept here and
   * rewritten in the same sync as the cells.
   */
  private stored: { cells: WrittenCell[] | null; partIds: string[] } | undefined;
  /** Whether the current apply stored the record with its cells. */
  private recordStored = false;

  /**
   * The record of the cells the tool wrote, from the workbook's custom XML part in
   * {@link WRITTEN_NAMESPACE} (the part the .xlsx port and the WPS port keep, `written.ts`), or
   * null when there is none or the host has no custom XML parts. Two syncs the first time; then
   * what this port last read or wrote.
   */
  async readWritten(): Promise<WrittenCell[] | null> {
    if (!this.xmlParts) return null;
    if (this.stored !== undefined) return this.stored.cells && [...this.stored.cells];
    try {
      return await this.run(async (ctx) => {
        const all = xmlPartsOf(ctx);
        if (all === undefined) return ((this.xmlParts = false), null);
        const parts = all.getByNamespace(WRITTEN_NAMESPACE);
        parts.load('items');
        await ctx.sync();
        const first = parts.items[0];
        const xml = first?.getXml();
        if (xml) await ctx.sync();
        const cells = xml ? parseWrittenRecord(xml.value) : null;
        this.stored = { cells, partIds: parts.items.map((p) => p.id) };
        return cells && [...cells];
      });
    } catch (error) {
      if (!isMissingApi(error)) throw error;
      this.xmlParts = false;
      return null;
    }
  }

  /**
   * Queues the replacement of the stored record (its parts deleted, one added) and returns what to
   * do after the sync. A cell the write left alone because the user changed it meanwhile
   * ({@link lastSkipped}) keeps its old entry, or none: the record never claims a value the tool
   * did not write. The XML goes without its declaration (a part set with one was not updated in
   * https://github.com/OfficeDev/office-js/issues/1643).
   */
  private queueRecord(
    all: XlCustomXmlPartCollection,
    cells: readonly WrittenCell[],
    skipped: readonly SkippedWrite[],
  ): () => void {
    const skip = new Set(skipped.map((k) => `${k.sheet}!${k.address}`));
    const old = new Map((this.stored?.cells ?? []).map((c) => [`${c.sheet}!${c.address}`, c]));
    const record = cells.flatMap((c) => {
      const at = `${c.sheet}!${c.address}`;
      if (!skip.has(at)) return [c];
      const before = old.get(at);
      return before === undefined ? [] : [before];
    });
    for (const id of this.stored?.partIds ?? []) all.getItem(id).delete();
    const part = all.add(writtenRecordXml(record).replace(/^<\?xml[^>]*\?>\s*/, ''));
    part.load('id');
    return () => {
      this.stored = { cells: record, partIds: [part.id] };
      this.recordStored = true;
    };
  }

  private highlightKey = '';

  private async applyWith(plan: WritePlan, highlights: readonly ScoreHighlight[]): Promise<void> {
    const blocks = groupWrites(plan.cells).flatMap((b) => sliceBlock(b, this.maxRowsFor(b)));
    const chunks = packChunks(blocks, this.budget);
    const stats: PortCallStats = { syncs: 0, cells: 0, ranges: 0, chunked: chunks.length > 1 };
    const written = new Set<string>();
    const skipped: SkippedWrite[] = [];
    const replaceNeedsNames = plan.replaceSheets.length > 0 && this.knownSheets === null;
    if (replaceNeedsNames) {
      await this.sheetNames();
      stats.syncs++;
    }
    const attempt = async (): Promise<void> => {
      await this.run(async (ctx) => {
        for (let i = 0; i < Math.max(1, chunks.length); i++) {
          const chunk = chunks[i] ?? [];
          // 1. Re-check: what do the cells hold now?
          const checks = chunk.map((block) => {
            const grid = this.lastGrids.get(block.sheet.toLowerCase());
            if (!grid) return null;
            const expected = {
              grid,
              written: this.writtenSinceRead.get(block.sheet.toLowerCase()),
            };
            const range = ctx.workbook.worksheets
              .getItem(block.sheet)
              .getRangeByIndexes(block.row, block.col, block.rowCount, block.colCount);
            range.load(['values', 'formulas']);
            return { range, expected };
          });
          const cfChecks =
            i === 0
              ? highlights.map((h) => {
                  const cfs = highlightRange(
                    ctx.workbook.worksheets.getItem(h.sheet),
                    h,
                  )?.conditionalFormats;
                  cfs?.load('items/type');
                  return { h, cfs };
                })
              : [];
          // The stored record's parts, when not known yet, are looked up with the re-check.
          const xml = xmlPartsOf(ctx);
          const parts =
            i === 0 && plan.written !== undefined && this.stored === undefined && this.xmlParts
              ? xml?.getByNamespace(WRITTEN_NAMESPACE)
              : undefined;
          parts?.load('items');
          if (checks.some((c) => c !== null) || cfChecks.some((c) => c.cfs) || parts) {
            await ctx.sync();
            stats.syncs++;
          }
          if (parts) this.stored = { cells: null, partIds: parts.items.map((p) => p.id) };
          // 2. Write what did not change, and look at the existing highlights' rules.
          const cfDetails = cfChecks.map(({ h, cfs }) => {
            const items = (cfs?.items ?? []).filter((it) => it.type === 'CellValue');
            const ranges = items.map((it) => {
              it.cellValue.load('rule');
              const r = it.getRange();
              r.load('address');
              return r;
            });
            return { h, items, ranges };
          });
          chunk.forEach((block, b) => {
            const check = checks[b];
            const values: (XlCell | null)[][] = block.values.map((r) => [...r]);
            const formats = block.numberFormat?.map((r) => [...r] as (string | null)[]);
            if (check) {
              const nowValues = check.range.values;
              const nowFormulas = check.range.formulas;
              for (let r = 0; r < block.rowCount; r++) {
                for (let c = 0; c < block.colCount; c++) {
                  const row = block.row + r;
                  const col = block.col + c;
                  if (
                    sameCell(
                      check.expected,
                      row,
                      col,
                      nowValues[r]?.[c] ?? '',
                      nowFormulas[r]?.[c] ?? '',
                    )
                  )
                    continue;
                  values[r]![c] = null;
                  if (formats) formats[r]![c] = null;
                  skipped.push({
                    sheet: block.sheet,
                    row,
                    col,
                    address: rectAddress({ row, col, rowCount: 1, colCount: 1 }),
                  });
                }
              }
            }
            const range = ctx.workbook.worksheets
              .getItem(block.sheet)
              .getRangeByIndexes(block.row, block.col, block.rowCount, block.colCount);
            if (formats) range.numberFormat = formats;
            range.values = values as XlCell[][];
            stats.cells += block.rowCount * block.colCount;
            stats.ranges++;
            written.add(qualify(block.sheet, rectAddress(block)));
          });
          if (i === 0) {
            for (const replacement of plan.replaceSheets)
              this.queueReplacement(ctx, replacement, written);
          }
          // The record of the cells the tool wrote goes with the last write (its parts known).
          let commitRecord: (() => void) | null = null;
          if (
            i === Math.max(1, chunks.length) - 1 &&
            plan.written !== undefined &&
            this.stored !== undefined &&
            this.xmlParts &&
            xml !== undefined
          )
            commitRecord = this.queueRecord(xml, plan.written, skipped);
          if (chunk.length > 0 || i === 0) {
            await ctx.sync();
            stats.syncs++;
          }
          commitRecord?.();
          // 3. Add a highlight only where it is missing.
          let missing = false;
          for (const { h, items, ranges } of cfDetails) {
            if (hasHighlight(h, items, ranges)) continue;
            const ws = ctx.workbook.worksheets.getItem(h.sheet);
            queueHighlight(ws, h);
            missing = true;
          }
          if (missing) {
            await ctx.sync();
            stats.syncs++;
          }
        }
      });
    };
    this.lastWrittenAddresses = written;
    try {
      await attempt();
    } catch (error) {
      if (!isSheetSetError(error) || plan.replaceSheets.length === 0) throw error;
      // Someone added or removed the replaced sheet since our last read: refresh and redo (idempotent).
      await this.sheetNames();
      stats.syncs++;
      skipped.length = 0;
      await attempt();
    }
    this.lastSkipped = skipped;
    this.lastWrite = stats;
    // What was written is what the next re-check expects.
    const skip = new Set(skipped.map((k) => `${k.sheet.toLowerCase()}|${k.row},${k.col}`));
    for (const block of blocks) {
      const key = block.sheet.toLowerCase();
      if (!this.lastGrids.has(key)) continue;
      let map = this.writtenSinceRead.get(key);
      if (!map) this.writtenSinceRead.set(key, (map = new Map<string, CellValue>()));
      for (let r = 0; r < block.rowCount; r++)
        for (let c = 0; c < block.colCount; c++) {
          const at = `${block.row + r},${block.col + c}`;
          if (!skip.has(`${key}|${at}`)) map.set(at, toCellValue(block.values[r]![c]!));
        }
    }
  }

  private maxRowsFor(block: WriteBlock): number {
    const bytesPerRow =
      (JSON.stringify(block.values[0]).length +
        (block.numberFormat ? JSON.stringify(block.numberFormat[0]).length : 0)) *
        3 +
      8;
    return Math.max(1, Math.floor(this.budget / bytesPerRow));
  }

  private queueReplacement(
    ctx: XlRequestContext,
    replacement: SheetReplacement,
    written: Set<string>,
  ): void {
    const exists = (this.knownSheets ?? []).some(
      (n) => n.toLowerCase() === replacement.sheet.toLowerCase(),
    );
    const ws: XlWorksheet = exists
      ? ctx.workbook.worksheets.getItem(replacement.sheet)
      : ctx.workbook.worksheets.add(replacement.sheet);
    if (exists) ws.getRange().clear('All');
    else this.knownSheets = [...(this.knownSheets ?? []), replacement.sheet];
    const width = Math.max(1, ...replacement.rows.map((r) => r.length));
    if (replacement.rows.length > 0) {
      const values: XlCell[][] = replacement.rows.map((r) =>
        Array.from({ length: width }, (_, c) => r[c] ?? ''),
      );
      const range = ws.getRangeByIndexes(0, 0, values.length, width);
      // Text format first, so a paragraph that starts with '=' or looks like a number stays text.
      range.numberFormat = values.map((r) =>
        r.map((v) => (typeof v === 'number' ? 'General' : '@')),
      );
      range.values = values;
      written.add(
        qualify(
          replacement.sheet,
          rectAddress({ row: 0, col: 0, rowCount: values.length, colCount: width }),
        ),
      );
    }
    replacement.columnWidths?.forEach((w, c) => {
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR;
    });
  }
}

type ReadEntry =
  | { kind: 'whole'; name: string; grid: SheetGrid }
  | {
      kind: 'dims';
      name: string;
      actualName: string;
      row: number;
      col: number;
      rows: number;
      cols: number;
    };

/** UTF-8 length of a string without allocating a buffer. */
function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

function isHighlightList(
  value: CellMap | readonly ScoreHighlight[],
): value is readonly ScoreHighlight[] {
  return Array.isArray(value);
}

function isSheetSetError(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'ItemNotFound' || code === 'ItemAlreadyExists';
}

/** Pack blocks into chunks whose estimated request size stays under the budget. */
function packChunks(blocks: readonly WriteBlock[], budget: number): WriteBlock[][] {
  const chunks: WriteBlock[][] = [];
  let current: WriteBlock[] = [];
  let size = 0;
  for (const b of blocks) {
    const bytes =
      (JSON.stringify(b.values).length +
        (b.numberFormat ? JSON.stringify(b.numberFormat).length : 0)) *
        3 +
      128;
    if (current.length > 0 && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(b);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The highlight of scores below their points for a layout: 得分 of every indicator row (from the
 * first data row to the last), compared with 分值 on the same row; null without both columns.
 */
export function highlightFor(map: CellMap): ScoreHighlight | null {
  const ind = map.indicators;
  const scoreCol = ind?.columns.score;
  const pointsCol = ind?.columns.points;
  if (!ind || scoreCol === undefined || pointsCol === undefined || ind.rows.length === 0)
    return null;
  return {
    sheet: ind.sheet,
    scoreCol,
    pointsCol,
    firstRow: ind.headerRow + 1,
    lastRow: Math.max(...ind.rows),
  };
}

/** An output cell a write left alone because the user changed it since the read. */
export interface SkippedWrite {
  sheet: string;
  /** 0-based row and column, and the A1 address. */
  row: number;
  col: number;
  address: string;
}

const HIGHLIGHT_FONT = '#9C0006';
const HIGHLIGHT_FILL = '#FFC7CE';

function highlightRange(ws: XlWorksheet, h: ScoreHighlight): XlRange | null {
  if (h.lastRow < h.firstRow) return null;
  return ws.getRangeByIndexes(h.firstRow, h.scoreCol, h.lastRow - h.firstRow + 1, 1);
}

function highlightFormula(h: ScoreHighlight): string {
  return `=${columnRef(h.pointsCol)}${h.firstRow + 1}`;
}

/** True when exactly our highlight rule covers exactly the 得分 range (nothing to write). */
function hasHighlight(
  h: ScoreHighlight,
  items: readonly XlConditionalFormatItem[],
  ranges: readonly XlRange[],
): boolean {
  if (h.lastRow < h.firstRow) return true;
  const want = rectAddress({
    row: h.firstRow,
    col: h.scoreCol,
    rowCount: h.lastRow - h.firstRow + 1,
    colCount: 1,
  });
  const formula = highlightFormula(h);
  return items.some((item, i) => {
    const rule = item.cellValue.rule;
    const at = parseRect(splitSheetAddress(ranges[i]!.address).local.replace(/\$/g, ''));
    return (
      at !== null &&
      rectAddress(at) === want &&
      rule.operator === 'LessThan' &&
      rule.formula1.replace(/\s/g, '').toUpperCase() === formula.toUpperCase()
    );
  });
}

function queueHighlight(ws: XlWorksheet, h: ScoreHighlight): void {
  const range = highlightRange(ws, h);
  if (!range) return;
  range.conditionalFormats.clearAll();
  const cf = range.conditionalFormats.add('CellValue');
  cf.cellValue.format.font.color = HIGHLIGHT_FONT;
  cf.cellValue.format.fill.color = HIGHLIGHT_FILL;
  // Relative to the first cell: "score < points on the same row".
  cf.cellValue.rule = { formula1: highlightFormula(h), operator: 'LessThan' };
}

function columnRef(col: number): string {
  return `$${rectAddress({ row: 0, col, rowCount: 1, colCount: 1 }).replace(/\d+$/, '')}`;
}

/** Office.js arrays → a {@link SheetGrid} (empty → null, errors → `{ error }`, General → null). */
export function toGrid(name: string, range: XlRange): SheetGrid {
  const values = range.values;
  const formulas = range.formulas;
  const formats = range.numberFormat;
  return {
    name,
    origin: { row: range.rowIndex, col: range.columnIndex },
    // A formula whose value is '' ("=IF(A1="","",…)") keeps '' — blank as Excel shows it, and
    // told apart from a formula without a value (null), which Office.js never gives.
    values: values.map((row, r) =>
      row.map((v, c) => (v === '' && isFormulaText(formulas[r]?.[c]) ? '' : toCellValue(v))),
    ),
    formulas: formulas.map((row) =>
      row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f.slice(1) : null)),
    ),
    numberFormats: formats.map((row) => row.map((f) => (f === null || f === 'General' ? null : f))),
  };
}

function isFormulaText(f: XlCell | undefined): boolean {
  return typeof f === 'string' && f.startsWith('=') && f.length > 1;
}

/**
 * Whether a cell still holds what the last read saw: the same value (as {@link toGrid} reads it)
 * and, for a formula, the same formula. A cell outside the read grid was blank.
 */
function sameCell(
  expected: { grid: SheetGrid; written: Map<string, CellValue> | undefined },
  row: number,
  col: number,
  value: XlCell,
  formula: XlCell,
): boolean {
  const { grid, written } = expected;
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  const key = `${row},${col}`;
  const wasWritten = written?.has(key) ?? false;
  const before = wasWritten ? written!.get(key)! : (grid.values[r]?.[c] ?? null);
  const beforeFormula = wasWritten ? null : (grid.formulas?.[r]?.[c] ?? null);
  const nowFormula = isFormulaText(formula) ? (formula as string).slice(1) : null;
  if (nowFormula !== beforeFormula) return false;
  const now = value === '' && nowFormula !== null ? '' : toCellValue(value);
  if (now === null || before === null || now === '' || before === '')
    return (now === null || now === '') && (before === null || before === '');
  if (typeof now === 'object' || typeof before === 'object')
    return typeof now === 'object' && typeof before === 'object' && now.error === before.error;
  return now === before;
}

function toCellValue(v: XlCell): CellValue {
  if (v === '') return null;
  if (typeof v === 'string' && ERROR_LITERAL.test(v)) return { error: v };
  return v;
}

function concatGrids(
  name: string,
  row: number,
  col: number,
  parts: readonly SheetGrid[],
): SheetGrid {
  return {
    name,
    origin: { row, col },
    values: parts.flatMap((p) => p.values),
    formulas: parts.flatMap((p) => p.formulas ?? []),
    numberFormats: parts.flatMap((p) => p.numberFormats ?? []),
  };
}

export { isPayloadLimitError };

/** Whether two records say the same (the same cells with the same values). */
function sameCells(a: readonly WrittenCell[], b: readonly WrittenCell[]): boolean {
  if (a.length !== b.length) return false;
  const index = new Map(a.map((c) => [`${c.sheet}!${c.address}`, c.value]));
  return b.every((c) => index.get(`${c.sheet}!${c.address}`) === c.value);
}

/** `workbook.customXmlParts`, or undefined where the Office.js library predates it. */
function xmlPartsOf(ctx: XlRequestContext): XlCustomXmlPartCollection | undefined {
  return (ctx.workbook as { customXmlParts?: XlCustomXmlPartCollection }).customXmlParts;
}

/**
 * A host without the API (custom XML parts are ExcelApi 1.5): Office.js fails the request with
 * `ApiNotFound` (https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-development-errors).
 */
function isMissingApi(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ApiNotFound';
}
