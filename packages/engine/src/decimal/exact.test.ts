import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundDecimal, truncateDecimal } from './decimal.js';
import { centsText, cmp, div, mul, ratio, sub, toCents } from './ratio.js';
import { ratioText, textToUnits, UnitSum, unitsToText } from './units.js';

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 6 }))
  .map(([neg, n, k]) => {
    const s = n.toString().padStart(k + 1, '0');
    const t = k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`;
    return neg && n !== 0n ? `-${t}` : t;
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
