import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellAddress } from '../address.js';
import type { WrittenCell } from '../port.js';
import { sortRecord } from '../written.js';

/** The stored order spelled out: sheet, then `G00000007` (letters, row padded to 8 digits). */
function referenceOrder(cells: readonly WrittenCell[]): WrittenCell[] {
  const key = (a: string): string => {
    const m = /^([A-Z]*)(\d*)(.*)$/.exec(a)!;
    return `${m[1]!}${m[2] === '' ? '' : m[2]!.padStart(8, '0')}${m[3]!}`;
  };
  return cells
    .map((c, i) => ({ c, i, k: key(c.address) }))
    .sort((x, y) =>
      x.c.sheet !== y.c.sheet
        ? x.c.sheet < y.c.sheet
          ? -1
          : 1
        : x.k < y.k
          ? -1
          : x.k > y.k
            ? 1
            : x.i - y.i,
    )
    .map(({ c }) => c);
}

const entry = fc
  .record({
    sheet: fc.constantFrom('预算执行', '绩效指标', '报告', 'Budget'),
    row: fc.nat(2000),
    col: fc.nat(60),
    value: fc.string({ maxLength: 3 }),
  })
  .map(({ sheet, row, col, value }): WrittenCell => ({
    sheet,
    address: cellAddress(row, col),
    value,
  }));

describe('sortRecord (property)', () => {
  it('puts any record in the stored order, equal addresses in their order', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (cells) => {
        expect(sortRecord(cells)).toEqual(referenceOrder(cells));
      }),
      { numRuns: 300 },
    );
  });

  it('a record made of runs of one sheet each, as the planner writes it', () => {
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 30 }), { maxLength: 4 }), (groups) => {
        // one run per sheet, the runs in any sheet order; every other run already in order
        const bySheet = new Map<string, WrittenCell[]>();
        for (const c of groups.flat()) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
        const cells = [...bySheet.values()].flatMap((run, i) =>
          i % 2 === 0 ? referenceOrder(run) : run,
        );
        const sorted = sortRecord(cells);
        expect(sorted).toEqual(referenceOrder(cells));
        expect(sorted).not.toBe(cells);
      }),
      { numRuns: 300 },
    );
  });
});
