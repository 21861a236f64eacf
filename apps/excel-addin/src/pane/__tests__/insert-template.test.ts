/**
 * 新建模板 formats 目标值 and 实际值 as Text (issue 9, item 5), so `=0次` typed in Excel stays text.
 */
import { describe, expect, it } from 'vitest';
import { newWorkbookLayout } from '@jixiao/pipeline';
import { columnLetters, formattedRowCount } from '@jixiao/workbook';
import { FakeExcelHost } from '../../office/fake/index.js';
import { insertTemplateSheets } from '../insert-template.js';

const layout = newWorkbookLayout();
const indicators = layout.sheets.find((s) => s.role === 'indicators')!;
const letter = (key: string): string =>
  columnLetters(indicators.columns.findIndex((c) => c.key === key));

describe('新建模板 in Excel', () => {
  it('formats the data cells of 目标值 and 实际值 as Text down to the rows left for typing', async () => {
    const host = new FakeExcelHost();
    expect(await insertTemplateSheets(host.run)).toMatchObject({ kind: 'inserted' });
    const last = formattedRowCount(indicators);
    expect(last).toBeGreaterThan(100);
    for (const key of ['target', 'actual']) {
      for (const row of [2, 3, 100, last])
        expect(host.cell(`绩效指标!${letter(key)}${row}`).numberFormat).toBe('@');
      expect(host.cell(`绩效指标!${letter(key)}${last + 1}`).numberFormat).toBe('General');
    }
    // only the inputs: outputs (完成率, 得分) and other inputs (分值) are not text
    for (const key of ['completion', 'score', 'points'])
      expect(host.cell(`绩效指标!${letter(key)}2`).numberFormat).not.toBe('@');
  });

  it('so that =0次, =100% and 95% typed there are kept as typed', async () => {
    const host = new FakeExcelHost();
    await insertTemplateSheets(host.run);
    for (const typed of ['=0次', '=100%', '95%']) {
      host.typeAsUser(`绩效指标!${letter('target')}2`, typed);
      expect(host.cell(`绩效指标!${letter('target')}2`)).toMatchObject({
        value: typed,
        formula: null,
      });
    }
  });
});
