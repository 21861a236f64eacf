import { Decimal, fixedText } from '../decimal/decimal.js';

/**
 * Rounds decimal text half-up (ties away from zero) to exactly `decimals` places:
 * `roundHalfUp('6.825', 2)` → `'6.83'`, `roundHalfUp('2.5', 0)` → `'3'`, `roundHalfUp('1', 2)` → `'1.00'`.
 *
 * @throws TypeError when `value` is not decimal text or `decimals` is not an integer in [0, 20].
 */
export function roundHalfUp(value: string, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new TypeError(
      `roundHalfUp: decimals must be an integer in [0, 20], got ${String(decimals)}`,
    );
  }
  return fixedOf(value, decimals);
}

/** Plain decimal text: sign, whole digits, optional fraction (what the engine's results hold). */
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Half-up rounded text of decimal text with exactly `decimals` places, `-0` printed as `0`: the
 * same as `fixed(toDecimal(value), decimals)`, on the digits of plain text without a decimal
 * object (the engine's results are plain text, and presenting thousands of them is hot).
 * @throws TypeError when `value` is not decimal text
 */
export function fixedOf(value: string, decimals: number): string {
  const m = PLAIN.exec(value);
  if (m === null) return fixed(toDecimal(value), decimals);
  return roundDigits(m[1]!, m[2]!, m[3] ?? '', decimals);
}

/** Rounds `sign whole.frac` half-up (away from zero) to `decimals` places, as plain text. */
export function roundDigits(sign: string, whole: string, frac: string, decimals: number): string {
  let digits =
    whole + (frac.length >= decimals ? frac.slice(0, decimals) : frac.padEnd(decimals, '0'));
  if (frac.length > decimals && frac.charCodeAt(decimals) >= 53 /* '5' */) {
    // add one unit in the last place, carrying
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === '9') i--;
    digits =
      i < 0
        ? '1' + '0'.repeat(digits.length)
        : digits.slice(0, i) +
          String.fromCharCode(digits.charCodeAt(i) + 1) +
          '0'.repeat(digits.length - i - 1);
  }
  const cut = digits.length - decimals;
  let start = 0;
  while (start < cut - 1 && digits[start] === '0') start++;
  const intPart = digits.slice(start, cut);
  const fracPart = digits.slice(cut);
  const zero = intPart === '0' && !/[1-9]/.test(fracPart);
  return `${zero ? '' : sign}${intPart}${decimals === 0 ? '' : `.${fracPart}`}`;
}
/** Parses decimal text for presentation; API misuse (non-decimal text) throws. */
export function toDecimal(value: string): Decimal {
  let d: Decimal;
  try {
    d = new Decimal(value.trim());
  } catch {
    throw new TypeError(`Expected decimal text, got "${value}"`);
  }
  if (!d.isFinite()) throw new TypeError(`Expected a finite decimal, got "${value}"`);
  return d;
}

/** Half-up rounded text with exactly `decimals` places (no exponent, `-0` printed as `0`). */
export const fixed = fixedText;
