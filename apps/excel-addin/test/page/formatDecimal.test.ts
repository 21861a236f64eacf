import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { formatDecimal, formatPercent } from '../../src/page/formatDecimal.js';

describe('formatDecimal', () => {
  it('rounds half-up and groups thousands', () => {
    expect(formatDecimal('32601.525')).toBe('32,601.53');
    expect(formatDecimal('6.825')).toBe('6.83');
    expect(formatDecimal('-6.825')).toBe('-6.83');
    expect(formatDecimal('96.99')).toBe('96.99');
    expect(formatDecimal('100', 0)).toBe('100');
    expect(formatDecimal('0.004')).toBe('0.00');
    expect(formatDecimal('1e-7', 2)).toBe('0.00');
    expect(formatDecimal('1234567.8', 1, false)).toBe('1234567.8');
  });

  it('agrees with decimal.js half-up rounding', () => {
    const decimalText = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
      .map(([units, scale]) => new Decimal(units.toString()).div(new Decimal(10).pow(scale)).toFixed(scale));
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 4 }), (text, digits) => {
        expect(formatDecimal(text, digits, false)).toBe(new Decimal(text).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).toFixed(digits));
      }),
    );
  });
});

describe('formatPercent', () => {
  it('prints rates as percentages, half-up', () => {
    expect(formatPercent('0.99990001')).toBe('99.99%');
    expect(formatPercent('1')).toBe('100.00%');
    expect(formatPercent('1', 1)).toBe('100.0%');
    expect(formatPercent('0.933485')).toBe('93.35%');
    expect(formatPercent(null)).toBe('—');
  });

  it('never prints 100.00% for a rate below 100%', () => {
    expect(formatPercent('0.99999')).toBe('99.99%');
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.integer({ min: 0, max: 3 }), (gap, digits) => {
        const rate = new Decimal(1).minus(new Decimal(gap.toString()).div(1e10)).toFixed();
        expect(formatPercent(rate, digits)).not.toBe(`${new Decimal(100).toFixed(digits)}%`);
      }),
    );
  });
});
