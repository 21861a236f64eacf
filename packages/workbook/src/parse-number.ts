import { plainDecimal, shiftDecimal } from './decimal-text.js';
import { normalizeText } from './text.js';

/** A number as typed in text: its plain decimal text, whether it carried `%`, and a unit if any. */
export interface TypedNumber {
  /** Plain decimal text of the number as written (`'95'` for `95%`). */
  text: string;
  percent: boolean;
  unit: '万元' | '元' | null;
}

/**
 * Reads a number typed as text: `1,234.56`, `１２３`, ` 95% `, `(1,200.00)` (accounting negative),
 * `¥300`, `12.5万元`, `1.2E+3`. Null when the text is not a single number.
 */
export function parseTypedNumber(raw: string): TypedNumber | null {
  let text = normalizeText(raw).replace(/\s+/g, '');
  if (text === '') return null;
  let unit: TypedNumber['unit'] = null;
  const unitMatch = /(万元|元)$/.exec(text);
  if (unitMatch) {
    unit = unitMatch[1] === '万元' ? '万元' : '元';
    text = text.slice(0, -unitMatch[1]!.length);
  }
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  }
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1] ?? '';
  }
  text = text.replace(/^[¥$]/, '');
  if (text.includes(',')) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return null;
    text = text.replace(/,/g, '');
  }
  const plain = plainDecimal(text);
  if (plain === null) return null;
  if (percent && unit !== null) return null;
  const signed = negative
    ? plain.startsWith('-')
      ? null
      : plain === '0'
        ? '0'
        : `-${plain}`
    : plain;
  if (signed === null) return null;
  return { text: signed, percent, unit };
}

/** The fraction a typed number stands for: `95%` → `'0.95'`, `0.95` → `'0.95'`. */
export function typedNumberValue(n: TypedNumber): string {
  return n.percent ? shiftDecimal(n.text, -2) : n.text;
}
