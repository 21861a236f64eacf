import type { WorkbookPort } from '@jixiao/workbook';
import { scoreWorkbook, type PipelineOptions, type PipelineResult } from './score-workbook.js';
import { sheetsToRead } from './sheets.js';

/** Options of {@link runOnPort}. */
export interface RunOptions extends PipelineOptions {
  /** Compute and return the plan without applying it. Default false. */
  dryRun?: boolean;
}

/**
 * Runs the pipeline on a workbook behind a port (an .xlsx file, Excel through Office.js): reads the
 * contract sheets (found by name or alias; other sheets are never read), scores them, and applies
 * the write plan (unless `dryRun`). Only output cells and the 报告 sheet are written.
 */
export async function runOnPort(
  port: WorkbookPort,
  options: RunOptions = {},
): Promise<PipelineResult> {
  const names = sheetsToRead(await port.sheetNames());
  const grids = await port.readSheets(names);
  const result = scoreWorkbook(grids, options);
  if (
    options.dryRun !== true &&
    (result.plan.cells.length > 0 || result.plan.replaceSheets.length > 0)
  ) {
    await port.apply(result.plan);
  }
  return result;
}
