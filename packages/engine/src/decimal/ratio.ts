/**
 * Exact rationals over BigInt, for scoring arithmetic (w·a/t, (r − 0.6)/0.4, w − k·n …).
 *
 * Every input of a score is decimal text, so every intermediate is an exact fraction n/d; the
 * only rounding is the final half-up to cents. BigInt fractions are exact like decimal.js and
 * several times faster for these few short operations, which is what lets a 2,000-indicator
 * evaluation (and a one-indicator edit) run far ahead of a spreadsheet recalculation.
 */
export interface Ratio {
  readonly n: bigint;
  /** Always > 0. */
  readonly d: bigint;
}

const POW10: bigint[] = Array.from({ length: 40 }, (_, k) => 10n ** BigInt(k));
const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?$/;

export const R0: Ratio = { n: 0n, d: 1n };
export const R1: Ratio = { n: 1n, d: 1n };

/** The exact value of plain decimal text (`'0.898'`, `'-12'`). Throws on anything else (a bug). */
export function ratio(text: string): Ratio {
  // Up to 15 digits (exact as a double), read by hand: no regex match, no digit string; every
  // target and actual is read here (the regex was 1.1 MB of the bench department's 14 MB).
  const len = text.length;
  if (len > 0 && len <= 17) {
    let i = 0;
    const first = text.charCodeAt(0);
    const negative = first === 45; // '-'
    if (negative || first === 43) i = 1; // '+'
    let n = 0;
    let digits = 0;
    let decimals = -1;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        n = n * 10 + (c - 48);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (c === 46 && decimals < 0)
        decimals = 0; // '.'
      else break;
    }
    if (i === len && digits > 0 && digits <= 15) {
      const big = BigInt(n);
      return { n: negative ? -big : big, d: POW10[decimals < 0 ? 0 : decimals]! };
    }
  }
  const m = PLAIN.exec(text);
  if (!m || (m[2] === '' && !m[3])) throw new TypeError(`Not decimal text: "${text}"`);
  const frac = m[3] ?? '';
  const n = BigInt((m[2] || '0') + frac);
  return { n: m[1] === '-' ? -n : n, d: POW10[frac.length] ?? 10n ** BigInt(frac.length) };
}

/** An integer as a ratio. */
export const int = (k: number | bigint): Ratio => ({ n: BigInt(k), d: 1n });

export const mul = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.n, d: a.d * b.d });
export const add = (a: Ratio, b: Ratio): Ratio =>
  a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
export const sub = (a: Ratio, b: Ratio): Ratio =>
  a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };

/** a ÷ b; b must not be zero (callers check, a zero divisor is a bug). */
export function div(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) throw new RangeError('Division by zero');
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

/** Sign of a − b: −1, 0 or 1. */
export function cmp(a: Ratio, b: Ratio): number {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

export const isZero = (a: Ratio): boolean => a.n === 0n;
export const min = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) >= 0 ? a : b);
export const clamp = (a: Ratio, low: Ratio, high: Ratio): Ratio => min(max(a, low), high);

/** Rounds half-up (ties away from zero) to whole cents: `6.825` → `683`. */
export function toCents(a: Ratio): bigint {
  const n = a.n * 100n;
  const q = n / a.d;
  const r = n % a.d;
  const twice = 2n * (r < 0n ? -r : r);
  if (twice >= a.d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/** Exact decimal text when the denominator divides a power of ten, else null. */
export function exactText(a: Ratio): string | null {
  for (let k = 0; k < POW10.length; k++) {
    const p = POW10[k]!;
    if (p % a.d === 0n) return scaledText(a.n * (p / a.d), k);
  }
  return null;
}

/** Text of the integer `v` scaled by 10^-k, trailing zeros trimmed. */
export function scaledText(v: bigint, k: number): string {
  const negative = v < 0n;
  const abs = (negative ? -v : v).toString().padStart(k + 1, '0');
  const whole = abs.slice(0, abs.length - k);
  const frac = abs.slice(abs.length - k).replace(/0+$/, '');
  const text = frac ? `${whole}.${frac}` : whole;
  return negative && text !== '0' ? `-${text}` : text;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_v, k) => String(k).padStart(2, '0'));
const SMALL_BIG = (c: bigint): boolean =>
  c <= 9_007_199_254_740_991n && c >= -9_007_199_254_740_991n;

/** Cents as fixed 2-decimal text: `683n` → `'6.83'`. */
export function centsText(cents: bigint | number): string {
  // Safe integers (every score and sum): the whole part's digits and two digits from a table, one
  // string, no BigInt (124 → ~40 bytes a call; two or three calls per indicator).
  const small = typeof cents === 'number' ? cents : SMALL_BIG(cents) ? Number(cents) : NaN;
  if (Number.isSafeInteger(small)) {
    const abs = small < 0 ? -small : small;
    const text = `${Math.trunc(abs / 100)}.${TWO_DIGITS[abs % 100]!}`;
    return small < 0 ? `-${text}` : text;
  }
  const c = BigInt(cents);
  const negative = c < 0n;
  const abs = (negative ? -c : c).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}
