import type { CellIssue } from './cell-issue.js';
import { qualifiedAddress, columnLetters } from './address.js';
import type { ColumnDef, SheetDef } from './contract.js';
import { lastCol, lastRow } from './grid.js';
import type { CellValue, SheetGrid } from './port.js';
import { nameKey, nameKeyInParentheses, nameKeyWithoutParentheses, normalizeText } from './text.js';
import { workbookIssue } from './render-issue.js';

/** How far down a header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

/** A sheet's header: the absolute row and the absolute column of each contract column found. */
export interface HeaderLocation<K extends string = string> {
  /** The (last) header row: data starts below it. */
  row: number;
  /** The first row of a two-row header band (absent for a one-row header). */
  top?: number;
  columns: Partial<Record<K, number>>;
  /** The amount unit of a `单位：万元` line above the header, when there is one. */
  unit?: '万元' | '元';
}

/** Which contract column a header text names, or null. */
export function matchColumn<K extends string>(
  text: string,
  columns: readonly ColumnDef<K>[],
): ColumnDef<K> | null {
  const index = columnIndex(columns);
  const direct = index.get(nameKey(text));
  if (direct) return direct;
  for (const key of [nameKeyWithoutParentheses(text), nameKeyInParentheses(text)]) {
    const found = key === null || key === '' ? undefined : index.get(key);
    if (found) return found;
  }
  return null;
}

const indexes = new WeakMap<readonly ColumnDef[], Map<string, ColumnDef>>();

/** Name and alias keys → column, built once per column list (the first name wins). */
function columnIndex<K extends string>(
  columns: readonly ColumnDef<K>[],
): Map<string, ColumnDef<K>> {
  let index = indexes.get(columns) as Map<string, ColumnDef<K>> | undefined;
  if (!index) {
    index = new Map();
    for (const c of columns)
      for (const name of [c.name, ...c.aliases])
        if (!index.has(nameKey(name))) index.set(nameKey(name), c);
    indexes.set(columns, index);
  }
  return index;
}

/** The contract columns one row names: column → key (first match per key). */
function rowMatches<K extends string>(
  grid: SheetGrid,
  row: number,
  right: number,
  def: SheetDef<K>,
): Map<number, K> {
  const out = new Map<number, K>();
  forEachCell(grid, row, right, (col, value) => {
    if (typeof value !== 'string') return;
    const column = matchColumn(value, def.columns);
    if (column) out.set(col, column.key);
  });
  return out;
}

/** Whether a row can be the second row of a header band: text only, no numbers, booleans or errors. */
function textOnly(grid: SheetGrid, row: number, right: number): boolean {
  let ok = true;
  forEachCell(grid, row, right, (_col, value) => {
    if (value !== null && typeof value !== 'string') ok = false;
  });
  return ok;
}

/** Calls `visit` for every non-null cell of a row up to column `right` (holes skipped). */
export function forEachCell(
  grid: SheetGrid,
  row: number,
  right: number,
  visit: (col: number, value: CellValue) => void,
): void {
  const cells = grid.values[row - grid.origin.row];
  if (cells === undefined) return;
  cells.forEach((value, k) => {
    const col = grid.origin.col + k;
    if (value !== null && col <= right) visit(col, value);
  });
}

const UNIT_LINE = /(?:^|\s)(?:金额|计量)?单位[:：]\s*(万元|元)\s*$/;

/** `单位：万元` (or `金额单位：元`) in a cell above the header: the sheet's amount unit. */
function unitAbove(grid: SheetGrid, top: number, right: number): '万元' | '元' | undefined {
  let unit: '万元' | '元' | undefined;
  for (let row = grid.origin.row; row < top && unit === undefined; row++)
    forEachCell(grid, row, right, (_col, value) => {
      if (unit !== undefined || typeof value !== 'string') return;
      const m = UNIT_LINE.exec(normalizeText(value));
      if (m) unit = m[1] as '万元' | '元';
    });
  return unit;
}

/**
 * Finds the header band of a sheet among the first {@link HEADER_SEARCH_ROWS} rows: one row, or
 * two when the row below names further columns and holds only text (a group cell such as 月度支付
 * over 1月 … 12月, other headers merged down over both rows; in a column named in both rows the
 * lower, more specific name wins). The band naming the most contract columns wins (at least two,
 * or one required column for a two-column sheet); a title and a `单位：万元` line above it are
 * allowed (the unit is returned). Columns may be in any order, with extra columns between them; a
 * repeated column is a warning and the first occurrence wins. Null when no row qualifies.
 */
export function findHeader<K extends string>(
  grid: SheetGrid,
  def: SheetDef<K>,
  issues: CellIssue[],
): HeaderLocation<K> | null {
  const end = Math.min(lastRow(grid), grid.origin.row + HEADER_SEARCH_ROWS - 1);
  const right = lastCol(grid);
  const required = new Set(def.columns.filter((c) => c.kind === 'required').map((c) => c.key));
  const matches: Map<number, K>[] = [];
  for (let row = grid.origin.row; row <= end + 1; row++)
    matches.push(rowMatches(grid, row, right, def));
  const keysOf = (m: Map<number, K>): Set<K> => new Set(m.values());
  let best: { top: number; bottom: number; byCol: Map<number, K>; count: number } | null = null;
  for (let row = grid.origin.row; row <= end; row++) {
    const upper = matches[row - grid.origin.row]!;
    const keys = keysOf(upper);
    const requiredSeen = [...keys].filter((k) => required.has(k)).length;
    if (requiredSeen === 0 && keys.size < 2) continue;
    let band = { top: row, bottom: row, byCol: upper, count: keys.size };
    const lower = matches[row + 1 - grid.origin.row];
    if (lower !== undefined && lower.size > 0 && row + 1 <= lastRow(grid)) {
      const merged = new Map(upper);
      for (const [col, key] of lower) merged.set(col, key);
      const mergedKeys = keysOf(merged);
      const adds = [...mergedKeys].some((k) => !keys.has(k));
      if (adds && mergedKeys.size > keys.size && textOnly(grid, row + 1, right))
        band = { top: row, bottom: row + 1, byCol: merged, count: mergedKeys.size };
    }
    if (!best || band.count > best.count) best = band;
  }
  if (!best) return null;
  const columns: Partial<Record<K, number>> = {};
  for (const col of [...best.byCol.keys()].sort((a, b) => a - b)) {
    const key = best.byCol.get(col)!;
    const first = columns[key];
    if (first === undefined) {
      columns[key] = col;
      continue;
    }
    const column = def.columns.find((c) => c.key === key)!;
    const row = matches[best.bottom - grid.origin.row]!.has(col) ? best.bottom : best.top;
    issues.push(
      workbookIssue(
        'column.duplicate',
        'warning',
        { sheet: grid.name, row, col, cell: qualifiedAddress(grid.name, row, col) },
        { column: column.name, used: columnLetters(first) },
      ),
    );
  }
  const location: HeaderLocation<K> = { row: best.bottom, columns };
  if (best.bottom !== best.top) location.top = best.top;
  const unit = unitAbove(grid, best.top, right);
  if (unit !== undefined) location.unit = unit;
  return location;
}
