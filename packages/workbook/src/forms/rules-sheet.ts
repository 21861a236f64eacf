/**
 * The 规则 sheet: how an official form, which has no 基本信息, states province rules (docs/rules.md).
 * The tool adds it only when asked (`jixiao forms` when rules are in effect, `jixiao rules --add`);
 * two columns 规则 · 内容, one row per rule (执行率分母 · 执行率计分 · 执行率封顶 · 偏离扣分), the same
 * syntax as the 基本信息 items. The form scorer applies them to every form of the workbook.
 */
import { RULE_ITEMS, RULE_SYNTAX, ruleSchemas, type RuleKey } from '@jixiao/engine';
import { qualifiedAddress } from '../address.js';
import type { CellIssue } from '../cell-issue.js';
import { cellValue, isBlank } from '../grid.js';
import type { CellValue, SheetGrid, SheetGrids } from '../port.js';
import { normalizeText } from '../text.js';
import { workbookIssue } from '../render-issue.js';

/** The sheet's name. */
export const RULES_SHEET_NAME = '规则';

const KEYS = Object.keys(RULE_ITEMS) as RuleKey[];

/** The rows of a 规则 sheet stating `rules` (header, then one row per rule, then a note). */
export function rulesSheetRows(rules: Partial<Record<RuleKey, string>>): CellValue[][] {
  const rows: CellValue[][] = [['规则', '内容', '写法']];
  for (const key of KEYS) {
    const value = rules[key];
    if (value !== undefined && value !== '') rows.push([RULE_ITEMS[key], value, RULE_SYNTAX[key]]);
  }
  return rows;
}

/** What {@link readRulesSheet} found. */
export interface RulesReading {
  rules: Partial<Record<RuleKey, string>>;
  issues: CellIssue[];
}

/**
 * Reads the 规则 sheet of a workbook of forms: rows whose first filled cell names a rule, with its
 * value in the next filled cell. A value that does not parse is an error at its cell and the rule is
 * not applied (the forms are then provisional). Null when the workbook has no 规则 sheet.
 */
export function readRulesSheet(grids: SheetGrids): RulesReading | null {
  const name = Object.keys(grids).find((n) => normalizeText(n) === RULES_SHEET_NAME);
  const grid: SheetGrid | undefined = name === undefined ? undefined : grids[name];
  if (grid === undefined) return null;
  const rules: Partial<Record<RuleKey, string>> = {};
  const issues: CellIssue[] = [];
  const top = grid.origin.row;
  const left = grid.origin.col;
  for (let r = top; r < top + grid.values.length; r++) {
    const width = grid.values[r - top]?.length ?? 0;
    let c = left;
    while (c < left + width && isBlank(cellValue(grid, r, c))) c++;
    const label = cellValue(grid, r, c);
    if (typeof label !== 'string') continue;
    const key = KEYS.find((k) => RULE_ITEMS[k] === normalizeText(label));
    if (key === undefined) continue;
    let v = c + 1;
    while (v < left + width && isBlank(cellValue(grid, r, v))) v++;
    const raw = cellValue(grid, r, v);
    const value = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
    if (value === '') continue;
    if (!ruleSchemas[key].safeParse(value).success) {
      issues.push(
        workbookIssue(
          'rules.invalid',
          'error',
          { sheet: grid.name, row: r, col: v, cell: qualifiedAddress(grid.name, r, v) },
          { rule: RULE_ITEMS[key], value, expected: RULE_SYNTAX[key] },
        ),
      );
      continue;
    }
    rules[key] = value;
  }
  return { rules, issues };
}
