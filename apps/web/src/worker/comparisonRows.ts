import { departmentRow, type DepartmentRow } from '@jixiao/pipeline';
import type { FileResult } from './protocol.js';

/** One row of the comparison: the one multi-department table's row of a file, with its id. */
export interface ComparisonRow extends DepartmentRow {
  fileId: string;
}

/** A file that could not be read keeps its row in the comparison, with the reason. */
export interface FailedFile {
  fileId: string;
  fileName: string;
  message: string;
}

/**
 * The comparison rows, one per file in the order they were opened: a scored department, a file
 * whose data has errors (its first error says why), or a file that could not be read.
 */
export function comparisonRows(files: readonly (FileResult | FailedFile)[]): ComparisonRow[] {
  return files.map((r) =>
    'message' in r
      ? { ...departmentRow(r.fileName, null, r.message), fileId: r.fileId }
      : { ...departmentRow(r.fileName, r.summary), fileId: r.fileId },
  );
}
