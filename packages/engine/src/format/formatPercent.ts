import { Decimal, HUNDRED, ONE } from '../decimal/decimal.js';
import { checkDecimals, decorate, EMPTY_VALUE } from './formatNumber.js';
import { fixed, roundDigits, toDecimal } from './roundHalfUp.js';

/** Plain decimal text (sign, whole digits, optional fraction). */
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Options of {@link formatPercent}. */
export interface PercentFormatOptions {
  /** Decimal places of the percentage, half-up. Default 2. */
  decimals?: number;
  /** Drop trailing zeros: `35.90%` → `35.9%`. Default false. */
  trimZeros?: boolean;
}

/**
 * Formats a rate given as a fraction (`'1'` = 100%) as a percentage, half-up.
 * A rate below 1 never prints as 100%: when rounding would reach 100 it prints the largest value
 * below it (`'0.99996'` → `'99.99%'`, with one decimal `'99.9%'`). `null` prints `—`.
 *
 * `formatPercent('0.99990001')` → `'99.99%'`; `formatPercent('1', { decimals: 1 })` → `'100.0%'`.
 */
export function formatPercent(rate: string | null, opts: PercentFormatOptions = {}): string {
  if (rate === null) return EMPTY_VALUE;
  const decimals = checkDecimals(opts.decimals ?? 2);
  const plain = PLAIN.exec(rate);
  if (plain !== null) {
    // the digits shifted two places: exact, no decimal object
    const [, sign = '', whole = '', frac = ''] = plain;
    let text = roundDigits(sign, whole + frac.slice(0, 2).padEnd(2, '0'), frac.slice(2), decimals);
    const belowOne = sign === '-' || /^0*$/.test(whole);
    if (belowOne && Number(text) >= 100)
      text = `99${decimals === 0 ? '' : `.${'9'.repeat(decimals)}`}`;
    return `${decorate(text, { trimZeros: opts.trimZeros ?? false })}%`;
  }
  const value = toDecimal(rate);
  const percent = value.times(HUNDRED);
  let text = fixed(percent, decimals);
  if (value.lessThan(ONE) && new Decimal(text).greaterThanOrEqualTo(HUNDRED)) {
    text = fixed(HUNDRED.minus(new Decimal(10).pow(-decimals)), decimals);
  }
  return `${decorate(text, { trimZeros: opts.trimZeros ?? false })}%`;
}
