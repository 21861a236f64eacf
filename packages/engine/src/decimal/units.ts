/**
 * Exact integer micro-units (1 unit = 10⁻⁶ of the amount's own 金额单位) for budget amounts.
 *
 * Budget sheets carry tens of thousands of amounts (全年预算数, 全年执行数 and twelve months per line).
 * Each amount is held as an integer number of micro-units (at most 10¹⁵, i.e. amounts below 10⁹,
 * well inside the exactly representable integers), and sums go through {@link UnitSum}, which
 * spills into a BigInt before a partial sum could leave the exact range. Integer arithmetic on
 * such values is exact — no binary fractions are ever involved — and it is an order of magnitude
 * faster than arbitrary-precision decimals, so a full evaluation stays far ahead of a spreadsheet.
 */

/** Decimal places held by a unit amount. */
export const UNIT_DECIMALS = 6;
/** The largest amount magnitude accepted, in units (amounts below 10⁹ in 金额单位). */
export const MAX_UNITS = 1e15;
const UNIT_SCALE = 10n ** BigInt(UNIT_DECIMALS);
const SPILL = 2 ** 52;

/** 10 ** UNIT_DECIMALS as a number. */
const UNIT_FACTOR = 1e6;

/** Result of {@link textToUnits}: the amount, or why it could not be read. */
export type UnitsParse =
  { ok: true; units: number } | { ok: false; reason: 'invalid' | 'tooPrecise' | 'tooLarge' };

/**
 * Reads plain decimal text (`'13534.70'`, `'-1'`, `'.5'`) into integer micro-units.
 * Exponent forms are expanded first by the caller (numbers go through their shortest text).
 *
 * One pass over the characters (a budget sheet has tens of thousands of amounts): the whole part is
 * accumulated as an integer (exact while it can still be within {@link MAX_UNITS}; beyond that the
 * amount is too large whatever its digits), the fraction's digits up to the sixth as micro-units,
 * and any non-zero digit after the sixth makes the text too precise.
 */
export function textToUnits(text: string): UnitsParse {
  const units = scanUnits(text);
  if (units === INVALID) return { ok: false, reason: 'invalid' };
  if (units === TOO_PRECISE) return { ok: false, reason: 'tooPrecise' };
  if (units === TOO_LARGE) return { ok: false, reason: 'tooLarge' };
  return { ok: true, units };
}

/**
 * {@link textToUnits} with nothing allocated, for the bulk readers: the micro-units, or NaN when
 * the text is not an amount ({@link textToUnits} says why).
 */
export function unitsOfText(text: string): number {
  const units = scanUnits(text);
  return units === INVALID || units === TOO_PRECISE || units === TOO_LARGE ? NaN : units;
}

// scanUnits's failures: fractions, never a count of micro-units
const INVALID = 0.25;
const TOO_PRECISE = 0.5;
const TOO_LARGE = 0.75;

/** The one scan of {@link textToUnits}: micro-units, or one of the three failures. */
function scanUnits(text: string): number {
  const n = text.length;
  let i = 0;
  let negative = false;
  if (n > 0) {
    const c = text.charCodeAt(0);
    if (c === 45 /* - */) {
      negative = true;
      i = 1;
    } else if (c === 43 /* + */) i = 1;
  }
  let whole = 0;
  let intDigits = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
    intDigits++;
  }
  let frac = 0;
  let fracDigits = 0;
  let hasPoint = false;
  let tooPrecise = false;
  if (i < n && text.charCodeAt(i) === 46 /* . */) {
    hasPoint = true;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (fracDigits < UNIT_DECIMALS) frac = frac * 10 + d;
      else if (d !== 0) tooPrecise = true;
      fracDigits++;
    }
  }
  if (i < n) return INVALID;
  if (intDigits === 0 && (!hasPoint || fracDigits === 0)) return INVALID;
  if (tooPrecise) return TOO_PRECISE;
  for (let k = fracDigits; k < UNIT_DECIMALS; k++) frac *= 10;
  // whole ≤ 10⁹ is exact and so is the sum; a larger whole part is too large in any case
  const units = whole * UNIT_FACTOR + frac;
  if (units > MAX_UNITS) return TOO_LARGE;
  return negative && units !== 0 ? -units : units;
}

/** Micro-units back to plain decimal text, trailing zeros trimmed: `32601530000` → `'32601.53'`. */
export function unitsToText(units: number | bigint): string {
  const big = typeof units === 'bigint' ? units : BigInt(units);
  const negative = big < 0n;
  const abs = negative ? -big : big;
  const whole = abs / UNIT_SCALE;
  const frac = (abs % UNIT_SCALE).toString().padStart(UNIT_DECIMALS, '0').replace(/0+$/, '');
  const text = frac ? `${whole.toString()}.${frac}` : whole.toString();
  return negative ? `-${text}` : text;
}

/** An exact running sum of unit amounts (each at most {@link MAX_UNITS} in magnitude). */
export class UnitSum {
  private small = 0;
  private big = 0n;
  /** Adds one amount. */
  add(units: number): void {
    this.small += units;
    if (this.small > SPILL || this.small < -SPILL) {
      this.big += BigInt(this.small);
      this.small = 0;
    }
  }
  /** The exact sum. */
  get value(): bigint {
    return this.big + BigInt(this.small);
  }
}

/** Decimal places kept in rates (fractions), truncated toward zero so that a rate below 1 stays below 1. */
export const RATE_DECIMALS = 15;
const RATE_SCALE = 10n ** BigInt(RATE_DECIMALS);
const FAST_DIVISOR = 9e14;

/**
 * The exact quotient `numerator / denominator` as decimal text with {@link RATE_DECIMALS} places,
 * truncated toward zero, trailing zeros trimmed. Truncation keeps every half-up tie that presentation
 * can hit (they have fewer decimals) on the same side, and never turns 0.99999… into 1.
 * Returns null when the denominator is zero.
 */
export function ratioText(numerator: number | bigint, denominator: number | bigint): string | null {
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    if (denominator === 0) return null;
    if (
      Number.isSafeInteger(numerator) &&
      Number.isSafeInteger(denominator) &&
      Math.abs(denominator) <= FAST_DIVISOR
    ) {
      return longDivision(numerator, denominator);
    }
  }
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  if (d === 0n) return null;
  const q = (n * RATE_SCALE) / d;
  const negative = q < 0n;
  const abs = negative ? -q : q;
  const whole = abs / RATE_SCALE;
  const frac = (abs % RATE_SCALE).toString().padStart(RATE_DECIMALS, '0').replace(/0+$/, '');
  const text = frac ? `${whole.toString()}.${frac}` : whole.toString();
  return negative && text !== '0' ? `-${text}` : text;
}

/** 10^0 … 10^15, exact doubles. */
const POW10 = Array.from({ length: RATE_DECIMALS + 1 }, (_v, k) => 10 ** k);

/**
 * ⌊x / d⌋ for safe integers x ≥ 0 and d > 0: the float quotient can be off by one for large
 * operands, and is corrected exactly (x − q·d stays a safe integer).
 */
function quotient(x: number, d: number): number {
  let q = Math.trunc(x / d);
  let rest = x - q * d;
  while (rest < 0) {
    q -= 1;
    rest += d;
  }
  while (rest >= d) {
    q += 1;
    rest -= d;
  }
  return q;
}

/**
 * Long division on exact integers (|d| ≤ 9·10¹⁴), several digits a step: the remainder r < |d| is
 * scaled by the largest 10ˢ that keeps r·10ˢ below 2⁵³ (exact), so a denominator of 10⁹ takes
 * 3 steps instead of 15 digit by digit; trailing zeros leave as numbers, not by a regex
 * (engine-vs-hyperformula-10k: longDivision was 10% of the engine's CPU time, 4.9 ms of 48).
 */
function longDivision(n: number, d: number): string {
  const negative = n < 0 !== d < 0 && n !== 0;
  const an = Math.abs(n);
  const ad = Math.abs(d);
  const whole = quotient(an, ad);
  let r = an - whole * ad;
  // The fraction digits as one integer (< 10¹⁵, exact), k of them so far.
  let digits = 0;
  let k = 0;
  let step = 1;
  while (step < RATE_DECIMALS && ad * POW10[step + 1]! <= Number.MAX_SAFE_INTEGER) step++;
  while (k < RATE_DECIMALS && r !== 0) {
    const s = step < RATE_DECIMALS - k ? step : RATE_DECIMALS - k;
    const scale = POW10[s]!;
    r *= scale;
    const q = quotient(r, ad);
    digits = digits * scale + q;
    r -= q * ad;
    k += s;
  }
  while (k > 0 && digits % 10 === 0) {
    digits /= 10;
    k--;
  }
  if (k === 0) {
    const text = String(whole);
    return negative && text !== '0' ? `-${text}` : text;
  }
  // At most 15 significant digits and not below 10⁻⁶: the decimal is the double nearest to
  // total/10ᵏ (one correctly rounded division of exact integers), and a double's shortest text gives
  // back any decimal of ≤ 15 significant digits (DBL_DIG), in plain notation from 10⁻⁶ up. One
  // string instead of the digits, their padding and a concatenation.
  const scale = POW10[k]!;
  const total = whole * scale + digits;
  if (total < 1e15 && (k <= 6 || total >= POW10[k - 6]!)) {
    const text = String(total / scale);
    return negative ? `-${text}` : text;
  }
  const fracDigits = String(digits);
  const frac =
    fracDigits.length === k ? fracDigits : '0'.repeat(k - fracDigits.length) + fracDigits;
  // a template, not [whole, frac].join('.'): the join (a flat string, a few bytes smaller) made
  // engine-vs-hyperformula-10k 22.6× and 19.5× where the template gave 26.7× and 24.9×, alternately
  return negative ? `-${whole}.${frac}` : `${whole}.${frac}`;
}
