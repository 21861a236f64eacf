import { type FormulaPart, renderFormula } from '@jixiao/workbook';
import { columnLetters } from './a1.js';

/**
 * Translate a formula by a row and column offset, as Excel does for the cells of a shared formula:
 * relative A1 references move, `$`-anchored parts and text in quotes stay.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return compileShift(formula)(dRow, dCol);
}

/** A formula split once into text and A1 references (quotes and identifiers kept whole). */
export function formulaParts(formula: string): FormulaPart[] {
  const parts: FormulaPart[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') parts.push(text);
    text = '';
  };
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      const stop = end < 0 ? n : end + 1;
      text += formula.slice(i, stop);
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
        flush();
        parts.push({
          colAbs: m[1] === '$',
          col: col - 1,
          rowAbs: m[3] === '$',
          row: Number(m[4]) - 1,
        });
        i += m[0].length;
        continue;
      }
    }
    // skip identifiers whole so that a function name like LOG10 is not read as a reference
    const word = /^[A-Za-z_][\w.]*/.exec(formula.slice(i, i + 256));
    if (word !== null) {
      text += word[0];
      i += word[0].length;
      continue;
    }
    text += ch;
    i++;
  }
  flush();
  return parts;
}

/**
 * A formula prepared for translation: scanned once, then each cell of a shared formula is a few
 * concatenations — a template filled down a whole column translates in well under a second.
 */
export function compileShift(formula: string): (dRow: number, dCol: number) => string {
  const parts = formulaParts(formula);
  return (dRow, dCol) => (dRow === 0 && dCol === 0 ? formula : renderFormula(parts, dRow, dCol));
}

/** The former one-pass translation, kept as the reference the compiled form is tested against. */
export function shiftFormulaOnce(formula: string, dRow: number, dCol: number): string {
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
