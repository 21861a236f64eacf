/**
 * @jixiao/pipeline — the one pipeline shared by the Excel add-in, the command line and the page:
 * read the contract sheets → evaluate → plan the writes → fill the report → summarise.
 */
export {
  scoreWorkbook,
  type PipelineOptions,
  type PipelineResult,
  type FilledReport,
} from './score-workbook.js';
export { runOnPort, type RunOptions } from './run-on-port.js';
export { summarize, type ScoreSummary, type Locale } from './summary.js';
export { REQUIRED_SHEETS, READ_SHEETS, sheetsToRead, isContractWorkbook } from './sheets.js';
export { templateIssuesToCells } from './template-issues.js';
export { newWorkbookLayout } from './new-workbook-layout.js';
export {
  scoreForm,
  scoreForms,
  summarizeForm,
  type FormResult,
  type FormsResult,
  type FormSummary,
} from './score-form.js';
