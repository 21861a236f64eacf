import type { TemplateIssue } from '@jixiao/report';
import { parseQualifiedAddress, type CellIssue } from '@jixiao/workbook';

/**
 * The report's template issues (which name their cell in their text: the `cell` param) as cell
 * issues; an issue on a paragraph of the default template (`默认模板第5段`) has no cell.
 */
export function templateIssuesToCells(issues: readonly TemplateIssue[]): CellIssue[] {
  return issues.map((issue) => {
    const at = parseQualifiedAddress(issue.cell);
    return {
      severity: issue.severity,
      code: issue.code,
      sheet: at?.sheet ?? null,
      cell: at ? issue.cell : null,
      params: issue.params,
      ...(at ? { row: at.row, col: at.col } : {}),
    };
  });
}
