import { inflateSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesFromBinary, toBinary } from './binary.js';
import { crc32 } from './crc32.js';
import { nodeCodec } from './node.js';
import { readSheet, readSheetPieces, rowPieces } from './read-sheet.js';
import { patchSheet, patchSheetPieces, type PatchCell } from './sheet-patch.js';
import { StyleEditor } from './styles.js';
import { createWorkbook } from './create.js';
import { applyPlan, readXlsx } from './workbook.js';
import { fflateCodec, PartWriter, ZipArchive } from './zip.js';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const utf8 = new TextEncoder();
const decodeText = (b: Uint8Array): string => new TextDecoder().decode(b);

/** A worksheet part around `rows`, with a dimension before and a merge after sheetData. */
const sheet = (rows: string, prefix = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}dimension ref="A1:D9"/><${prefix}cols><${prefix}col min="2" max="2" style="1"/></${prefix}cols><${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}mergeCells count="1"><${prefix}mergeCell ref="A1:B1"/></${prefix}mergeCells></${prefix}worksheet>`;

const rowPiece = fc.constantFrom(
  '<row r="3"><c r="A3"><v>1</v></c></row>',
  '<row><c><v>2</v></c><c t="inlineStr"><is><t>一段很长的中文文本内容</t></is></c></row>',
  '<row r="9" spans="1:2"><c r="B9" t="str"><f>A9&amp;"x"</f><v>long cached text here</v></c></row>',
  '<c r="A2" ',
  '<row r="5"><c r="C5"><f t="shared" ref="C5:C9" si="1">A5*2</f><v>4</v></c></row>',
  '<row r="6" s="1" customFormat="1"><c r="C6"><f t="shared" si="1"/><v>8</v></c></row>',
  '<row r="12"/>',
  '<!-- <row r="7"><c r="A7"><v>9</v></c></row> -->',
  '</row>',
  '<c r="D4"><v>3',
  '<row r="20"><c r="A20"><v>1</v></c><c r="D20"><v>2</v></c></row>',
);

/** Bytes cut into chunks at the given sizes (cycled). */
function chunked(b: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0, i = 0; at < b.length; i++) {
    const n = sizes[i % sizes.length]!;
    out.push(b.subarray(at, at + n));
    at += n;
  }
  return out;
}

const join = (pieces: readonly Uint8Array[]): string => pieces.map(latin1).join('');

describe('rowPieces', () => {
  it('cuts just after a `</row>` past each segment, the same for any chunking', () => {
    fc.assert(
      fc.property(
        fc.array(rowPiece, { maxLength: 30 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }),
        (rows, seg, sizes) => {
          const bytes = bytesFromBinary(toBinary(sheet(rows.join(''), 'x:')));
          const whole = [...rowPieces([bytes], seg)];
          const inChunks = [...rowPieces(chunked(bytes, sizes), seg)];
          expect(inChunks.map(latin1)).toEqual(whole.map(latin1));
          expect(join(whole)).toBe(latin1(bytes));
          for (const p of whole.slice(0, -1)) {
            expect(p.length).toBeGreaterThan(seg);
            expect(latin1(p)).toMatch(/<\/(x:)?row>$/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays linear on a part without `</row>` (a hostile row never closed)', () => {
    const bytes = new Uint8Array(4 * 1024 * 1024).fill(0x61);
    const pieces = [...rowPieces(chunked(bytes, [1024]), 512)];
    expect(pieces.reduce((n, p) => n + p.length, 0)).toBe(bytes.length);
  });
});

describe('reading and patching a part in pieces', () => {
  it('readSheetPieces gives the grid of the whole part, malformed tags and comments included', () => {
    fc.assert(
      fc.property(
        fc.array(rowPiece, { maxLength: 30 }),
        fc.integer({ min: 1, max: 200 }),
        (rows, seg) => {
          const xml = sheet(rows.join(''));
          const whole = (): ReturnType<typeof readSheet> => readSheet('s', xml, [], [null]);
          const pieces = rowPieces(chunked(utf8.encode(xml), [7, 64]), seg);
          expect(readSheetPieces('s', pieces, decodeText, [], [null], whole)).toEqual(whole());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('patchSheetPieces writes the text patchSheet writes, or declines (then the part is patched whole)', () => {
    const write = fc.record({
      row: fc.integer({ min: 0, max: 24 }),
      col: fc.integer({ min: 0, max: 5 }),
      value: fc.oneof(fc.constant(null), fc.integer(), fc.constantFrom('文本', ' x ', 'a&b')),
      numberFormat: fc.constantFrom(undefined, '0.00%', '0.00'),
    });
    let declined = 0;
    let streamed = 0;
    fc.assert(
      fc.property(
        fc.array(rowPiece, { maxLength: 30 }),
        fc.array(write, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom('', 'x:'),
        (rows, writes: PatchCell[], seg, prefix) => {
          const xml = toBinary(
            sheet(rows.join('').replace(/<(\/?)(row|c|v|f|is|t)\b/g, `<$1${prefix}$2`), prefix),
          );
          const stylesXml =
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0" fillId="1"/></cellXfs></styleSheet>';
          const a = new StyleEditor(stylesXml);
          const expected = patchSheet(xml, writes, a);
          const b = new StyleEditor(stylesXml);
          const out: string[] = [];
          const pieces = [...rowPieces([bytesFromBinary(xml)], seg)].map(latin1);
          const got = patchSheetPieces(pieces, writes, b, (s) => out.push(s));
          if (got === undefined) {
            declined++;
            return;
          }
          streamed++;
          expect(out.join('')).toBe(expected.parts.join(''));
          expect(got.removedFormulas).toEqual(expected.removedFormulas);
          expect(b.toXml()).toBe(a.toXml());
        },
      ),
      { numRuns: 400 },
    );
    // most parts go through in pieces; comments and tags across cuts do not
    expect(streamed).toBeGreaterThan(declined);
  });
});

describe('streaming zip parts', () => {
  it('inflatePieces gives the part’s bytes in pieces; PartWriter gives one DEFLATE stream', () => {
    const text = sheet('<row r="3"><c r="A3"><v>1</v></c></row>'.repeat(20_000));
    const data = bytesFromBinary(toBinary(text));
    for (const codec of [fflateCodec, nodeCodec]) {
      const w = new PartWriter(codec, 4096);
      for (let at = 0; at < text.length; at += 1000) w.write(latin1(data.subarray(at, at + 1000)));
      const packed = w.finish();
      expect(packed.size).toBe(data.length);
      expect(packed.crc).toBe(crc32(data));
      expect(latin1(inflateSync(Buffer.concat(packed.body)))).toBe(latin1(data));
    }
    // text goes in as its UTF-8 bytes
    const w = new PartWriter(nodeCodec, 64);
    const words = ['<t>', '一段很长的中文文本内容'.repeat(9), 'a&amp;b', '</t>'];
    for (const word of words) w.writeText(word);
    expect(decodeText(inflateSync(Buffer.concat(w.finish().body)))).toBe(words.join(''));
    // the CRC goes on from where it was
    expect(crc32(data.subarray(100), crc32(data.subarray(0, 100)))).toBe(crc32(data));
    const book = createWorkbook({ sheets: [{ name: 'a', rows: [['x']] }] });
    const zip = new ZipArchive(book);
    for (const e of zip.entries) {
      const pieces = [...zip.inflatePieces(e.name)!];
      expect(join(pieces)).toBe(latin1(zip.inflate(e.name)!));
    }
  });

  it('a damaged or short part fails while its pieces are read', () => {
    const rows = '<row><c><v>1</v></c></row>'.repeat(50_000);
    const book = createWorkbook({ sheets: [{ name: 'a', rows: [['x']] }] });
    const zip = new ZipArchive(book);
    const files: Record<string, Uint8Array> = {};
    for (const e of zip.entries) files[e.name] = zip.inflate(e.name)!;
    files['big.xml'] = bytesFromBinary(toBinary(sheet(rows)));
    const bytes = zipSync(files);
    const short = new ZipArchive(bytes);
    short.entry('big.xml')!.size += 10;
    expect(() => [...short.inflatePieces('big.xml')!]).toThrow(/损坏|不完整|truncated/);
    const damaged = new Uint8Array(bytes);
    const e = new ZipArchive(bytes).entry('big.xml')!;
    damaged.fill(0xff, e.dataOffset + 10, e.dataOffset + 40);
    expect(() => [...new ZipArchive(damaged).inflatePieces('big.xml')!]).toThrow();
  });
});

describe('a large worksheet part, read and patched through the package', () => {
  it('reads and writes a 10 MB sheet in pieces: the same cells as small sheets, untouched rows intact', () => {
    const rows: string[] = [];
    for (let r = 2; r <= 120_000; r++)
      rows.push(
        `<row r="${String(r)}"><c r="A${String(r)}"><v>${String(r)}</v></c><c r="F${String(r)}"><f>SUM(G${String(r)}:R${String(r)})</f><v>0</v></c></row>`,
      );
    const book = createWorkbook({ sheets: [{ name: '预算执行', rows: [['序号']] }] });
    const zip = new ZipArchive(book);
    const path = zip.entries.find((e) => e.name.startsWith('xl/worksheets/'))!.name;
    const files: Record<string, Uint8Array> = {};
    for (const e of zip.entries) files[e.name] = zip.inflate(e.name)!;
    const xml = latin1(files[path]!).replace('</sheetData>', `${rows.join('')}</sheetData>`);
    files[path] = bytesFromBinary(xml);
    expect(files[path].length).toBeGreaterThan(9 * 1024 * 1024);
    const big = zipSync(files);
    const grid = readXlsx(big, ['预算执行'], { codec: nodeCodec })['预算执行']!;
    expect(grid.values[119_999]?.[0]).toBe(120_000);
    const out = applyPlan(
      big,
      {
        cells: [
          { sheet: '预算执行', row: 4, col: 18, address: 'S5', value: 0.5, numberFormat: '0.00%' },
          {
            sheet: '预算执行',
            row: 50_000,
            col: 5,
            address: 'F50001',
            value: 7,
            numberFormat: undefined,
          },
          {
            sheet: '预算执行',
            row: 130_000,
            col: 1,
            address: 'B130001',
            value: '末行',
            numberFormat: undefined,
          },
        ],
        replaceSheets: [],
      },
      { codec: nodeCodec },
    );
    const back = readXlsx(out, ['预算执行'], { codec: nodeCodec })['预算执行']!;
    expect(back.values[4]?.[18]).toBe(0.5);
    expect(back.values[50_000]?.[5]).toBe(7);
    expect(back.formulas?.[50_000]?.[5] ?? null).toBeNull();
    expect(back.values[130_000]?.[1]).toBe('末行');
    expect(back.values[119_999]?.[0]).toBe(120_000);
    expect(back.formulas?.[119_998]?.[5]).toBe('SUM(G119999:R119999)');
  }, 120_000);
});
