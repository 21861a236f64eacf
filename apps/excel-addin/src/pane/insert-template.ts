/**
 * 新建模板 in Excel: insert the contract's sheets (基本信息, 预算执行, 绩效指标, 报告模板 with the
 * default report outline, 报告) into the open workbook — refusing, without touching anything, if
 * any of those sheets already exists. Also used by the development page to lay out the example.
 */
import { newWorkbookLayout } from '@jixiao/pipeline';
import { contractSheetOf, formattedRowCount, type WorkbookLayout } from '@jixiao/workbook';
import { POINTS_PER_CHAR, type XlCell, type XlRun } from '../office/excel-api.js';

export type InsertOutcome =
  { kind: 'inserted'; sheets: string[] } | { kind: 'conflict'; existing: string[] };

/** Options of {@link insertTemplateSheets}. */
export interface InsertOptions {
  /** Add the drop-down lists (ExcelApi 1.8; feature-detected by the caller). Default false. */
  validations?: boolean;
}

/** Insert a layout's sheets: one sync to check names, one to write everything. */
export async function insertTemplateSheets(
  run: XlRun,
  layout: WorkbookLayout = newWorkbookLayout(),
  options: InsertOptions = {},
): Promise<InsertOutcome> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    // A sheet standing for a contract sheet (`绩效指标：`, `Budget` …) or named as one of the
    // layout's sheets (Excel compares names without regard to case) is in the way.
    const layoutNames = new Set(layout.sheets.map((s) => s.name.toLowerCase()));
    const existing = sheets.items
      .map((s) => s.name)
      .filter((n) => contractSheetOf(n) !== null || layoutNames.has(n.toLowerCase()));
    if (existing.length > 0) return { kind: 'conflict', existing };
    for (const sheet of layout.sheets) {
      const ws = sheets.add(sheet.name);
      const width = Math.max(1, ...sheet.rows.map((r) => r.length));
      if (sheet.rows.length > 0) {
        const values: XlCell[][] = sheet.rows.map((r) =>
          Array.from({ length: width }, (_, c) => r[c] ?? ''),
        );
        const range = ws.getRangeByIndexes(0, 0, values.length, width);
        // Text columns are formatted as text first, so nothing typed there is reinterpreted.
        range.numberFormat = values.map((r, i) =>
          r.map((_, c) => (i < sheet.headerRows ? '@' : (sheet.columnFormats[c] ?? 'General'))),
        );
        range.values = values;
      }
      // Text columns (目标值, 实际值) stay text down to the rows left for typing, so `=0次` or `95%`
      // typed there later is kept as typed, not turned into a formula or a number. Range.numberFormat
      // takes one format per cell: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member
      const end = formattedRowCount(sheet);
      const from = Math.max(sheet.rows.length, sheet.headerRows);
      if (end > from) {
        sheet.columnFormats.forEach((f, c) => {
          if (f !== '@') return;
          ws.getRangeByIndexes(from, c, end - from, 1).numberFormat = Array.from(
            { length: end - from },
            () => ['@'],
          );
        });
      }
      sheet.columnWidths.forEach((w, c) => {
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR;
      });
      if (sheet.headerRows > 0) ws.freezePanes.freezeRows(sheet.headerRows);
      if (options.validations) {
        for (const v of sheet.validations) {
          const range = ws.getRange(v.range);
          range.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
          // A strict list stops other values; a suggestion list only informs.
          range.dataValidation.errorAlert = {
            showAlert: true,
            style: v.strict ? 'Stop' : 'Information',
            title: '绩效自评助手',
            message: v.strict
              ? `请从下拉列表中选择：${v.list.join('、')}`
              : `建议从下拉列表中选择：${v.list.join('、')}`,
          };
        }
      }
    }
    sheets.getItem(layout.sheets[0]!.name).activate();
    await ctx.sync();
    return { kind: 'inserted', sheets: layout.sheets.map((s) => s.name) };
  });
}
