import { formatMoney } from './formatMoney.js';
import { formatNumber } from './formatNumber.js';
import { formatPercent } from './formatPercent.js';

/** A presentation profile: how one place (a table, a sentence) prints each kind of value. */
export interface FormatProfile {
  /** Amounts in 金额单位. */
  money(value: string | null, decimals?: number): string;
  /** Rates given as fractions, printed as percentages. */
  percent(rate: string | null, decimals?: number): string;
  /** Scores and points. */
  score(value: string | null, decimals?: number): string;
  /** Plain numbers (counts, amounts without grouping). */
  number(value: string | null, decimals?: number): string;
}

/**
 * The presentation profiles of docs/domain.md "Numbers". Every profile rounds half-up and never prints
 * 100% for a rate below 100%; a per-use `decimals` (a placeholder's `:1`) overrides the default.
 * - `table`: fixed 2 decimals, no grouping: `100.00%`, `10.00`, `32601.53`.
 * - `prose`: thousands separators for money, fixed decimals: `32,601.53`, `99.99%`, `96.99`.
 * - `compact`: trailing zeros trimmed: `35.9%`, `10`, `32,601.5`.
 */
export const profiles = {
  table: {
    money: (v, d = 2) => formatMoney(v, { decimals: d, thousands: false }),
    percent: (r, d = 2) => formatPercent(r, { decimals: d }),
    score: (v, d = 2) => formatNumber(v, { decimals: d }),
    number: (v, d = 2) => formatNumber(v, { decimals: d }),
  },
  prose: {
    money: (v, d = 2) => formatMoney(v, { decimals: d, thousands: true }),
    percent: (r, d = 2) => formatPercent(r, { decimals: d }),
    score: (v, d = 2) => formatNumber(v, { decimals: d }),
    number: (v, d = 2) => formatNumber(v, { decimals: d, thousands: true }),
  },
  compact: {
    money: (v, d = 2) => formatNumber(v, { decimals: d, thousands: true, trimZeros: true }),
    percent: (r, d = 2) => formatPercent(r, { decimals: d, trimZeros: true }),
    score: (v, d = 2) => formatNumber(v, { decimals: d, trimZeros: true }),
    number: (v, d = 2) => formatNumber(v, { decimals: d, thousands: true, trimZeros: true }),
  },
} as const satisfies Record<string, FormatProfile>;

/** Names of the built-in profiles. */
export type ProfileName = keyof typeof profiles;
