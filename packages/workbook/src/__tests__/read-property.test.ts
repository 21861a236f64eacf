import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUDGET_SHEET, INDICATOR_SHEET } from '../contract.js';
import type { CellValue } from '../port.js';
import { parseQualifiedAddress } from '../address.js';
import { readWorkbook } from '../read-workbook.js';
import { INFO_ROWS, grid, grids } from '../testing.js';
import { renderIssue } from '../render-issue.js';

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
                if (v !== null) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
