/**
 * Exact integer micro-units (1 unit = 10⁻⁶ of the amount's own 金额单位) for budget sums.
 *
 * Budget sheets carry tens of thousands of amounts (全年预算数, 全年执行数 and twelve months per line).
 * Summing them as BigInt integers is exact, like decimal.js, and an order of magnitude faster, so a
 * full evaluation stays well ahead of a spreadsheet recalculation. Amounts have at most 6 decimals
 * (tables carry 2, sometimes 3); more is reported as an issue by the caller.
 */

/** Decimal places held by a unit amount. */
export const UNIT_DECIMALS = 6;
const UNIT_SCALE = 10n ** BigInt(UNIT_DECIMALS);

const PLAIN = /^([+-]?)(\d+)(?:\.(\d*))?$|^([+-]?)\.(\d+)$/;

/** Result of {@link textToUnits}: the amount, or why it could not be read. */
export type UnitsParse = { ok: true; units: bigint } | { ok: false; reason: 'invalid' | 'tooPrecise' };

/**
 * Reads plain decimal text (`'13534.70'`, `'-1'`, `'.5'`) into micro-units.
 * Exponent forms are expanded first by the caller (numbers go through their shortest text).
 */
export function textToUnits(text: string): UnitsParse {
  const m = PLAIN.exec(text);
  if (!m) return { ok: false, reason: 'invalid' };
  const sign = m[1] ?? m[4] ?? '';
  const intPart = m[2] ?? '0';
  let frac = m[3] ?? m[5] ?? '';
  frac = frac.replace(/0+$/, '');
  if (frac.length > UNIT_DECIMALS) return { ok: false, reason: 'tooPrecise' };
  const units = BigInt(intPart + frac.padEnd(UNIT_DECIMALS, '0'));
  return { ok: true, units: sign === '-' ? -units : units };
}

/** Micro-units back to plain decimal text, trailing zeros trimmed: `32601530000n` → `'32601.53'`. */
export function unitsToText(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / UNIT_SCALE;
  const frac = (abs % UNIT_SCALE).toString().padStart(UNIT_DECIMALS, '0').replace(/0+$/, '');
  const text = frac ? `${whole.toString()}.${frac}` : whole.toString();
  return negative ? `-${text}` : text;
}

/** Decimal places kept in rates (fractions), truncated toward zero so that a rate below 1 stays below 1. */
export const RATE_DECIMALS = 15;
const RATE_SCALE = 10n ** BigInt(RATE_DECIMALS);

/**
 * The exact quotient `numerator / denominator` as decimal text with {@link RATE_DECIMALS} places,
 * truncated toward zero, trailing zeros trimmed. Truncation keeps every half-up tie that presentation
 * can hit (they have fewer decimals) on the same side, and never turns 0.99999… into 1.
 * Returns null when the denominator is zero.
 */
export function ratioText(numerator: bigint, denominator: bigint): string | null {
  if (denominator === 0n) return null;
  const q = (numerator * RATE_SCALE) / denominator;
  const negative = q < 0n;
  const abs = negative ? -q : q;
  const whole = abs / RATE_SCALE;
  const frac = (abs % RATE_SCALE).toString().padStart(RATE_DECIMALS, '0').replace(/0+$/, '');
  const text = frac ? `${whole.toString()}.${frac}` : whole.toString();
  return negative && text !== '0' ? `-${text}` : text;
}
