import { cellValue, lastCol, lastRow } from '../grid.js';
import type { SheetGrid } from '../port.js';
import { nameKey, nameKeyWithoutParentheses, normalizeText } from '../text.js';

/** A cell of a form, 0-based and absolute. */
export interface FormCell {
  row: number;
  col: number;
}

/** How far down a form's blocks are looked for. */
export const FORM_SEARCH_ROWS = 80;

/** A label's key: `其中：当年财政拨款` → `当年财政拨款`, `产出指标（50分）` → `产出指标`. */
function keysOf(text: string): string[] {
  const plain = normalizeText(text).replace(/^其中[:：]?\s*/, '');
  const keys = [nameKey(plain), nameKeyWithoutParentheses(plain)];
  return keys[0] === keys[1] ? [keys[0]!] : keys;
}

/** A set of names to match texts against (exactly, after normalisation). */
export class Names {
  private readonly keys: Set<string>;
  constructor(readonly names: readonly string[]) {
    this.keys = new Set(names.map((n) => nameKey(n)));
  }
  /** Whether a text names one of these (its own words, or without a bracketed suffix). */
  has(text: string): boolean {
    return keysOf(text).some((k) => this.keys.has(k));
  }
  get first(): string {
    return this.names[0] ?? '';
  }
}

/** A cell's text, trimmed; null for blanks and non-text cells. */
export function textAt(grid: SheetGrid, row: number, col: number): string | null {
  const value = cellValue(grid, row, col);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

/** Cells (in reading order) whose text matches `names`, within rows [from, to]. */
export function findLabels(
  grid: SheetGrid,
  names: Names,
  from = grid.origin.row,
  to = Math.min(lastRow(grid), grid.origin.row + FORM_SEARCH_ROWS - 1),
): FormCell[] {
  const found: FormCell[] = [];
  const right = lastCol(grid);
  for (let row = from; row <= to; row++)
    for (let col = grid.origin.col; col <= right; col++) {
      const text = textAt(grid, row, col);
      if (text !== null && names.has(text)) found.push({ row, col });
    }
  return found;
}

/** A header row and the column of each key found in it. */
export interface FormHeader<K extends string> {
  row: number;
  columns: Partial<Record<K, number>>;
}

/**
 * The header row of a block: among rows [from, to], the one naming every required column and the
 * most columns in all. A column named twice keeps its left-most cell. Null when no row qualifies.
 */
export function findBlockHeader<K extends string>(
  grid: SheetGrid,
  spec: Readonly<Partial<Record<K, Names>>>,
  required: readonly K[],
  from: number,
  to: number,
): FormHeader<K> | null {
  const right = lastCol(grid);
  const entries = Object.entries(spec) as [K, Names | undefined][];
  let best: FormHeader<K> | null = null;
  let bestCount = 0;
  for (let row = from; row <= Math.min(to, lastRow(grid)); row++) {
    const columns: Partial<Record<K, number>> = {};
    let count = 0;
    for (let col = grid.origin.col; col <= right; col++) {
      const text = textAt(grid, row, col);
      if (text === null) continue;
      for (const [key, names] of entries) {
        if (names === undefined || columns[key] !== undefined || !names.has(text)) continue;
        columns[key] = col;
        count++;
        break;
      }
    }
    if (required.some((k) => columns[k] === undefined)) continue;
    if (count > bestCount) {
      best = { row, columns };
      bestCount = count;
    }
  }
  return best;
}

/** The first filled cell right of a label in its row (the label's value), or null. */
export function valueRightOf(grid: SheetGrid, at: FormCell): FormCell | null {
  const right = lastCol(grid);
  for (let col = at.col + 1; col <= right; col++) {
    const value = cellValue(grid, at.row, col);
    if (value !== null && !(typeof value === 'string' && value.trim() === '')) {
      return { row: at.row, col };
    }
  }
  return null;
}
