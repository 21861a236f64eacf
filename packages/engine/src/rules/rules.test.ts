import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate } from '../evaluate/createEvaluator.js';
import { budgetLine, indicator } from '../__tests__/arbitraries.js';
import type { EvaluationInput, IndicatorInput } from '../types.js';
import { readRules, ruleSchemas } from './rules.js';

describe('rule schemas', () => {
  it.each([
    ['rateDenominator', '年初预算数', true],
    ['rateDenominator', ' 实际到位资金 ', true],
    ['rateDenominator', '预算数', false],
    ['rateScoring', '比例', true],
    ['rateScoring', '100%:10；80%：7;60%:5;0:0', true],
    ['rateScoring', '100%=10', false],
    ['rateCap', '80%:89;70%:79;60%:69;50%:59', true],
    ['rateCap', '80％：89', true],
    ['rateCap', '80%:189', false],
    ['rateCap', '80%-89', false],
    ['rateCap', '', false],
    ['deviationPenalty', '130%:2', true],
    ['deviationPenalty', '130%:说明', true],
    ['deviationPenalty', '130%:两分', false],
    ['deviationPenalty', '130%', false],
  ] as const)('%s %s → %s', (key, text, ok) => {
    expect(ruleSchemas[key].safeParse(text).success).toBe(ok);
  });

  it('reads the rules from 基本信息 and reports a bad one on its field, keeping the default', () => {
    const { rules, issues } = readRules({
      rateCap: '80%:89;70%:79',
      deviationPenalty: '130%扣2分',
      rateScoring: '100%:10;80%:7;60%:5;0:0',
    });
    expect(rules.cap).toEqual([
      { below: '0.8', max: '89' },
      { below: '0.7', max: '79' },
    ]);
    expect(rules.deviation).toBeNull();
    expect(rules.rateBands?.map((b) => b.points)).toEqual(['10', '7', '5', '0']);
    expect(issues).toEqual([
      {
        code: 'rule.invalid',
        severity: 'error',
        path: ['info', 'deviationPenalty'],
        params: {
          rule: '偏离扣分',
          value: '130%扣2分',
          expected: '偏离比例:扣分或“说明”，如 130%:2 或 130%:说明',
        },
      },
    ]);
  });
});

/** A 100-point department with one execution-rate indicator and the given others. */
function department(spent: string, others: IndicatorInput[], info = {}): EvaluationInput {
  return {
    info: { department: '甲', year: 2024, ...info },
    budgetLines: [{ name: '办公', type: '基本支出', budget: '100', spent }],
    indicators: [
      { level1: '预算执行', name: '预算执行率', source: '整体支付率', target: '≥100%', points: 10 },
      ...others,
    ],
  };
}

const full = (name: string, points: number): IndicatorInput => ({
  level1: '产出指标',
  name,
  target: '≥100个',
  actual: '100个',
  points,
});

describe('rule properties', () => {
  const rulesArb = fc.record({
    rateCap: fc.constantFrom(null, '80%:89;70%:79;60%:69;50%:59', 'x'),
    rateScoring: fc.constantFrom(null, '100%:10;80%:7;60%:5;0:0'),
    deviationPenalty: fc.constantFrom(null, '130%:2', '120%:说明'),
    rateDenominator: fc.constantFrom(null, '年初预算数'),
  });
  const grouped = (i: number): fc.Arbitrary<IndicatorInput> =>
    fc
      .tuple(indicator(i), fc.constantFrom(null, null, 'A', 'B'))
      .map(([ind, group]) => ({ ...ind, group }));

  it('the incremental evaluator equals a full evaluation under rules and alternative groups', () => {
    const input = fc
      .tuple(rulesArb, fc.array(budgetLine, { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 }))
      .chain(([rules, budgetLines, ids]) =>
        fc.tuple(...ids.map((_, i) => grouped(i))).map((indicators): EvaluationInput => ({
          info: { department: '甲', year: 2024, ...rules },
          budgetLines,
          indicators,
        })),
      );
    const edits = fc.array(fc.record({ at: fc.nat(), patch: grouped(99) }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(input, edits, (base, changes) => {
        const ev = createEvaluator(base);
        const current = structuredClone(base) as EvaluationInput & { indicators: object[] };
        for (const c of changes) {
          if (current.indicators.length === 0) break;
          const i = c.at % current.indicators.length;
          current.indicators[i] = { ...current.indicators[i], ...c.patch };
          const update = ev.updateIndicator(i, c.patch);
          const whole = evaluate(current);
          expect(ev.evaluation).toEqual(whole);
          expect(update.total).toEqual(whole.total);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('the cap never raises a total, and a capped total is exactly the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const spent = (hundredths / 100).toFixed(2);
        const plain = evaluate(department(spent, [full('任务', 90)]));
        const capped = evaluate(
          department(spent, [full('任务', 90)], { rateCap: '80%:89;70%:79;60%:69;50%:59' }),
        );
        const rate = Number(spent);
        const cap = rate < 50 ? 59 : rate < 60 ? 69 : rate < 70 ? 79 : rate < 80 ? 89 : null;
        const sum = Number(plain.total.score);
        expect(Number(capped.total.score)).toBe(cap === null ? sum : Math.min(sum, cap));
        expect(capped.total.cap === undefined).toBe(cap === null || sum <= cap);
      }),
      { numRuns: 200 },
    );
  });

  it('an alternative group counts its better member once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (a, b) => {
        const alt = (name: string, actual: number): IndicatorInput => ({
          level1: '产出指标',
          name,
          target: '≥100个',
          actual: `${String(actual)}个`,
          points: 20,
          group: 'A',
        });
        const ev = evaluate(department('100', [full('任务', 70), alt('甲', a), alt('乙', b)]));
        const [x, y] = [ev.indicators[2]!, ev.indicators[3]!];
        const best = Math.max(Number(x.score), Number(y.score));
        expect(Number(ev.total.score)).toBeCloseTo(80 + best, 10);
        expect(ev.total.points).toBe('100');
        expect([x.counted, y.counted].filter((c) => c === true)).toHaveLength(1);
        expect(ev.issues.some((i) => i.code === 'points.sumMismatch')).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
