import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUDGET_SHEET, INDICATOR_SHEET, MONTH_NAMES_ZH } from '../contract.js';
import type { CellValue } from '../port.js';
import { parseQualifiedAddress } from '../address.js';
import { readWorkbook } from '../read-workbook.js';
import { INFO_ROWS, grid, grids } from '../testing.js';
import { renderIssue } from '../render-issue.js';
import { cellNumberText } from '../decimal-text.js';
import { BUDGET_HEADER, INDICATOR_HEADER } from '../testing.js';
import { evaluate, isPlainAmount, type BudgetLineInput, type DecimalInput } from '@jixiao/engine';

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.boolean(),
  fc.constantFrom<CellValue>(
    { error: '#DIV/0!' },
    { error: '#N/A' },
    '合计',
    '小计',
    '注：说明',
    '95%',
    '≥95%',
    '１２３',
  ),
);

describe('readWorkbook never throws and every issue points inside the workbook (property)', () => {
  it('over random cells under shuffled contract headers', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(BUDGET_SHEET.columns.map((c) => c.name)),
        fc.shuffledSubarray(INDICATOR_SHEET.columns.map((c) => c.name)),
        fc.array(fc.array(anyCell, { maxLength: 20 }), { maxLength: 6 }),
        fc.array(fc.array(anyCell, { maxLength: 18 }), { maxLength: 6 }),
        (budgetHeader, indicatorHeader, budgetRows, indicatorRows) => {
          const g = grids(
            grid('基本信息', INFO_ROWS),
            grid('预算执行', [budgetHeader, ...budgetRows]),
            grid('绩效指标', [indicatorHeader, ...indicatorRows]),
          );
          const { issues, map, input } = readWorkbook(g);
          for (const issue of issues) {
            expect(renderIssue(issue).length).toBeGreaterThan(0);
            if (issue.cell === null) continue;
            const at = parseQualifiedAddress(issue.cell);
            expect(at).toEqual({ sheet: issue.sheet, row: issue.row, col: issue.col });
            expect(renderIssue(issue).startsWith(`${issue.cell}：`)).toBe(true);
          }
          if (input) {
            expect(input.budgetLines).toHaveLength(map.budget!.rows.length);
            expect(input.indicators).toHaveLength(map.indicators!.rows.length);
            for (const line of input.budgetLines) {
              for (const v of [line.budget, line.spent])
                if (typeof v === 'number') expect(isPlainAmount(v)).toBe(true);
                else if (v !== null) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** Amounts as they are typed and as formulas leave them: whole cents, more decimals, float noise. */
const typedAmount: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 100_000_000_000 }).map((cents) => cents / 100),
  fc.integer({ min: 0, max: 2_000_000_000_000 }).map((micro) => micro / 1_000_000),
  fc.double({ min: 0, max: 2e9, noNaN: true }),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99_999_999 }))
    .map(([a, b]) => a / 100 + b / 100),
  fc.constantFrom(0, -0, 1e9, 1e9 + 0.01, 1e-7, 0.1 + 0.2, 14511.199999999999),
);

const asText = (v: DecimalInput | null | undefined): DecimalInput | null | undefined =>
  typeof v === 'number' ? cellNumberText(v) : v;

describe('typed amounts come through as numbers only where that changes nothing (property)', () => {
  it('the engine scores the lines read from numbers as it scores their cell texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(typedAmount, typedAmount, fc.array(typedAmount, { maxLength: 12 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (lines) => {
          const header = [...BUDGET_HEADER, ...MONTH_NAMES_ZH];
          const rows = lines.map(([budget, spent, months]) => {
            const row: CellValue[] = header.map(() => null);
            row[header.indexOf('项目名称')] = 'a';
            row[header.indexOf('支出类型')] = '基本支出';
            row[header.indexOf('全年预算数')] = budget;
            row[header.indexOf('全年执行数')] = spent;
            months.forEach((m, k) => (row[header.indexOf(`${String(k + 1)}月`)] = m));
            return row;
          });
          const { input } = readWorkbook(
            grids(
              grid('基本信息', INFO_ROWS),
              grid('预算执行', [header, ...rows]),
              grid('绩效指标', [
                INDICATOR_HEADER,
                ['产出指标', '数量指标', 'x', null, '正向', '≥1', '1', 100],
              ]),
            ),
          );
          expect(input).not.toBeNull();
          for (const line of input!.budgetLines)
            for (const v of [line.budget, line.spent, line.initialBudget, ...(line.monthly ?? [])])
              if (typeof v === 'number') {
                expect(isPlainAmount(v)).toBe(true);
                expect(String(v)).toBe(cellNumberText(v));
              }
          const texts = {
            ...input!,
            budgetLines: input!.budgetLines.map((l): BudgetLineInput => ({
              ...l,
              budget: asText(l.budget) ?? null,
              spent: asText(l.spent) ?? null,
              ...(l.initialBudget === undefined ? {} : { initialBudget: asText(l.initialBudget) }),
              ...(l.monthly ? { monthly: l.monthly.map((m) => asText(m) ?? null) } : {}),
            })),
          };
          expect(JSON.stringify(evaluate(input!))).toBe(JSON.stringify(evaluate(texts)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
