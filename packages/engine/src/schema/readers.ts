import { Decimal } from '../decimal/decimal.js';
import type { Ratio } from '../decimal/ratio.js';
import { MAX_UNITS, textToUnits, unitsOfText } from '../decimal/units.js';
import type { IssueCode } from '../issues/codes.js';
import { shown, type Params } from '../issues/issue.js';
import {
  numberText,
  parseTarget,
  unreadComparator,
  type ParsedTarget,
} from '../target/parseTarget.js';

/**
 * Field readers: each turns one raw input value into the engine's value or a coded failure.
 * They are the single definition of what a field accepts; the zod schemas (`schemas.ts`) wrap them,
 * and the bulk readers call them directly.
 */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; code: IssueCode; params: Params };

// A blank cell (most optional fields of most rows) reads as one shared result, not a new object.
const OK_NULL: ReadResult<null> = Object.freeze({ ok: true, value: null });
const ok = <T>(value: T): ReadResult<T> =>
  value === null ? (OK_NULL as ReadResult<T>) : { ok: true, value };
const fail = (code: IssueCode, params: Params): ReadResult<never> => ({ ok: false, code, params });

/** True for undefined, null and blank text: "no value". */
export function isBlank(value: unknown): value is null | undefined | '' {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * An amount in integer micro-units: decimal text (`'13534.70'`, `'-1'`) or a JS number. Blank → null.
 * Negative amounts, non-numeric text, more than 6 decimals and amounts of 10⁹ or more fail.
 */
export function readAmount(value: unknown): ReadResult<number | null> {
  if (isBlank(value)) return ok(null);
  let units: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('amount.invalid', { value: shown(value) });
    const fast = numberUnits(value);
    if (fast === fast) {
      units = fast;
    } else {
      const r = textToUnits(numberText(value));
      if (!r.ok) return fail(UNIT_FAILURE[r.reason], { value: shown(value) });
      units = r.units;
    }
  } else if (typeof value === 'string') {
    const r = textToUnits(value.trim());
    if (!r.ok) return fail(UNIT_FAILURE[r.reason], { value });
    units = r.units;
  } else {
    return fail('amount.invalid', { value: shown(value) });
  }
  if (units < 0) return fail('amount.negative', { value: shown(value) });
  return ok(units);
}

/**
 * A number's micro-units when its shortest text has at most 6 decimals and it is within
 * {@link MAX_UNITS}; NaN otherwise (its text then says why). n = value·10⁶ rounded: when n/10⁶ reads
 * back as the same number, the number's shortest text has at most 6 decimals (≤ 15 significant
 * digits round-trip uniquely), so n is exactly its micro-units.
 */
function numberUnits(value: number): number {
  const scaled = value >= 0 ? Math.trunc(value * 1e6 + 0.5) : -Math.trunc(-value * 1e6 + 0.5);
  if (!(Math.abs(scaled) <= MAX_UNITS) || scaled / 1e6 !== value) return NaN;
  return scaled === 0 ? 0 : scaled;
}

/**
 * True when `value` is an amount the engine reads exactly as the number it is: 0 ≤ value ≤ 10⁹ with
 * at most 6 decimals in its shortest text. Such a number's shortest text is its decimal (at most 15
 * significant digits, no exponent), so {@link readAmount} gives the same micro-units for the number
 * and for that text. A reader may pass such a cell value on as it is instead of as text (the
 * workbook reader does, for the million amounts of a 100,000-line 预算执行).
 */
export function isPlainAmount(value: number): boolean {
  return numberUnits(value) >= 0;
}

/**
 * Allocation-free {@link readAmount} for bulk rows: micro-units, null when blank, undefined when the
 * value is not a valid amount (call {@link readAmount} for the reason).
 */
export function amountUnits(value: unknown): number | null | undefined {
  if (typeof value === 'number' && value >= 0 && value <= 1e9) {
    const units = numberUnits(value);
    if (units === units) return units;
  } else if (typeof value === 'string') {
    // the workbook reader gives amounts as decimal text: read without trimming or result objects
    const units = unitsOfText(value);
    if (units >= 0) return units;
  }
  const r = readAmount(value);
  return r.ok ? r.value : undefined;
}

/** Allocation-free {@link readText}: text, null when blank, undefined when invalid. */
export function textValue(value: unknown): string | null | undefined {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? null : t;
  }
  const r = readText(value);
  return r.ok ? r.value : undefined;
}

const UNIT_FAILURE = {
  invalid: 'amount.invalid',
  tooPrecise: 'amount.tooPrecise',
  tooLarge: 'amount.tooLarge',
} as const;

/** A decimal (points, scores, shares): decimal text or a JS number. Blank → null. */
export function readDecimal(value: unknown): ReadResult<Decimal | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? ok(new Decimal(numberText(value)))
      : fail('amount.invalid', { value: shown(value) });
  }
  if (typeof value === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value.trim())) {
    return ok(new Decimal(value.trim()));
  }
  return fail('amount.invalid', { value: shown(value) });
}

/** A score-like number (人工得分) as an exact ratio of micro-units; may be negative (checked later). Blank → null. */
export function readScore(value: unknown): ReadResult<Ratio | null> {
  if (isBlank(value)) return ok(null);
  // a number of at most 6 decimals (every 分值 and most scores) is its micro-units at once, as in
  // readAmount; decimal text in one scan: no text or parse result built per row
  const units =
    typeof value === 'number'
      ? numberUnits(value)
      : typeof value === 'string'
        ? unitsOfText(value)
        : NaN;
  if (units === units) return ok({ n: BigInt(units), d: MICRO });
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? numberText(value)
        : ''
      : typeof value === 'string'
        ? value.trim()
        : '';
  const r = textToUnits(text);
  if (!r.ok) return fail(UNIT_FAILURE[r.reason], { value: shown(value) });
  return ok({ n: BigInt(r.units), d: MICRO });
}

/** 分值: a number above 0 and below 10⁶ with at most 6 decimals, as an exact ratio. */
export function readPoints(value: unknown): ReadResult<Ratio | null> {
  const r = readScore(value);
  if (!r.ok) return fail('points.invalid', { value: shown(value) });
  if (r.value === null) return r;
  return r.value.n > 0n && r.value.n < MAX_POINTS
    ? r
    : fail('points.invalid', { value: shown(value) });
}

const MICRO = 1_000_000n;
const MAX_POINTS = 10n ** 12n;

/** Text: strings trimmed (blank → null), numbers as their text. */
export function readText(value: unknown): ReadResult<string | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'string') return ok(value.trim());
  if (typeof value === 'number' && Number.isFinite(value)) return ok(numberText(value));
  return fail('text.invalid', { value: shown(value) });
}

const YES = new Set(['是', 'true', 'TRUE', 'Y', 'y', 'yes', 'Yes', '1', '√', '✓']);
const NO = new Set(['否', 'false', 'FALSE', 'N', 'n', 'no', 'No', '0', '×']);

/** A yes/no flag (关键指标): boolean, `是`/`否`, `Y`/`N`, 1/0. Blank → null. */
export function readFlag(value: unknown): ReadResult<boolean | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'boolean') return ok(value);
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text !== null && YES.has(text)) return ok(true);
  if (text !== null && NO.has(text)) return ok(false);
  return fail('flag.invalid', { value: shown(value) });
}

/**
 * 目标值 / 实际值: a number, a percentage (`'95%'`), notation (`'≥95%'`, `'56篇'`), a label, or a
 * boolean (an actual of `true` reads as `是`). Blank → null.
 */
export function readValue(
  value: unknown,
  code: 'target.invalid' | 'actual.invalid',
): ReadResult<ParsedTarget | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'boolean') return ok({ kind: 'label', label: value ? '是' : '否' });
  if (typeof value === 'number' || typeof value === 'string') {
    const parsed = parseTarget(value);
    if (parsed === null) {
      // `>>95%`: quote the character or word that could not be read as a comparator
      const token = code === 'target.invalid' ? unreadComparator(String(value)) : null;
      return token === null
        ? fail(code, { value: shown(value) })
        : fail('target.comparatorUnknown', { value: shown(value), token });
    }
    if (code === 'actual.invalid' && parsed.kind === 'number' && parsed.comparator !== null) {
      return fail(code, { value: shown(value) });
    }
    return ok(parsed);
  }
  return fail(code, { value: shown(value) });
}
