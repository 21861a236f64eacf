/**
 * Decimal text without binary floating point: the shortest round-trip text of a JS number, exponent
 * forms expanded, and the percent shift (`95%` → `0.95`) done on digits, not on floats.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Plain decimal text (no exponent, no leading `+`, no superfluous zeros) of a numeric text, or null
 * when the text is not a number. `'1.5e-7'` → `'0.00000015'`, `'-0012.50'` → `'-12.5'`.
 */
export function plainDecimal(text: string): string | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, sign = '', intPart = '', fracPart = '', exp = '0'] = match;
  if (intPart === '' && fracPart === '') return null;
  return assemble(sign, intPart + fracPart, intPart.length + Number(exp));
}

/** Moves the decimal point: `shiftDecimal('95', -2)` → `'0.95'`. The input must be plain decimal text. */
export function shiftDecimal(text: string, places: number): string {
  const match = DECIMAL.exec(text);
  if (!match) throw new TypeError(`not decimal text: ${text}`);
  const [, sign = '', intPart = '', fracPart = '', exp = '0'] = match;
  return assemble(sign, intPart + fracPart, intPart.length + Number(exp) + places);
}

/**
 * The decimal text of a JS number through its shortest round-trip form (`String(n)`), so 13534.7
 * becomes exactly `'13534.7'` and 1e-7 becomes `'0.0000001'`. Throws on NaN or ±Infinity.
 */
export function numberToDecimalText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const shortest = String(value);
  if (!shortest.includes('e')) return shortest === '-0' ? '0' : shortest;
  const text = plainDecimal(shortest);
  if (text === null) throw new RangeError(`unexpected number text: ${String(value)}`);
  return text;
}

/** digits with the decimal point after `pointAt` digits (may be ≤ 0 or beyond the digits). */
function assemble(sign: string, digits: string, pointAt: number): string {
  let intDigits: string;
  let fracDigits: string;
  if (pointAt <= 0) {
    intDigits = '0';
    fracDigits = '0'.repeat(-pointAt) + digits;
  } else if (pointAt >= digits.length) {
    intDigits = digits + '0'.repeat(pointAt - digits.length);
    fracDigits = '';
  } else {
    intDigits = digits.slice(0, pointAt);
    fracDigits = digits.slice(pointAt);
  }
  intDigits = intDigits.replace(/^0+(?=\d)/, '');
  fracDigits = fracDigits.replace(/0+$/, '');
  const body = fracDigits === '' ? intDigits : `${intDigits}.${fracDigits}`;
  const isZero = /^0(\.0*)?$/.test(body);
  return sign === '-' && !isZero ? `-${body}` : body;
}

/** Excel keeps 15 significant digits; more in a cell value is binary noise from a formula. */
const EXCEL_DIGITS = 15;

/**
 * The decimal text of a number read from a cell: its shortest round-trip form, except that a
 * value with more than Excel's 15 significant digits (`=0.1+0.2` → 0.30000000000000004,
 * `=SUM(…)` → 14511.199999999999) is rounded to 15, as Excel itself shows it. Typed values never
 * have more than 15, so they come through unchanged.
 */
export function cellNumberText(value: number): string {
  const shortest = numberToDecimalText(value);
  if (shortest.length <= EXCEL_DIGITS) return shortest;
  const digits = shortest.replace(/^-?0*\.?0*/, '').replace('.', '');
  if (digits.length <= EXCEL_DIGITS) return shortest;
  return plainDecimal(value.toPrecision(EXCEL_DIGITS)) ?? shortest;
}
