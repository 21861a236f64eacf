import { describe, expect, it } from 'vitest';
import { fixture } from '../test/helpers.js';
import { createWorkbook } from './create.js';
import { readXlsx, xlsxSheetNames, XlsxWorkbook } from './workbook.js';
import fc from 'fast-check';
import { compileShift, shiftFormula, shiftFormulaOnce } from './formula-shift.js';
import { readSheet } from './read-sheet.js';

describe('readXlsx', () => {
  const bytes = fixture('user-workbook-with-extras.xlsx');

  it('lists every worksheet in order, hidden ones included', () => {
    expect(xlsxSheetNames(bytes)).toEqual(['基本信息', '预算执行', '绩效指标', '内部底稿', '说明']);
    expect(new XlsxWorkbook(bytes).hiddenNames()).toEqual(['内部底稿']);
  });

  it('reads only the sheets asked for, with values, formulas and origin', () => {
    const grids = readXlsx(bytes, ['预算执行', '绩效指标', '不存在']);
    expect(Object.keys(grids).sort()).toEqual(['绩效指标', '预算执行']);
    const budget = grids['预算执行']!;
    expect(budget.origin).toEqual({ row: 0, col: 0 });
    expect(budget.values[0]![0]).toBe('项目名称');
    expect(budget.values[1]![4]).toBe(836.5);
    expect(budget.values[2]![5]).toBe(198.72);
    // W2 holds a user formula without a cached value
    expect(budget.formulas![1]![22]).toBe('F2/E2');
    expect(budget.values[1]![22]).toBeNull();
    // rectangular grid up to the last used column (W) and row (T7)
    expect(budget.values.every((r) => r.length === 23)).toBe(true);
    expect(budget.values).toHaveLength(7);
    const ind = grids['绩效指标']!;
    expect(ind.values[3]![6]).toBe('100%');
    expect(ind.formulas![3]![5]).toBe('100%');
    expect(ind.values[1]![5]).toBe('≥100%');
  });

  it('reads shared strings, booleans, errors, formulas with cached values and number formats', () => {
    const sst = ['甲', '乙 rich'];
    const xml =
      '<worksheet xmlns="x"><sheetData>' +
      '<row r="3"><c r="B3" t="s"><v>0</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#DIV/0!</v></c>' +
      '<c r="E3" s="1"><f>C3*2</f><v>0.95</v></c><c r="F3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>' +
      '<row><c t="s"><v>1</v></c><c s="2"><v>44927</v></c><c r="E4"><f t="shared" ref="E4:E5" si="0">B4+$C$4</f><v>1</v></c></row>' +
      '<row r="5"><c r="E5"><f t="shared" si="0"/><v>2</v></c><c r="F5" t="inlineStr"><is><r><t>富</t></r><r><t xml:space="preserve"> 文本</t></r></is></c></row>' +
      '</sheetData></worksheet>';
    const g = readSheet('s', xml, sst, [null, '0.00%', 'yyyy-mm-dd']);
    expect(g.origin).toEqual({ row: 2, col: 0 });
    expect(g.values[0]).toEqual([null, '甲', true, { error: '#DIV/0!' }, 0.95, 'ab']);
    expect(g.formulas![0]![4]).toBe('C3*2');
    expect(g.formulas![0]![5]).toBe('"a"&"b"');
    expect(g.numberFormats![0]![4]).toBe('0.00%');
    // a row without r follows row 3; cells without r follow each other from column A
    expect(g.values[1]!.slice(0, 2)).toEqual(['乙 rich', 44927]);
    expect(g.numberFormats![1]![1]).toBe('yyyy-mm-dd');
    expect(g.formulas![2]![4]).toBe('B5+$C$4');
    expect(g.values[2]![5]).toBe('富 文本');
  });

  it('reads a workbook it created', () => {
    const bytes = createWorkbook({
      sheets: [
        {
          name: '甲',
          rows: [
            ['名称', '金额'],
            ['a & b <c>', 1234.5],
            ['  spaced  ', -0.25],
          ],
          columnFormats: [null, '#,##0.00'],
        },
        { name: '乙', rows: [], hidden: true },
      ],
    });
    const g = readXlsx(bytes)['甲']!;
    expect(g.values).toEqual([
      ['名称', '金额'],
      ['a & b <c>', 1234.5],
      ['  spaced  ', -0.25],
    ]);
    expect(g.numberFormats![1]![1]).toBe('#,##0.00');
    expect(readXlsx(bytes)['乙']!.values).toEqual([]);
  });
});

describe('shiftFormula', () => {
  it('moves relative references and keeps anchored parts, names and strings', () => {
    expect(shiftFormula('F2/E2', 3, 0)).toBe('F5/E5');
    expect(shiftFormula('SUM($A1:B$2)+LOG10(C3)&"A1"', 1, 1)).toBe('SUM($A2:C$2)+LOG10(D4)&"A1"');
    expect(shiftFormula("'预算执行'!F2*2", 1, 0)).toBe("'预算执行'!F3*2");
  });
});

describe('compiled shared-formula translation', () => {
  it('gives the one-pass translation for any formula and offset', () => {
    const part = fc.constantFrom(
      'A1',
      '$B$2',
      'c3',
      'XFD9',
      'LOG10(',
      '"A1"',
      "'s'!",
      ':',
      '+',
      ' ',
      '(',
      ')',
      'SUM(',
      'x.y',
    );
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 12 }).map((p) => p.join('')),
        fc.integer({ min: -3, max: 1_048_575 }),
        fc.integer({ min: -3, max: 50 }),
        (formula, dRow, dCol) => {
          expect(compileShift(formula)(dRow, dCol)).toBe(shiftFormulaOnce(formula, dRow, dCol));
        },
      ),
      { numRuns: 500 },
    );
  });
});
