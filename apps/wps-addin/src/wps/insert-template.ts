/**
 * 新建模板 in WPS 表格: add the contract's sheets (基本信息, 预算执行, 绩效指标, 报告模板, 报告) to the
 * open workbook with their rows, text formats and column widths — refusing, without touching
 * anything, when any of them exists. One `Value2` block per sheet (chunked like the port's writes).
 */
import { newWorkbookLayout } from '@jixiao/pipeline';
import { contractSheetOf, formattedRowCount, type WorkbookLayout } from '@jixiao/workbook';
import type { EtApplication, EtWorksheet } from './et-api.js';
import { a1, needsTextFormat, writeFormatRuns } from './wps-port.js';

export type InsertOutcome =
  { kind: 'inserted'; sheets: string[] } | { kind: 'conflict'; existing: string[] };

export function insertTemplateSheets(
  app: EtApplication,
  layout: WorkbookLayout = newWorkbookLayout(),
  maxCellsPerCall = 4000,
): InsertOutcome {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new Error('WPS 表格中没有打开的工作簿。');
  const sheets = wb.Sheets;
  const count = sheets.Count;
  const names: string[] = [];
  for (let i = 1; i <= count; i++) names.push(sheets.Item(i).Name);
  // The one sheet-name rule: `绩效指标：` or ` 绩效指标 ` is 绩效指标 too; other layout sheets by name.
  const own = new Set(layout.sheets.map((s) => s.name.toLowerCase()));
  const existing = names.filter((n) => contractSheetOf(n) !== null || own.has(n.toLowerCase()));
  if (existing.length > 0) return { kind: 'conflict', existing };
  let last: EtWorksheet = sheets.Item(count);
  let first: EtWorksheet | null = null;
  for (const sheet of layout.sheets) {
    const ws = sheets.Add(null, last);
    ws.Name = sheet.name;
    last = ws;
    first ??= ws;
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    const rows = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    const step = Math.max(1, Math.floor(maxCellsPerCall / width));
    // Formats first — headers as text, each column's format, and text that WPS would turn into a
    // formula or a number (a target typed `=100%`) as text — so nothing is reinterpreted.
    const formats = rows.map((line, r) =>
      line.map((v, c) =>
        r < sheet.headerRows || needsTextFormat(v) ? '@' : (sheet.columnFormats[c] ?? null),
      ),
    );
    for (let r = 0; r < rows.length; r += step) {
      const part = rows.slice(r, r + step);
      writeFormatRuns(ws, r, 0, formats.slice(r, r + step));
      ws.Range(a1(r, 0, part.length, width)).Value2 = part;
    }
    // Text columns (目标值, 实际值) stay text down to the rows left for typing, so `=0次` typed
    // there later is kept as typed. A string assigned to a multi-cell Range.NumberFormat formats
    // every cell (VBA Range.NumberFormat: https://learn.microsoft.com/office/vba/api/excel.range.numberformat).
    const end = formattedRowCount(sheet);
    const from = Math.max(rows.length, sheet.headerRows);
    if (end > from) {
      // one column at a time, in runs of at most maxCellsPerCall cells (a huge call freezes WPS)
      const run = Math.max(1, maxCellsPerCall);
      sheet.columnFormats.forEach((f, c) => {
        if (f !== '@') return;
        for (let r = from; r < end; r += run)
          ws.Range(a1(r, c, Math.min(run, end - r), 1)).NumberFormat = '@';
      });
    }
    sheet.columnWidths.forEach((w, c) => {
      ws.Range(a1(0, c, 1, 1)).ColumnWidth = w;
    });
  }
  first?.Activate();
  return { kind: 'inserted', sheets: layout.sheets.map((s) => s.name) };
}
