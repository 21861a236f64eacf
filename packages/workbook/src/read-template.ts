import type { CellMap } from './cell-map.js';
import { TEMPLATE_SHEET, columnDef } from './contract.js';
import { findHeader, HEADER_SEARCH_ROWS } from './find-header.js';
import { readKeyword, readText, type ReadContext } from './read-cell.js';
import { dataRows, headerNotFound, refOf } from './read-rows.js';

/**
 * One paragraph of the report template: its style and text with placeholders, and the cells they
 * came from (structurally the `TemplateRow` of `@jixiao/report`, which validates styles and
 * placeholders and names these cells in its issues).
 */
export interface TemplateRow {
  style: string;
  content: string;
  /** Qualified address of the 内容 cell (`报告模板!B5`). */
  cell: string;
  /** Qualified address of the 样式 cell (`报告模板!A5`). */
  styleCell: string;
}

/** Reads 报告模板 (样式 | 内容) as typed; blank rows are skipped. The template is never changed. */
export function readTemplate(ctx: ReadContext, map: CellMap): TemplateRow[] {
  const header = findHeader(ctx.grid, TEMPLATE_SHEET, ctx.issues);
  if (!header || header.columns.content === undefined) {
    headerNotFound(ctx, TEMPLATE_SHEET, HEADER_SEARCH_ROWS);
    return [];
  }
  const contentCol = header.columns.content;
  const styleCol = header.columns.style;
  const rows: number[] = [];
  const template: TemplateRow[] = [];
  for (const row of dataRows(ctx, TEMPLATE_SHEET, header)) {
    const content = readText(ctx, row, contentCol, columnDef(TEMPLATE_SHEET, 'content')) ?? '';
    const style =
      styleCol === undefined
        ? '正文'
        : (readKeyword(ctx, row, styleCol, columnDef(TEMPLATE_SHEET, 'style')) ?? '');
    template.push({
      style,
      content,
      cell: refOf(ctx, row, contentCol),
      styleCell: refOf(ctx, row, styleCol ?? contentCol),
    });
    rows.push(row);
  }
  map.template = { sheet: ctx.sheet, headerRow: header.row, columns: header.columns, rows };
  return template;
}
