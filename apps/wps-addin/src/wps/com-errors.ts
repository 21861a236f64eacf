/**
 * Formula errors as WPS (like Excel through COM) returns them in `Range.Value2`: not as text but as
 * the numbers of their COM error codes, `0x800A0000 + xlErr…` read as a signed 32-bit integer —
 * `#DIV/0!` is xlErrDiv0 = 2007, so −2146826281. Codes from Microsoft's `XlCVError` enumeration
 * (learn.microsoft.com ▸ Excel VBA ▸ XlCVError), which ET's `Et.XlCVError` mirrors
 * (et-jsapi-declare `lib.et.d.ts`); the number form is what the ported add-ins report (issue 15).
 */
import type { CellError } from '@jixiao/workbook';

const BASE = -2146828288; // 0x800A0000 as a signed 32-bit integer

/** XlCVError values and the literal a cell shows. */
export const XL_CV_ERRORS: readonly (readonly [code: number, literal: string])[] = [
  [2000, '#NULL!'],
  [2007, '#DIV/0!'],
  [2015, '#VALUE!'],
  [2023, '#REF!'],
  [2029, '#NAME?'],
  [2036, '#NUM!'],
  [2042, '#N/A'],
  [2043, '#GETTING_DATA'],
  [2044, '#BUSY!'],
  [2045, '#SPILL!'],
  [2046, '#CONNECT!'],
  [2047, '#BLOCKED!'],
  [2048, '#UNKNOWN!'],
  [2049, '#FIELD!'],
  [2050, '#CALC!'],
];

const BY_NUMBER = new Map<number, string>(XL_CV_ERRORS.map(([code, lit]) => [BASE + code, lit]));
const BY_LITERAL = new Map<string, number>(XL_CV_ERRORS.map(([code, lit]) => [lit, BASE + code]));

/** The literal (`#DIV/0!`) of a COM error number, or null when `value` is no such number. */
export function comErrorLiteral(value: unknown): string | null {
  return typeof value === 'number' ? (BY_NUMBER.get(value) ?? null) : null;
}

/** The COM error number WPS returns for a literal (`#DIV/0!` → −2146826281). */
export function comErrorNumber(literal: string): number {
  const n = BY_LITERAL.get(literal);
  if (n === undefined) throw new RangeError(`not an error literal: ${literal}`);
  return n;
}

/** The same `{ error }` value the Office.js and .xlsx adapters give for the literal. */
export function comError(value: unknown): CellError | null {
  const literal = comErrorLiteral(value);
  return literal === null ? null : { error: literal };
}
