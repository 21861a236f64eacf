import { REPORT_HEADER } from './report-rows.js';
import { isParagraphStyle, normalizeStyle, TABLE_ROW_STYLES } from './styles.js';
import { isTableName, TABLE_CAPTIONS } from './tables.js';
import type { ReportBlock, TableBlock } from './types.js';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (typeof value === 'object' && 'error' in value && typeof value.error === 'string')
    return value.error;
  return '';
}

function trimEnd(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === '') n--;
  return cells.slice(0, n);
}

/**
 * Reads a 报告 sheet (as {@link fillTemplate} wrote it, or as a user edited it) back into blocks for
 * the Word export. The header row is skipped; a 表格 row (名称 | 表题 | 单位) starts a table that
 * takes the following 表头 and 表行 rows; an unknown or blank 样式 with text is read as 正文; blank rows are skipped.
 *
 * @param rows - the sheet's cells from A1 (strings, numbers, nulls; Excel error values print as their code)
 */
export function blocksFromRows(rows: ReadonlyArray<ReadonlyArray<unknown>>): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let table: TableBlock | undefined;
  rows.forEach((row, index) => {
    const cells = row.map(cellText);
    const style = normalizeStyle(cells[0] ?? '');
    const rest = trimEnd(cells.slice(1));
    if (index === 0 && style === REPORT_HEADER[0]) return;
    if (table && (style === TABLE_ROW_STYLES.header || style === TABLE_ROW_STYLES.row)) {
      if (style === TABLE_ROW_STYLES.header && table.header.length === 0) table.header = rest;
      else
        table.rows.push(
          rest.length < table.header.length
            ? [...rest, ...Array<string>(table.header.length - rest.length).fill('')]
            : rest,
        );
      return;
    }
    table = undefined;
    if (style === '表格') {
      const name = normalizeStyle(rest[0] ?? '');
      table = { kind: 'table', name, header: [], rows: [] };
      const caption = normalizeStyle(rest[1] ?? '');
      if (caption !== '') table.caption = caption;
      else if (isTableName(name)) table.caption = TABLE_CAPTIONS[name];
      const unit = normalizeStyle(rest[2] ?? '').replace(/^单位[:：]\s*/, '');
      if (unit !== '') table.unit = unit;
      blocks.push(table);
      return;
    }
    const text = rest[0] ?? '';
    if (text.trim() === '') return;
    blocks.push({ kind: 'paragraph', style: isParagraphStyle(style) ? style : '正文', text });
  });
  return blocks;
}
