/**
 * The only file of the page that calls the shared packages: read an .xlsx into grids, score them
 * with the one pipeline, and produce the downloads (scored workbook, Word report, templates,
 * comparison). Everything here runs inside the worker.
 */
import { readXlsx, applyPlan, createWorkbook } from '@jixiao/xlsx';
import { scoreWorkbook } from '@jixiao/pipeline';
import { exportDocx } from '@jixiao/report';
import { newWorkbookSheets } from '@jixiao/workbook';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';

export type Scored = ReturnType<typeof scoreWorkbook>;

/** Reads the workbook's sheets into 2-D grids. Throws `XlsxError` for unreadable files. */
export function readGrids(bytes: Uint8Array) {
  return readXlsx(bytes);
}

/** Scores the grids with the shared pipeline. */
export function score(grids: Parameters<typeof scoreWorkbook>[0]): Scored {
  return scoreWorkbook(grids);
}

/** The scored workbook: the original bytes with only the plan's cells patched. */
export function scoredWorkbookBytes(original: Uint8Array, scored: Scored): Uint8Array {
  return applyPlan(original, scored.plan);
}

/** The Word report of a scored workbook. */
export async function reportDocxBytes(scored: Scored): Promise<Uint8Array> {
  return exportDocx(scored.report.blocks);
}

/** A new, empty workbook following the contract. */
export function emptyTemplateBytes(): Uint8Array {
  return createWorkbook(newWorkbookSheets());
}

/** The example workbook (广州市人民政府办公厅 2022). */
export function exampleWorkbookBytes(): Uint8Array {
  return createWorkbook(newWorkbookSheets({ example: guangzhou2022, template: guangzhou2022Template }));
}

/** A plain one-sheet workbook from a header row and data rows (the comparison table). */
export function tableWorkbookBytes(
  sheet: string,
  rows: (string | number | null)[][],
  columnFormats: (string | null)[],
  columnWidths: number[],
): Uint8Array {
  return createWorkbook({ sheets: [{ name: sheet, rows, headerRows: 1, columnFormats, columnWidths }] });
}
