/**
 * The last 报告 fill kept in the record of written cells (issue 13 item 6): the entries, their
 * round trip through the custom XML part, and how a 报告 edited by hand is told apart.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '@jixiao/engine';
import { planWrites } from '../plan-writes.js';
import type { SheetGrids, WrittenCell } from '../port.js';
import { readWorkbook } from '../read-workbook.js';
import {
  isReportEntry,
  parseWrittenRecord,
  reportEdits,
  reportRecordCells,
  writtenRecordXml,
} from '../written.js';
import { grid, grids, sampleGrids } from '../testing.js';

const FILL: (string | null)[][] = [
  ['样式', '内容'],
  ['标题', '示例局2024年度部门整体支出绩效自评报告'],
  ['正文', '第一段\n第二段'],
  ['表格', '指标得分表', null, '单位：分'],
];

describe('the 报告 fill in the record', () => {
  it('records every non-blank cell of the fill, line breaks surviving the XML round trip', () => {
    const cells = reportRecordCells('报告', FILL);
    expect(cells.map((c) => c.address)).toEqual([
      'A1',
      'B1',
      'A2',
      'B2',
      'A3',
      'B3',
      'A4',
      'B4',
      'D4',
    ]);
    expect(cells.every(isReportEntry)).toBe(true);
    const xml = writtenRecordXml([{ sheet: '预算执行', address: 'G2', value: '0.9' }, ...cells]);
    // a raw line break in an attribute would come back as a space from any XML reader
    expect(xml).toContain('v="第一段&#10;第二段"');
    const back = parseWrittenRecord(xml)!;
    expect(back).toEqual([{ sheet: '预算执行', address: 'G2', value: '0.9' }, ...cells]);
    expect(back.filter(isReportEntry)).toHaveLength(9);
    // the sheet-name rule: ` 报告 ` and `Report` are the report sheet too; 报告模板 is not
    expect(isReportEntry({ sheet: 'Report', address: 'A1', value: 'x' })).toBe(true);
    expect(isReportEntry({ sheet: '报告模板', address: 'A1', value: 'x' })).toBe(false);
  });

  it('tells a 报告 edited by hand from the last fill, cell by cell', () => {
    const record = reportRecordCells('报告', FILL);
    expect(reportEdits(grid('报告', FILL), record)).toEqual([]);
    // nothing to compare: no record, a record without a fill, no 报告 sheet
    expect(reportEdits(grid('报告', FILL), null)).toBeNull();
    expect(
      reportEdits(grid('报告', FILL), [{ sheet: '绩效指标', address: 'O2', value: '5' }]),
    ).toBeNull();
    expect(reportEdits(undefined, record)).toBeNull();

    const edited = FILL.map((r) => [...r]);
    edited[2]![1] = '第一段（已核对）\n第二段';
    edited[3]![3] = null; // cleared
    edited.push(['正文', '补充说明']); // added
    const found = reportEdits(grid('报告', edited), record)!;
    expect(found.map((e) => [e.address, e.filled, e.current])).toEqual([
      ['B3', '第一段\n第二段', '第一段（已核对）\n第二段'],
      ['D4', '单位：分', ''],
      ['A5', '', '正文'],
      ['B5', '', '补充说明'],
    ]);
    expect(found[0]).toMatchObject({ sheet: '报告', row: 2, col: 1 });
    // a whole row deleted (the sheet shorter than the fill): its cells count as cleared
    expect(reportEdits(grid('报告', FILL.slice(0, 2)), record)!.map((e) => e.address)).toEqual([
      'A3',
      'B3',
      'A4',
      'B4',
      'D4',
    ]);
    // numbers compare by their text: a fill cell "3" retyped as the number 3 is not an edit
    const numbers = reportRecordCells('报告', [
      ['样式', '内容'],
      ['正文', '3'],
    ]);
    expect(
      reportEdits(
        grid('报告', [
          ['样式', '内容'],
          ['正文', 3],
        ]),
        numbers,
      ),
    ).toEqual([]);
  });
});

describe('planWrites keeps the fill in the record', () => {
  function plan(g: SheetGrids, report: (string | null)[][] | null, written: WrittenCell[] | null) {
    const reading = readWorkbook(g);
    return planWrites(g, reading.map, evaluate(reading.input!), { report, written }).plan;
  }

  it('records the fill written, and keeps the recorded one when 报告 is not written', () => {
    const g = { ...sampleGrids(), ...grids(grid('报告', [['样式', '内容']])) };
    const first = plan(g, FILL, null);
    expect(first.replaceSheets).toHaveLength(1);
    const fill = first.written!.filter(isReportEntry);
    const key = (c: WrittenCell): string => `${c.sheet}!${c.address}=${c.value}`;
    expect(fill.map(key).sort()).toEqual(reportRecordCells('报告', FILL).map(key).sort());
    // a run without a fill (scores only) keeps the recorded fill, so the record does not change
    const again = plan(g, null, first.written!);
    expect(again.replaceSheets).toEqual([]);
    expect(again.written).toBeUndefined();
    // the same fill over a sheet that already holds it: nothing to write, nothing to record anew
    const same = plan({ ...g, 报告: grid('报告', FILL) }, FILL, first.written!);
    expect(same.replaceSheets).toEqual([]);
    expect(same.written).toBeUndefined();
  });
});
