import { withParams, type Issue, type Locale, type Severity } from '@jixiao/engine';
import { messageFor } from '@jixiao/engine/messages';
import { REPORT_MESSAGES, isTemplateIssueCode } from '@jixiao/report';
import type { CellIssue, IssueLocation } from './cell-issue.js';
import {
  WORKBOOK_MESSAGES,
  isWorkbookIssueCode,
  type FormIssueCode,
  type WorkbookIssueCode,
} from './workbook-messages.js';

type Params = Readonly<Record<string, string | number>>;

/** What a text is made from: the code, its params and where it is. */
export type IssueToRender = Pick<CellIssue, 'code' | 'params' | 'sheet' | 'cell'>;

/**
 * The param of an engine issue placed at a cell that keeps the issue's path into the input
 * (`indicators.3.target`): the engine's messages name the field it points at (目标值, 6月).
 */
export const PATH_PARAM = 'path';

/**
 * The param naming a workbook code whose text follows the issue's own (`budget.monthlyUnread`
 * after an unreadable month: what the month feeds).
 */
export const ALSO_PARAM = 'also';

/** Prefix naming where the issue is: `绩效指标!G7：` or `工作表“预算执行”：`. */
function locationPrefix(at: Pick<IssueToRender, 'sheet' | 'cell'>, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (at.cell !== null) return zh ? `${at.cell}：` : `${at.cell}: `;
  if (at.sheet !== null) return zh ? `工作表“${at.sheet}”：` : `Sheet "${at.sheet}": `;
  return '';
}

/** `indicators.3.target` → `['indicators', 3, 'target']`. */
function pathOf(text: string | number | undefined): (string | number)[] {
  if (text === undefined || text === '') return [];
  return String(text)
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** How {@link renderIssue} renders. */
export interface RenderOptions {
  /**
   * False leaves out the leading location (`绩效指标!G7：`, `工作表“预算执行”：`), for a surface
   * that shows the cell or sheet beside the text (the pane, the page, the CLI's 问题明细 sheet).
   * Default true. The report's template issues, which name their cell inside the text, are unchanged.
   */
  location?: boolean;
}

/**
 * The text of an issue in a locale, made from its code and params (as zod does): the report's
 * template issues name their cell themselves; the workbook's and the engine's are prefixed by the
 * cell (`绩效指标!G7：…`) or the sheet, unless `options.location` is false. An unknown code (from a
 * newer version) gives the code and its params. The one place every front end (command line, page,
 * panes) gets its words from.
 */
export function renderIssue(
  issue: IssueToRender,
  locale: Locale = 'zh-CN',
  options: RenderOptions = {},
): string {
  const { code, params } = issue;
  if (isTemplateIssueCode(code)) return REPORT_MESSAGES[locale][code](params);
  const prefix = options.location === false ? '' : locationPrefix(issue, locale);
  const { [PATH_PARAM]: path, [ALSO_PARAM]: also, ...own } = params;
  let text: string;
  if (isWorkbookIssueCode(code)) text = WORKBOOK_MESSAGES[locale][code](own);
  else text = messageFor({ code, severity: 'error', path: pathOf(path), params: own }, locale);
  if (typeof also !== 'string' || !isWorkbookIssueCode(also)) return prefix + text;
  const more = WORKBOOK_MESSAGES[locale][also](own);
  return prefix + text + (locale === 'zh-CN' ? more : ` ${more}`);
}

/** A {@link CellIssue} at a location. */
export function issueAt(
  code: string,
  severity: Severity,
  at: IssueLocation,
  params: Params,
): CellIssue {
  const cell = at.cell ?? null;
  // at a cell, one literal: a property added later would live outside the object
  if (at.row !== undefined && at.col !== undefined)
    return { severity, code, sheet: at.sheet, cell, params, row: at.row, col: at.col };
  const issue: CellIssue = { severity, code, sheet: at.sheet, cell, params };
  if (at.row !== undefined) issue.row = at.row;
  if (at.col !== undefined) issue.col = at.col;
  return issue;
}

/** Builds a {@link CellIssue} for one of the workbook codes. */
export function workbookIssue(
  code: WorkbookIssueCode,
  severity: Severity,
  at: IssueLocation,
  params: Params = {},
): CellIssue {
  return issueAt(code, severity, at, params);
}

/** Builds a {@link CellIssue} for a form code (the form reader's and planner's). */
export const formIssue: (
  code: FormIssueCode,
  severity: Severity,
  at: IssueLocation,
  params?: Params,
) => CellIssue = workbookIssue;

/** An engine issue placed at a location, its path kept as the {@link PATH_PARAM} param. */
export function engineIssueAt(issue: Issue, at: IssueLocation): CellIssue {
  return issueAt(
    issue.code,
    issue.severity,
    at,
    withParams(issue.params, { [PATH_PARAM]: issue.path.join('.') }),
  );
}
