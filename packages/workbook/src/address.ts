/** A1 addresses for 0-based row/column indices. */

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
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

/** (6, 6) → `G7`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `绩效指标!G7`; a sheet name with spaces or punctuation is quoted the way Excel writes it. */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return `${sheetPrefix(sheet)}!${cellAddress(row, col)}`;
}

const prefixes = new Map<string, string>();

/** The sheet part of an address, quoted when Excel would quote it (cached: called once per cell). */
function sheetPrefix(sheet: string): string {
  let prefix = prefixes.get(sheet);
  if (prefix === undefined) {
    prefix = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    if (prefixes.size < 1000) prefixes.set(sheet, prefix);
  }
  return prefix;
}

/**
 * Splits a qualified address (`绩效指标!G7`, `'My sheet'!B2`) into sheet and 0-based row/column;
 * null when it is not one.
 */
export function parseQualifiedAddress(
  address: string,
): { sheet: string; row: number; col: number } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? '');
  let col = 0;
  for (const ch of match[3] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(match[4]) - 1, col: col - 1 };
}
