import type { EvaluationInput } from '@jixiao/engine';
import { defaultTemplate } from '@jixiao/report';
import { newWorkbookSheets, type LayoutTemplateRow, type WorkbookLayout } from '@jixiao/workbook';

/**
 * A new workbook following the contract, with the default report template (the sample report's
 * outline) in 报告模板 unless another template is given; filled from `input` for an example workbook.
 */
export function newWorkbookLayout(
  options: { input?: EvaluationInput; template?: readonly LayoutTemplateRow[] } = {},
): WorkbookLayout {
  return newWorkbookSheets({ ...options, template: options.template ?? defaultTemplate });
}
