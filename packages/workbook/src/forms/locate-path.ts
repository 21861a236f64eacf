import { qualifiedAddress } from '../address.js';
import type { Issue } from '@jixiao/engine';
import type { CellIssue, IssueLocation } from '../cell-issue.js';
import { engineIssueAt } from '../render-issue.js';
import type { FormCell } from './locate.js';
import type { FormReading } from './read-form.js';

const INDICATOR_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  level1: 'level1',
  level2: 'level2',
  target: 'target',
  actual: 'actual',
  points: 'points',
  manualScore: 'score',
  overrideReason: 'score',
  deviationReason: 'reason',
  key: 'key',
  method: 'nature',
};

/**
 * The form cell an engine input path points to (`['indicators', 3, 'target']` → the row's
 * 年度指标值 cell), or the sheet when the form has no cell for it.
 */
export function locateFormPath(
  reading: FormReading,
  path: ReadonlyArray<string | number>,
): IssueLocation {
  const sheet = reading.sheet;
  const [root, index, field] = path;
  let cell: FormCell | undefined;
  if (root === 'indicators' && typeof index === 'number') {
    const place = reading.places.indicators.find((p) => p.index === index);
    if (place) {
      const key = typeof field === 'string' ? INDICATOR_FIELDS[field] : undefined;
      const cells = place.cells as Readonly<Record<string, FormCell | undefined>>;
      cell = (key === undefined ? undefined : cells[key]) ?? cells.name ?? cells.points;
    }
  } else if (root === 'budgetLines') {
    const cells = reading.places.budgetLine;
    cell =
      field === 'spent'
        ? cells.spent
        : field === 'initialBudget'
          ? cells.initialBudget
          : (cells.budget ?? cells.spent);
  }
  return cell
    ? { sheet, row: cell.row, col: cell.col, cell: qualifiedAddress(sheet, cell.row, cell.col) }
    : { sheet };
}

/** Engine issues placed at the form's cells; their texts are the engine's, prefixed by the cell. */
export function formEngineIssues(issues: readonly Issue[], reading: FormReading): CellIssue[] {
  return issues.map((issue) => engineIssueAt(issue, locateFormPath(reading, issue.path)));
}
