import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_VALUE,
  formatMoney,
  formatNumber,
  formatPercent,
  profiles,
  roundHalfUp,
} from './index.js';
import { fixed, fixedOf, toDecimal } from './roundHalfUp.js';

describe('roundHalfUp', () => {
  it('rounds exact ties away from zero, where float rounding fails', () => {
    expect(roundHalfUp('6.825', 2)).toBe('6.83');
    expect(roundHalfUp('1.005', 2)).toBe('1.01');
    expect(roundHalfUp('2.675', 2)).toBe('2.68');
    expect(roundHalfUp('-2.675', 2)).toBe('-2.68');
    expect(roundHalfUp('0.125', 2)).toBe('0.13');
    expect(roundHalfUp('0.1249999', 2)).toBe('0.12');
    expect(roundHalfUp('2.5', 0)).toBe('3');
  });
  it('pads to the requested places and never prints -0', () => {
    expect(roundHalfUp('1', 2)).toBe('1.00');
    expect(roundHalfUp('-0.001', 2)).toBe('0.00');
    expect(roundHalfUp('96.99', 1)).toBe('97.0');
  });
  it('throws on misuse', () => {
    expect(() => roundHalfUp('abc', 2)).toThrow(TypeError);
    expect(() => roundHalfUp('1', -1)).toThrow(TypeError);
  });
  it('agrees with exact integer rounding at every x.xx5 tie', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        // n/1000 with last digit 5 is a tie: half-up away from zero.
        const tie = n * 10 + 5;
        const text = `${tie < 0 ? '-' : ''}${Math.trunc(Math.abs(tie) / 1000)}.${String(Math.abs(tie) % 1000).padStart(3, '0')}`;
        const hundredths = Math.trunc(Math.abs(tie) / 10) + 1;
        const expected = `${tie < 0 ? '-' : ''}${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
        expect(roundHalfUp(text, 2)).toBe(expected);
      }),
    );
  });
});

describe('formatNumber / formatMoney', () => {
  it('groups thousands and keeps 2 decimals', () => {
    expect(formatMoney('32601.53')).toBe('32,601.53');
    expect(formatMoney('13534.7')).toBe('13,534.70');
    expect(formatMoney('-1234567.005')).toBe('-1,234,567.01');
    expect(formatMoney('999.995')).toBe('1,000.00');
    expect(formatNumber('32601.53')).toBe('32601.53');
    expect(formatNumber('10', { trimZeros: true })).toBe('10');
    expect(formatNumber('35.90', { trimZeros: true })).toBe('35.9');
    expect(formatNumber('89.974', { decimals: 3 })).toBe('89.974');
  });
  it('prints — for undefined values', () => {
    expect(formatNumber(null)).toBe(EMPTY_VALUE);
    expect(formatMoney(null)).toBe('—');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('prints the sample report rates', () => {
    expect(formatPercent('0.99990001')).toBe('99.99%');
    expect(formatPercent('0.999939270342365')).toBe('99.99%');
    expect(formatPercent('1', { decimals: 1 })).toBe('100.0%');
    expect(formatPercent('0.9335')).toBe('93.35%');
    expect(formatPercent('0.359', { decimals: 2, trimZeros: true })).toBe('35.9%');
  });
  it('never prints 100% for a rate below 1', () => {
    expect(formatPercent('0.99996')).toBe('99.99%');
    expect(formatPercent('0.9996', { decimals: 1 })).toBe('99.9%');
    expect(formatPercent('0.996', { decimals: 0 })).toBe('99%');
    expect(formatPercent('0.99999', { trimZeros: true })).toBe('99.99%');
    expect(formatPercent('1')).toBe('100.00%');
    expect(formatPercent('1.00004')).toBe('100.00%');
  });
  it('holds for any rate below 1 and any decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        (n, d) => {
          const rate = `0.${String(n).padStart(9, '0')}`;
          const printed = formatPercent(rate, { decimals: d });
          expect(printed.startsWith('100')).toBe(false);
          expect(Number(printed.slice(0, -1))).toBeLessThan(100);
        },
      ),
    );
  });
});

describe('profiles', () => {
  it('follow docs/domain.md "Numbers"', () => {
    expect(profiles.table.percent('1')).toBe('100.00%');
    expect(profiles.table.score('10')).toBe('10.00');
    expect(profiles.table.money('32601.53')).toBe('32601.53');
    expect(profiles.prose.money('32601.53')).toBe('32,601.53');
    expect(profiles.prose.percent('1', 1)).toBe('100.0%');
    expect(profiles.prose.score('96.99')).toBe('96.99');
    expect(profiles.compact.percent('0.359')).toBe('35.9%');
    expect(profiles.compact.score('10.00')).toBe('10');
  });
});

describe('rounding plain text on its digits', () => {
  /** Plain decimal text: sign, up to 20 whole digits (leading zeros too), up to 12 fraction digits. */
  const plain = fc
    .tuple(
      fc.boolean(),
      fc.stringMatching(/^\d{1,20}$/),
      fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    )
    .map(
      ([negative, whole, frac]) =>
        `${negative ? '-' : ''}${whole}${frac === undefined ? '' : `.${frac}`}`,
    );
  /** The decimal object's rounding, the reference. */
  const reference = (value: string, decimals: number): string => fixed(toDecimal(value), decimals);

  it('agrees with the decimal object on every plain text and every precision', () => {
    fc.assert(
      fc.property(plain, fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        expect(fixedOf(value, decimals)).toBe(reference(value, decimals));
      }),
      { numRuns: 2000 },
    );
    for (const [value, decimals, out] of [
      ['9.995', 2, '10.00'],
      ['-9.995', 2, '-10.00'],
      ['-0.004', 2, '0.00'],
      ['-0.005', 2, '-0.01'],
      ['0099.5', 0, '100'],
      ['0.5', 0, '1'],
      ['6.825', 2, '6.83'],
    ] as const)
      expect(fixedOf(value, decimals)).toBe(out);
  });

  it('formats percentages as the decimal object does, never 100% below 1', () => {
    const percentReference = (rate: string, decimals: number, trimZeros: boolean): string => {
      const value = toDecimal(rate);
      let text = fixed(value.times(100), decimals);
      if (value.lessThan(1) && toDecimal(text).greaterThanOrEqualTo(100))
        text = fixed(toDecimal('100').minus(toDecimal('10').pow(-decimals)), decimals);
      const [whole, frac = ''] = text.split('.');
      const f = trimZeros ? frac.replace(/0+$/, '') : frac;
      return `${whole}${f ? `.${f}` : ''}%`;
    };
    fc.assert(
      fc.property(
        plain,
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (rate, decimals, trimZeros) => {
          expect(formatPercent(rate, { decimals, trimZeros })).toBe(
            percentReference(rate, decimals, trimZeros),
          );
        },
      ),
      { numRuns: 2000 },
    );
    expect(formatPercent('0.99996')).toBe('99.99%');
    expect(formatPercent('0.99999951', { decimals: 4 })).toBe('99.9999%');
    expect(formatPercent('-0.00001')).toBe('0.00%');
  });
});
