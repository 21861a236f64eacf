import type { EvaluationInput } from '@jixiao/engine';
import { sortIssues, type CellIssue } from './cell-issue.js';
import { emptyCellMap, type CellMap } from './cell-map.js';
import {
  BUDGET_SHEET,
  INDICATOR_SHEET,
  INFO_SHEET,
  REPORT_SHEET,
  TEMPLATE_SHEET,
  type SheetDef,
} from './contract.js';
import { findSheet, spreadMerges } from './grid.js';
import type { SheetGrid, SheetGrids } from './port.js';
import type { ReadContext } from './read-cell.js';
import { readBudget } from './read-budget.js';
import { readIndicators } from './read-indicators.js';
import { readInfo } from './read-info.js';
import { readTemplate, type TemplateRow } from './read-template.js';
import { actionParams, type Surface } from './workbook-messages.js';
import { workbookIssue } from './render-issue.js';

/** What {@link readWorkbook} returns. */
export interface WorkbookReading {
  /** The engine input, or null when 预算执行 or 绩效指标 is missing or has no header row. */
  input: EvaluationInput | null;
  /** 基本信息 as read (defaults where missing), also when `input` is null. */
  info: EvaluationInput['info'];
  /** The 报告模板 paragraphs (empty when the sheet is absent). */
  template: TemplateRow[];
  /** Where every value came from (for engine issues and the write plan). */
  map: CellMap;
  /** The reader's issues, sorted by sheet, row and column. */
  issues: CellIssue[];
  /**
   * 所属项目 of each budget line and indicator of `input` (same order; null: the department as a
   * whole), or null when neither sheet has a 所属项目 column with a value.
   */
  projects: ProjectTags | null;
}

/** 所属项目 by budget line and by indicator (parallel to the input's arrays). */
export interface ProjectTags {
  budgetLines: (string | null)[];
  indicators: (string | null)[];
}

/** Options of {@link readWorkbook}. */
export interface ReadOptions {
  /** Where the user is, for the actions messages name. Default `cli`. */
  surface?: Surface;
}

/** The error for a missing sheet that scoring needs, naming the action that adds it on `surface`. */
export function missingSheetIssue(def: SheetDef, surface: Surface = 'cli'): CellIssue {
  const { action, actionEn } = actionParams('newWorkbook', surface);
  return workbookIssue(
    'sheet.missing',
    'error',
    { sheet: null },
    {
      sheet: def.name,
      sheetEn: def.aliases[0] ?? def.name,
      hint: `请添加该工作表（${action}）。`,
      hintEn: `Add it (${actionEn}).`,
    },
  );
}

function context(
  grid: SheetGrid,
  issues: CellIssue[],
  unit: '万元' | '元',
  unitDeclared = false,
): ReadContext {
  return { grid, sheet: grid.name, issues, unit, unitDeclared };
}

/**
 * Reads the contract sheets of a workbook (as 2-D grids) into engine input. Sheets and columns are
 * found by name; every problem becomes a {@link CellIssue} naming its cell, and everything else is
 * still read. Pure: the grids are not changed.
 */
export function readWorkbook(grids: SheetGrids, options: ReadOptions = {}): WorkbookReading {
  const surface = options.surface ?? 'cli';
  const issues: CellIssue[] = [];
  const map: CellMap = emptyCellMap();

  // inputs read merged areas as their value over the whole area
  const sheet = (def: SheetDef): SheetGrid | null => {
    const grid = findSheet(grids, def);
    return grid ? spreadMerges(grid) : null;
  };
  const infoGrid = sheet(INFO_SHEET);
  let info: EvaluationInput['info'] = { department: '', year: 0, unit: '万元' };
  let unit: '万元' | '元' = '万元';
  let unitDeclared = false;
  if (infoGrid) {
    const ctx = context(infoGrid, issues, unit);
    info = readInfo(ctx, map);
    unit = ctx.unit;
    unitDeclared = ctx.unitDeclared;
  } else {
    issues.push(missingSheetIssue(INFO_SHEET, surface));
  }

  const projects: ProjectTags = { budgetLines: [], indicators: [] };
  const budgetGrid = sheet(BUDGET_SHEET);
  let budgetLines = null;
  if (budgetGrid) {
    const ctx = context(budgetGrid, issues, unit, unitDeclared);
    budgetLines = readBudget(ctx, map, projects.budgetLines);
    // a `单位：万元` line above 预算执行 sets 金额单位 when 基本信息 does not
    if (!unitDeclared && ctx.unit !== unit) {
      unit = ctx.unit;
      info = { ...info, unit };
    }
  } else issues.push(missingSheetIssue(BUDGET_SHEET, surface));

  const indicatorGrid = sheet(INDICATOR_SHEET);
  const indicators = indicatorGrid
    ? readIndicators(context(indicatorGrid, issues, unit), map, projects.indicators)
    : null;
  if (!indicatorGrid) issues.push(missingSheetIssue(INDICATOR_SHEET, surface));

  const templateGrid = sheet(TEMPLATE_SHEET);
  const template = templateGrid ? readTemplate(context(templateGrid, issues, unit), map) : [];

  const reportGrid = findSheet(grids, REPORT_SHEET);
  if (reportGrid) map.report = { sheet: reportGrid.name };

  const input: EvaluationInput | null =
    budgetLines && indicators ? { info, budgetLines, indicators } : null;
  const tagged = [...projects.budgetLines, ...projects.indicators].some((p) => p !== null);
  return {
    input,
    info,
    template,
    map,
    issues: sortIssues(issues),
    projects: input !== null && tagged ? projects : null,
  };
}
