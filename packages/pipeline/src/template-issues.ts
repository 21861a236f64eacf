import type { TemplateIssue } from '@jixiao/report';
import { parseQualifiedAddress, type CellIssue } from '@jixiao/workbook';

/**
 * The report's template issues (which already name their cell) as cell issues; an issue on a
 * paragraph of the default template (`默认模板第5段`) has no cell.
 */
export function templateIssuesToCells(issues: readonly TemplateIssue[]): CellIssue[] {
  return issues.map((issue) => {
    const at = parseQualifiedAddress(issue.cell);
    const cellIssue: CellIssue = {
      severity: issue.severity,
      code: issue.code,
      sheet: at?.sheet ?? null,
      cell: at ? issue.cell : null,
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
