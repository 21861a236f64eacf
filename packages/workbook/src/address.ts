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
  const plain = /^[\p{L}\p{N}_]+$/u.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cellAddress(row, col)}`;
}
