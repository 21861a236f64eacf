/**
 * @jixiao/ui — the task pane every host shares (React + Fluent UI v9) and its strings: the pane,
 * its tabs and charts, the error wording and the controller contract a host implements. The
 * standalone page (apps/web) reuses the 概览 tab and the strings. 导出 Word's docx code is a
 * separate entry, `@jixiao/ui/load-docx-export`, loaded on demand.
 */
export { PaneApp } from './PaneApp.js';
export { OverviewTab, FormsOverview, GRADE_COLORS } from './OverviewTab.js';
export { IndicatorsTab, type IndicatorsTabProps } from './IndicatorsTab.js';
export { IssuesTab } from './IssuesTab.js';
export { Level1Bars, ProgressChart } from './charts.js';
export { useClickableListStyles } from './clickable-list-styles.js';
export { PANE_STRINGS, paneLang, type PaneLang, type PaneStrings } from './strings.js';
export { describeError, type PaneError } from './describe-error.js';
export {
  FontChoice,
  FONT_CHOICES,
  FONT_STRINGS,
  loadFontProfile,
  saveFontProfile,
} from './font-choice.js';
export {
  BasePaneController,
  reportFileName,
  type BusyAction,
  type ExportDocx,
  type PaneController,
  type PaneForm,
  type PaneState,
} from './pane-controller.js';
export {
  FORMS_LAYOUTS,
  FORMS_STRINGS,
  FormsDownload,
  formsNotice,
  type FormsDownloadProps,
  type FormsLayout,
} from './forms-download.js';
export { RULES_STRINGS, RulesPanel, ruleValid, rulesToApply, type RuleSet } from './rules-panel.js';
export {
  askReport,
  reportChoices,
  reportQuestion,
  ReportAsker,
  type ReportAction,
  type ReportCheckInput,
  type ReportChoice,
  type ReportQuestion,
} from './report-check.js';
export { afterFill, beforeExport, type AfterFill, type ReportFlowResult } from './report-flow.js';
export { ReportConfirm, ReportQuestionView, REPORT_CONFIRM_STRINGS } from './ReportConfirm.js';
export {
  RecalcScheduler,
  type RecalcSchedulerOptions,
  type SchedulerState,
} from './recalc-scheduler.js';
