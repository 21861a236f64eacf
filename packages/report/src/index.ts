/**
 * `@jixiao/report`: fills the 报告模板 sheet from the engine's evaluation into the 报告 sheet and
 * report blocks, and exports the blocks to Word (.docx) laid out by GB/T 9704-2012.
 */
export type {
  FillOptions,
  FillResult,
  ParagraphBlock,
  ParagraphStyle,
  ScoreTableColumns,
  ReportBlock,
  TableBlock,
  TableName,
  TemplateIssue,
  TemplateRow,
  TemplateStyle,
} from './types.js';
export { fillTemplate } from './fill-template.js';
export {
  templateIssue,
  REPORT_MESSAGES,
  isTemplateIssueCode,
  type TemplateIssueCode,
} from './issues.js';
export { blocksFromRows } from './blocks-from-rows.js';
export { reportRows, REPORT_HEADER } from './report-rows.js';
export { defaultTemplate } from './default-template.js';
export {
  REPORT_VARIABLES,
  findVariable,
  type ReportVariable,
  type VariableKind,
} from './variables.js';
export { variablesMarkdown } from './variables-markdown.js';
export { TEMPLATE_STYLES, PARAGRAPH_STYLES } from './styles.js';
export { TABLE_NAMES, TABLE_CAPTIONS, buildTable, type BuildTableOptions } from './tables.js';
export { isFontProfile, FONT_PROFILES, type FontProfile } from './docx/fonts.js';
export { enumerate, joinList, chineseNumeral } from './lists.js';
