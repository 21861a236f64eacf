import type { CellMap } from './cell-map.js';
import { TEMPLATE_SHEET, TEMPLATE_STYLES, columnDef } from './contract.js';
import { findHeader, HEADER_SEARCH_ROWS } from './find-header.js';
import { locate, readKeyword, readText, type ReadContext } from './read-cell.js';
import { dataRows, headerNotFound, refOf } from './read-rows.js';
import { workbookIssue } from './workbook-messages.js';

/** One paragraph of the report template: its style, its text with placeholders, and its 内容 cell. */
export interface TemplateRow {
  style: string;
  content: string;
  /** Qualified address of the 内容 cell (`报告模板!B5`), for issues about placeholders. */
  cell: string;
}

/** Reads 报告模板 (样式 | 内容). An unknown style is a warning and reads as 正文. */
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
    let style = styleCol === undefined ? '正文' : (readKeyword(ctx, row, styleCol, columnDef(TEMPLATE_SHEET, 'style')) ?? '正文');
    if (!(TEMPLATE_STYLES as readonly string[]).includes(style)) {
      ctx.issues.push(
        workbookIssue('template.unknownStyle', 'warning', locate(ctx, row, styleCol ?? contentCol), {
          value: style,
          styles: TEMPLATE_STYLES.join('、'),
        }),
      );
      style = '正文';
    }
    template.push({ style, content, cell: refOf(ctx, row, contentCol) });
    rows.push(row);
  }
  map.template = { sheet: ctx.sheet, headerRow: header.row, columns: header.columns, rows };
  return template;
}
