/** The summary workbook of `jixiao batch`: the one multi-department table, one row per department. */
import { departmentTable } from '@jixiao/pipeline';
import { createWorkbook } from '@jixiao/xlsx';
import type { BatchRow } from './batch-job.js';
import type { Lang } from './i18n.js';

/** The summary workbook's bytes. */
export function summaryWorkbook(rows: readonly BatchRow[], lang: Lang): Uint8Array {
  const table = departmentTable(rows, lang);
  return createWorkbook({
    sheets: [
      {
        name: table.sheet,
        rows: [table.header, ...table.rows],
        headerRows: 1,
        frozenColumns: 2,
        columnWidths: table.columnWidths,
        columnFormats: table.columnFormats,
        wrapColumns: [table.noteColumn],
      },
    ],
  });
}
