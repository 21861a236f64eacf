import { Decimal } from '../decimal/decimal.js';
import { scaledText } from '../decimal/ratio.js';

/** Comparators of official target notation. */
export type Comparator = '≥' | '>' | '≤' | '<' | '=';

/** A numeric target or value: `≥95%` → `{ comparator: '≥', value: '0.95', percent: true, unit: '%' }`. */
export interface NumericTarget {
  kind: 'number';
  /** null for a plain number (`50`, `95%`). */
  comparator: Comparator | null;
  /** Exact decimal text; percentages as fractions (`95%` → `'0.95'`). */
  value: string;
  /** True when written with `%`. */
  percent: boolean;
  /** `'%'`, a unit such as `'万元'`, `'个'`, or null. */
  unit: string | null;
}

/** A qualitative target or value: `达成年度指标`, `是`. */
export interface LabelTarget {
  kind: 'label';
  label: string;
}

export type ParsedTarget = NumericTarget | LabelTarget;

const COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['>=', '≥'],
  ['≥', '≥'],
  ['≧', '≥'],
  ['＞＝', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['大于等于', '≥'],
  ['<=', '≤'],
  ['≤', '≤'],
  ['≦', '≤'],
  ['＜＝', '≤'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['不多于', '≤'],
  ['小于等于', '≤'],
  ['＞', '>'],
  ['>', '>'],
  ['大于', '>'],
  ['＜', '<'],
  ['<', '<'],
  ['小于', '<'],
  ['==', '='],
  ['＝', '='],
  ['=', '='],
  ['等于', '='],
];

const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*([%％])?\s*(.*)$/s;

/**
 * Parses official target notation into comparator, value and unit:
 * `≥95%`, `>=95%`, `≤30万元`, `=100%`, `≥50个`, `≥100,000份`, a plain number (`50`, `0.95`, `95%`),
 * or a qualitative label (`达成年度指标`, `是`).
 *
 * Returns null for empty text, and for a comparator followed by no number (`≥abc`).
 * Numbers given as JS numbers are read through their shortest text, so `0.95` is exactly 0.95.
 */
export function parseTarget(input: string | number): ParsedTarget | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    return {
      kind: 'number',
      comparator: null,
      value: numberText(input),
      percent: false,
      unit: null,
    };
  }
  const cached = CACHE.get(input);
  if (cached !== undefined) return cached;
  const parsed = parseText(input.trim());
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(input, parsed);
  return parsed;
}

// Parsing is pure and results are treated as immutable, so repeated notation (`≥95%`) is memoised.
const CACHE = new Map<string, ParsedTarget | null>();
const CACHE_LIMIT = 2048;

function parseText(text: string): ParsedTarget | null {
  if (text === '') return null;
  let comparator: Comparator | null = null;
  let rest = text;
  for (const [symbol, cmp] of COMPARATORS) {
    if (text.startsWith(symbol)) {
      comparator = cmp;
      rest = text.slice(symbol.length).trim();
      break;
    }
  }
  const m = NUMBER.exec(rest);
  if (!m || /^\d/.test(m[3] ?? '')) {
    return comparator === null ? { kind: 'label', label: text } : null;
  }
  const digits = (m[1] ?? '').replace(/,/g, '');
  // `100百分比` / `100百分率` is written out `100%`: the same fraction
  const percentWord = /^百分[比率]$/.test((m[3] ?? '').trim());
  const percent = m[2] !== undefined || percentWord;
  const unitText = percentWord ? '' : (m[3] ?? '').trim();
  if (percent && unitText !== '')
    return comparator === null ? { kind: 'label', label: text } : null;
  const value = normalize(digits, percent ? 2 : 0);
  return {
    kind: 'number',
    comparator,
    value,
    percent,
    unit: percent ? '%' : unitText === '' ? null : unitText,
  };
}

/**
 * The character or word that kept a target from being read as a comparison, when the rest of it is
 * a number: `≒95%` → `≒`, `≈95%` → `≈`, `~95%` → `~`, `>>95%` → `>>`, `约95%` → `约`,
 * `95%左右` → `左右`. Null when the text reads as a target, or when it is not a number with an
 * unreadable word of at most 4 characters before it (or after a percentage): a label such as
 * `达成年度指标` is not a comparison at all. Used only to word the message of a target that could
 * not be scored; it never changes how a target reads.
 */
export function unreadComparator(input: string): string | null {
  const text = input.trim();
  const parsed = parseTarget(text);
  if (parsed !== null && parsed.kind === 'number') return null;
  const before = /^(\D{1,4}?)\s*([+-]?(?:\d|\.\d)[\s\S]*)$/.exec(text);
  if (before) {
    const prefix = (before[1] ?? '').trim();
    const rest = parseText((before[2] ?? '').trim());
    if (prefix !== '' && rest?.kind === 'number' && rest.comparator === null) return prefix;
  }
  const after = /^[^\d]*?[+-]?\d[\d.,]*\s*%\s*(\S{1,4})$/.exec(text);
  if (after && /^[^\d%]+$/.test(after[1] ?? '')) return after[1] ?? null;
  return null;
}

/** Shortest exact text of a finite JS number, never in exponent form (`1e-7` → `'0.0000001'`). */
export function numberText(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? new Decimal(text).toString() : text;
}

/** Plain decimal text divided by 10^shift, normalised (`'095.50'`, 2 → `'0.955'`), without float steps. */
function normalize(digits: string, shift: number): string {
  const negative = digits.startsWith('-');
  const body = digits.replace(/^[+-]/, '');
  const [whole = '', frac = ''] = body.split('.');
  const scaled = BigInt((whole || '0') + frac);
  return scaledText(negative ? -scaled : scaled, frac.length + shift);
}
