import type { Issue } from '@jixiao/engine';
import type { CellIssue } from './cell-issue.js';
import { locatePath, type CellMap } from './cell-map.js';
import { engineIssueAt } from './render-issue.js';

/**
 * Places engine issues (paths into the input, `['indicators', 3, 'target']`) at the cells the
 * values came from (`绩效指标!F5`); their texts are the engine's, prefixed by the cell.
 */
export function engineIssuesToCells(issues: readonly Issue[], map: CellMap): CellIssue[] {
  return issues.map((issue) => engineIssueAt(issue, locatePath(map, issue.path)));
}
