import { describe, expect, it } from 'vitest';
import { cellFormat, cellFormula, cellValue, keepColumns, mergeAt } from '../grid.js';
import type { CellValue, SheetGrid } from '../port.js';

describe('keepColumns', () => {
  it('keeps the values, formulas, formats and formula runs of the columns given, and nothing else', () => {
    const shared: CellValue[] = [1, 'a', 2.5, null];
    const fmts = [null, null, '0.00%', 'General'];
    const grid: SheetGrid = {
      name: 's',
      origin: { row: 1, col: 1 },
      values: [shared, shared, ['x', 'y', 0.25, 'z'], undefined as unknown as CellValue[], [7]],
      formulas: [[null, null, 'B2*2'], undefined as unknown as (string | null)[], [null, 'A1']],
      numberFormats: [fmts, fmts, fmts],
      formulaRuns: [
        { col: 3, top: 5, bottom: 9, master: { row: 5, col: 3, parts: ['A1'] } },
        { col: 1, top: 5, bottom: 9, master: { row: 5, col: 1, parts: ['A1'] } },
      ],
      merges: [{ top: 1, left: 1, bottom: 2, right: 1 }],
      totalsRows: [5],
    };
    const cut = keepColumns(grid, [3, 4]);
    for (let row = 0; row < 12; row++)
      for (let col = 0; col < 7; col++) {
        const kept = col === 3 || col === 4;
        expect(cellValue(cut, row, col)).toBe(kept ? cellValue(grid, row, col) : null);
        expect(cellFormula(cut, row, col)).toBe(kept ? cellFormula(grid, row, col) : null);
        expect(cellFormat(cut, row, col)).toBe(kept ? cellFormat(grid, row, col) : null);
      }
    expect(cellValue(cut, 3, 3)).toBe(0.25);
    expect(cellFormula(cut, 1, 3)).toBe('B2*2');
    expect(cellFormula(cut, 7, 3)).toBe('A1');
    expect(cellFormat(cut, 2, 3)).toBe('0.00%');
    // merges and totals rows stay; rows that shared one array share one again
    expect(mergeAt(cut, 2, 1)).toEqual(grid.merges![0]);
    expect(cut.totalsRows).toEqual([5]);
    expect(cut.values[0]).toBe(cut.values[1]);
    expect(cut.formulaRuns).toEqual([grid.formulaRuns![0]]);
    // the grid given is not changed
    expect(grid.values[0]).toEqual([1, 'a', 2.5, null]);
  });

  it('keeps no cell when no column is given', () => {
    const cut = keepColumns({ name: 's', origin: { row: 0, col: 0 }, values: [[1, 2]] }, []);
    expect(cellValue(cut, 0, 0)).toBeNull();
    expect(cut.values).toEqual([]);
  });
});
