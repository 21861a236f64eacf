/**
 * Issue 11 in the Excel pane: a workbook of official forms is recognised because the pane calls
 * the one `run` — a blank national 项目支出绩效自评表 (the cases' `national-project-C-blank.xlsx`)
 * is scored in place on the fake Excel host, its 执行率, 得分 and 总分 land in the form's own cells,
 * and 概览 shows the form's total.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formCaseSheets, NATIONAL_FORM as F } from '@jixiao/pipeline/port-contract';
import { PaneApp } from '@jixiao/ui';
import { FakeExcelHost } from '../../office/fake/index.js';
import { controllerFor } from './example-host.js';

function formHost(): FakeExcelHost {
  const host = new FakeExcelHost();
  for (const s of formCaseSheets(F.file))
    host.addSheet(
      s.name,
      s.rows.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v))),
    );
  return host;
}

describe('the Excel pane on an official form (fake Excel host)', () => {
  it('scores the blank national form in place and 概览 shows its total', async () => {
    const host = formHost();
    const c = controllerFor(host);
    await c.start();
    const s = c.getState();
    expect(s.error).toBeNull();
    expect(s.missingSheets).toEqual([]);
    expect(s.evaluation).toBeNull();
    expect(s.forms?.map((f) => [f.sheet, f.total?.score, f.grade, f.complete])).toEqual([
      [F.sheet, F.total.score, F.grade, true],
    ]);
    for (const out of [F.rate, F.rateScore, F.total])
      expect([out.cell, host.cell(`${F.sheet}!${out.cell}`).value]).toEqual([out.cell, out.value]);
    expect(s.lastRun?.cellsWritten).toBeGreaterThanOrEqual(3);
    const html = renderToStaticMarkup(<PaneApp controller={c} />);
    expect(html).toContain('data-testid="form-total">97.82<');
    expect(html).toContain('data-testid="form-grade"');
    expect(html).toContain('89.89%');
    expect(html).not.toContain('工作簿缺少工作表');
    // 重新计算 finds its own values: nothing written, no publisher's mistake reported
    await c.recalculate();
    expect(c.getState().lastRun?.cellsWritten).toBe(0);
    expect(c.getState().issues.map((i) => i.code)).not.toContain('form.printedDiffers');
    c.dispose();
  });
});
