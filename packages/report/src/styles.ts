import type { ParagraphStyle, TemplateStyle } from './types.js';

/** The paragraph styles, in outline order. */
export const PARAGRAPH_STYLES: readonly ParagraphStyle[] = [
  '附件标识',
  '标题',
  '一级标题',
  '二级标题',
  '三级标题',
  '正文',
];

/** Every 样式 a template row may carry. */
export const TEMPLATE_STYLES: readonly TemplateStyle[] = [...PARAGRAPH_STYLES, '表格'];

/** Marker styles of table rows in the 报告 sheet: a 表格 row (content = table name) then 表头 and 表行 rows. */
export const TABLE_ROW_STYLES = { header: '表头', row: '表行' } as const;

/** Whether `style` (already trimmed) is a 样式 the template accepts. */
export function isTemplateStyle(style: string): style is TemplateStyle {
  return (TEMPLATE_STYLES as readonly string[]).includes(style);
}

/** Whether `style` names a paragraph style. */
export function isParagraphStyle(style: string): style is ParagraphStyle {
  return (PARAGRAPH_STYLES as readonly string[]).includes(style);
}

/** Trims a 样式 cell, including full-width spaces. */
export function normalizeStyle(style: string): string {
  return style.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}
