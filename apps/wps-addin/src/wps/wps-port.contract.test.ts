/**
 * The port contract suite of @jixiao/pipeline (the same cases the .xlsx and Office.js ports pass)
 * on the WPS port over the fake WPS 表格: the workbook is laid out through the add-in's own 新建模板
 * writes, so the cells are what WPS would hold after them.
 */
import { describePortContract } from '@jixiao/pipeline/port-contract';
import { FakeEtApplication } from './fake/index.js';
import { insertTemplateSheets } from './insert-template.js';
import { WpsPort } from './wps-port.js';

function open(maxCellsPerCall?: number) {
  return (layout: Parameters<typeof insertTemplateSheets>[1]) => {
    const app = new FakeEtApplication(maxCellsPerCall ? { maxCellsPerCall } : {});
    const outcome = insertTemplateSheets(app, layout, maxCellsPerCall);
    if (outcome.kind !== 'inserted') throw new Error('layout not inserted');
    app.workbook.dropDefaultSheet();
    return new WpsPort({ app, ...(maxCellsPerCall ? { maxCellsPerCall } : {}) });
  };
}

/** An official form as the user opens it in WPS (values only). */
function openRows(sheets: readonly { name: string; rows: readonly (readonly unknown[])[] }[]) {
  const app = new FakeEtApplication();
  for (const s of sheets) {
    const ws = app.workbook.addSheet(s.name, s.rows);
    // text such as the 指标性质 "=" is text in the form, not a formula (addSheet reads "=…" as one)
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && v.startsWith('=')) ws.put(r, c, { value: v }, true);
      }),
    );
  }
  app.workbook.dropDefaultSheet();
  return new WpsPort({ app });
}

describePortContract('WPS (WpsPort on the fake WPS 表格)', open(), openRows);
// Tiny tiles: every read and write is chunked, and no call may touch more than 50 cells.
describePortContract('WPS, tiles of 50 cells', open(50));
