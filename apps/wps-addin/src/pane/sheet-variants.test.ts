/**
 * Issue 17 in the WPS pane: a workbook whose sheets are named with the variants the reader accepts
 * (`绩效指标：`, `绩效指标＊`, ` 绩效指标 `) scores exactly as with the contract's names — the same
 * figures as the command line, the page and the Excel pane give.
 */
import { describe, expect, it } from 'vitest';
import { exampleLayout, SHEET_NAME_VARIANTS } from '@jixiao/pipeline/port-contract';
import { FakeEtApplication } from '../wps/fake/index.js';
import { insertTemplateSheets } from '../wps/insert-template.js';
import { controllerFor } from '../__tests__/example.js';

describe('the WPS pane with sheet-name variants (fake WPS 表格)', () => {
  it('scores every variant identically', async () => {
    const results = [];
    for (const [budget, indicators] of SHEET_NAME_VARIANTS) {
      const app = new FakeEtApplication();
      const outcome = insertTemplateSheets(app, exampleLayout(budget, indicators));
      if (outcome.kind !== 'inserted') throw new Error('layout not inserted');
      app.workbook.dropDefaultSheet();
      const c = controllerFor(app);
      await c.start();
      expect(c.getState().missingSheets).toEqual([]);
      const result = c.lastResult!;
      expect(result.map.indicators?.sheet).toBe(indicators);
      // the figures are identical; issues name the workbook's own sheet (`'绩效指标：'!F13`)
      const issues = result.summary.issues.map((i) => [i.severity, i.code, i.cell?.split('!')[1]]);
      results.push({ summary: { ...result.summary, issues }, written: result.plan.cells.length });
      c.dispose();
    }
    expect(results[0]!.summary).toMatchObject({ score: 96.99, grade: '优', counts: { errors: 0 } });
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });
});
