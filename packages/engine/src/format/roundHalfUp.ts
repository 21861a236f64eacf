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
  return fixed(toDecimal(value), decimals);
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
