import type { CellRange, CellValue, SheetGrid, SheetGrids } from './port.js';
import type { SheetDef } from './contract.js';
import { isContractSheet } from './sheet-names.js';
import { runAt, runFormula } from './formula-runs.js';

/** The value at an absolute 0-based (row, col), null outside the grid. */
export function cellValue(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** The formula (without `=`) at an absolute (row, col), or null. */
export function cellFormula(grid: SheetGrid, row: number, col: number): string | null {
  let f = grid.formulas?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
  if (f === null && grid.formulaRuns !== undefined) {
    const run = runAt(grid.formulaRuns, row, col);
    if (run !== undefined) f = runFormula(run, row, col);
  }
  return f === null || f === '' ? null : f.replace(/^=/, '');
}

/** The number format at an absolute (row, col), or null when unknown. */
export function cellFormat(grid: SheetGrid, row: number, col: number): string | null {
  return grid.numberFormats?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** Absolute index of the last row the grid covers (origin.row − 1 when empty). */
export function lastRow(grid: SheetGrid): number {
  return grid.origin.row + grid.values.length - 1;
}

/** Absolute index of the last column any row of the grid covers. */
export function lastCol(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.values) if (row !== undefined) width = Math.max(width, row.length);
  return grid.origin.col + width - 1;
}

/** True for null, '' and whitespace-only text. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Finds a contract sheet among the grids: by its exact contract name, else the first grid whose
 * name stands for it under {@link isContractSheet} (`绩效指标：`, ` 绩效指标 `, `Indicators`).
 */
export function findSheet(
  grids: SheetGrids,
  def: Pick<SheetDef, 'key' | 'name'>,
): SheetGrid | null {
  const exact = grids[def.name];
  if (exact) return exact;
  for (const [name, grid] of Object.entries(grids)) {
    if (isContractSheet(name, def)) return grid;
  }
  return null;
}

/** Shows a cell value as the user sees it, for messages. */
export function displayValue(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return String(value);
}

/** Merged areas larger than this many cells (after clipping to the used range) are not spread. */
const MAX_MERGE_CELLS = 1_000_000;

/**
 * The grid as inputs read it: every cell of a merged area holds the area's top-left value and
 * number format (支出类型 merged over its lines, a 合计 label merged across 序号:项目名称). Areas
 * are clipped to the used range. Returns the grid itself when it has no merges; the input is not
 * changed (rows that change are copied).
 */
export function spreadMerges(grid: SheetGrid): SheetGrid {
  const merges = grid.merges;
  if (merges === undefined || merges.length === 0) return grid;
  const values = grid.values.slice();
  const formats = grid.numberFormats?.slice();
  const copied = new Set<number>();
  const bottomLimit = lastRow(grid);
  const rightLimit = lastCol(grid);
  for (const m of merges) {
    const top = Math.max(m.top, grid.origin.row);
    const left = Math.max(m.left, grid.origin.col);
    const bottom = Math.min(m.bottom, bottomLimit);
    const right = Math.min(m.right, rightLimit);
    if (top !== m.top || left !== m.left || bottom < top || right < left) continue;
    if ((bottom - top + 1) * (right - left + 1) > MAX_MERGE_CELLS) continue;
    const value = cellValue(grid, top, left);
    if (value === null) continue;
    const format = cellFormat(grid, top, left);
    for (let row = top; row <= bottom; row++) {
      const r = row - grid.origin.row;
      if (!copied.has(r)) {
        copied.add(r);
        values[r] = values[r]?.slice() ?? [];
        if (formats) formats[r] = formats[r]?.slice() ?? [];
      }
      for (let col = left; col <= right; col++) {
        if (row === top && col === left) continue;
        const c = col - grid.origin.col;
        values[r]![c] = value;
        if (formats) formats[r]![c] = format;
      }
    }
  }
  const out: SheetGrid = { ...grid, values };
  if (formats) out.numberFormats = formats;
  return out;
}

/** The merged area a cell lies in (areas of one cell ignored), or undefined. */
export function mergeAt(grid: SheetGrid, row: number, col: number): CellRange | undefined {
  return grid.merges?.find(
    (m) =>
      row >= m.top &&
      row <= m.bottom &&
      col >= m.left &&
      col <= m.right &&
      (m.bottom > m.top || m.right > m.left),
  );
}

/**
 * The grid with only the cells of the columns given (absolute, 0-based): values, formulas, number
 * formats and formula runs of other columns are left out; merges and totals rows are kept. What
 * `planWrites` needs of a large sheet (its output columns) without holding the rest: a 100,000-line
 * 预算执行 is 60 MB as a grid, its 支付率 column a few. Rows that shared one array nearby share one
 * again ({@link pickColumns}).
 * The grid is built field by field in the order the adapters write them (name, origin, values,
 * formulas, numberFormats, formulaRuns, merges, totalsRows), so that the readers of cells see one
 * object shape.
 */
export function keepColumns(grid: SheetGrid, cols: readonly number[]): SheetGrid {
  const c0 = grid.origin.col;
  /** offsets of the kept columns in the input's rows, ascending */
  const kept = [...new Set(cols)]
    .filter((c) => c >= c0)
    .sort((a, b) => a - b)
    .map((c) => c - c0);
  const first = kept[0];
  if (first === undefined) {
    const out: SheetGrid = { name: grid.name, origin: grid.origin, values: [] };
    if (grid.merges !== undefined) out.merges = grid.merges;
    if (grid.totalsRows !== undefined) out.totalsRows = grid.totalsRows;
    return out;
  }
  // rows start at the first column kept: each is as long as the columns kept span
  const out: SheetGrid = {
    name: grid.name,
    origin: { row: grid.origin.row, col: c0 + first },
    values: pickColumns(grid.values, kept),
  };
  if (grid.formulas !== undefined) out.formulas = pickColumns(grid.formulas, kept);
  if (grid.numberFormats !== undefined) out.numberFormats = pickColumns(grid.numberFormats, kept);
  if (grid.formulaRuns !== undefined) {
    const runs = grid.formulaRuns.filter((run) => kept.includes(run.col - c0));
    if (runs.length > 0) out.formulaRuns = runs;
  }
  if (grid.merges !== undefined) out.merges = grid.merges;
  if (grid.totalsRows !== undefined) out.totalsRows = grid.totalsRows;
  return out;
}

/** How many distinct rows {@link pickColumns} remembers, to give rows that shared an array one again. */
const RECENT_ROWS = 8;

/**
 * The cells at the offsets `kept` (ascending, non-empty) of each row, moved to start at `kept[0]`;
 * a row without any of them is a hole. Rows that are one array give one array when at most
 * {@link RECENT_ROWS} other distinct rows lie between them (a value filled down, rows styled alike
 * in turn): a map of every row cost 20 times the picking (an identity hash per array).
 */
function pickColumns<T>(rows: readonly (T[] | undefined)[], kept: readonly number[]): T[][] {
  const from = kept[0]!;
  const picked: T[][] = [];
  /** the last distinct rows met and what they gave, replaced in turn */
  const recent: (T[] | undefined)[] = new Array<T[] | undefined>(RECENT_ROWS).fill(undefined);
  const recentPicked: (T[] | null)[] = new Array<T[] | null>(RECENT_ROWS).fill(null);
  let next = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    const seen = recent.indexOf(row);
    let cells: T[] | null;
    if (seen >= 0) cells = recentPicked[seen]!;
    else {
      cells = null;
      // an array of the row's own size: one grown from [] has room for 17 cells (184 bytes)
      let last = kept.length - 1;
      while (last >= 0 && row[kept[last]!] === undefined) last--;
      if (last >= 0) {
        cells = new Array<T>(kept[last]! - from + 1);
        for (let k = 0; k <= last; k++) {
          const v = row[kept[k]!];
          if (v !== undefined) cells[kept[k]! - from] = v;
        }
      }
      recent[next] = row;
      recentPicked[next] = cells;
      next = (next + 1) % RECENT_ROWS;
    }
    if (cells !== null) picked[r] = cells;
  }
  picked.length = rows.length;
  return picked;
}
