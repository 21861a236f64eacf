/**
 * Formulas filled down a column, kept as one run instead of one string per cell (an .xlsx shared
 * formula over a whole column is 1,048,576 cells). Each cell's text is the master's, translated
 * to the cell's position as Excel translates a shared formula.
 */
import { columnLetters } from './address.js';
import type { FormulaPart, FormulaRun, SheetGrid } from './port.js';

/**
 * The formula text of `parts` moved by `dRow` rows and `dCol` columns: relative references move,
 * `$`-anchored parts stay, a reference moved before row 1 or column A becomes `#REF!`.
 */
export function renderFormula(parts: readonly FormulaPart[], dRow: number, dCol: number): string {
  // joined once into a flat string: a million translated formulas stay compact in memory
  const out: string[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      out.push(p);
      continue;
    }
    const col = p.colAbs ? p.col : p.col + dCol;
    const row = p.rowAbs ? p.row : p.row + dRow;
    if (col < 0 || row < 0) out.push('#REF!');
    else {
      if (p.colAbs) out.push('$');
      out.push(columnLetters(col));
      if (p.rowAbs) out.push('$');
      out.push(String(row + 1));
    }
  }
  return out.join('');
}

/** The run holding absolute (row, col), or undefined. `runs` are sorted by column, then top row. */
export function runAt(
  runs: readonly FormulaRun[],
  row: number,
  col: number,
): FormulaRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (r.col < col || (r.col === col && r.bottom < row)) lo = mid + 1;
    else if (r.col > col || r.top > row) hi = mid - 1;
    else return r;
  }
  return undefined;
}

/** The text of a run's formula at absolute (row, col) inside it. */
export function runFormula(run: FormulaRun, row: number, col: number): string {
  return renderFormula(run.master.parts, row - run.master.row, col - run.master.col);
}

/**
 * The grid with its runs written out into `formulas` (rows copied, the input unchanged), for code
 * that edits `formulas` directly. Returns the grid itself when it has no runs.
 */
export function materializeRuns(grid: SheetGrid): SheetGrid {
  const runs = grid.formulaRuns;
  if (runs === undefined || runs.length === 0) return grid;
  const formulas = grid.formulas?.slice() ?? [];
  const copied = new Set<number>();
  for (const run of runs) {
    for (let row = run.top; row <= run.bottom; row++) {
      const r = row - grid.origin.row;
      if (!copied.has(r)) {
        copied.add(r);
        formulas[r] = formulas[r]?.slice() ?? [];
      }
      const c = run.col - grid.origin.col;
      formulas[r]![c] ??= runFormula(run, row, run.col);
    }
  }
  const { formulaRuns: _dropped, ...rest } = grid;
  return { ...rest, formulas };
}
