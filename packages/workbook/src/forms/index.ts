/**
 * Official forms read as they are: declarative layouts ({@link FormLayout}), one generic reader
 * ({@link readForm}), recognition ({@link recogniseForm}) and the write plan of a form's own output
 * cells ({@link planFormWrites}).
 */
export { formLayoutSchema, type FormLayout, type FormLayoutInput } from './layout.js';
export { formLayouts } from './layouts.js';
export { recogniseForm } from './recognise.js';
export {
  readForm,
  type FormReading,
  type FormIdentity,
  type FormPlaces,
  type FormFundsRow,
  type FormIndicatorPlace,
} from './read-form.js';
export { planFormWrites, type FormPlan, type FormPlanOptions } from './plan-form.js';
export { locateFormPath, formEngineIssues } from './locate-path.js';
export { MISTAKE_CODES, type FormIssueCode } from '../workbook-messages.js';
export { formIssue } from '../render-issue.js';
export type { FormCell } from './locate.js';
export {
  DEPARTMENT_FORM_LAYOUTS,
  FORM_CELL_STYLES,
  chongqingForm,
  departmentForm,
  executionIndex as formExecutionIndex,
  formSheetName,
  guangdongForm,
  nationalForm,
  type DepartmentFormLayout,
  type FormCellKind,
  type FormCellStyle,
  type FormPart,
  type FormSheet,
} from './write-form.js';
export {
  RULES_SHEET_NAME,
  readRulesSheet,
  rulesSheetRows,
  type RulesReading,
} from './rules-sheet.js';
export { renderLostNote, type LostNote, type LostPart } from './form-rule.js';
