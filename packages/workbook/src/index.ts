/**
 * @jixiao/workbook — the workbook contract as code: 2-D cell grids in, engine input and cell
 * issues out; write plans back; the layout of a new workbook. Pure: no I/O, no file formats.
 */
export type {
  CellRange,
  CellError,
  CellValue,
  FormulaPart,
  FormulaRef,
  FormulaRun,
  SheetGrid,
  SheetGrids,
  CellWrite,
  SheetReplacement,
  WritePlan,
  WorkbookPort,
  WrittenCell,
} from './port.js';
export {
  WRITTEN_NAMESPACE,
  isReportEntry,
  parseWrittenRecord,
  reportEdits,
  reportRecordCells,
  sameRecord,
  sortRecord,
  writtenIndex,
  writtenRecordXml,
  writtenRecordPieces,
  writtenText,
  type ReportEdit,
} from './written.js';
export * from './contract.js';
export type { CellIssue, IssueLocation } from './cell-issue.js';
export { sortIssues } from './cell-issue.js';
export {
  WORKBOOK_MESSAGES,
  SURFACE_ACTIONS,
  actionParams,
  isWorkbookIssueCode,
  type Surface,
  type WorkbookIssueCode,
} from './workbook-messages.js';
export {
  renderIssue,
  issueAt,
  workbookIssue,
  engineIssueAt,
  PATH_PARAM,
  ALSO_PARAM,
  type IssueToRender,
  type RenderOptions,
} from './render-issue.js';
export type { CellMap, SheetMap } from './cell-map.js';
export { locatePath, emptyCellMap } from './cell-map.js';
export {
  readWorkbook,
  missingSheetIssue,
  type ReadOptions,
  type WorkbookReading,
  type ProjectTags,
} from './read-workbook.js';
export type { TemplateRow } from './read-template.js';
export {
  MAX_ROWS,
  MAX_COLS,
  columnLetters,
  columnIndex,
  cellAddress,
  parseCell,
  rectAddress,
  parseRect,
  qualify,
  qualifiedAddress,
  splitSheetAddress,
  parseQualifiedAddress,
  type CellRect,
} from './address.js';
export {
  contractSheetOf,
  isContractSheet,
  sheetsToRead,
  contractSheetNames,
} from './sheet-names.js';
export { nameKey, normalizeText } from './text.js';
export { numberToDecimalText, cellNumberText, plainDecimal } from './decimal-text.js';
export { parseTypedNumber } from './parse-number.js';
export { normalizeNotation } from './notation.js';
export { cellValue, displayValue, findSheet } from './grid.js';
export { renderFormula, materializeRuns } from './formula-runs.js';
export {
  planWrites,
  planningGrids,
  UNDEFINED_VALUE,
  type PlanOptions,
  type PlanResult,
} from './plan-writes.js';
export {
  newWorkbookSheets,
  layoutGrids,
  formattedRowCount,
  inputToRows,
  budgetLineRow,
  indicatorRow,
  type WorkbookLayout,
  type LayoutSheet,
  type LayoutColumn,
  type LayoutCell,
  type LayoutValidation,
  type LayoutTemplateRow,
  type NewWorkbookOptions,
} from './layout.js';
export { engineIssuesToCells } from './engine-issues.js';
export { applyPlanToGrids } from './apply-plan-to-grids.js';
export * from './forms/index.js';
export type { CellStyle } from './cell-style.js';
export { groupWrites, sliceBlock, type WriteBlock } from './write-blocks.js';
