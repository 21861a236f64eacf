/**
 * Which contract sheet a workbook sheet is: the one rule every reader, writer and adapter uses
 * (the .xlsx port, the Office.js port, 新建模板, the pipeline). A sheet matches by its contract name
 * or an English alias compared through {@link nameKey}: full-width and half-width alike, spaces,
 * required-markers (`*`) and trailing colons ignored, English case ignored — so `绩效指标：`,
 * `绩效指标*`, ` 绩效指标 ` and `INDICATORS` are all 绩效指标.
 */
import { CONTRACT_SHEETS, type SheetDef, type SheetKey } from './contract.js';
import { nameKey } from './text.js';

let keys: Map<string, SheetDef> | null = null;

/** Name and alias keys → contract sheet (built once). */
function sheetIndex(): Map<string, SheetDef> {
  if (keys === null) {
    keys = new Map();
    for (const def of CONTRACT_SHEETS)
      for (const name of [def.name, ...def.aliases]) keys.set(nameKey(name), def);
  }
  return keys;
}

/** The contract sheet a sheet name stands for (`绩效指标：` → 绩效指标), or null for any other sheet. */
export function contractSheetOf(sheetName: string): SheetDef | null {
  return sheetIndex().get(nameKey(sheetName)) ?? null;
}

/** Whether a sheet name stands for the given contract sheet. */
export function isContractSheet(sheetName: string, def: Pick<SheetDef, 'key'>): boolean {
  return contractSheetOf(sheetName)?.key === def.key;
}

/**
 * The names, among a workbook's sheets (in workbook order), that the pipeline reads: those standing
 * for a contract sheet. Other sheets are never read.
 */
export function sheetsToRead(sheetNames: readonly string[]): string[] {
  return sheetNames.filter((name) => contractSheetOf(name) !== null);
}

/** The workbook's sheets that stand for contract sheets, by contract key (the first one wins). */
export function contractSheetNames(
  sheetNames: readonly string[],
): Partial<Record<SheetKey, string>> {
  const out: Partial<Record<SheetKey, string>> = {};
  for (const name of sheetNames) {
    const def = contractSheetOf(name);
    if (def && out[def.key] === undefined) out[def.key] = name;
  }
  return out;
}
