import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The engine's decimal type.
 *
 * Why decimal.js: money, rates and scores must be exact. Binary floats cannot hold 0.1 or 6.825
 * exactly (`6.825` is stored as 6.82499999…, so float rounding gives 6.82 where a person and the
 * national rules expect 6.83, and band edges like 0.8 become 0.7999999999999999). decimal.js is an
 * arbitrary-precision *decimal* library: `'6.825'` is exactly 6.825, ties round half-up
 * (`ROUND_HALF_UP`, away from zero, the rounding of Chinese financial tables), it has no runtime
 * dependencies, runs in browsers, workers and Node, and is small and well tested.
 *
 * This clone is configured with 40 significant digits (divisions such as w·a/t are far more exact
 * than any rounding we present), half-up rounding and plain (never exponential) `toString()`.
 * The budget sums, the engine's hot path, use exact integer micro-units instead (see `units.ts`).
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An exact decimal value. */
export type Decimal = DecimalJs;

/** Zero, one and one hundred, shared. */
export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** Rounds half-up (away from zero on ties) to `decimals` places. */
export function roundDecimal(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, DecimalJs.ROUND_HALF_UP);
}

/** Truncates toward zero to `decimals` places (used for internal rates: never rounds 0.99…9 up to 1). */
export function truncateDecimal(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, DecimalJs.ROUND_DOWN);
}

/** Smaller / larger of two decimals. */
export function minDecimal(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

/** Larger of two decimals. */
export function maxDecimal(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

/** Clamps `value` into `[low, high]`. */
export function clampDecimal(value: Decimal, low: Decimal, high: Decimal): Decimal {
  return minDecimal(maxDecimal(value, low), high);
}

/** Plain decimal text of a Decimal, never in exponent form: `'32601.53'`, `'0.9999'`. */
export function toText(value: Decimal): string {
  return value.toString();
}

/** Half-up rounded text with exactly `decimals` places, never in exponent form, `-0` printed as `0`. */
export function fixedText(value: Decimal, decimals: number): string {
  const rounded = roundDecimal(value, decimals);
  const text = rounded.isZero() ? '0' : rounded.toString();
  if (decimals === 0) return text;
  const [whole = '0', frac = ''] = text.split('.');
  return `${whole}.${frac.padEnd(decimals, '0')}`;
}
