/**
 * A1 addresses — the one helper of every package and adapter: `G7` ↔ 0-based (row, col), column
 * letters, rectangles (`A1:C3`), and sheet-qualified addresses quoted the way Excel writes them
 * (`绩效指标!G7`, `'My sheet'!A1:B2`, `'2022'!A1`).
 */

/** Excel's sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Column letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = (n - 1 - rem) / 26;
  }
  return letters;
}

/** 0-based column index of letters: `A` → 0, `AA` → 26; throws on anything else. */
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

/** (6, 6) → `G7`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * 0-based row and column of a single-cell address (`G7`, `$G$7`, `g7`), or null when it is not one.
 * Written without a regular expression: the .xlsx reader calls it once per cell.
 */
export function parseCell(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  const n = ref.length;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  const startLetters = i;
  while (i < n) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
  }
  if (i === startLetters || i - startLetters > 3) return null;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const startDigits = i;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i === startDigits || i - startDigits > 7 || i !== n || row < 1) return null;
  return { row: row - 1, col: col - 1 };
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

/** Parse a local range address (`A1`, `A1:C3`, `A:B`, `3:5`) into a rectangle; null if malformed. */
export function parseRect(local: string): CellRect | null {
  const parts = local.trim().split(':');
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

const prefixes = new Map<string, string>();

/**
 * The sheet part of an address, quoted when Excel would quote it: anything but letters, digits,
 * `_` and `.`, a leading digit, or a name that reads as a cell (`A1`, `R1C1`). Cached: called once
 * per issue cell.
 */
function sheetPrefix(sheet: string): string {
  let prefix = prefixes.get(sheet);
  if (prefix === undefined) {
    const plain =
      /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
      !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
      !/^[Rr]\d*[Cc]\d*$/.test(sheet);
    prefix = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    if (prefixes.size < 1000) prefixes.set(sheet, prefix);
  }
  return prefix;
}

/** `Sheet!local` with the sheet quoted when Excel would (`'My sheet'!A1:B2`). */
export function qualify(sheet: string, local: string): string {
  return `${sheetPrefix(sheet)}!${local}`;
}

/** `绩效指标!G7`; a sheet name with spaces or punctuation is quoted the way Excel writes it. */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return qualify(sheet, cellAddress(row, col));
}

/** Split `Sheet!A1:B2` / `'My sheet'!A1` into sheet name and local address (sheet null when none). */
export function splitSheetAddress(text: string): { sheet: string | null; local: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

/**
 * Splits a qualified single-cell address (`绩效指标!G7`, `'My sheet'!B2`) into sheet and 0-based
 * row/column; null when it is not one.
 */
export function parseQualifiedAddress(
  address: string,
): { sheet: string; row: number; col: number } | null {
  const { sheet, local } = splitSheetAddress(address);
  if (sheet === null || sheet === '') return null;
  const cell = /^\$?[A-Z]{1,3}\$?\d+$/.test(local) ? parseCell(local) : null;
  return cell === null ? null : { sheet, ...cell };
}
