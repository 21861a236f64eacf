import { TABLE_ROW_STYLES } from './styles.js';
import type { ReportBlock } from './types.js';

/** The 报告 sheet's header row. */
export const REPORT_HEADER = ['样式', '内容'] as const;

/**
 * Lays blocks out as the 报告 sheet from A1: the header (样式 | 内容), one row per paragraph, and a
 * table as a 表格 row (its name, caption and `单位：万元` in B, C, D), a 表头 row and one 表行 row per row, its cells from column B on.
 */
export function reportRows(blocks: readonly ReportBlock[]): (string | null)[][] {
  const rows: (string | null)[][] = [[...REPORT_HEADER]];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        rows.push([block.style, block.text]);
        break;
      case 'table':
        rows.push(
          block.unit !== undefined
            ? ['表格', block.name, block.caption ?? '', `单位：${block.unit}`]
            : block.caption !== undefined
              ? ['表格', block.name, block.caption]
              : ['表格', block.name],
        );
        rows.push([TABLE_ROW_STYLES.header, ...block.header]);
        for (const r of block.rows) rows.push([TABLE_ROW_STYLES.row, ...r]);
        break;
    }
  }
  return rows;
}
