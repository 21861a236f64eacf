import {
  BUDGET_SHEET,
  CONTRACT_SHEETS,
  INDICATOR_SHEET,
  INFO_SHEET,
  contractSheetOf,
  sheetsToRead,
} from '@jixiao/workbook';

/** The sheets scoring needs (by their contract names). */
export const REQUIRED_SHEETS: readonly string[] = [
  INFO_SHEET.name,
  BUDGET_SHEET.name,
  INDICATOR_SHEET.name,
];

/** Every sheet the pipeline reads: the required ones, 报告模板, and 报告 (to skip an unchanged rewrite). */
export const READ_SHEETS: readonly string[] = CONTRACT_SHEETS.map((s) => s.name);

/** The one sheet-name rule (`绩效指标：`, ` 绩效指标 `, `Budget` …), from `@jixiao/workbook`. */
export { sheetsToRead };

/**
 * Whether a workbook follows the contract (the default reading): it has the 预算执行 or the 绩效指标
 * sheet, by the one sheet-name rule. Otherwise its sheets may be official forms (`scoreForms`).
 */
export function isContractWorkbook(sheetNames: readonly string[]): boolean {
  return sheetNames.some((name) => {
    const key = contractSheetOf(name)?.key;
    return key === 'budget' || key === 'indicators';
  });
}
