import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cellNumberText,
  numberToDecimalText,
  plainDecimal,
  shiftDecimal,
} from '../decimal-text.js';
import { parseTypedNumber, typedNumberValue } from '../parse-number.js';
import { columnLetters, parseQualifiedAddress, qualifiedAddress } from '../address.js';

describe('decimal text', () => {
  it.each([
    [13534.7, '13534.7'],
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [-2.5e-10, '-0.00000000025'],
    [1e21, '1000000000000000000000'],
    [123456789.123, '123456789.123'],
    [-0, '0'],
  ])('%s → %s', (n, text) => expect(numberToDecimalText(n)).toBe(text));

  it('round-trips every finite double, never in exponent form', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = numberToDecimalText(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('cell numbers: Excel-noise beyond 15 significant digits is dropped, typed values unchanged (property)', () => {
    expect(cellNumberText(0.1 + 0.2)).toBe('0.3');
    expect(cellNumberText(1e-7)).toBe('0.0000001');
    expect(cellNumberText(1 / 3)).toBe('0.333333333333333');
    expect(cellNumberText(-2 / 3000)).toBe('-0.000666666666666667');
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 3 }),
        (units, decimals) => {
          const typed = units / 10 ** decimals;
          expect(cellNumberText(typed)).toBe(numberToDecimalText(typed));
        },
      ),
    );
  });

  it('shifts the decimal point exactly', () => {
    expect(shiftDecimal('95', -2)).toBe('0.95');
    expect(shiftDecimal('99.99', -2)).toBe('0.9999');
    expect(shiftDecimal('0.5', -2)).toBe('0.005');
    expect(shiftDecimal('-120', -2)).toBe('-1.2');
    expect(plainDecimal('00.100')).toBe('0.1');
    expect(plainDecimal('.5')).toBe('0.5');
    expect(plainDecimal('.')).toBeNull();
  });

  it('reads a typed percent as its exact fraction, for any digits (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (units, decimals) => {
          const text =
            decimals === 0
              ? String(units)
              : `${String(units)
                  .padStart(decimals + 1, '0')
                  .slice(0, -decimals)}.${String(units)
                  .padStart(decimals + 1, '0')
                  .slice(-decimals)}`;
          const typed = parseTypedNumber(`${text}%`);
          expect(typed?.percent).toBe(true);
          expect(shiftDecimal(typedNumberValue(typed!), 2)).toBe(plainDecimal(text));
        },
      ),
    );
  });
});

describe('addresses', () => {
  it('letters and qualified addresses', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(qualifiedAddress('绩效指标', 6, 6)).toBe('绩效指标!G7');
    expect(qualifiedAddress('My sheet', 0, 1)).toBe("'My sheet'!B1");
    expect(parseQualifiedAddress('绩效指标!G7')).toEqual({ sheet: '绩效指标', row: 6, col: 6 });
    expect(parseQualifiedAddress("'It''s'!AA10")).toEqual({ sheet: "It's", row: 9, col: 26 });
    expect(parseQualifiedAddress('G7')).toBeNull();
  });
});
