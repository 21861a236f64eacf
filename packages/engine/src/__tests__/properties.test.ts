import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal.js';
import { createEvaluator, evaluate, gradeOf, type EvaluationInput, type Grade } from '../index.js';
import { readBudgetLine, readIndicator } from '../schema/readRecords.js';
import { budgetLineSchema, indicatorSchema } from '../schema/schemas.js';
import { amount, budgetLine, evaluationInput, indicator } from './arbitraries.js';

const RUNS = { numRuns: 80 };

describe('properties of evaluate', () => {
  it('no NaN or Infinity anywhere; scores inside [0, points]; total ≤ sum of points', () => {
    fc.assert(
      fc.property(evaluationInput(), (input) => {
        const e = evaluate(input);
        expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity/);
        for (const r of e.indicators) {
          const s = new Decimal(r.score);
          expect(s.greaterThanOrEqualTo(0)).toBe(true);
          expect(s.lessThanOrEqualTo(r.points)).toBe(true);
          expect(r.score).toMatch(/^\d+\.\d\d$/);
        }
        expect(new Decimal(e.total.score).lessThanOrEqualTo(e.total.points)).toBe(true);
        const sum = e.indicators.reduce((a, r) => a.plus(r.score), new Decimal(0));
        expect(sum.equals(e.total.score)).toBe(true);
      }),
      RUNS,
    );
  });

  it('the same input gives the same output', () => {
    fc.assert(
      fc.property(evaluationInput(), (input) => {
        expect(evaluate(structuredClone(input))).toEqual(evaluate(input));
      }),
      { numRuns: 60 },
    );
  });

  it('正向: the score never falls as the actual rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        amount(500).filter((t) => t !== '0.00'),
        amount(1000),
        amount(1000),
        (w, t, a1, a2) => {
          const [lo, hi] = new Decimal(a1).lessThanOrEqualTo(a2) ? [a1, a2] : [a2, a1];
          const at = (a: string): Decimal => {
            const e = evaluate({
              info: { department: 'x', year: 2022 },
              budgetLines: [],
              indicators: [
                { level1: 'L', name: 'n', method: '正向', target: t, actual: a, points: w },
              ],
            });
            return new Decimal(e.indicators[0]!.score);
          };
          expect(at(lo).lessThanOrEqualTo(at(hi))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('the grade never falls as the score rises', () => {
    const rank: Record<Grade, number> = { 差: 0, 中: 1, 良: 2, 优: 3 };
    fc.assert(
      fc.property(amount(100), amount(100), (s1, s2) => {
        const [lo, hi] = new Decimal(s1).lessThanOrEqualTo(s2) ? [s1, s2] : [s2, s1];
        expect(rank[gradeOf(new Decimal(lo))]).toBeLessThanOrEqual(rank[gradeOf(new Decimal(hi))]);
      }),
      RUNS,
    );
    expect([
      gradeOf(new Decimal('89.99')),
      gradeOf(new Decimal('90')),
      gradeOf(new Decimal('79.99')),
      gradeOf(new Decimal('60')),
      gradeOf(new Decimal('59.99')),
    ]).toEqual(['良', '优', '中', '中', '差']);
  });

  it('incremental updates always equal a full evaluation of the edited input', () => {
    const edits = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('indicator' as const), at: fc.nat(), patch: indicator(99) }),
        fc.record({ kind: fc.constant('budget' as const), at: fc.nat(), patch: budgetLine }),
      ),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(evaluationInput(8), edits, (input, changes) => {
        const ev = createEvaluator(input);
        const current = structuredClone(input) as {
          indicators: object[];
          budgetLines: object[];
        } & EvaluationInput;
        for (const c of changes) {
          if (c.kind === 'indicator' && current.indicators.length > 0) {
            const i = c.at % current.indicators.length;
            current.indicators[i] = { ...current.indicators[i], ...c.patch };
            // the total an edit returns at once (running counts, no scan of every row) too
            expect(ev.updateIndicator(i, c.patch).total).toEqual(evaluate(current).total);
          } else if (c.kind === 'budget' && current.budgetLines.length > 0) {
            const i = c.at % current.budgetLines.length;
            current.budgetLines[i] = { ...current.budgetLines[i], ...c.patch };
            ev.updateBudgetLine(i, c.patch);
          }
          expect(ev.evaluation).toEqual(evaluate(current));
        }
      }),
      { numRuns: 80 },
    );
  });

  it('incremental updates equal a full evaluation with 备选组 too (members join, leave and move)', () => {
    const group = fc.constantFrom(null, '甲组', '乙组');
    const grouped = evaluationInput(8).chain((input) =>
      fc
        .array(group, { minLength: input.indicators.length, maxLength: input.indicators.length })
        .map((groups) => ({
          ...input,
          indicators: input.indicators.map((x, i) => ({ ...x, group: groups[i] ?? null })),
        })),
    );
    const patch = fc.oneof(
      indicator(99),
      fc.record({ group }),
      fc.tuple(indicator(99), group).map(([p, g]) => ({ ...p, group: g })),
    );
    fc.assert(
      fc.property(
        grouped,
        fc.array(fc.record({ at: fc.nat(), patch }), { minLength: 1, maxLength: 8 }),
        (input, changes) => {
          if (input.indicators.length === 0) return;
          const ev = createEvaluator(input);
          const current = structuredClone(input) as unknown as {
            indicators: object[];
          } & Omit<EvaluationInput, 'indicators'>;
          for (const c of changes) {
            const i = c.at % current.indicators.length;
            current.indicators[i] = { ...current.indicators[i], ...c.patch };
            const full = evaluate(current);
            expect(ev.updateIndicator(i, c.patch).total).toEqual(full.total);
            expect(ev.evaluation).toEqual(full);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the fast record readers report a problem exactly when the zod schema does', () => {
    fc.assert(
      fc.property(budgetLine, indicator(0), (line, ind) => {
        expect(readBudgetLine(line, 0).issues.length === 0).toBe(
          budgetLineSchema.safeParse(line).success,
        );
        expect(readIndicator(ind, 0).issues.length === 0).toBe(
          indicatorSchema.safeParse(ind).success,
        );
      }),
      { numRuns: 300 },
    );
  });
});
