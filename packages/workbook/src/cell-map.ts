import { qualifiedAddress } from './address.js';
import type { IssueLocation } from './cell-issue.js';
import type {
  BudgetColumnKey,
  IndicatorColumnKey,
  InfoKey,
  TemplateColumnKey,
} from './contract.js';

/** Where one contract sheet's data sits: its real name, header row, columns and data rows (absolute, 0-based). */
export interface SheetMap<K extends string> {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<K, number>>;
  /** rows[i] is the row of the i-th item read (budget line, indicator, template paragraph). */
  rows: number[];
  /** Rows read but never written into (其中 breakdown rows). */
  readOnlyRows?: number[];
}

/**
 * Where every value of the engine input came from, so that engine issues (paths into the input)
 * point back to cells and the write plan finds the output cells of each row.
 */
export interface CellMap {
  info: { sheet: string; cells: Partial<Record<InfoKey, { row: number; col: number }>> } | null;
  budget: SheetMap<BudgetColumnKey> | null;
  indicators: SheetMap<IndicatorColumnKey> | null;
  template: SheetMap<TemplateColumnKey> | null;
  /** The real name of the 报告 sheet when the workbook has one. */
  report: { sheet: string } | null;
}

/** An empty map (no sheets found). */
export function emptyCellMap(): CellMap {
  return { info: null, budget: null, indicators: null, template: null, report: null };
}

function at(sheet: string, row: number, col: number): IssueLocation {
  return { sheet, row, col, cell: qualifiedAddress(sheet, row, col) };
}

function rowCell<K extends string>(
  map: SheetMap<K>,
  index: unknown,
  column: K | undefined,
  fallback: K,
): IssueLocation {
  const row = typeof index === 'number' ? map.rows[index] : undefined;
  if (row === undefined) return { sheet: map.sheet };
  const col = (column === undefined ? undefined : map.columns[column]) ?? map.columns[fallback];
  return col === undefined ? { sheet: map.sheet, row } : at(map.sheet, row, col);
}

const BUDGET_FIELDS = new Set<string>([
  'name',
  'type',
  'source',
  'initialBudget',
  'budget',
  'spent',
  'received',
]);
const INDICATOR_FIELDS = new Set<string>([
  'level1',
  'level2',
  'name',
  'key',
  'method',
  'target',
  'actual',
  'source',
  'params',
  'points',
  'manualScore',
  'overrideReason',
  'deviationReason',
  'group',
]);

/**
 * The cell an input path points to: `['indicators', 3, 'target']` → `绩效指标!F8`,
 * `['budgetLines', 0, 'monthly', 5]` → the 6月 cell, `['info', 'year']` → the 评价年度 value cell.
 * A path into a row without a column of its own points at the row's name cell; a path the map
 * cannot place points at the sheet, or at nothing (`{ sheet: null }`).
 */
export function locatePath(map: CellMap, path: ReadonlyArray<string | number>): IssueLocation {
  const [root, index, field, sub] = path;
  if (root === 'info') {
    if (!map.info) return { sheet: null };
    const cell = typeof index === 'string' ? map.info.cells[index as InfoKey] : undefined;
    return cell ? at(map.info.sheet, cell.row, cell.col) : { sheet: map.info.sheet };
  }
  if (root === 'budgetLines') {
    if (!map.budget) return { sheet: null };
    let column: BudgetColumnKey | undefined;
    if (field === 'monthly' && typeof sub === 'number' && sub >= 0 && sub < 12)
      column = `m${sub + 1}` as BudgetColumnKey;
    else if (typeof field === 'string' && BUDGET_FIELDS.has(field))
      column = field as BudgetColumnKey;
    else if (field === 'rate') column = 'rate';
    return rowCell(map.budget, index, column, 'name');
  }
  if (root === 'indicators') {
    if (!map.indicators) return { sheet: null };
    const column =
      typeof field === 'string' && INDICATOR_FIELDS.has(field)
        ? (field as IndicatorColumnKey)
        : undefined;
    return rowCell(map.indicators, index, column, 'name');
  }
  return { sheet: null };
}
