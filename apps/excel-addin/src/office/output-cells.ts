/**
 * Which cells are the contract's output cells (支付率 of 预算执行; 完成率, 得分, 扣分 of 绩效指标) on the
 * rows the last read found — to tell an edit of results only (an undo of the add-in's write, or a
 * value typed over a result) from an edit of inputs.
 */
import {
  BUDGET_SHEET,
  INDICATOR_SHEET,
  parseRect,
  type CellMap,
  type CellRect,
  type SheetMap,
} from '@jixiao/workbook';

const outputKeys = (def: { columns: readonly { key: string; kind: string }[] }): string[] =>
  def.columns.filter((c) => c.kind === 'output').map((c) => c.key);

const BUDGET_OUTPUTS = outputKeys(BUDGET_SHEET);
const INDICATOR_OUTPUTS = outputKeys(INDICATOR_SHEET);

/**
 * A predicate: true when every cell of `address` (A1, without the sheet) on `sheet` is an output
 * cell of a data row of `map`. Unknown layout (null map) → false (treated as an input edit).
 */
export function outputCellsOf(map: CellMap | null): (sheet: string, address: string) => boolean {
  const areas: { sheet: string; cols: Set<number>; rows: Set<number> }[] = [];
  const add = (m: SheetMap<string> | null, keys: readonly string[]) => {
    if (!m) return;
    const cols = new Set(
      keys
        .map((k) => (m.columns as Record<string, number | undefined>)[k])
        .filter((c): c is number => c !== undefined),
    );
    if (cols.size > 0) areas.push({ sheet: m.sheet.toLowerCase(), cols, rows: new Set(m.rows) });
  };
  add(map?.budget ?? null, BUDGET_OUTPUTS);
  add(map?.indicators ?? null, INDICATOR_OUTPUTS);
  return (sheet, address) => {
    const rect: CellRect | null = parseRect(address.replace(/\$/g, ''));
    const area = areas.find((a) => a.sheet === sheet.toLowerCase());
    if (!rect || !area || rect.rowCount * rect.colCount > 100_000) return false;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      if (!area.rows.has(r)) return false;
      for (let c = rect.col; c < rect.col + rect.colCount; c++) if (!area.cols.has(c)) return false;
    }
    return true;
  };
}
