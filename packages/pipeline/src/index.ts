/**
 * @jixiao/pipeline — the one pipeline shared by the Excel add-in, the command line and the page:
 * `run(port, options)`: read the contract sheets → validate → evaluate → plan the writes → fill the
 * report → apply; `scoreWorkbook(grids)` is the same without the port. The official forms as an
 * .xlsx file are the subpath `@jixiao/pipeline/xlsx` (it reaches fflate; this entry stays pure).
 */
export {
  scoreWorkbook,
  sheetAsIs,
  type PipelineOptions,
  type PipelineResult,
  type FilledReport,
  type ReportEdited,
} from './score-workbook.js';
export { run, type RunOptions } from './run.js';
export {
  splitProjects,
  evaluateProjects,
  summarizeProject,
  type ProjectPart,
  type ProjectResult,
  type ProjectSummary,
  type WorkbookPart,
} from './projects.js';
export { summarize, type ScoreSummary } from './summary.js';
export { REQUIRED_SHEETS, READ_SHEETS, sheetsToRead, isContractWorkbook } from './sheets.js';
export { templateIssuesToCells } from './template-issues.js';
export { newWorkbookLayout } from './new-workbook-layout.js';
export {
  departmentRow,
  departmentTable,
  formRows,
  type DepartmentRow,
  type DepartmentStatus,
  type DepartmentTable,
} from './department-table.js';
export {
  scoreForm,
  scoreForms,
  summarizeForm,
  type FormOptions,
  type FormResult,
  type FormsResult,
  type FormSummary,
} from './score-form.js';
export {
  checkForms,
  formsFileName,
  formsFromResult,
  officialForms,
  printedSheets,
  type FormDifference,
  type FormsBook,
  type OfficialFormsFile,
  type PrintedSheet,
} from './write-forms.js';
