import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet.js';
import { patchSheet } from './sheet-patch.js';
import { StyleEditor } from './styles.js';

// Some generators (the Open XML SDK) write every element with a namespace prefix.
const XML =
  '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:B2"/><x:sheetData>' +
  '<x:row r="1" spans="1:2"><x:c r="A1" t="inlineStr"><x:is><x:t>项目</x:t></x:is></x:c><x:c r="B1" s="1"><x:v>5</x:v></x:c></x:row>' +
  '<x:row r="2" spans="1:2"><x:c r="A2"><x:f>B1*2</x:f><x:v>10</x:v></x:c></x:row>' +
  '</x:sheetData></x:worksheet>';
const STYLES =
  '<x:styleSheet xmlns:x="m"><x:numFmts count="0"/><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="2"/></x:cellXfs></x:styleSheet>';

describe('namespace-prefixed worksheets', () => {
  it('are read', () => {
    const g = readSheet('s', XML, [], [null, '0.00']);
    expect(g.values).toEqual([
      ['项目', 5],
      [10, null],
    ]);
    expect(g.formulas![1]![0]).toBe('B1*2');
    expect(g.numberFormats![0]![1]).toBe('0.00');
  });

  it('are patched with prefixed elements, spans and dimension updated, styles added with the prefix', () => {
    const styles = new StyleEditor(STYLES);
    const { parts, removedFormulas } = patchSheet(
      XML,
      [
        { row: 1, col: 0, value: 3, numberFormat: undefined },
        { row: 1, col: 3, value: 0.5, numberFormat: '0.0%' },
        { row: 4, col: 0, value: 'new', numberFormat: undefined },
      ],
      styles,
    );
    const out = parts.join('');
    expect(removedFormulas).toEqual(['A2']);
    expect(out).toContain(
      '<x:row r="2" spans="1:4"><x:c r="A2"><x:v>3</x:v></x:c><x:c r="D2" s="2"><x:v>0.5</x:v></x:c></x:row>',
    );
    expect(out).toContain(
      '<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t>new</x:t></x:is></x:c></x:row></x:sheetData>',
    );
    expect(out).toContain('<x:dimension ref="A1:D5"/>');
    const xml = styles.toXml();
    expect(xml).toContain(
      '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts>',
    );
    expect(xml).toContain('<x:cellXfs count="3">');
    const g = readSheet('s', out, [], [null, '0.00', '0.0%']);
    expect(g.values[1]).toEqual([3, null, null, 0.5]);
    expect(g.numberFormats![1]![3]).toBe('0.0%');
  });
});
