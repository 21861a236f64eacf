import type { Severity } from '@jixiao/engine';
import { CONTRACT_SHEETS } from './contract.js';
import { contractSheetOf } from './sheet-names.js';

/**
 * A problem found in a workbook, located at its cell: what the add-in, the command line and the page
 * show. Its text is made at the edge from `code` and `params` by `renderIssue(issue, locale)`
 * (zh-CN starts with the cell: `绩效指标!G7：…`).
 */
export interface CellIssue {
  severity: Severity;
  /** Stable code: the reader's (`cell.notNumber` …), the planner's (`output.formula` …) or the engine's. */
  code: string;
  /** The workbook sheet the issue is on (its real name), or null for a workbook-wide issue. */
  sheet: string | null;
  /** Qualified A1 address (`绩效指标!G7`), or null when the issue is about a sheet or the workbook. */
  cell: string | null;
  /** 0-based row and column of `cell` (for navigation and sorting); absent when `cell` is null. */
  row?: number;
  col?: number;
  /** Everything the text needs (an engine issue's path into the input is `path`: `indicators.3.target`). */
  params: Readonly<Record<string, string | number>>;
}

/** Where an issue points: a sheet and optionally a cell. */
export interface IssueLocation {
  sheet: string | null;
  row?: number;
  col?: number;
  /** Qualified address; required when row/col are given. */
  cell?: string;
}

/**
 * Sorts issues by sheet (contract order — a sheet counts as the contract sheet its name stands for,
 * so `绩效指标：` sorts as 绩效指标; workbook-wide issues first; other sheets after, by name), then
 * row, then column; the sort is stable so issues of one cell keep their order.
 */
export function sortIssues(issues: readonly CellIssue[]): CellIssue[] {
  const rank = (sheet: string | null): number => {
    if (sheet === null) return -1;
    const def = contractSheetOf(sheet);
    return def === null ? CONTRACT_SHEETS.length : CONTRACT_SHEETS.indexOf(def);
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => {
      const bySheet = rank(a.issue.sheet) - rank(b.issue.sheet);
      if (bySheet !== 0) return bySheet;
      if (a.issue.sheet !== b.issue.sheet)
        return (a.issue.sheet ?? '') < (b.issue.sheet ?? '') ? -1 : 1;
      const byRow = (a.issue.row ?? -1) - (b.issue.row ?? -1);
      if (byRow !== 0) return byRow;
      const byCol = (a.issue.col ?? -1) - (b.issue.col ?? -1);
      return byCol !== 0 ? byCol : a.index - b.index;
    })
    .map(({ issue }) => issue);
}
