import { BUDGET_SHEET, CONTRACT_SHEETS, INDICATOR_SHEET, INFO_SHEET } from '@jixiao/workbook';

/** The sheets scoring needs (by their contract names). */
export const REQUIRED_SHEETS: readonly string[] = [
  INFO_SHEET.name,
  BUDGET_SHEET.name,
  INDICATOR_SHEET.name,
];

/** Every sheet the pipeline reads: the required ones, 报告模板, and 报告 (to skip an unchanged rewrite). */
export const READ_SHEETS: readonly string[] = CONTRACT_SHEETS.map((s) => s.name);

/** The one sheet-name rule (`绩效指标：`, ` 绩效指标 `, `Budget` …), from `@jixiao/workbook`. */
export { sheetsToRead } from '@jixiao/workbook';
