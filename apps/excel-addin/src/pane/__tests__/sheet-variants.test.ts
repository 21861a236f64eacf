/**
 * Issue 17: a workbook whose sheets are named with the variants the reader accepts (`绩效指标：`,
 * `绩效指标＊`, ` 绩效指标 `) scores in the pane exactly as with the contract's names, and edits on
 * such a sheet still trigger the automatic recalculation.
 */
import { describe, expect, it } from 'vitest';
import { exampleLayout, SHEET_NAME_VARIANTS } from '@jixiao/pipeline/port-contract';
import { FakeExcelHost } from '../../office/fake/index.js';
import { insertTemplateSheets } from '../insert-template.js';
import { cellOf, controllerFor, settle } from './example-host.js';

async function variantHost(budget: string, indicators: string): Promise<FakeExcelHost> {
  const host = new FakeExcelHost();
  await insertTemplateSheets(host.run, exampleLayout(budget, indicators));
  return host;
}

describe('the pane with sheet-name variants (fake Excel host)', () => {
  it('scores every variant identically, and 填充报告 fills 报告 the same way', async () => {
    const results = [];
    for (const [budget, indicators] of SHEET_NAME_VARIANTS) {
      const host = await variantHost(budget, indicators);
      const c = controllerFor(host);
      await c.start();
      expect(c.getState().missingSheets).toEqual([]);
      await c.fillReport();
      const result = c.lastResult!;
      expect(result.map.indicators?.sheet).toBe(indicators);
      // the figures are identical; issues name the workbook's own sheet (`'绩效指标：'!F13`)
      const issues = result.summary.issues.map((i) => [i.severity, i.code, i.cell?.split('!')[1]]);
      results.push({
        summary: { ...result.summary, issues },
        report: host.valuesFromA1('报告'),
      });
      c.dispose();
    }
    expect(results[0]!.summary).toMatchObject({ score: 96.99, grade: '优', counts: { errors: 0 } });
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });

  it('recalculates after an edit on a sheet named 绩效指标：', async () => {
    const host = await variantHost('预算执行', '绩效指标：');
    const c = controllerFor(host);
    await c.start();
    const before = c.getState().evaluation!.total.score;
    host.typeAsUser(cellOf(host, '绩效指标：', '完成高质量调研报告数量', '实际值'), '40');
    await settle(host, c);
    expect(c.getState().evaluation!.total.score).not.toBe(before);
    c.dispose();
  });
});
