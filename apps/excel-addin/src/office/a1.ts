/**
 * A1 addresses: `G7` ↔ 0-based (row, col), column letters, sheet-qualified addresses as Excel
 * prints them (`绩效指标!G7`, `'My sheet'!A1:B2`).
 */

/** Column letters for a 0-based column index: 0 → `A`, 26 → `AA`. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`bad column index ${col}`);
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = (n - rem - 1) / 26;
  }
  return out;
}

/** 0-based column index for letters: `A` → 0, `AA` → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`bad column letters ${letters}`);
    n = n * 26 + (code - 64);
  }
  if (n === 0) throw new RangeError('empty column letters');
  return n - 1;
}

/** `G7` for 0-based (6, 6). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A rectangle of cells, 0-based, inclusive of start, sized by counts. */
export interface CellRect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** `A1:C3` (or `A1` for a single cell) for a rectangle. */
export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.col);
  if (rect.rowCount === 1 && rect.colCount === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1)}`;
}

const cellRe = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parse `G7` / `$G$7` into 0-based (row, col); null when it is not a single-cell address. */
export function parseCell(text: string): { row: number; col: number } | null {
  const m = cellRe.exec(text.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: columnIndex(m[1]!) };
}

/** Split `Sheet!A1:B2` / `'My sheet'!A1` into sheet name and local address. */
export function splitSheetAddress(text: string): { sheet: string | null; local: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

/** Parse a local range address (`A1`, `A1:C3`, `A:B`, `3:5`) into a rectangle; null if malformed. */
export function parseRect(local: string): CellRect | null {
  const parts = local.split(':');
  if (parts.length > 2 || parts.length === 0) return null;
  const a = parts[0]!;
  const b = parts[1] ?? a;
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (ca && cb) {
    const row = Math.min(ca.row, cb.row);
    const col = Math.min(ca.col, cb.col);
    return {
      row,
      col,
      rowCount: Math.abs(ca.row - cb.row) + 1,
      colCount: Math.abs(ca.col - cb.col) + 1,
    };
  }
  const colOnly = /^\$?([A-Za-z]{1,3})$/;
  const ma = colOnly.exec(a);
  const mb = colOnly.exec(b);
  if (ma && mb) {
    const c1 = columnIndex(ma[1]!);
    const c2 = columnIndex(mb[1]!);
    return { row: 0, col: Math.min(c1, c2), rowCount: MAX_ROWS, colCount: Math.abs(c1 - c2) + 1 };
  }
  const rowOnly = /^\$?(\d{1,7})$/;
  const ra = rowOnly.exec(a);
  const rb = rowOnly.exec(b);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    return { row: Math.min(r1, r2), col: 0, rowCount: Math.abs(r1 - r2) + 1, colCount: MAX_COLS };
  }
  return null;
}

/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Quote a sheet name for a qualified address when Excel would (`'My sheet'!A1`). */
export function qualify(sheet: string, local: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${local}`;
}
