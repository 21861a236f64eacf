import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { createStyledWorkbook, readXlsx, type StyledSheet } from './index.js';

const BORDER = { border: true, font: '仿宋', size: 10 } as const;
const SHEET: StyledSheet = {
  name: '项目支出绩效自评表',
  rows: [
    ['项目支出绩效自评表', null, null],
    ['项目名称', '示例项目', null],
    ['执行率', 0.9919, 9.92],
  ],
  styles: [
    [{ font: '黑体', size: 16, horizontal: 'center' }],
    [BORDER, BORDER],
    [BORDER, { ...BORDER, numberFormat: '0.00%' }, { ...BORDER, numberFormat: '0.00' }],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 1, left: 1, bottom: 1, right: 2 },
  ],
  columnWidths: [12, 20, 10],
  rowHeights: [40],
  print: { orientation: 'landscape', paper: 'A4', titleRows: [1, 1] },
};

describe('createStyledWorkbook', () => {
  const bytes = createStyledWorkbook([SHEET]);
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);

  it('reads back with its values, merges and number formats', () => {
    const grid = readXlsx(bytes)['项目支出绩效自评表']!;
    expect(grid.values[2]).toEqual(['执行率', 0.9919, 9.92]);
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 1, left: 1, bottom: 1, right: 2 },
      ]),
    );
    expect(grid.numberFormats?.[2]?.[1]).toBe('0.00%');
    expect(grid.numberFormats?.[2]?.[2]).toBe('0.00');
  });

  it('writes A4 landscape fitted to the width, print titles and thin borders', () => {
    const sheet = text('xl/worksheets/sheet1.xml');
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('<row r="1" ht="40" customHeight="1">');
    // the covered cell C2 of the merge B2:C2 is styled like B2, so the border is drawn whole
    const b2 = /<c r="B2" s="(\d+)"/.exec(sheet)?.[1];
    expect(sheet).toContain(`<c r="C2" s="${b2!}"/>`);
    expect(text('xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'项目支出绩效自评表'!$2:$2</definedName>`,
    );
    const styles = text('xl/styles.xml');
    expect(styles).toContain('<left style="thin">');
    expect(styles).toContain('<name val="仿宋"/>');
    expect(styles).toContain('<name val="黑体"/>');
  });

  it('is deterministic and refuses bad sheet names', () => {
    expect(createStyledWorkbook([SHEET])).toEqual(bytes);
    expect(() => createStyledWorkbook([{ ...SHEET, name: 'a/b' }])).toThrow(RangeError);
    expect(() => createStyledWorkbook([SHEET, SHEET])).toThrow(RangeError);
  });
});
