import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type IndicatorInput } from '../index.js';

const one = (ind: Omit<IndicatorInput, 'level1' | 'name'>) =>
  evaluate({
    info: { department: 'x', year: 2022, totalPoints: ind.points as number },
    budgetLines: [],
    indicators: [{ level1: 'L', name: 'n', deviationReason: 'r', ...ind }],
  });

describe('per-indicator rounding is half-up on the exact value', () => {
  it('6.825 → 6.83 (a float spreadsheet gives 6.82 or 6.83 by luck)', () => {
    // 8 × 0.853125 = 6.825 exactly.
    const e = one({ method: '正向', target: 1, actual: '0.853125', points: 8 });
    expect(e.indicators[0]!.score).toBe('6.83');
    expect(e.indicators[0]!.deducted).toBe('1.17');
    expect(e.total.score).toBe('6.83');
  });

  it('1.005 → 1.01 and 2.675 → 2.68', () => {
    expect(one({ method: '正向', target: 200, actual: 201, points: 1 }).indicators[0]!.score).toBe(
      '1.00',
    );
    expect(
      one({ method: '正向', target: 1000, actual: 1005, points: 1 }).indicators[0]!.score,
    ).toBe('1.00');
    expect(
      one({ method: '正向', target: 2, actual: '1.005', points: 2 }).indicators[0]!.score,
    ).toBe('1.01');
    expect(
      one({ method: '正向', target: 4, actual: '2.675', points: 4 }).indicators[0]!.score,
    ).toBe('2.68');
  });

  it('every x.xx5 tie rounds up, and the total is the sum of the rounded scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_998 }), (k) => {
        // points 100, actual/target = (k + 0.5)/10000 → score = k/100 + 0.005 exactly.
        const tie = k * 10 + 5;
        const actual = `${Math.trunc(tie / 100000)}.${String(tie % 100000).padStart(5, '0')}`;
        const e = one({ method: '正向', target: 1, actual, points: 100 });
        const cents = k + 1;
        expect(e.indicators[0]!.score).toBe(
          `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
        );
      }),
      { numRuns: 200 },
    );
  });
});
