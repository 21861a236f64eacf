import type { CellValue, SheetGrid, SheetGrids } from './port.js';
import type { SheetDef } from './contract.js';
import { isContractSheet } from './sheet-names.js';

/** The value at an absolute 0-based (row, col), null outside the grid. */
export function cellValue(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** The formula (without `=`) at an absolute (row, col), or null. */
export function cellFormula(grid: SheetGrid, row: number, col: number): string | null {
  const f = grid.formulas?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
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
  for (const row of grid.values) width = Math.max(width, row.length);
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
