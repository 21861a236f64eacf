import { TEMPLATE_STYLES as VOCABULARY_STYLES } from '@jixiao/engine';
import type { ParagraphStyle, TemplateStyle } from './types.js';

/** Every 样式 a template row may carry: the engine's vocabulary (one list for reader and report). */
export const TEMPLATE_STYLES: readonly TemplateStyle[] = VOCABULARY_STYLES;

/** The paragraph styles, in outline order (every 样式 but 表格). */
export const PARAGRAPH_STYLES: readonly ParagraphStyle[] = VOCABULARY_STYLES.filter(
  (s): s is ParagraphStyle => s !== '表格',
);

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
