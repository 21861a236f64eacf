import type { Issue } from '@jixiao/engine';
import { messageFor } from '@jixiao/engine/messages';
import type { CellIssue } from './cell-issue.js';
import { locatePath, type CellMap } from './cell-map.js';
import { locationPrefix } from './workbook-messages.js';

/**
 * Places engine issues (paths into the input, `['indicators', 3, 'target']`) at the cells the
 * values came from (`绩效指标!F5`), with the engine's zh-CN and en-US messages prefixed by the cell.
 */
export function engineIssuesToCells(issues: readonly Issue[], map: CellMap): CellIssue[] {
  return issues.map((issue) => {
    const at = locatePath(map, issue.path);
    const cellIssue: CellIssue = {
      severity: issue.severity,
      code: issue.code,
      sheet: at.sheet,
      cell: at.cell ?? null,
      message: locationPrefix(at, 'zh') + messageFor(issue, 'zh-CN'),
      messageEn: locationPrefix(at, 'en') + messageFor(issue, 'en-US'),
      params: issue.params,
    };
    if (at.row !== undefined) cellIssue.row = at.row;
    if (at.col !== undefined) cellIssue.col = at.col;
    return cellIssue;
  });
}
