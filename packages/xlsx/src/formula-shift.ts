import { columnLetters } from './a1.js';

/**
 * Translate a formula by a row and column offset, as Excel does for the cells of a shared formula:
 * relative A1 references move, `$`-anchored parts and text in quotes stay.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      const stop = end < 0 ? n : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/.exec(formula.slice(i, i + 16));
    const prev = i > 0 ? formula[i - 1]! : '';
    if (m !== null && !/[\w.]/.test(prev)) {
      const after = formula[i + m[0].length] ?? '';
      if (!/[\w(]/.test(after)) {
        let col = 0;
        for (const c of m[2]!.toUpperCase()) col = col * 26 + (c.charCodeAt(0) - 64);
        col -= 1;
        const row = Number(m[4]) - 1;
        const newCol = m[1] === '$' ? col : col + dCol;
        const newRow = m[3] === '$' ? row : row + dRow;
        if (newCol >= 0 && newRow >= 0) {
          out += `${m[1]!}${columnLetters(newCol)}${m[3]!}${String(newRow + 1)}`;
        } else out += '#REF!';
        i += m[0].length;
        continue;
      }
    }
    // skip identifiers whole so that a function name like LOG10 is not read as a reference
    const word = /^[A-Za-z_][\w.]*/.exec(formula.slice(i, i + 256));
    if (word !== null) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
