import { BUDGET_SHEET, CONTRACT_SHEETS, INDICATOR_SHEET, INFO_SHEET } from '@jixiao/workbook';

/** The sheets scoring needs (by their contract names). */
export const REQUIRED_SHEETS: readonly string[] = [
  INFO_SHEET.name,
  BUDGET_SHEET.name,
  INDICATOR_SHEET.name,
];

/** Every sheet the pipeline reads: the required ones, 报告模板, and 报告 (to skip an unchanged rewrite). */
export const READ_SHEETS: readonly string[] = CONTRACT_SHEETS.map((s) => s.name);

const normalise = (name: string): string =>
  name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The names, among a workbook's sheets, that the pipeline reads: those matching a contract sheet by
 * name or English alias (`Budget`, ` 绩效指标 `). Other sheets are never read.
 */
export function sheetsToRead(sheetNames: readonly string[]): string[] {
  const wanted = new Set(CONTRACT_SHEETS.flatMap((s) => [s.name, ...s.aliases]).map(normalise));
  return sheetNames.filter((name) => wanted.has(normalise(name)));
}

/**
 * Whether a workbook follows the contract (the default reading): it has the 预算执行 or the 绩效指标
 * sheet, by name or English alias. Otherwise its sheets may be official forms ({@link scoreForms}).
 */
export function isContractWorkbook(sheetNames: readonly string[]): boolean {
  const data = CONTRACT_SHEETS.filter((s) => s.key === 'budget' || s.key === 'indicators');
  const wanted = new Set(data.flatMap((s) => [s.name, ...s.aliases]).map(normalise));
  return sheetNames.some((name) => wanted.has(normalise(name)));
}
