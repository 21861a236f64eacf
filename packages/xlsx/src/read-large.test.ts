import { materializeRuns } from '@jixiao/workbook';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSheet, readSheetBytes } from './read-sheet.js';

const utf8 = new TextEncoder();
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

/** A worksheet part around `rows`, with a merge after sheetData. */
const sheet = (rows: string, prefix = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}mergeCells count="1"><${prefix}mergeCell ref="A1:B1"/></${prefix}mergeCells></${prefix}worksheet>`;

/** A template: a label row, then `=SUM(Gn:Rn)` filled down F2:F`last` (shared, cached 0). */
function filledDown(last: number, prefix = ''): string {
  const p = prefix;
  let rows = `<${p}row r="1"><${p}c r="A1" t="inlineStr"><${p}is><${p}t>全年执行数 (a long label)</${p}t></${p}is></${p}c></${p}row>`;
  rows += `<${p}row r="2"><${p}c r="F2"><${p}f t="shared" ref="F2:F${String(last)}" si="0">SUM(G2:R2)</${p}f><${p}v>0</${p}v></${p}c></${p}row>`;
  for (let r = 3; r <= last; r++)
    rows += `<${p}row r="${String(r)}"><${p}c r="F${String(r)}"><${p}f t="shared" si="0"/><${p}v>0</${p}v></${p}c></${p}row>`;
  rows += `<${p}row r="1048576"><${p}c r="XFD1048576" t="inlineStr"><${p}is><${p}t>end</${p}t></${p}is></${p}c></${p}row>`;
  return sheet(rows, prefix);
}

describe('readSheetBytes (a large part in pieces)', () => {
  it('reads a formula filled down as one run, the same grid as reading the part whole', () => {
    for (const prefix of ['', 'x:']) {
      const xml = filledDown(400, prefix);
      const whole = readSheet('s', xml, [], [null]);
      const decoded: number[] = [];
      const decode = (b: Uint8Array): string => {
        decoded.push(b.length);
        return text(b);
      };
      const pieces = readSheetBytes('s', utf8.encode(xml), decode, [], [null], 97);
      expect(pieces).toEqual(whole);
      // read in pieces of whole rows, never as one string
      expect(decoded.length).toBeGreaterThan(100);
      expect(Math.max(...decoded)).toBeLessThan(400);
      // sparse (a stray cell at XFD1048576): the filled-down formula is one run, not 399 strings
      expect(pieces.formulaRuns).toEqual([
        { col: 5, top: 2, bottom: 399, master: { row: 1, col: 5, parts: expect.any(Array) } },
      ]);
      expect(pieces.formulas![1]![5]).toBe('SUM(G2:R2)');
      const written = materializeRuns(pieces);
      expect(written.formulas![2]![5]).toBe('SUM(G3:R3)');
      expect(written.formulas![399]![5]).toBe('SUM(G400:R400)');
      expect(written.formulas![400]).toBeUndefined();
      // rows holding the same lone value share one array
      expect(pieces.values[5]).toBe(pieces.values[6]);
      expect(pieces.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    }
  });

  it('a sparse grid keeps each cell’s number format (rows styled alike share one array)', () => {
    let rows = '';
    for (let r = 1; r <= 6; r++)
      rows += `<row r="${String(r)}"><c r="A${String(r)}" s="${String(r % 2 === 0 ? 1 : 2)}"><v>${String(r)}</v></c><c r="C${String(r)}"><v>1</v></c><c r="D${String(r)}" s="2"><v>2</v></c></row>`;
    rows += '<row r="1048576"><c r="XFD1048576"><v>9</v></c></row>';
    const g = readSheet('s', sheet(rows), [], [null, '0.00', '0%']);
    expect(g.values[0]).toEqual([1, undefined, 1, 2]);
    for (let r = 0; r < 6; r++)
      expect([0, 1, 2, 3].map((c) => g.numberFormats![r]?.[c] ?? null)).toEqual([
        r % 2 === 1 ? '0.00' : '0%',
        null,
        null,
        '0%',
      ]);
    expect(g.numberFormats![1]).toBe(g.numberFormats![3]);
    expect(g.numberFormats![1048575]).toBeUndefined();
  });

  it('gives the whole part’s grid for any cut, malformed tags and comments included', () => {
    const piece = fc.constantFrom(
      '<row r="3"><c r="A3"><v>1</v></c></row>',
      '<row><c><v>2</v></c><c t="inlineStr"><is><t>一段很长的中文文本内容</t></is></c></row>',
      '<row r="9"><c r="B9" t="str"><f>A9&amp;"x"</f><v>long cached text here</v></c></row>',
      '<c r="A2" ',
      '<row r="5"><c r="C5"><f t="shared" ref="C5:C9" si="1">A5*2</f><v>4</v></c></row>',
      '<row r="6"><c r="C6"><f t="shared" si="1"/><v>8</v></c></row>',
      '<!-- <row r="7"><c r="A7"><v>9</v></c></row> -->',
      '</row>',
      '<c r="D4"><v>3',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.integer({ min: 1, max: 200 }),
        (parts, seg) => {
          const xml = sheet(parts.join(''));
          const whole = readSheet('s', xml, [], [null]);
          const pieces = readSheetBytes('s', utf8.encode(xml), text, [], [null], seg);
          expect(materializeRuns(pieces)).toEqual(materializeRuns(whole));
        },
      ),
      { numRuns: 300 },
    );
  });
});
