import type { Severity } from '@jixiao/engine';
import type { CellIssue, IssueLocation } from '../cell-issue.js';
import { locationPrefix } from '../workbook-messages.js';

type Params = Readonly<Record<string, string | number>>;
const s = (p: Params, key: string): string => String(p[key] ?? '');

/**
 * Issue codes of the form reader and planner, with zh-CN and en-US messages (the cell is prefixed).
 * `form.printedDiffers` and `form.scoreUnverifiable` are the publisher's own mistakes: what a form
 * printed that its own data does not support.
 */
export const FORM_MESSAGES = {
  'form.blockMissing': {
    zh: (p: Params) =>
      `按“${s(p, 'layout')}”读取时找不到“${s(p, 'block')}”的表头（应有列：${s(p, 'columns')}），无法评分。`,
    en: (p: Params) =>
      `Reading as "${s(p, 'layout')}": the header of "${s(p, 'block')}" (columns ${s(p, 'columns')}) is not found; the form cannot be scored.`,
  },
  'form.fundsRowMissing': {
    zh: (p: Params) => `资金表中找不到“${s(p, 'label')}”行，执行率无法计算。`,
    en: (p: Params) =>
      `The funds block has no "${s(p, 'label')}" row; the execution rate cannot be computed.`,
  },
  'form.fundsTotalEmpty': {
    zh: (p: Params) =>
      `“${s(p, 'label')}”行的金额为空或为 0，而其下各行有金额：按各行之和计算（全年预算数 ${s(p, 'budget')}，全年执行数 ${s(p, 'spent')}）。请在该行填写合计数。`,
    en: (p: Params) =>
      `The "${s(p, 'label')}" row is empty or zero while its parts carry amounts: their sums are used (budget ${s(p, 'budget')}, spent ${s(p, 'spent')}). Fill in the totals.`,
  },
  'form.fundsTotalMismatch': {
    zh: (p: Params) =>
      `“${s(p, 'label')}”的${s(p, 'column')} ${s(p, 'total')} 与其下各行之和 ${s(p, 'sum')} 不一致，执行率无法确定。请核对金额。`,
    en: (p: Params) =>
      `The ${s(p, 'column')} of "${s(p, 'label')}" (${s(p, 'total')}) differs from the sum of its parts (${s(p, 'sum')}); the execution rate is unknown. Check the amounts.`,
  },
  'form.rowUnscorable': {
    zh: (p: Params) =>
      `“${s(p, 'name')}”既没有指标值，也没有完成值和得分，无法计分；总分暂定，等级暂不评定。请填写指标值和完成值。`,
    en: (p: Params) =>
      `"${s(p, 'name')}" has no target, no actual value and no score, so it cannot be scored; the total is provisional and no grade is given. Fill in the target and the actual value.`,
  },
  'form.scoreUnverifiable': {
    zh: (p: Params) =>
      `“${s(p, 'name')}”没有指标值和完成值，表中得分 ${s(p, 'printed')} 无从核对，已按填写的得分计入。请补充指标值和完成值。`,
    en: (p: Params) =>
      `"${s(p, 'name')}" has no target and no actual value: the printed score ${s(p, 'printed')} cannot be checked and is counted as typed. Add the target and the actual value.`,
  },
  'form.printedDiffers': {
    zh: (p: Params) =>
      `表中${s(p, 'what')}为 ${s(p, 'printed')}，按表内数据计算应为 ${s(p, 'computed')}。原值未覆盖，请核对。`,
    en: (p: Params) =>
      `The form prints ${s(p, 'whatEn')} ${s(p, 'printed')}; its own data gives ${s(p, 'computed')}. The printed value is kept; check it.`,
  },
  'form.totalNotFound': {
    zh: (p: Params) => `找不到“${s(p, 'label')}”单元格，总分不写入表中。`,
    en: (p: Params) =>
      `No "${s(p, 'label')}" cell was found; the total is not written into the form.`,
  },
} as const;

export type FormIssueCode = keyof typeof FORM_MESSAGES;

/** Codes that mark a publisher's mistake (a printed output its own data does not support). */
export const MISTAKE_CODES: ReadonlySet<string> = new Set<FormIssueCode>([
  'form.printedDiffers',
  'form.scoreUnverifiable',
]);

/** Builds a {@link CellIssue} for a form code. */
export function formIssue(
  code: FormIssueCode,
  severity: Severity,
  at: IssueLocation,
  params: Params = {},
): CellIssue {
  const templates = FORM_MESSAGES[code];
  const issue: CellIssue = {
    severity,
    code,
    sheet: at.sheet,
    cell: at.cell ?? null,
    message: locationPrefix(at, 'zh') + templates.zh(params),
    messageEn: locationPrefix(at, 'en') + templates.en(params),
    params,
  };
  if (at.row !== undefined) issue.row = at.row;
  if (at.col !== undefined) issue.col = at.col;
  return issue;
}
