import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CellValue, CellWrite, WritePlan } from '@jixiao/workbook';
import { cellAddress } from '@jixiao/workbook';
import { FakeEtApplication, type FakeCell } from './fake/index.js';
import { WpsPort, WpsWriteError, a1 } from './wps-port.js';
import { comErrorNumber, comErrorLiteral, XL_CV_ERRORS } from './com-errors.js';
import { toMatrix, ShapeError } from './value2.js';

describe('COM error numbers', () => {
  it('map to the literals the Office.js and .xlsx adapters give', () => {
    expect(comErrorNumber('#DIV/0!')).toBe(-2146826281);
    expect(comErrorNumber('#N/A')).toBe(-2146826246);
    expect(comErrorNumber('#VALUE!')).toBe(-2146826273);
    expect(comErrorNumber('#REF!')).toBe(-2146826265);
    expect(comErrorNumber('#NAME?')).toBe(-2146826259);
    expect(comErrorNumber('#NUM!')).toBe(-2146826252);
    expect(comErrorNumber('#NULL!')).toBe(-2146826288);
    for (const [, literal] of XL_CV_ERRORS)
      expect(comErrorLiteral(comErrorNumber(literal))).toBe(literal);
    expect(comErrorLiteral(-2146826280)).toBeNull();
    expect(comErrorLiteral('#DIV/0!')).toBeNull();
  });
});

describe('Value2 shapes', () => {
  it('normalises a scalar, a 1-D row, a 1-D column and a 2-D array to rows × cols', () => {
    expect(toMatrix(5, 1, 1)).toEqual([[5]]);
    expect(toMatrix(undefined, 1, 1)).toEqual([[undefined]]);
    expect(toMatrix([1, 2, 3], 1, 3)).toEqual([[1, 2, 3]]);
    expect(toMatrix([1, 2, 3], 3, 1)).toEqual([[1], [2], [3]]);
    expect(toMatrix([[1], [2]], 2, 1)).toEqual([[1], [2]]);
    expect(toMatrix([[1, 2]], 2, 1)).toEqual([[1], [2]]);
    expect(
      toMatrix(
        [
          [1, 2],
          [3, 4],
        ],
        2,
        2,
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('refuses a shape that does not fit the range (never pads)', () => {
    expect(() => toMatrix(5, 2, 2)).toThrow(ShapeError);
    expect(() => toMatrix([1, 2], 1, 3)).toThrow(ShapeError);
    expect(() => toMatrix([[1, 2]], 2, 2)).toThrow(ShapeError);
  });

  it('property: any rows × cols matrix survives each shape WPS may return it in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (rows, cols) => {
        const m = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => r * 10 + c),
        );
        const shaped = rows === 1 && cols === 1 ? m[0]![0] : rows === 1 ? m[0] : m;
        expect(toMatrix(shaped, rows, cols)).toEqual(m);
        if (cols === 1)
          expect(
            toMatrix(
              m.map((r) => r[0]),
              rows,
              1,
            ),
          ).toEqual(m);
      }),
    );
  });
});

/** A fake whose sheet 表 holds `cells` (address → cell). */
function appWith(cells: Record<string, FakeCell>, options = {}): FakeEtApplication {
  const app = new FakeEtApplication(options);
  const ws = app.workbook.addSheet('表');
  for (const [address, cell] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    ws.put(Number(m[2]) - 1, m[1]!.charCodeAt(0) - 65, cell);
  }
  return app;
}

describe('WpsPort reads', () => {
  it('gives the same cell values as the other adapters: errors, booleans, empty, formulas, formats', async () => {
    const app = appWith({
      B2: { value: '项目' },
      C2: { value: 12.5, format: '0.00' },
      D2: { value: { error: '#DIV/0!' }, formula: '=1/0' },
      B3: { value: true },
      C3: { value: -2146826281 }, // a typed number equal to an error code stays a number
      D3: { value: 0.95, format: '0.00%' },
    });
    const port = new WpsPort({ app });
    expect(await port.sheetNames()).toEqual(['Sheet1', '表']);
    const grid = (await port.readSheets(['表', '没有']))['表']!;
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.values).toEqual([
      ['项目', 12.5, { error: '#DIV/0!' }],
      [true, -2146826281, 0.95],
    ] satisfies CellValue[][]);
    expect(grid.formulas).toEqual([
      [null, null, '1/0'],
      [null, null, null],
    ]);
    expect(grid.numberFormats).toEqual([
      [null, '0.00', null],
      [null, null, '0.00%'],
    ]);
  });

  it('reads an empty sheet as an empty grid, and one-cell and one-row sheets whole', async () => {
    const app = new FakeEtApplication();
    app.workbook.addSheet('空');
    app.workbook.addSheet('一格', [[], [null, 42]]);
    app.workbook.addSheet('一行', [['a', 'b', 'c']]);
    const grids = await new WpsPort({ app }).readSheets(['空', '一格', '一行']);
    expect(grids['空']!.values).toEqual([]);
    expect(grids['一格']).toMatchObject({ origin: { row: 1, col: 1 }, values: [[42]] });
    expect(grids['一行']!.values).toEqual([['a', 'b', 'c']]);
  });

  it('property: any sheet reads back exactly, in tiles no call of which exceeds the limit', async () => {
    const cell = fc.oneof(
      fc.constant<FakeCell | null>(null),
      fc.integer({ min: -1e6, max: 1e6 }).map((n): FakeCell => ({ value: n / 100 })),
      fc
        .string({ maxLength: 4 })
        .filter((s) => s !== '')
        .map((s): FakeCell => ({ value: s })),
      fc.boolean().map((b): FakeCell => ({ value: b })),
      fc
        .constantFrom(...XL_CV_ERRORS.map(([, l]) => l))
        .map((l): FakeCell => ({ value: { error: l } })),
      fc.constantFrom('0.00', '0.00%', '@').map((f): FakeCell => ({ value: 1, format: f })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 30 }),
        fc.infiniteStream(cell),
        async (rows, cols, r0, c0, limit, cells) => {
          const app = new FakeEtApplication({ maxCellsPerCall: Math.max(limit, 1) });
          const ws = app.workbook.addSheet('表');
          const expected: CellValue[][] = [];
          const formats: (string | null)[][] = [];
          const it = cells[Symbol.iterator]();
          for (let r = 0; r < rows; r++) {
            expected.push([]);
            formats.push([]);
            for (let c = 0; c < cols; c++) {
              // Anchor the corners so the used range is exactly rows × cols.
              let v = it.next().value as FakeCell | null;
              if (v === null && (r + c === 0 || (r === rows - 1 && c === cols - 1)))
                v = { value: 7 };
              if (v) ws.put(r0 + r, c0 + c, v);
              const raw = v?.value;
              expected[r]!.push(raw === undefined ? null : raw);
              formats[r]!.push(v?.format ?? null);
            }
          }
          const port = new WpsPort({ app, maxCellsPerCall: limit });
          const grid = (await port.readSheets(['表']))['表']!;
          expect(grid.origin).toEqual({ row: r0, col: c0 });
          expect(grid.values).toEqual(expected);
          expect(grid.numberFormats).toEqual(formats);
          expect(app.maxCellsInOneCall).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a big sheet in tiles, never freezing WPS, in calls that grow with tiles, not cells', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) =>
      i === 0 ? ['项目', '预算', '执行'] : [`项目${i}`, i, i / 2],
    );
    const app = new FakeEtApplication({ maxCellsPerCall: 20_000 });
    app.workbook.addSheet('预算执行', rows);
    const port = new WpsPort({ app });
    const grid = (await port.readSheets(['预算执行']))['预算执行']!;
    expect(grid.values).toHaveLength(20_001);
    expect(grid.values[20_000]).toEqual(['项目20000', 20_000, 10_000]);
    expect(port.lastRead.chunked).toBe(true);
    expect(app.maxCellsInOneCall).toBeLessThanOrEqual(4000);
    expect(app.calls).toBeLessThan(200); // 60,003 cells
  });
});

function plan(cells: CellWrite[]): WritePlan {
  return { cells, replaceSheets: [] };
}

function write(
  sheet: string,
  row: number,
  col: number,
  value: string | number | null,
  numberFormat?: string,
): CellWrite {
  return {
    sheet,
    row,
    col,
    address: cellAddress(row, col),
    value,
    ...(numberFormat ? { numberFormat } : {}),
  };
}

describe('WpsPort writes', () => {
  it('writes a column of 10,000 rates as a few blocks with their format, not 10,000 calls', async () => {
    const app = new FakeEtApplication();
    app.workbook.addSheet('预算执行', [['项目', '支付率']]);
    const port = new WpsPort({ app });
    const cells = Array.from({ length: 10_000 }, (_, i) =>
      write('预算执行', i + 1, 1, i / 10_000, '0.00%'),
    );
    const before = app.calls;
    await port.apply(plan(cells));
    expect(app.calls - before).toBeLessThan(30);
    expect(port.lastWrite.blocks).toBe(3);
    expect(app.maxCellsInOneCall).toBeLessThanOrEqual(4000);
    const ws = app.workbook.sheet('预算执行');
    expect(ws.cell('B10001')).toEqual({ value: 0.9999, format: '0.00%' });
    expect(ws.cell('B2')).toEqual({ value: 0, format: '0.00%' });
    expect([...port.ownWrites]).toEqual([
      `预算执行!${a1(1, 1, 4000, 1)}`,
      `预算执行!${a1(4001, 1, 4000, 1)}`,
      `预算执行!${a1(8001, 1, 2000, 1)}`,
    ]);
  });

  it('clears a cell with null and leaves cells outside the plan alone', async () => {
    const app = new FakeEtApplication();
    app.workbook.addSheet('表', [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    await new WpsPort({ app }).apply(plan([write('表', 0, 1, null), write('表', 1, 1, 50)]));
    expect(app.valuesFromA1('表')).toEqual([
      [1, null, 3],
      [4, 50, 6],
    ]);
  });

  it('a write that fails part-way says what landed (WPS has no rollback)', async () => {
    const app = new FakeEtApplication();
    app.workbook.addSheet('表', [[0], [0], [0], [0]]);
    app.workbook.sheet('表').protect('C1');
    const port = new WpsPort({ app });
    const error = await port
      .apply(plan([write('表', 0, 0, 1), write('表', 1, 0, 2), write('表', 0, 2, 9)]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WpsWriteError);
    expect((error as WpsWriteError).message).toContain('表!C1');
    expect((error as WpsWriteError).message).toContain('已写入 2 / 3');
    expect(app.valuesFromA1('表').map((r) => r[0])).toEqual([1, 2, 0, 0]);
    expect(port.writing).toBe(false);
    expect(app.ScreenUpdating).toBe(true);
  });

  it('replaces 报告 as text (a paragraph starting with = or looking like a number stays as typed)', async () => {
    const app = new FakeEtApplication();
    const port = new WpsPort({ app });
    const rows = [
      ['样式', '内容'],
      ['正文', '=100% 完成'],
      ['正文', '2022'],
    ];
    await port.apply({
      cells: [],
      replaceSheets: [{ sheet: '报告', rows, columnWidths: [10, 80] }],
    });
    expect(app.valuesFromA1('报告')).toEqual(rows);
    expect(app.workbook.sheet('报告').columnWidths.get(1)).toBe(80);
    await port.apply({ cells: [], replaceSheets: [{ sheet: '报告', rows: rows.slice(0, 2) }] });
    expect(app.valuesFromA1('报告')).toEqual(rows.slice(0, 2));
    expect(await port.sheetNames()).toEqual(['Sheet1', '报告']);
  });
});
