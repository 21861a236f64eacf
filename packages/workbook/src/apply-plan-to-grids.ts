import { materializeRuns } from './formula-runs.js';
import type { CellValue, SheetGrid, SheetGrids, WritePlan } from './port.js';

/**
 * What the grids hold after a plan is applied (a pure, in-memory adapter): written cells take their
 * value and number format (a formula there is gone), replaced sheets hold exactly their rows.
 * The input grids are not changed. For tests, previews and the page's in-memory workbook.
 */
export function applyPlanToGrids(grids: SheetGrids, plan: WritePlan): SheetGrids {
  const out: Record<string, SheetGrid> = {};
  for (const [name, grid] of Object.entries(grids)) out[name] = grid;
  const copies = new Set<string>();
  const editable = (sheet: string): SheetGrid => {
    // runs written out, so that a written cell loses its formula
    const grid = materializeRuns(
      out[sheet] ?? { name: sheet, origin: { row: 0, col: 0 }, values: [] },
    );
    if (!copies.has(sheet)) {
      copies.add(sheet);
      out[sheet] = {
        ...grid,
        values: grid.values.map((r) => [...r]),
        formulas: grid.formulas?.map((r) => [...r]),
        numberFormats: grid.numberFormats?.map((r) => [...r]),
      };
    }
    return out[sheet]!;
  };
  for (const write of plan.cells) {
    const grid = editable(write.sheet);
    const r = write.row - grid.origin.row;
    const c = write.col - grid.origin.col;
    if (r < 0 || c < 0)
      throw new RangeError(`write ${write.sheet}!${write.address} is outside the grid origin`);
    setAt(grid.values, r, c, write.value, null as CellValue);
    if (grid.formulas) setAt(grid.formulas, r, c, null, null);
    if (write.numberFormat !== undefined) {
      grid.numberFormats ??= grid.values.map((row) => row.map(() => null));
      setAt(grid.numberFormats, r, c, write.numberFormat, null);
    }
  }
  for (const replacement of plan.replaceSheets) {
    out[replacement.sheet] = {
      name: replacement.sheet,
      origin: { row: 0, col: 0 },
      values: replacement.rows.map((r) => [...r]),
    };
  }
  return out;
}

function setAt<T>(rows: T[][], r: number, c: number, value: T, fill: T): void {
  while (rows.length <= r) rows.push([]);
  const row = rows[r]!;
  while (row.length < c) row.push(fill);
  row[c] = value;
}
