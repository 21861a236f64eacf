import type { CellWrite } from '@jixiao/workbook';
import type { CellRect } from '@jixiao/workbook';

/** A rectangle of plan cells written with one range assignment. */
export interface WriteBlock extends CellRect {
  sheet: string;
  /** Office.js values: `''` clears a cell (null would leave it unchanged). */
  values: (string | number)[][];
  /** Present when every cell in the block carries a number format. */
  numberFormat?: string[][];
}

/**
 * Group a plan's cells into rectangles: contiguous cells of a row form a run, and runs with the same
 * columns in consecutive rows merge. 10,000 rates in one column become one 10,000×1 block; a
 * one-cell edit stays one 1×1 block. Cells with and without a number format never share a block.
 */
export function groupWrites(cells: readonly CellWrite[]): WriteBlock[] {
  const bySheet = new Map<string, CellWrite[]>();
  for (const cell of cells) {
    const list = bySheet.get(cell.sheet);
    if (list) list.push(cell);
    else bySheet.set(cell.sheet, [cell]);
  }
  const blocks: WriteBlock[] = [];
  for (const [sheet, list] of bySheet) {
    // Last write to a cell wins, like applying the plan in order.
    const unique = new Map<string, CellWrite>();
    for (const c of list) unique.set(`${c.row},${c.col}`, c);
    const sorted = [...unique.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    // Horizontal runs per row.
    const runs: { row: number; col: number; cells: CellWrite[] }[] = [];
    for (const c of sorted) {
      const last = runs[runs.length - 1];
      const prev = last?.cells[last.cells.length - 1];
      if (
        last &&
        prev &&
        last.row === c.row &&
        prev.col + 1 === c.col &&
        hasFormat(prev) === hasFormat(c)
      )
        last.cells.push(c);
      else runs.push({ row: c.row, col: c.col, cells: [c] });
    }
    // Merge runs vertically when they span the same columns in consecutive rows.
    const open = new Map<
      string,
      {
        block: CellWrite[][];
        row: number;
        col: number;
        width: number;
        lastRow: number;
        fmt: boolean;
      }
    >();
    const done: { block: CellWrite[][]; row: number; col: number; width: number; fmt: boolean }[] =
      [];
    for (const run of runs) {
      const fmt = hasFormat(run.cells[0]!);
      const key = `${run.col}:${run.cells.length}:${fmt}`;
      const o = open.get(key);
      if (o && o.lastRow + 1 === run.row) {
        o.block.push(run.cells);
        o.lastRow = run.row;
      } else {
        if (o) done.push(o);
        open.set(key, {
          block: [run.cells],
          row: run.row,
          col: run.col,
          width: run.cells.length,
          lastRow: run.row,
          fmt,
        });
      }
    }
    done.push(...open.values());
    done.sort((a, b) => a.row - b.row || a.col - b.col);
    for (const d of done) {
      const block: WriteBlock = {
        sheet,
        row: d.row,
        col: d.col,
        rowCount: d.block.length,
        colCount: d.width,
        values: d.block.map((r) => r.map((c) => (c.value === null ? '' : c.value))),
      };
      if (d.fmt) block.numberFormat = d.block.map((r) => r.map((c) => c.numberFormat!));
      blocks.push(block);
    }
  }
  return blocks;
}

function hasFormat(c: CellWrite): boolean {
  return c.numberFormat !== undefined && c.numberFormat !== '';
}

/** Split a block into row slices of at most `maxRows` rows. */
export function sliceBlock(block: WriteBlock, maxRows: number): WriteBlock[] {
  if (block.rowCount <= maxRows) return [block];
  const out: WriteBlock[] = [];
  for (let start = 0; start < block.rowCount; start += maxRows) {
    const n = Math.min(maxRows, block.rowCount - start);
    const slice: WriteBlock = {
      sheet: block.sheet,
      row: block.row + start,
      col: block.col,
      rowCount: n,
      colCount: block.colCount,
      values: block.values.slice(start, start + n),
    };
    if (block.numberFormat) slice.numberFormat = block.numberFormat.slice(start, start + n);
    out.push(slice);
  }
  return out;
}
