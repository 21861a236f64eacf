import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '@jixiao/engine';
import { BUDGET_SHEET, INDICATOR_SHEET, METRIC_NAMES } from '../contract.js';
import { planWrites } from '../plan-writes.js';
import type { CellValue, SheetGrids } from '../port.js';
import { readWorkbook } from '../read-workbook.js';
import { applyPlanToGrids } from '../apply-plan-to-grids.js';
import { INFO_ROWS, grid, grids } from '../testing.js';

const ugly: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>('项目支出支付率', '结转结余率', '整体支付'),
  fc.constantFrom<CellValue>(
    null,
    '',
    '  ',
    '95%',
    '0.95',
    '1,234.56',
    '１２３',
    '≥95%',
    '>=95%',
    '是',
    '否',
    '达成年度指标',
    '整体支付率',
    '正向',
    '分档',
    '基本支出',
    '项目支出',
    '合计',
    '—',
    { error: '#DIV/0!' },
    true,
  ),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 100 }),
  fc.string({ maxLength: 6 }),
);

/** A random sheet: a header of some contract columns in random order (plus an extra column), random rows. */
function sheetArb(names: readonly string[]) {
  return fc
    .tuple(
      fc.shuffledSubarray([...names, '备注'], { minLength: 2 }),
      fc.integer({ min: 0, max: 3 }),
      fc.nat({ max: 6 }),
    )
    .chain(([header, offset, height]) =>
      fc
        .array(fc.array(ugly, { minLength: header.length, maxLength: header.length }), {
          minLength: height,
          maxLength: height,
        })
        .map((rows) => ({
          header,
          values: [
            ...Array.from({ length: offset }, () => [] as CellValue[]),
            header as CellValue[],
            ...rows,
          ],
        })),
    );
}

const OUTPUT_BUDGET = new Set(
  BUDGET_SHEET.columns.filter((c) => c.kind === 'output').map((c) => c.name),
);
const OUTPUT_INDICATORS = new Set(
  INDICATOR_SHEET.columns.filter((c) => c.kind === 'output').map((c) => c.name),
);

describe('the write plan never touches an input cell (property)', () => {
  it('over random grids with reordered columns and ugly values', () => {
    fc.assert(
      fc.property(
        sheetArb(BUDGET_SHEET.columns.map((c) => c.name)),
        sheetArb(INDICATOR_SHEET.columns.map((c) => c.name)),
        (budget, indicators) => {
          const g: SheetGrids = grids(
            grid('基本信息', INFO_ROWS),
            grid('预算执行', budget.values),
            grid('绩效指标', indicators.values),
          );
          const reading = readWorkbook(g);
          if (!reading.input) return;
          const evaluation = evaluate(reading.input);
          const { plan } = planWrites(g, reading.map, evaluation);
          for (const cell of plan.cells) {
            const header = cell.sheet === '预算执行' ? budget.header : indicators.header;
            const headerRow =
              cell.sheet === '预算执行'
                ? reading.map.budget!.headerRow
                : reading.map.indicators!.headerRow;
            const column = header[cell.col];
            expect(cell.row).toBeGreaterThan(headerRow);
            if (cell.sheet === '预算执行') expect(OUTPUT_BUDGET.has(column!)).toBe(true);
            else if (column === '实际值') {
              const sourceCol = indicators.header.indexOf('数据来源');
              const source = g['绩效指标']!.values[cell.row]?.[sourceCol];
              expect(METRIC_NAMES).toContain(source);
            } else expect(OUTPUT_INDICATORS.has(column!)).toBe(true);
          }
          // and applying it then planning again writes nothing more
          const again = readWorkbook(applyPlanToGrids(g, plan));
          expect(
            planWrites(applyPlanToGrids(g, plan), again.map, evaluate(again.input!)).plan.cells,
          ).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  }, 120_000);
});
