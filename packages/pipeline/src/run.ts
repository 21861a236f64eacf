import type { SheetGrids, WorkbookPort } from '@jixiao/workbook';
import { scoreWorkbook, type PipelineOptions, type PipelineResult } from './score-workbook.js';
import { sheetsToRead } from './sheets.js';

/** Options of {@link run}. */
export interface RunOptions extends PipelineOptions {
  /** Compute and return the plan without applying it. Default false. */
  dryRun?: boolean;
}

/**
 * The one run of every front end (the command line, the page's worker, the Excel pane): read the
 * contract sheets behind a port (found by the one sheet-name rule; other sheets are never read) →
 * (and the record of the cells the tool wrote, when the port keeps one) → validate and evaluate →
 * plan the writes → fill the report → apply the plan (unless `dryRun`).
 * Only output cells and the 报告 sheet are written. Front ends differ only in how they show the
 * result.
 *
 * `port.apply` is called with every plan when not a dry run — also an empty one, so that a port can
 * refresh what is not part of the plan (the pane's highlight of scores below their points); a port
 * with nothing to do for an empty plan returns at once.
 */
export async function run(port: WorkbookPort, options: RunOptions = {}): Promise<PipelineResult> {
  const names = sheetsToRead(await port.sheetNames());
  let grids: SheetGrids | undefined = await port.readSheets(names);
  // the workbook's record of the cells the tool wrote: typed values in output cells are kept
  const written =
    options.written !== undefined ? options.written : ((await port.readWritten?.()) ?? null);
  const result = scoreWorkbook(grids, { ...options, written });
  // the grids are not needed to apply the plan: let them go (a 100,000-line sheet is 150 MB)
  grids = undefined;
  if (options.dryRun !== true) await port.apply(result.plan, result.map);
  return result;
}
