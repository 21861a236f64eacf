import type { CellIssue } from './cell-issue.js';
import { qualifiedAddress, columnLetters } from './address.js';
import type { ColumnDef, SheetDef } from './contract.js';
import { cellValue, lastCol, lastRow } from './grid.js';
import type { SheetGrid } from './port.js';
import { nameKey, nameKeyInParentheses, nameKeyWithoutParentheses } from './text.js';
import { workbookIssue } from './workbook-messages.js';

/** How far down a header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

/** A sheet's header: the absolute row and the absolute column of each contract column found. */
export interface HeaderLocation<K extends string = string> {
  /** The (last) header row: data starts below it. */
  row: number;
  columns: Partial<Record<K, number>>;
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

/**
 * Finds the header row of a sheet: among the first {@link HEADER_SEARCH_ROWS} rows, the one naming
 * the most contract columns (at least two, or one required column for a two-column sheet). Columns
 * may be in any order, with extra columns between them; a repeated column is a warning and the
 * first occurrence wins. Null when no row qualifies.
 */
export function findHeader<K extends string>(
  grid: SheetGrid,
  def: SheetDef<K>,
  issues: CellIssue[],
): HeaderLocation<K> | null {
  const end = Math.min(lastRow(grid), grid.origin.row + HEADER_SEARCH_ROWS - 1);
  const right = lastCol(grid);
  let best: { row: number; count: number } | null = null;
  for (let row = grid.origin.row; row <= end; row++) {
    const seen = new Set<K>();
    for (let col = grid.origin.col; col <= right; col++) {
      const value = cellValue(grid, row, col);
      if (typeof value !== 'string') continue;
      const column = matchColumn(value, def.columns);
      if (column) seen.add(column.key);
    }
    const requiredSeen = [...seen].filter(
      (k) => def.columns.find((c) => c.key === k)?.kind === 'required',
    ).length;
    if (requiredSeen === 0 && seen.size < 2) continue;
    if (!best || seen.size > best.count) best = { row, count: seen.size };
  }
  if (!best) return null;
  const columns: Partial<Record<K, number>> = {};
  for (let col = grid.origin.col; col <= right; col++) {
    const value = cellValue(grid, best.row, col);
    if (typeof value !== 'string') continue;
    const column = matchColumn(value, def.columns);
    if (!column) continue;
    const first = columns[column.key];
    if (first === undefined) {
      columns[column.key] = col;
    } else {
      issues.push(
        workbookIssue(
          'column.duplicate',
          'warning',
          {
            sheet: grid.name,
            row: best.row,
            col,
            cell: qualifiedAddress(grid.name, best.row, col),
          },
          { column: column.name, used: columnLetters(first) },
        ),
      );
    }
  }
  // A two-row header (a group cell such as 月度支付 above 1月 … 12月): columns named in the row
  // below that the first row lacks are taken from it, and the data starts under it.
  const below = best.row + 1;
  const extra: [K, number][] = [];
  for (let col = grid.origin.col; col <= right && below <= lastRow(grid); col++) {
    const value = cellValue(grid, below, col);
    if (typeof value !== 'string') continue;
    const column = matchColumn(value, def.columns);
    if (column && columns[column.key] === undefined && !extra.some(([k]) => k === column.key))
      extra.push([column.key, col]);
  }
  if (extra.length >= 2) {
    for (const [key, col] of extra) columns[key] = col;
    return { row: below, columns };
  }
  return { row: best.row, columns };
}
