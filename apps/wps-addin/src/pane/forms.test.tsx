/**
 * Issue 11 in the WPS pane: a workbook of official forms is recognised because the pane calls the
 * one `run` — a blank national 项目支出绩效自评表 (the cases' `national-project-C-blank.xlsx`) is
 * scored in place on the fake WPS 表格, its 执行率, 得分 and 总分 land in the form's own cells, and
 * 概览 shows the form's total. The WPS port keeps the record of the cells the tool wrote, so after
 * the publisher corrects an amount the tool's own figures are rewritten, not reported.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formCaseSheets, NATIONAL_FORM as F } from '@jixiao/pipeline/port-contract';
import { PaneApp } from '@jixiao/ui';
import { FakeEtApplication } from '../wps/fake/index.js';
import { controllerFor, settle } from '../__tests__/example.js';

function formApp(): FakeEtApplication {
  const app = new FakeEtApplication();
  for (const s of formCaseSheets(F.file)) {
    const ws = app.workbook.addSheet(s.name, s.rows);
    // the 指标性质 "=" is text in the form (addSheet would read "=…" as a formula)
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && v.startsWith('=')) ws.put(r, c, { value: v }, true);
      }),
    );
  }
  app.workbook.dropDefaultSheet();
  return app;
}

describe('the WPS pane on an official form (fake WPS 表格)', () => {
  it('scores the blank national form in place and 概览 shows its total', async () => {
    const app = formApp();
    const c = controllerFor(app);
    await c.start();
    const s = c.getState();
    expect(s.error).toBeNull();
    expect(s.missingSheets).toEqual([]);
    expect(s.forms?.map((f) => [f.sheet, f.total?.score, f.grade, f.complete])).toEqual([
      [F.sheet, F.total.score, F.grade, true],
    ]);
    const ws = app.workbook.sheet(F.sheet);
    for (const out of [F.rate, F.rateScore, F.total])
      expect([out.cell, ws.cell(out.cell)?.value]).toEqual([out.cell, out.value]);
    const html = renderToStaticMarkup(<PaneApp controller={c} />);
    expect(html).toContain('data-testid="form-total">97.82<');
    expect(html).toContain('89.89%');

    // the publisher corrects 全年执行数 (287.65 → 300, its part 270.15 → 282.5) and recalculates
    app.userEdit(F.sheet, F.spent.total, 300);
    app.userEdit(F.sheet, F.spent.part, 282.5);
    await settle(app, c);
    await c.recalculate();
    expect(c.getState().issues.map((i) => i.code)).not.toContain('form.printedDiffers');
    expect(ws.cell(F.rate.cell)?.value).toBe(0.9375);
    const total = c.getState().forms![0]!.total!.score;
    expect(total).not.toBe(F.total.score);
    expect(ws.cell(F.total.cell)?.value).toBe(Number(total));
    c.dispose();
  });
});
