import { renderIssue, type CellIssue } from '@jixiao/workbook';
import type { PaneLang } from './strings.js';

/** An issue's text in the pane's language without its leading cell, which is shown beside it. */
export function issueBody(issue: CellIssue, lang: PaneLang): string {
  const message = renderIssue(issue, lang);
  if (issue.cell && message.startsWith(issue.cell))
    return message.slice(issue.cell.length).replace(/^[：:]\s*/, '');
  return message;
}
