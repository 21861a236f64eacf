import { formatNumber } from './formatNumber.js';

/** Options of {@link formatMoney}. */
export interface MoneyFormatOptions {
  /** Decimal places, half-up. Default 2. */
  decimals?: number;
  /** Thousands separators. Default true. */
  thousands?: boolean;
}

/**
 * Formats an amount (in its 金额单位) with thousands separators and 2 decimals, half-up:
 * `formatMoney('32601.53')` → `'32,601.53'`, `formatMoney('13534.7')` → `'13,534.70'`. `null` prints `—`.
 */
export function formatMoney(value: string | null, opts: MoneyFormatOptions = {}): string {
  return formatNumber(value, { decimals: opts.decimals ?? 2, thousands: opts.thousands ?? true });
}
