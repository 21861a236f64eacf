import { Decimal } from '../decimal/decimal.js';
import { formatNumber } from '../format/formatNumber.js';
import { formatPercent } from '../format/formatPercent.js';

/** A value as a person reads it in a message: `0.898` with unit `%` → `89.8%`, `56` with `篇` → `56篇`. */
export function display(value: string | number | undefined, unit?: string | number): string {
  if (value === undefined) return '';
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  if (unit === '%') return formatPercent(text, { decimals: 2, trimZeros: true });
  return (
    formatNumber(text, { decimals: 4, trimZeros: true }) + (typeof unit === 'string' ? unit : '')
  );
}

/** A fraction as a trimmed percentage: `'0.6'` → `60%`. */
export function pct(value: string | number | undefined): string {
  return value === undefined ? '' : formatPercent(String(value), { decimals: 2, trimZeros: true });
}

/** True when x·y > z (all decimal text), e.g. a deduction k·n larger than the points. */
export function gt(
  x: string | number | undefined,
  y: string | number | undefined,
  z: string | number | undefined,
): boolean {
  if (x === undefined || y === undefined || z === undefined) return false;
  try {
    return new Decimal(x).times(new Decimal(y)).greaterThan(new Decimal(z));
  } catch {
    return false;
  }
}
