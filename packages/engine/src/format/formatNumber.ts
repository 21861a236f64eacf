import { fixedOf } from './roundHalfUp.js';

/** Shown for a value that is undefined (a rate over a zero budget, a missing amount). */
export const EMPTY_VALUE = '—';

/** Options shared by the number formatters. */
export interface NumberFormatOptions {
  /** Decimal places, rounded half-up. Default 2. */
  decimals?: number;
  /** Group the integer part by thousands: `32,601.53`. Default false. */
  thousands?: boolean;
  /** Drop trailing zeros of the fraction: `35.90` → `35.9`, `10.00` → `10`. Default false. */
  trimZeros?: boolean;
}

/**
 * Formats decimal text for people: half-up to `decimals` places (default 2), optionally with
 * thousands separators and trimmed zeros. `null` prints `—`.
 * `formatNumber('32601.53', { thousands: true })` → `'32,601.53'`.
 */
export function formatNumber(value: string | null, opts: NumberFormatOptions = {}): string {
  if (value === null) return EMPTY_VALUE;
  const decimals = checkDecimals(opts.decimals ?? 2);
  return decorate(fixedOf(value, decimals), opts);
}

/** Applies thousands grouping and zero trimming to fixed text such as `'-32601.50'`. */
export function decorate(text: string, opts: NumberFormatOptions): string {
  let [whole = '0', frac = ''] = text.split('.');
  if (opts.trimZeros) frac = frac.replace(/0+$/, '');
  // up to three digits have no separator to add (most scores and rates)
  if (opts.thousands && whole.length > 3) {
    const negative = whole.startsWith('-');
    const digits = negative ? whole.slice(1) : whole;
    whole = (negative ? '-' : '') + digits.replace(/\B(?=(\d{3})+$)/g, ',');
  }
  return frac ? `${whole}.${frac}` : whole;
}

/** Validates a decimals option (API misuse throws). */
export function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new TypeError(`decimals must be an integer in [0, 20], got ${String(decimals)}`);
  }
  return decimals;
}
