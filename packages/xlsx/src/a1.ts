/** The .xlsx adapter's names for the one A1 helper of `@jixiao/workbook`. */
import { parseCell } from '@jixiao/workbook';

export { columnLetters, cellAddress as toA1 } from '@jixiao/workbook';

/** 0-based row and column of an A1 address (`$` allowed), or undefined when it is not one. */
export function fromA1(ref: string): { row: number; col: number } | undefined {
  return parseCell(ref) ?? undefined;
}
