import { newWorkbookSheets } from '@jixiao/workbook';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { describe, expect, it } from 'vitest';
import { equalBytes, parts, text } from '../test/helpers.js';
import { createWorkbook } from './create.js';
import { readXlsx } from './workbook.js';

describe('createWorkbook from the contract layout', () => {
  it('writes every sheet with headers, widths, formats, drop-downs and frozen header rows', () => {
    const layout = newWorkbookSheets({ input: guangzhou2022, template: guangzhou2022Template });
    const bytes = createWorkbook(layout);
    const grids = readXlsx(bytes);
    expect(Object.keys(grids)).toEqual(layout.sheets.map((s) => s.name));
    for (const sheet of layout.sheets) {
      const g = grids[sheet.name]!;
      // every non-empty layout cell reads back as written
      sheet.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== '')
            expect(
              g.values[r - g.origin.row]![c - g.origin.col],
              `${sheet.name} ${String(r)},${String(c)}`,
            ).toBe(v);
        }),
      );
    }
    const files = parts(bytes);
    const budgetXml = text(files['xl/worksheets/sheet2.xml']);
    expect(budgetXml).toContain('state="frozen"');
    expect(budgetXml).toContain('xSplit="1" ySplit="1"');
    expect(budgetXml).toMatch(
      /<dataValidation type="list"[^>]*sqref="B2:B\d+"><formula1>&quot;基本支出,项目支出&quot;<\/formula1>/,
    );
    expect(budgetXml).toMatch(/<col min="5" max="5" width="14" customWidth="1" style="\d+"\/>/);
    const budget = grids['预算执行']!;
    expect(budget.numberFormats![1]![4]).toBe('#,##0.00');
  });

  it('is deterministic: the same layout gives the same bytes', () => {
    const layout = newWorkbookSheets({});
    expect(equalBytes(createWorkbook(layout), createWorkbook(newWorkbookSheets({})))).toBe(true);
  });

  it('rejects names Excel does not allow', () => {
    expect(() => createWorkbook({ sheets: [] })).toThrow(RangeError);
    expect(() => createWorkbook({ sheets: [{ name: 'a/b', rows: [] }] })).toThrow(RangeError);
    expect(() =>
      createWorkbook({
        sheets: [
          { name: 'A', rows: [] },
          { name: 'a', rows: [] },
        ],
      }),
    ).toThrow(RangeError);
  });
});
