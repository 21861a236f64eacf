/**
 * `jixiao init` formats 目标值 and 实际值 as Text (issue 9, item 5): read back from the written
 * package's styles, for the empty workbook (the columns' style, what cells typed later take) and
 * the example (its data cells).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { newWorkbookLayout } from '@jixiao/pipeline';
import { XlsxWorkbook } from '@jixiao/xlsx';
import { runCli, tempDir } from '../test/helpers.js';

const SHEETS = newWorkbookLayout().sheets;
const INDICATOR_SHEET = SHEETS.findIndex((s) => s.role === 'indicators') + 1;
const indicators = SHEETS[INDICATOR_SHEET - 1]!;
const colOf = (key: string): number => indicators.columns.findIndex((c) => c.key === key);

/** The number format code of each `<col>` style of a sheet (1-based column → code). */
function columnFormats(bytes: Uint8Array, sheetNumber: number): Map<number, string> {
  const files = unzipSync(bytes);
  const styles = strFromU8(files['xl/styles.xml']!);
  const custom = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [
      Number(m[1]),
      m[2]!.replace(/&quot;/g, '"'),
    ]),
  );
  // the built-in formats the writer uses (ECMA-376 Part 1, §18.8.30)
  const builtin = new Map([
    [0, 'General'],
    [2, '0.00'],
    [4, '#,##0.00'],
    [10, '0.00%'],
    [49, '@'],
  ]);
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheet = strFromU8(files[`xl/worksheets/sheet${String(sheetNumber)}.xml`]!);
  const out = new Map<number, string>();
  for (const [col] of sheet.matchAll(/<col\b[^>]*\/>/g)) {
    const attr = (name: string): string | undefined =>
      new RegExp(`\\s${name}="(\\d+)"`).exec(col)?.[1];
    const style = attr('style');
    const id = style === undefined ? 0 : xfs[Number(style)]!;
    const code = custom.get(id) ?? builtin.get(id) ?? `#${String(id)}`;
    for (let c = Number(attr('min')); c <= Number(attr('max')); c++) out.set(c, code);
  }
  return out;
}

describe('jixiao init formats 目标值 and 实际值 as Text', () => {
  it('the empty workbook: the two columns are Text, the outputs are not', async () => {
    const p = join(tempDir(), 'new.xlsx');
    expect((await runCli(['init', p])).code).toBe(0);
    const formats = columnFormats(readFileSync(p), INDICATOR_SHEET);
    expect(formats.get(colOf('target') + 1)).toBe('@');
    expect(formats.get(colOf('actual') + 1)).toBe('@');
    expect(formats.get(colOf('score') + 1)).toBe('0.00');
    expect(formats.get(colOf('completion') + 1)).toBe('0.00%');
    expect(formats.get(colOf('points') + 1)).not.toBe('@');
  });

  it('the example: every data cell of the two columns reads back formatted @', async () => {
    const p = join(tempDir(), 'example.xlsx');
    expect((await runCli(['init', p, '--example'])).code).toBe(0);
    const grid = (await new XlsxWorkbook(readFileSync(p)).readSheets(['绩效指标']))['绩效指标']!;
    const rows = grid.values.length;
    expect(rows).toBeGreaterThan(20);
    let cells = 0;
    for (let r = 1; r < rows; r++) {
      for (const key of ['target', 'actual']) {
        // a cell the example leaves empty (an actual from 数据来源) takes its column's style
        if (grid.values[r]?.[colOf(key)] === null || grid.values[r]?.[colOf(key)] === undefined)
          continue;
        expect(grid.numberFormats?.[r]?.[colOf(key)]).toBe('@');
        cells++;
      }
      expect(grid.numberFormats?.[r]?.[colOf('score')]).not.toBe('@');
    }
    expect(cells).toBeGreaterThan(rows);
  });
});
