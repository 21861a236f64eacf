/**
 * Property tests of the XML scanner with malformed and hostile input: it never throws, always moves
 * forward, reads exactly the well-formed cells outside comments, CDATA and PIs, and patching never
 * writes into a comment. (Speed is measured by `npm run bench`, not asserted here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet.js';
import { maskMarkup, nextTag, scanAttrs, stripMarkup } from './scan.js';
import { patchSheet } from './sheet-patch.js';

const wrap = (rows: string): string =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** Text made of the characters that break naive tag scanners. */
const junk = fc
  .array(
    fc.constantFrom(
      '<',
      '>',
      '/',
      '=',
      '"',
      "'",
      ' ',
      'c',
      'r',
      'row',
      'v',
      'f',
      '!',
      '-',
      '?',
      '[',
      ']',
      'A1',
      '<c ',
      '<row ',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<?',
      '?>',
      'x'.repeat(50),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('nextTag and scanAttrs', () => {
  it('terminate on any input, each tag strictly after the previous one', () => {
    fc.assert(
      fc.property(junk, (s) => {
        let pos = 0;
        let steps = 0;
        for (;;) {
          const tag = nextTag(s, pos);
          if (tag === undefined) break;
          expect(tag.start).toBeGreaterThanOrEqual(pos);
          expect(tag.end).toBeGreaterThan(tag.start);
          pos = tag.end;
          steps++;
        }
        expect(steps).toBeLessThanOrEqual(s.length);
        scanAttrs(s);
      }),
      { numRuns: 500 },
    );
  });

  it('reads attributes in any quoting, skipping junk and bare words', () => {
    expect([...scanAttrs(` xaaaa r='A3' t = "inlineStr" bare s="2" r="B9"`).entries()]).toEqual([
      ['r', 'A3'],
      ['t', 'inlineStr'],
      ['s', '2'],
    ]);
  });
});

describe('markup', () => {
  it('mask keeps every offset; strip removes comments and PIs and unwraps CDATA', () => {
    fc.assert(
      fc.property(junk, (s) => {
        expect(maskMarkup(s)).toHaveLength(s.length);
        stripMarkup(s);
      }),
      { numRuns: 300 },
    );
    const xml = 'a<!-- <row r="1"/> -->b<![CDATA[x<y]]>c<?pi z?>d';
    expect(stripMarkup(xml)).toBe('abx&lt;ycd');
    const blank = (t: string): string => ' '.repeat(t.length);
    expect(maskMarkup(xml)).toBe(
      `a${blank('<!-- <row r="1"/> -->')}b${blank('<![CDATA[x<y]]>')}c${blank('<?pi z?>')}d`,
    );
  });
});

/** A well-formed numeric cell in column A. */
const goodRow = (r: number, v: number): string =>
  `<row r="${String(r)}"><c r="A${String(r)}"><v>${String(v)}</v></c></row>`;

describe('readSheet on hostile sheets', () => {
  it('reads exactly the well-formed rows, whatever sits in comments, CDATA or PIs between them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 999 }), junk), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.constantFrom('comment', 'pi'),
        (rows, kind) => {
          // Removing a terminator can join its neighbours into a new one (`??>>` → `?>`): repeat.
          const clean = (s: string): string => {
            let out = s;
            for (let prev = ''; prev !== out;) [prev, out] = [out, out.replace(/--|\?>/g, '')];
            return out;
          };
          let xml = '';
          rows.forEach(([v, noise], i) => {
            xml += goodRow(i + 1, v);
            const inside = `${goodRow(i + 500, 7)}${clean(noise)}`;
            xml += kind === 'comment' ? `<!--${inside}-->` : `<?junk ${inside}?>`;
          });
          const grid = readSheet('s', wrap(xml), [], []);
          expect(grid.origin).toEqual({ row: 0, col: 0 });
          expect(grid.values.map((r) => r[0])).toEqual(rows.map(([v]) => v));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on malformed tags, and reads the cells before them', () => {
    fc.assert(
      fc.property(junk, junk, (a, b) => {
        const xml = wrap(`${goodRow(1, 5)}${a}<c r="B1"${b}`);
        const grid = readSheet('s', xml, [], []);
        expect(grid.values[0]?.[0]).toBe(5);
      }),
      { numRuns: 300 },
    );
  });

  it('a start tag with 200,000 characters of junk before its attributes still reads its cell', () => {
    const xml = wrap(
      `<row r="1"><c x${'a'.repeat(200_000)} r='A1' t="inlineStr"><is><t>名称</t></is></c></row>`,
    );
    expect(readSheet('s', xml, [], []).values).toEqual([['名称']]);
  });

  it('patching writes beside a commented-out row, never into it', () => {
    const xml = wrap(`<!-- ${goodRow(2, 1)} -->${goodRow(2, 3)}`);
    const out = patchSheet(
      xml,
      [{ row: 1, col: 1, value: 9, numberFormat: undefined }],
      undefined,
    ).parts.join('');
    expect(out).toContain(`<!-- ${goodRow(2, 1)} -->`);
    expect(out).toContain('<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>9</v></c></row>');
  });
});
