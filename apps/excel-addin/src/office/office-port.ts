/**
 * The Office.js adapter: a {@link WorkbookPort} over `Excel.run`.
 *
 * Follows Microsoft's Excel performance guidance: one `load` + one `sync` reads every sheet a
 * recalculation needs (values, formulas, number formats and value types of each used range), and
 * one `sync` writes the plan's cells as 2-D range assignments. Only a sheet whose payload would pass
 * Excel on the web's 5 MB limit is read or written in row chunks, one sync per chunk.
 */
import type {
  CellMap,
  CellValue,
  SheetGrid,
  SheetGrids,
  WorkbookPort,
  WritePlan,
  SheetReplacement,
} from '@jixiao/workbook';
import type { XlCell, XlRange, XlRequestContext, XlRun, XlWorksheet } from './excel-api.js';
import { isPayloadLimitError, PAYLOAD_LIMIT_BYTES, POINTS_PER_CHAR } from './excel-api.js';
import { groupWrites, sliceBlock, type WriteBlock } from './write-blocks.js';
import { qualify, rectAddress } from '@jixiao/workbook';

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

  constructor(options: OfficePortOptions) {
    this.run = options.run;
    const limit =
      options.payloadLimitBytes === undefined ? PAYLOAD_LIMIT_BYTES : options.payloadLimitBytes;
    this.budget = limit === null ? Number.POSITIVE_INFINITY : Math.floor(limit * 0.8);
    this.measuredBudget = limit === null ? Number.POSITIVE_INFINITY : Math.floor(limit * 0.95);
  }

  /** The sheet names seen by the last read (no sync), or null before any read. */
  cachedSheetNames(): readonly string[] | null {
    return this.knownSheets;
  }

  /** Names of all sheets, in order (one sync). */
  async sheetNames(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      this.knownSheets = sheets.items.map((s) => s.name);
      return [...this.knownSheets];
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
        if (refresh || this.knownSheets === null) {
          const sheets = ctx.workbook.worksheets;
          sheets.load('items/name');
          await ctx.sync();
          stats.syncs++;
          this.knownSheets = sheets.items.map((s) => s.name);
        }
        const known = new Set(this.knownSheets.map((n) => n.toLowerCase()));
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
      for (const g of Object.values(grids))
        stats.cells += g.values.length * (g.values[0]?.length ?? 0);
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
    sheets.load('items/name');
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
    this.knownSheets = sheets.items.map((s) => s.name);
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

  private highlightKey = '';

  /**
   * The conditional format on 得分 (scores below their 分值) for the indicator rows of `map`: none
   * when the layout is the one last highlighted (it is re-applied only when the layout changed).
   */
  private highlightsFor(map: CellMap): ScoreHighlight[] {
    const ind = map.indicators;
    const scoreCol = ind?.columns.score;
    const pointsCol = ind?.columns.points;
    if (!ind || scoreCol === undefined || pointsCol === undefined || ind.rows.length === 0)
      return [];
    const h: ScoreHighlight = {
      sheet: ind.sheet,
      scoreCol,
      pointsCol,
      firstRow: ind.headerRow + 1,
      lastRow: Math.max(...ind.rows),
    };
    const key = JSON.stringify(h);
    if (key === this.highlightKey) return [];
    this.highlightKey = key;
    return [h];
  }

  /**
   * Apply a plan in one sync: each block of contiguous plan cells is one range assignment; a
   * replaced sheet (报告) is cleared and rewritten (or added). Past the payload limit the blocks are
   * packed into chunks, one sync each. With the pipeline's cell map (`run`), the highlight of
   * scores below their points is kept current in the same sync; explicit highlights may be given
   * instead. Nothing to write and nothing to highlight: no sync at all (`lastWrite` unchanged).
   */
  async apply(
    plan: WritePlan,
    mapOrHighlights: CellMap | readonly ScoreHighlight[] = [],
  ): Promise<void> {
    const highlights: readonly ScoreHighlight[] = isHighlightList(mapOrHighlights)
      ? mapOrHighlights
      : this.highlightsFor(mapOrHighlights);
    if (plan.cells.length === 0 && plan.replaceSheets.length === 0 && highlights.length === 0)
      return;
    const blocks = groupWrites(plan.cells).flatMap((b) => sliceBlock(b, this.maxRowsFor(b)));
    const chunks = packChunks(blocks, this.budget);
    const stats: PortCallStats = { syncs: 0, cells: 0, ranges: 0, chunked: chunks.length > 1 };
    const written = new Set<string>();
    const replaceNeedsNames = plan.replaceSheets.length > 0 && this.knownSheets === null;
    if (replaceNeedsNames) {
      await this.sheetNames();
      stats.syncs++;
    }
    const attempt = async (): Promise<void> => {
      await this.run(async (ctx) => {
        for (let i = 0; i < Math.max(1, chunks.length); i++) {
          const chunk = chunks[i] ?? [];
          for (const block of chunk) {
            const range = ctx.workbook.worksheets
              .getItem(block.sheet)
              .getRangeByIndexes(block.row, block.col, block.rowCount, block.colCount);
            if (block.numberFormat) range.numberFormat = block.numberFormat;
            range.values = block.values;
            stats.cells += block.rowCount * block.colCount;
            stats.ranges++;
            written.add(qualify(block.sheet, rectAddress(block)));
          }
          if (i === 0) {
            for (const replacement of plan.replaceSheets)
              this.queueReplacement(ctx, replacement, written);
            for (const h of highlights) queueHighlight(ctx.workbook.worksheets.getItem(h.sheet), h);
          }
          if (chunk.length > 0 || i === 0) {
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
      await attempt();
    }
    this.lastWrite = stats;
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

function queueHighlight(ws: XlWorksheet, h: ScoreHighlight): void {
  if (h.lastRow < h.firstRow) return;
  const range = ws.getRangeByIndexes(h.firstRow, h.scoreCol, h.lastRow - h.firstRow + 1, 1);
  range.conditionalFormats.clearAll();
  const cf = range.conditionalFormats.add('CellValue');
  cf.cellValue.format.font.color = '#9C0006';
  cf.cellValue.format.fill.color = '#FFC7CE';
  // Relative to the first cell: "score < points on the same row".
  cf.cellValue.rule = {
    formula1: `=${columnRef(h.pointsCol)}${h.firstRow + 1}`,
    operator: 'LessThan',
  };
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
    values: values.map((row) => row.map(toCellValue)),
    formulas: formulas.map((row) =>
      row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f.slice(1) : null)),
    ),
    numberFormats: formats.map((row) => row.map((f) => (f === null || f === 'General' ? null : f))),
  };
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
