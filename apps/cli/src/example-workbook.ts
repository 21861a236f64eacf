import type { EvaluationInput } from '@jixiao/engine';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { newWorkbookLayout } from '@jixiao/pipeline';
import { createWorkbook } from '@jixiao/xlsx';

/** A new, empty workbook following the contract, with the default report template. */
export function emptyWorkbook(): Uint8Array {
  return createWorkbook(newWorkbookLayout());
}

/**
 * The example workbook (广州市人民政府办公厅 2022): its budget lines and indicators, and the report
 * template carrying the sample report's text. Deterministic: the same bytes on every run, which is
 * what `examples/广州市人民政府办公厅-2022.xlsx` holds.
 */
export function exampleWorkbook(): Uint8Array {
  const input: EvaluationInput = guangzhou2022;
  return createWorkbook(newWorkbookLayout({ input, template: guangzhou2022Template }));
}

/** The file name of the example workbook under `examples/`. */
export const EXAMPLE_FILE = '广州市人民政府办公厅-2022.xlsx';
