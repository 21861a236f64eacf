/**
 * Invariants of reading real values (issue 9): unit conversion, bare percentages, negative targets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmp, ratio, type Ratio } from '../decimal/ratio.js';
import { evaluate, type IndicatorInput } from '../index.js';
import { runMethod } from '../methods/runMethod.js';
import { parseTarget } from '../target/parseTarget.js';
import { alignQuantities, convertUnit, UNITS } from '../target/units.js';
import { makeIssue } from '../issues/issue.js';
import { messageFor } from '../messages/index.js';

const RUNS = { numRuns: 150 };

/** Decimal text with up to 4 decimals, |x| < 10⁷. */
const decimalText = (min = -9_999_999, max = 9_999_999): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 9999 }))
    .map(([i, f]) => `${i}.${String(f).padStart(4, '0')}`.replace(/\.?0+$/, '') || '0');

const sameDimension = fc
  .constantFrom(...Object.keys(UNITS))
  .chain((a) =>
    fc.tuple(
      fc.constant(a),
      fc.constantFrom(
        ...Object.keys(UNITS).filter((b) => UNITS[b]!.dimension === UNITS[a]!.dimension),
      ),
    ),
  );

const eq = (a: Ratio, b: Ratio): boolean => cmp(a, b) === 0;

describe('unit conversion', () => {
  it('is exact and symmetric: converting there and back gives the same value', () => {
    fc.assert(
      fc.property(sameDimension, decimalText(), ([from, to], x) => {
        const there = convertUnit(ratio(x), from, to);
        expect(there).not.toBeNull();
        const back = convertUnit(there!, to, from);
        expect(eq(back!, ratio(x))).toBe(true);
      }),
      RUNS,
    );
  });

  it('refuses different dimensions (an error naming both units)', () => {
    expect(convertUnit(ratio('5'), '个', '次')).toBeNull();
    const a = alignQuantities(parseTarget('≥50个'), parseTarget('52次'));
    expect(a.failed).toBe(true);
    expect(a.notes[0]).toMatchObject({
      code: 'actual.unitMismatch',
      params: { unit: '次', targetUnit: '个' },
    });
  });

  it('reads 个, 项 and 件 as one count of items (stated as info), and keeps 次/人次/篇/份/天 apart', () => {
    for (const [t, a] of [
      ['≥5个', '5项'],
      ['≥5项', '6个'],
      ['≥3件', '3个'],
      ['≥3个', '4件'],
      ['≥2万个', '20000项'],
    ] as const) {
      const r = alignQuantities(parseTarget(t), parseTarget(a));
      expect(r.failed).toBe(false);
      expect(r.notes.map((n) => n.code)).toEqual(['actual.unitClassifier']);
      expect(r.actual).toMatchObject({ unit: (parseTarget(t) as { unit: string }).unit });
    }
    const one = alignQuantities(parseTarget('≥5个'), parseTarget('5项'));
    expect(
      messageFor(makeIssue(one.notes[0]!.code, ['indicators', 0, 'actual'], one.notes[0]!.params)),
    ).toBe(
      '实际值“5项”的量词“项”与目标值的“个”都是计数的通用量词（个、项、件），按同一单位计：5个',
    );
    const items = ['个', '项', '件'];
    for (const other of ['次', '人次', '篇', '份', '天', '人', '场', '户']) {
      for (const item of items) {
        expect(convertUnit(ratio('5'), item, other)).toBeNull();
        expect(convertUnit(ratio('5'), other, item)).toBeNull();
      }
    }
    // scored end to end: 5项 meets ≥5个
    const e = evaluate({
      info: { department: '测试', year: 2022 },
      budgetLines: [{ name: '项目', type: '项目支出', budget: 100, spent: 100 }],
      indicators: [
        { level1: '产出指标', name: '制定制度数', target: '≥5个', actual: '5项', points: 100 },
      ],
    });
    expect(e.total).toMatchObject({ score: '100.00', complete: true });
    expect(e.issues.map((i) => [i.code, i.severity])).toEqual([['actual.unitClassifier', 'info']]);
  });

  it('puts the actual value in the target unit: 325000元 under ≤30万元 is 32.5万元', () => {
    const a = alignQuantities(parseTarget('≤30万元'), parseTarget('325000元'));
    expect(a.actual).toMatchObject({ value: '32.5', unit: '万元' });
    expect(a.notes.map((n) => n.code)).toEqual(['actual.unitConverted']);
    const b = alignQuantities(parseTarget('≥1万人次'), parseTarget('12000人次'));
    expect(b.actual).toMatchObject({ value: '1.2', unit: '万人次' });
  });
});

describe('percentages typed as bare numbers', () => {
  it('are never read 100× off without an issue on the cell', () => {
    fc.assert(
      fc.property(
        decimalText(0, 200),
        decimalText(0, 3),
        fc.constantFrom('≥', '≤'),
        (pct, bare, comparator) => {
          const target = parseTarget(`${comparator}${pct}%`);
          const actual = parseTarget(bare);
          const a = alignQuantities(target, actual);
          if (a.failed) {
            expect(a.notes[0]?.code).toBe('actual.percentAmbiguous');
            return;
          }
          const read = a.actual?.kind === 'number' ? ratio(a.actual.value) : null;
          const asFraction = ratio(bare);
          const asPercent = { n: asFraction.n, d: asFraction.d * 100n };
          expect(read !== null && (eq(read, asFraction) || eq(read, asPercent))).toBe(true);
          // any reading other than the literal one is stated; a zero needs no word
          if (!eq(asFraction, ratio('0')))
            expect(a.notes.map((n) => n.code)).toEqual(['actual.readAsPercent']);
        },
      ),
      RUNS,
    );
  });

  it('follow the rule: x > 1 → x%; x ≤ 1 → x·100% at targets ≥ 2%, else an error', () => {
    const read = (t: string, x: string | number): string => {
      const a = alignQuantities(parseTarget(t), parseTarget(x));
      return a.failed ? 'error' : a.actual?.kind === 'number' ? a.actual.value : '';
    };
    expect(read('≥95%', 95)).toBe('0.95');
    expect(read('≥95%', '95')).toBe('0.95');
    expect(read('≥95%', 0.95)).toBe('0.95');
    expect(read('≥95%', '95%')).toBe('0.95');
    expect(read('≤0.5%', 0.3)).toBe('error');
    expect(read('≤0.5%', '0.3%')).toBe('0.003');
    expect(read('≤0.5%', 3)).toBe('0.03');
  });
});

const score = (method: string, t: string, a: string): { raw: Ratio; met: boolean } => {
  const out = runMethod(
    method === '正向' ? { kind: '正向' } : { kind: '反向', variant: 'linear' },
    {
      points: ratio('20'),
      target: parseTarget(t),
      actual: parseTarget(a),
      manual: null,
      overrideReason: null,
    },
  );
  if (!out.ok) throw new Error(out.code);
  return { raw: out.raw, met: out.met };
};

describe('negative targets', () => {
  const pair = fc.tuple(decimalText(-500, -1), decimalText(-1000, 1000), decimalText(-1000, 1000));

  it('score monotone in the actual value, full exactly when met, never above the points', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom('正向', '反向'), ([t, a1, a2], method) => {
        const [lo, hi] = cmp(ratio(a1), ratio(a2)) <= 0 ? [a1, a2] : [a2, a1];
        const comparator = method === '正向' ? '≥' : '≤';
        const sLo = score(method, `${comparator}${t}%`, `${lo}%`);
        const sHi = score(method, `${comparator}${t}%`, `${hi}%`);
        // 正向: more is better; 反向: less is better
        if (method === '正向') expect(cmp(sLo.raw, sHi.raw) <= 0).toBe(true);
        else expect(cmp(sLo.raw, sHi.raw) >= 0).toBe(true);
        for (const [s, a] of [
          [sLo, lo],
          [sHi, hi],
        ] as const) {
          const met =
            method === '正向' ? cmp(ratio(a), ratio(t)) >= 0 : cmp(ratio(a), ratio(t)) <= 0;
          expect(s.met).toBe(met);
          expect(eq(s.raw, ratio('20'))).toBe(met);
          expect(cmp(s.raw, ratio('20')) <= 0 && cmp(s.raw, ratio('0')) >= 0).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('give the documented figures and refuse t/a', () => {
    const ind = (target: string, actual: string, params: string | null = null): IndicatorInput => ({
      level1: '预算管理',
      name: `${target} ${actual} ${params ?? ''}`,
      method: target.startsWith('≤') ? '反向' : '正向',
      target,
      actual,
      params,
      points: 20,
      deviationReason: '原因',
    });
    const e = evaluate({
      info: { department: '局', year: 2024 },
      budgetLines: [],
      indicators: [
        ind('≤-30%', '-10%'),
        ind('≤-30%', '-40%'),
        ind('≤-30%', '5%'),
        ind('≥-5%', '-2%'),
        ind('≥-5%', '-8%'),
        ind('≤-30%', '-10%', 't/a'),
      ],
    });
    expect(e.indicators.map((r) => r.score)).toEqual([
      '6.67',
      '20.00',
      '0.00',
      '20.00',
      '8.00',
      '0.00',
    ]);
    expect(e.issues.some((i) => i.code === 'target.negativeRatio')).toBe(true);
    expect(e.total.complete).toBe(false);
  });
});

describe('分值 as published (2 decimals)', () => {
  /** Half-up to cents of a non-negative decimal with up to 3 decimals, in integer cents. */
  const printed = (thousandths: number): number => Math.floor((thousandths + 5) / 10);

  it('the printed 分值 add up to the printed total, or the result is provisional with an error on each too-precise 分值', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 6 }),
        (ms) => {
          const indicators: IndicatorInput[] = ms.map((m, i) => ({
            level1: '产出指标',
            name: `指标${i + 1}`,
            method: '正向',
            target: 10,
            actual: 10,
            points: `${Math.trunc(m / 1000)}.${String(m % 1000).padStart(3, '0')}`,
          }));
          const e = evaluate({
            info: { department: '部门', year: 2024 },
            budgetLines: [],
            indicators,
          });
          const sum = ms.reduce((a, m) => a + m, 0);
          const adds = ms.reduce((a, m) => a + printed(m), 0) === printed(sum);
          const tooPrecise = ms.map((m, i) => (m % 10 !== 0 ? i : -1)).filter((i) => i >= 0);
          const on = (code: string) =>
            e.issues.filter((i) => i.code === code).map((i) => i.path[1]);
          if (adds) {
            expect(on('points.printedSumMismatch')).toEqual([]);
            expect(on('points.tooPrecise')).toEqual(tooPrecise);
          } else {
            expect(e.total.complete).toBe(false);
            expect(on('points.printedSumMismatch')).toEqual(tooPrecise);
            expect(on('points.tooPrecise')).toEqual([]);
          }
        },
      ),
      RUNS,
    );
  });
});
