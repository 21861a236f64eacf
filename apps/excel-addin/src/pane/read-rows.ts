/**
 * Reads what an incremental recalculation needs (`IncrementalScorer.request`), in one sync per
 * batch: the sheet names, each sheet's used range (its position and size only), its header rows and
 * the edited rows, over the columns the full read saw — read as `OfficePort` reads (`toGrid`).
 */
import type { CellValue, SheetGrid } from '@jixiao/workbook';
import type { XlRange, XlRun } from '../office/excel-api.js';
import { toGrid } from '../office/office-port.js';
import type { RowRequest, RowsRead } from './incremental.js';

const PROPS = ['values', 'formulas', 'numberFormat', 'rowIndex', 'columnIndex'];

export async function readRows(run: XlRun, requests: readonly RowRequest[]): Promise<RowsRead[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const loads = requests.map((req) => {
      const ws = sheets.getItem(req.sheet);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      const header = ws.getRangeByIndexes(
        req.top,
        req.col,
        req.headerRow - req.top + 1,
        req.colCount,
      );
      header.load(PROPS);
      const rows = req.rows.map((row) => {
        const range = ws.getRangeByIndexes(row, req.col, 1, req.colCount);
        range.load(PROPS);
        return range;
      });
      return { req, used, header, rows };
    });
    await ctx.sync();
    const names = sheets.items.map((s) => s.name);
    return loads.map(({ req, used, header, rows }) => ({
      sheet: req.sheet,
      names,
      used: used.isNullObject
        ? null
        : {
            row: used.rowIndex,
            col: used.columnIndex,
            rowCount: used.rowCount,
            colCount: used.columnCount,
          },
      grid: sparseGrid(req, header, rows),
    }));
  });
}

/** The header rows and the edited rows as one grid from the used range's top; other rows are holes. */
function sparseGrid(req: RowRequest, header: XlRange, rows: readonly XlRange[]): SheetGrid {
  const parts = [header, ...rows].map((r) => toGrid(req.sheet, r));
  const last = Math.max(req.headerRow, ...req.rows);
  const size = last - req.top + 1;
  const grid: SheetGrid = {
    name: req.sheet,
    origin: { row: req.top, col: req.col },
    values: new Array<CellValue[]>(size),
    formulas: new Array<(string | null)[]>(size),
    numberFormats: new Array<(string | null)[]>(size),
  };
  for (const part of parts)
    part.values.forEach((values, k) => {
      const r = part.origin.row + k - req.top;
      grid.values[r] = values;
      grid.formulas![r] = part.formulas?.[k] ?? values.map(() => null);
      grid.numberFormats![r] = part.numberFormats?.[k] ?? values.map(() => null);
    });
  return grid;
}
