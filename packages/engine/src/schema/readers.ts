import { Decimal } from '../decimal/decimal.js';
import { textToUnits } from '../decimal/units.js';
import type { IssueCode } from '../issues/codes.js';
import { shown, type Params } from '../issues/issue.js';
import { numberText, parseTarget, type ParsedTarget } from '../target/parseTarget.js';

/**
 * Field readers: each turns one raw input value into the engine's value or a coded failure.
 * They are the single definition of what a field accepts; the zod schemas (`schemas.ts`) wrap them,
 * and the bulk readers call them directly.
 */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; code: IssueCode; params: Params };

const ok = <T>(value: T): ReadResult<T> => ({ ok: true, value });
const fail = (code: IssueCode, params: Params): ReadResult<never> => ({ ok: false, code, params });

/** True for undefined, null and blank text: "no value". */
export function isBlank(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const MAX_FAST = 1e15;

/**
 * An amount in micro-units: decimal text (`'13534.70'`, `'-1'`) or a JS number. Blank → null.
 * Negative amounts, non-numeric text and more than 6 decimals fail.
 */
export function readAmount(value: unknown): ReadResult<bigint | null> {
  if (isBlank(value)) return ok(null);
  let units: bigint;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('amount.invalid', { value: shown(value) });
    // Fast exact path: n = value·10⁶ is an integer and n/10⁶ reads back as the same number, so the
    // number's shortest text has at most 6 decimals and n is exactly its micro-units.
    const scaled = value * 1e6;
    if (Number.isInteger(scaled) && Math.abs(scaled) < MAX_FAST && scaled / 1e6 === value) {
      units = BigInt(scaled);
    } else {
      const r = textToUnits(numberText(value));
      if (!r.ok) return fail(r.reason === 'invalid' ? 'amount.invalid' : 'amount.tooPrecise', { value: shown(value) });
      units = r.units;
    }
  } else if (typeof value === 'string') {
    const r = textToUnits(value.trim());
    if (!r.ok) return fail(r.reason === 'invalid' ? 'amount.invalid' : 'amount.tooPrecise', { value });
    units = r.units;
  } else {
    return fail('amount.invalid', { value: shown(value) });
  }
  if (units < 0n) return fail('amount.negative', { value: shown(value) });
  return ok(units);
}

/** A decimal (points, scores, shares): decimal text or a JS number. Blank → null. */
export function readDecimal(value: unknown): ReadResult<Decimal | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number') {
    return Number.isFinite(value) ? ok(new Decimal(numberText(value))) : fail('amount.invalid', { value: shown(value) });
  }
  if (typeof value === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value.trim())) {
    return ok(new Decimal(value.trim()));
  }
  return fail('amount.invalid', { value: shown(value) });
}

/** 分值: a decimal greater than 0. */
export function readPoints(value: unknown): ReadResult<Decimal | null> {
  const r = readDecimal(value);
  if (!r.ok) return fail('points.invalid', { value: shown(value) });
  if (r.value === null) return r;
  return r.value.greaterThan(0) ? r : fail('points.invalid', { value: shown(value) });
}

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
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text !== null && YES.has(text)) return ok(true);
  if (text !== null && NO.has(text)) return ok(false);
  return fail('flag.invalid', { value: shown(value) });
}

/**
 * 目标值 / 实际值: a number, a percentage (`'95%'`), notation (`'≥95%'`, `'56篇'`), a label, or a
 * boolean (an actual of `true` reads as `是`). Blank → null.
 */
export function readValue(value: unknown, code: 'target.invalid' | 'actual.invalid'): ReadResult<ParsedTarget | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'boolean') return ok({ kind: 'label', label: value ? '是' : '否' });
  if (typeof value === 'number' || typeof value === 'string') {
    const parsed = parseTarget(value);
    if (parsed === null) return fail(code, { value: shown(value) });
    if (code === 'actual.invalid' && parsed.kind === 'number' && parsed.comparator !== null) {
      return fail(code, { value: shown(value) });
    }
    return ok(parsed);
  }
  return fail(code, { value: shown(value) });
}
