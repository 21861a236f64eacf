import type { WritePlan } from '@jixiao/workbook';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalBytes, fixture, fixturePlan, parts, text } from '../test/helpers.js';
import { toA1 } from './a1.js';
import { createWorkbook } from './create.js';
import { pruneCalcChain } from './apply.js';
import { applyPlan, readXlsx } from './workbook.js';
import { ZipArchive } from './zip.js';

describe('applyPlan keeps everything it does not own', () => {
  for (const name of ['user-workbook-with-extras.xlsx', 'user-workbook-with-pivot.xlsx']) {
    it(`${name}: untouched parts are byte-identical, extras all still there`, () => {
      const input = fixture(name);
      const before = new Uint8Array(input);
      const output = applyPlan(input, fixturePlan());
      expect(equalBytes(input, before)).toBe(true);
      const a = parts(input);
      const b = parts(output);
      const changed = new Set([
        'xl/worksheets/sheet2.xml',
        'xl/worksheets/sheet3.xml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        '[Content_Types].xml',
      ]);
      for (const part of Object.keys(a)) {
        expect(b[part], part).toBeDefined();
        if (!changed.has(part)) expect(equalBytes(a[part], b[part]), part).toBe(true);
      }
      // the compressed bytes of untouched parts are copied, not recompressed
      const za = new ZipArchive(input);
      const zb = new ZipArchive(output);
      for (const e of za.entries.filter((x) => !changed.has(x.name))) {
        const f = zb.entry(e.name)!;
        expect(
          equalBytes(
            za.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
            zb.bytes.subarray(f.dataOffset, f.dataOffset + f.compressedSize),
          ),
        ).toBe(true);
      }
      // only the planned cells changed in the patched sheets: the rest of each part is identical
      const sheet2 = text(b['xl/worksheets/sheet2.xml']);
      for (const kept of [
        '<mergeCell ref="T7:U8"/>',
        '<conditionalFormatting sqref="F2:F5">',
        '<dataValidation sqref="B2:B200"',
        'state="frozen"',
        '<drawing ',
        '<legacyDrawing ',
        '<pageSetup orientation="landscape"/>',
        '<c r="W2"><f>F2/E2</f><v></v></c>',
        '<c r="T7" s="2" t="inlineStr">',
      ]) {
        expect(sheet2).toContain(kept);
      }
      const stripS = (s: string): string => s.replace(/<c r="S\d+"[^>]*?(\/>|>.*?<\/c>)/g, '');
      expect(stripS(sheet2)).toBe(stripS(text(a['xl/worksheets/sheet2.xml'])));
      const wb = text(b['xl/workbook.xml']);
      expect(wb).toContain('<definedName name="预算区域">预算执行!$A$1:$F$5</definedName>');
      expect(wb).toContain('name="内部底稿" sheetId="4" state="hidden"');
      expect(wb).toContain('name="报告"');
      expect(text(b['xl/worksheets/_rels/sheet2.xml.rels'])).toContain('comments');
      expect(b['xl/charts/chart1.xml']).toBeDefined();
      expect(b['xl/media/image1.png']).toBeDefined();
      expect(b['xl/comments/comment1.xml']).toBeDefined();
      if (name.includes('pivot')) {
        expect(b['xl/pivotTables/pivotTable1.xml']).toBeDefined();
        expect(wb).toContain('<pivotCaches>');
      }
      // the original styles are a prefix-preserving subset: existing cellXfs unchanged, new ones appended
      const styles = text(b['xl/styles.xml']);
      expect(styles).toContain(
        text(a['xl/styles.xml']).match(/<cellXfs count="3">(.*)<\/cellXfs>/)![1],
      );
    });
  }

  it('reads back every written value, with its number format, and the 报告 sheet', () => {
    const output = applyPlan(fixture('user-workbook-with-extras.xlsx'), fixturePlan());
    const g = readXlsx(output, ['预算执行', '绩效指标', '报告']);
    const budget = g['预算执行']!;
    expect(budget.values.slice(1, 5).map((r) => r[18])).toEqual([
      1, 0.967949342425718, 0.991872340425532, 1,
    ]);
    expect(budget.numberFormats![1]![18]).toBe('0.00%');
    // user formula and input cells untouched
    expect(budget.formulas![1]![22]).toBe('F2/E2');
    expect(budget.values[1]![19]).toBe('用户备注');
    const ind = g['绩效指标']!;
    expect(ind.values[1]!.slice(13, 16)).toEqual([0.9938, 9.94, 0.06]);
    expect(ind.numberFormats![1]![14]).toBe('0.00');
    expect(ind.values[1]![6]).toBe('99.38%');
    expect(g['报告']!.values).toEqual([
      ['样式', '内容'],
      ['标题', '示例局2024年度部门整体支出绩效自评报告'],
      ['正文', '得分 96.99 分 & 等级“优”'],
    ]);
  });

  it('is stable: applying the same plan again changes nothing and adds no styles', () => {
    const once = applyPlan(fixture('user-workbook-with-extras.xlsx'), fixturePlan());
    const twice = applyPlan(once, fixturePlan());
    const a = parts(once);
    const b = parts(twice);
    for (const k of Object.keys(a)) expect(equalBytes(a[k], b[k]), k).toBe(true);
  });

  it('replaces an existing 报告 sheet in place', () => {
    const once = applyPlan(fixture('user-workbook-with-extras.xlsx'), fixturePlan());
    const plan: WritePlan = {
      cells: [],
      replaceSheets: [
        {
          sheet: '报告',
          rows: [
            ['样式', '内容'],
            ['正文', '第二次'],
          ],
        },
      ],
    };
    const twice = applyPlan(once, plan);
    expect(readXlsx(twice, ['报告'])['报告']!.values).toEqual([
      ['样式', '内容'],
      ['正文', '第二次'],
    ]);
    expect(text(parts(twice)['xl/workbook.xml']).match(/name="报告"/g)).toHaveLength(1);
  });

  it('clears cells, inserts rows in order and removes calcChain entries of overwritten formulas', () => {
    const book = createWorkbook({ sheets: [{ name: 'S', rows: [['h'], [1], [null], [3]] }] });
    const out = applyPlan(book, {
      cells: [
        { sheet: 'S', row: 9, col: 2, address: 'C10', value: 'end' },
        { sheet: 'S', row: 2, col: 1, address: 'B3', value: 2 },
        { sheet: 'S', row: 1, col: 0, address: 'A2', value: null },
        { sheet: 'S', row: 0, col: 3, address: 'D1', value: 'x' },
        { sheet: 'S', row: 3, col: 2, address: 'C4', value: '达成年度指标 & “引号” 😀' },
      ],
      replaceSheets: [],
    });
    const g = readXlsx(out)['S']!;
    expect(g.values).toEqual([
      ['h', null, null, 'x'],
      [null, null, null, null],
      [null, 2, null, null],
      [3, null, '达成年度指标 & “引号” 😀', null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, 'end', null],
    ]);
    expect(text(parts(out)['xl/worksheets/sheet1.xml'])).toContain('<dimension ref="A1:D10"/>');
    expect(
      pruneCalcChain('<calcChain><c r="A1" i="1"/><c r="B1"/><c r="A1" i="2"/></calcChain>', [
        { sheetId: 1, refs: new Set(['A1']) },
      ]),
    ).toBe('<calcChain><c r="B1" i="1"/><c r="A1" i="2"/></calcChain>');
    expect(
      pruneCalcChain('<calcChain><c r="A1" i="1"/></calcChain>', [
        { sheetId: 1, refs: new Set(['A1']) },
      ]),
    ).toBeNull();
  });

  it('property: written cells read back, every other cell is unchanged', () => {
    const base: (string | number | null)[][] = Array.from({ length: 12 }, (_r, r) =>
      Array.from({ length: 8 }, (_c, c) =>
        (r * 7 + c) % 3 === 0
          ? null
          : (r + c) % 2 === 0
            ? `t${String(r)}-${String(c)}`
            : r * 10 + c,
      ),
    );
    const book = createWorkbook({
      sheets: [
        { name: 'S', rows: base, headerRows: 0 },
        { name: 'T', rows: base, headerRows: 0 },
      ],
    });
    const value = fc.oneof(
      fc.constant(null),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 8, unit: 'grapheme' }),
    );
    const write = fc.record({
      sheet: fc.constantFrom('S', 'T'),
      row: fc.nat(15),
      col: fc.nat(10),
      value,
      fmt: fc.option(fc.constantFrom('0.00%', '0.00', '#,##0.00', '0.0%'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(write, { maxLength: 20 }), (writes) => {
        const cells = writes.map((w) => ({
          sheet: w.sheet,
          row: w.row,
          col: w.col,
          address: toA1(w.row, w.col),
          value: w.value,
          numberFormat: w.fmt,
        }));
        // as a hand-made plan gives them (sheets interleaved, cells in any order) and as planWrites
        // does (sorted by sheet, row and column; a stable sort keeps the later write to a cell last)
        const sorted = [...cells].sort((a, b) =>
          a.sheet === b.sheet ? a.row - b.row || a.col - b.col : a.sheet < b.sheet ? -1 : 1,
        );
        const expected = new Map<string, string | number | null>();
        for (const sheet of ['S', 'T'])
          base.forEach((row, r) =>
            row.forEach((v, c) =>
              expected.set(`${sheet},${String(r)},${String(c)}`, v === '' ? null : v),
            ),
          );
        for (const w of writes)
          expected.set(
            `${w.sheet},${String(w.row)},${String(w.col)}`,
            w.value === '' ? '' : w.value,
          );
        for (const plan of [cells, sorted].map((c): WritePlan => ({
          cells: c,
          replaceSheets: [],
        }))) {
          const read = readXlsx(applyPlan(book, plan));
          for (const [k, v] of expected) {
            const [sheet, r, c] = k.split(',') as [string, string, string];
            const g = read[sheet]!;
            const got = g.values[Number(r) - g.origin.row]?.[Number(c) - g.origin.col] ?? null;
            expect(got, k).toEqual(typeof v === 'number' ? (Object.is(v, -0) ? 0 : v) : v);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the native zlib codec (@jixiao/xlsx/node)', () => {
  it('gives the same parts as the portable codec, and rejects damaged data', async () => {
    const { nodeCodec } = await import('./node.js');
    const input = fixture('user-workbook-with-extras.xlsx');
    const a = parts(applyPlan(input, fixturePlan()));
    const b = parts(applyPlan(input, fixturePlan(), { codec: nodeCodec }));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const k of Object.keys(a)) expect(equalBytes(a[k], b[k]), k).toBe(true);
    const damaged = new Uint8Array(input);
    for (let i = 200; i < 260; i++) damaged[i] = 0xff;
    expect(() => readXlsx(damaged, undefined, { codec: nodeCodec })).toThrow(/不完整或已损坏/);
  });
});
