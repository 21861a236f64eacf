/**
 * Presentation of the engine's exact decimal strings on the page, without binary floats:
 * the digits are scaled and rounded half-up as integers (BigInt).
 */

interface Scaled {
  /** value × 10^scale as an integer */
  units: bigint;
  scale: number;
}

function parseDecimal(text: string): Scaled {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!match) throw new Error(`Not a decimal: ${text}`);
  const [, sign = '', whole = '', frac = '', exp = '0'] = match;
  const digits = `${whole}${frac}`.replace(/^0+(?=\d)/, '') || '0';
  let scale = frac.length - Number(exp);
  let units = BigInt(digits);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === '-' ? -units : units, scale };
}

function roundScaled(value: Scaled, digits: number): bigint {
  if (value.scale <= digits) return value.units * 10n ** BigInt(digits - value.scale);
  const divisor = 10n ** BigInt(value.scale - digits);
  const negative = value.units < 0n;
  const abs = negative ? -value.units : value.units;
  const rounded = (abs + divisor / 2n) / divisor;
  return negative ? -rounded : rounded;
}

function print(units: bigint, digits: number, group: boolean): string {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, '0');
  let whole = text.slice(0, text.length - digits);
  const frac = text.slice(text.length - digits);
  if (group) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = digits > 0 ? `${whole}.${frac}` : whole;
  return negative && units !== 0n ? `-${body}` : body;
}

/** `'32601.525'` → `'32,601.53'` (half-up, thousands separators when `group`). */
export function formatDecimal(text: string, digits = 2, group = true): string {
  return print(roundScaled(parseDecimal(text), digits), digits, group);
}

/**
 * A rate (a fraction: `'0.99990001'`) as a percentage, half-up: `'99.99%'`. A rate below 100% never
 * prints as 100.00% (it is shown one step lower, as published reports do); null prints as `—`.
 */
export function formatPercent(rate: string | null, digits = 2): string {
  if (rate === null) return '—';
  const value = parseDecimal(rate);
  const percent: Scaled = { units: value.units, scale: value.scale - 2 };
  const normalized = percent.scale < 0 ? { units: percent.units * 10n ** BigInt(-percent.scale), scale: 0 } : percent;
  let rounded = roundScaled(normalized, digits);
  const hundred = 100n * 10n ** BigInt(digits);
  const exact = normalized.units * 10n ** BigInt(Math.max(0, digits - normalized.scale));
  const belowHundred = normalized.scale <= digits ? exact < hundred : normalized.units < 100n * 10n ** BigInt(normalized.scale);
  if (rounded === hundred && belowHundred) rounded -= 1n;
  return `${print(rounded, digits, false)}%`;
}
