/** A1 addresses ↔ 0-based row and column. */

/** Column letters (`A`, `AB`) of a 0-based column index. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = (n - 1 - r) / 26;
  }
  return s;
}

/** The A1 address of a 0-based row and column. */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${String(row + 1)}`;
}

/** 0-based row and column of an A1 address (`$` allowed), or undefined when it is not one. */
export function fromA1(ref: string): { row: number; col: number } | undefined {
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
  if (i === startLetters || i - startLetters > 3) return undefined;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const startDigits = i;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i === startDigits || i !== n || row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}
