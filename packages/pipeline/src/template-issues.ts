import type { TemplateIssue } from '@jixiao/report';
import { parseQualifiedAddress, type CellIssue } from '@jixiao/workbook';

/** The report's template issues (which already name their cell) as cell issues. */
export function templateIssuesToCells(issues: readonly TemplateIssue[]): CellIssue[] {
  return issues.map((issue) => {
    const at = parseQualifiedAddress(issue.cell);
    const cellIssue: CellIssue = {
      severity: issue.severity,
      code: issue.code,
      sheet: at?.sheet ?? null,
      cell: issue.cell,
      message: issue.message,
      messageEn: issue.messageEn,
      params: {},
    };
    if (at) {
      cellIssue.row = at.row;
      cellIssue.col = at.col;
    }
    return cellIssue;
  });
}
