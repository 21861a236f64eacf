import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundDecimal, truncateDecimal } from './decimal.js';
import { centsText, cmp, div, mul, ratio, sub, toCents } from './ratio.js';
import { amountUnits, readAmount, readScore } from '../schema/readers.js';
import { numberText } from '../target/parseTarget.js';
import { ratioText, textToUnits, UnitSum, unitsOfText, unitsToText } from './units.js';

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 6 }))
  .map(([neg, n, k]) => {
    const s = n.toString().padStart(k + 1, '0');
    const t = k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`;
    return neg && n !== 0n ? `-${t}` : t;
  });

describe('plain decimal text as an exact ratio', () => {
  it('reads what the pattern reads, with the fraction digits as the denominator', () => {
    expect(ratio('0.898')).toEqual({ n: 898n, d: 1000n });
    expect(ratio('-12')).toEqual({ n: -12n, d: 1n });
    expect(ratio('+.5')).toEqual({ n: 5n, d: 10n });
    expect(ratio('5.')).toEqual({ n: 5n, d: 1n });
    expect(ratio('-0.00')).toEqual({ n: 0n, d: 100n });
    expect(ratio('123456789012345.6')).toEqual({ n: 1234567890123456n, d: 10n });
    for (const bad of ['', '.', '-', '+', '1e5', '1.2.3', ' 1', '1,000', '０.5'])
      expect(() => ratio(bad), bad).toThrow(TypeError);
    const text = fc.oneof(
      decimalText,
      fc
        .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 25 }))
        .map(([n, k]) => new Decimal(n.toString()).dividedBy(new Decimal(10).pow(k)).toFixed(k)),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = ratio(t);
        const point = t.indexOf('.');
        expect(r.d).toBe(10n ** BigInt(point < 0 ? 0 : t.length - point - 1));
        expect(new Decimal(r.n.toString()).dividedBy(r.d.toString()).equals(new Decimal(t))).toBe(
          true,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scores and 分值 read from numbers and text', () => {
  it('reads what the text of the value reads (the fast paths change nothing)', () => {
    /** The reading by the value's text alone (the former readScore): micro-units, null or a failure. */
    const byText = (value: number | string): bigint | null | 'fails' => {
      const text = typeof value === 'number' ? numberText(value) : value.trim();
      if (text === '') return null;
      const r = textToUnits(text);
      return r.ok ? BigInt(r.units) : 'fails';
    };
    expect(readScore(0.05)).toEqual({ ok: true, value: { n: 50_000n, d: 1_000_000n } });
    expect(readScore(-0)).toEqual({ ok: true, value: { n: 0n, d: 1_000_000n } });
    expect(readScore(1e-7).ok).toBe(false);
    expect(readScore(' 2.5 ')).toEqual({ ok: true, value: { n: 2_500_000n, d: 1_000_000n } });
    const value = fc.oneof(
      fc.double({ min: -2e9, max: 2e9, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 1e6),
      fc.integer({ min: -1e12, max: 1e12 }).map((k) => k / 100),
      decimalText,
      decimalText.map((t) => ` ${t} `),
    );
    fc.assert(
      fc.property(value, (v) => {
        const r = readScore(v);
        const expected = byText(v);
        if (expected === 'fails') expect(r.ok).toBe(false);
        else
          expect(r).toEqual({
            ok: true,
            value: expected === null ? null : { n: expected, d: 1_000_000n },
          });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('cents as text', () => {
  it('prints fixed 2 decimals, numbers and BigInts alike, past 2^53 too', () => {
    expect(centsText(683n)).toBe('6.83');
    expect(centsText(5)).toBe('0.05');
    expect(centsText(-5n)).toBe('-0.05');
    expect(centsText(0)).toBe('0.00');
    expect(centsText(-0)).toBe('0.00');
    expect(centsText(-100)).toBe('-1.00');
    expect(centsText(123_456_789_012_345_678n)).toBe('1234567890123456.78');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (c) => {
        const exact = new Decimal(c.toString()).dividedBy(100).toFixed(2);
        expect(centsText(c)).toBe(exact);
        if (c >= -(2n ** 53n) + 1n && c <= 2n ** 53n - 1n) expect(centsText(Number(c))).toBe(exact);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('integer micro-units', () => {
  it('read and print amounts exactly', () => {
    expect(textToUnits('13534.70')).toEqual({ ok: true, units: 13_534_700_000 });
    expect(textToUnits('.5')).toEqual({ ok: true, units: 500_000 });
    expect(textToUnits('1.0000001')).toEqual({ ok: false, reason: 'tooPrecise' });
    expect(textToUnits('1e5')).toEqual({ ok: false, reason: 'invalid' });
    expect(textToUnits('1000000000.5')).toEqual({ ok: false, reason: 'tooLarge' });
    expect(unitsToText(32_601_530_000)).toBe('32601.53');
    fc.assert(
      fc.property(decimalText, (t) => {
        const r = textToUnits(t);
        expect(r.ok).toBe(new Decimal(t).abs().lessThanOrEqualTo(1e9));
        if (r.ok) expect(new Decimal(unitsToText(r.units)).equals(t)).toBe(true);
      }),
    );
  });

  it('read any text as the plain-decimal pattern reads it (the one-pass reader against the regex)', () => {
    /** The former reading: `^([+-]?)(\d*)(?:\.(\d*))?$`, trailing zeros trimmed, digits joined. */
    const byPattern = (text: string): ReturnType<typeof textToUnits> => {
      const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
      if (!m) return { ok: false, reason: 'invalid' };
      const intPart = m[2] ?? '';
      const frac = (m[3] ?? '').replace(/0+$/, '');
      if (intPart === '' && (m[3] === undefined || m[3] === ''))
        return { ok: false, reason: 'invalid' };
      if (frac.length > 6) return { ok: false, reason: 'tooPrecise' };
      const units = Number((intPart.replace(/^0+(?=\d)/, '') || '0') + frac.padEnd(6, '0'));
      if (units > 1e15) return { ok: false, reason: 'tooLarge' };
      return { ok: true, units: m[1] === '-' && units !== 0 ? -units : units };
    };
    for (const t of [
      '',
      '-',
      '+',
      '.',
      '-.',
      '5.',
      '-0',
      '+0.000',
      '007.50',
      '1.0000000',
      '1.00000001',
    ])
      expect(textToUnits(t)).toEqual(byPattern(t));
    expect(textToUnits('1000000000')).toEqual({ ok: true, units: 1e15 });
    expect(textToUnits('1000000000.000001')).toEqual({ ok: false, reason: 'tooLarge' });
    expect(textToUnits('9'.repeat(400))).toEqual({ ok: false, reason: 'tooLarge' });
    const chars = fc.constantFrom('0', '1', '5', '9', '.', '-', '+', 'e', ' ', ',');
    fc.assert(
      fc.property(fc.oneof(decimalText, fc.string({ unit: chars, maxLength: 24 })), (t) => {
        expect(textToUnits(t)).toEqual(byPattern(t));
        // the bulk readers' allocation-free reading agrees: an amount, or NaN
        const r = textToUnits(t);
        expect(unitsOfText(t)).toBe(r.ok ? r.units : NaN);
        // and so does the budget line's reader with the field reader (blank, negative, spaces)
        const a = readAmount(t);
        expect(amountUnits(t)).toBe(a.ok ? a.value : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('sum exactly, even past 2^53', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e15 }), { maxLength: 40 }), (xs) => {
        const s = new UnitSum();
        xs.forEach((x) => s.add(x));
        expect(s.value).toBe(xs.reduce((a, x) => a + BigInt(x), 0n));
      }),
    );
  });

  it('divide to 15 decimals, truncated, the same on the fast and the BigInt path', () => {
    expect(ratioText(1, 3)).toBe('0.333333333333333');
    expect(ratioText(2, 3)).toBe('0.666666666666666');
    expect(ratioText(32_601_530_000, 32_603_510_000)).toBe('0.999939270342364');
    expect(ratioText(5, 0)).toBeNull();
    expect(ratioText(-1, 4)).toBe('-0.25');
    expect(ratioText(1, 1000)).toBe('0.001');
    expect(ratioText(1, 1_000_000)).toBe('0.000001');
    expect(ratioText(15, 10_000_000)).toBe('0.0000015');
    expect(ratioText(1, 10_000_000)).toBe('0.0000001');
    expect(ratioText(-1, 3_000_000)).toBe('-0.000000333333333');
    expect(ratioText(10, 3)).toBe('3.333333333333333');
    expect(ratioText(999_999_999_999_999, 100)).toBe('9999999999999.99');
    expect(ratioText(123_456_789, 1000)).toBe('123456.789');
    expect(ratioText(7, 700_000_000_000_000)).toBe('0.00000000000001');
    expect(ratioText(-3, 7_000_000)).toBe('-0.000000428571428');
    // denominators of every size: the fast path takes several digits a step, more for small ones
    const sized = (max: number): fc.Arbitrary<number> => fc.integer({ min: 1, max });
    const magnitude = fc.oneof(
      sized(9),
      sized(1e3),
      sized(1e6),
      sized(1e9),
      sized(1e12),
      sized(9e14),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          magnitude,
          magnitude.map((x) => -x),
          fc.integer({ min: -1e15, max: 1e15 }),
        ),
        magnitude,
        (n, d) => {
          const exact = truncateDecimal(new Decimal(n).dividedBy(d), 15).toString();
          expect(ratioText(n, d)).toBe(exact);
          expect(ratioText(BigInt(n), BigInt(d))).toBe(exact);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('BigInt ratios', () => {
  it('round half-up to cents exactly like decimal.js', () => {
    expect(centsText(toCents(ratio('6.825')))).toBe('6.83');
    expect(centsText(toCents(ratio('-6.825')))).toBe('-6.83');
    expect(centsText(toCents(div(mul(ratio('8'), ratio('45')), ratio('50'))))).toBe('7.20');
    fc.assert(
      fc.property(
        decimalText,
        decimalText,
        decimalText.filter((t) => !new Decimal(t).isZero()),
        (a, b, c) => {
          const r = div(mul(ratio(a), sub(ratio(b), ratio('0.6'))), ratio(c));
          const d = new Decimal(a).times(new Decimal(b).minus('0.6')).dividedBy(c);
          expect(new Decimal(centsText(toCents(r))).equals(roundDecimal(d, 2))).toBe(true);
          expect(cmp(ratio(a), ratio(b))).toBe(new Decimal(a).comparedTo(b));
        },
      ),
    );
  });
});
