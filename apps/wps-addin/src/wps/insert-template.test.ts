/**
 * 新建模板 in WPS formats 目标值 and 实际值 as Text (issue 9, item 5), so `=0次` stays text.
 */
import { describe, expect, it } from 'vitest';
import { newWorkbookLayout } from '@jixiao/pipeline';
import { columnLetters, formattedRowCount } from '@jixiao/workbook';
import { FakeEtApplication } from './fake/index.js';
import { insertTemplateSheets } from './insert-template.js';

const layout = newWorkbookLayout();
const indicators = layout.sheets.find((s) => s.role === 'indicators')!;
const letter = (key: string): string =>
  columnLetters(indicators.columns.findIndex((c) => c.key === key));

describe('新建模板 in WPS 表格', () => {
  it('formats the data cells of 目标值 and 实际值 as Text down to the rows left for typing', () => {
    const app = new FakeEtApplication({ maxCellsPerCall: 50 });
    expect(insertTemplateSheets(app, layout, 50)).toMatchObject({ kind: 'inserted' });
    const ws = app.workbook.sheet('绩效指标');
    const last = formattedRowCount(indicators);
    expect(last).toBeGreaterThan(100);
    for (const key of ['target', 'actual']) {
      const col = letter(key);
      for (let row = 2; row <= last; row++) expect(ws.cell(`${col}${row}`)?.format).toBe('@');
      expect(ws.cell(`${col}${last + 1}`)?.format).toBeUndefined();
    }
    // only the inputs: outputs (完成率, 得分) and 分值 are not text
    for (const key of ['completion', 'score', 'points'])
      expect(ws.cell(`${letter(key)}2`)?.format).not.toBe('@');
  });

  it('so that =0次 and 95% written there are kept as typed', () => {
    const app = new FakeEtApplication();
    insertTemplateSheets(app, layout);
    const ws = app.workbook.sheet('绩效指标');
    const at = `${letter('target')}3`;
    for (const typed of ['=0次', '95%']) {
      ws.Range(at).Value2 = typed;
      expect(ws.cell(at)).toMatchObject({ value: typed });
      expect(ws.cell(at)?.formula).toBeUndefined();
    }
  });
});
