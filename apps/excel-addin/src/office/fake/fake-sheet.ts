import type { XlCell, XlValueType } from '../excel-api.js';
import type { CellRect } from '@jixiao/workbook';

/** One stored cell. An absent cell is empty with the General format. */
export interface FakeCell {
  value: XlCell;
  /** Formula text including the leading `=`, or null for a constant. */
  formula: string | null;
  numberFormat: string;
}

/** A conditional format rule as the fake stores it. */
export interface FakeConditionalFormat {
  address: string;
  operator: string;
  formula1: string;
  formula2?: string;
  fontColor: string;
  fillColor: string;
}

export type FakeChangeHandler = (args: {
  address: string;
  changeType: string;
  source: string;
  worksheetId: string;
  type: string;
  triggerSource?: string;
}) => Promise<unknown>;

/** Any worksheet event handler (onChanged, onCalculated, onSelectionChanged). */
export type FakeEventHandler = (args: never) => Promise<unknown>;

let nextSheetId = 1;

/** The state of one worksheet in the fake workbook. */
export class FakeSheet {
  readonly id = `{FAKE-SHEET-${String(nextSheetId++).padStart(4, '0')}}`;
  name: string;
  /** row → col → cell */
  readonly rows = new Map<number, Map<number, FakeCell>>();
  /** `onChanged` handlers (the set {@link handlersFor} gives for 'onChanged'). */
  readonly handlers = new Set<FakeEventHandler>();
  private readonly otherHandlers = new Map<string, Set<FakeEventHandler>>();
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  /** Drop-down lists by range address. */
  readonly validations: { address: string; list: string; strict: boolean }[] = [];

  constructor(name: string) {
    this.name = name;
  }

  /** The live handlers of one event. */
  handlersFor(event: string): Set<FakeEventHandler> {
    if (event === 'onChanged') return this.handlers;
    let set = this.otherHandlers.get(event);
    if (!set) {
      set = new Set();
      this.otherHandlers.set(event, set);
    }
    return set;
  }

  get(row: number, col: number): FakeCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** Store a cell; an empty constant with the General format is removed. */
  put(row: number, col: number, cell: FakeCell): void {
    const empty = cell.formula === null && cell.value === '' && cell.numberFormat === 'General';
    let r = this.rows.get(row);
    if (empty) {
      r?.delete(col);
      if (r && r.size === 0) this.rows.delete(row);
      return;
    }
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    r.set(col, cell);
  }

  /** The used rectangle (Excel's UsedRange), or null when the sheet is empty. */
  usedRect(valuesOnly: boolean): CellRect | null {
    let minR = Infinity;
    let maxR = -1;
    let minC = Infinity;
    let maxC = -1;
    for (const [r, cols] of this.rows) {
      for (const [c, cell] of cols) {
        if (valuesOnly && cell.formula === null && cell.value === '') continue;
        if (r < minR) minR = r;
        if (r > maxR) maxR = r;
        if (c < minC) minC = c;
        if (c > maxC) maxC = c;
      }
    }
    if (maxR < 0) return null;
    return { row: minR, col: minC, rowCount: maxR - minR + 1, colCount: maxC - minC + 1 };
  }

  /** Remove every cell in the rectangle (contents and formats). */
  clearRect(rect: CellRect, what: 'All' | 'Formats' | 'Contents'): void {
    for (const [r, cols] of [...this.rows]) {
      if (r < rect.row || r >= rect.row + rect.rowCount) continue;
      for (const [c, cell] of [...cols]) {
        if (c < rect.col || c >= rect.col + rect.colCount) continue;
        const next: FakeCell =
          what === 'All'
            ? { value: '', formula: null, numberFormat: 'General' }
            : what === 'Contents'
              ? { value: '', formula: null, numberFormat: cell.numberFormat }
              : { ...cell, numberFormat: 'General' };
        this.put(r, c, next);
      }
    }
  }
}

/** Office.js `valueTypes` for a value. */
export function valueTypeOf(value: XlCell): XlValueType {
  if (value === '') return 'Empty';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Double';
  return /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|BUSY!)$/.test(
    value,
  )
    ? 'Error'
    : 'String';
}

/**
 * A formula as Excel stores it after calculation. The fake calculates literal formulas only
 * (`=100%` → 1 shown as 0%, `=0.95`, `="是"`, `=""` → the empty text); any other formula's value
 * is the empty text, as a formula such as `=IF(A1="","",A1)` gives for a blank A1.
 */
export function formulaCell(formula: string, numberFormat: string): FakeCell {
  const body = formula.slice(1).trim();
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(body);
  if (pct)
    return {
      value: Number(pct[1]) / 100,
      formula,
      numberFormat: numberFormat === 'General' ? '0%' : numberFormat,
    };
  if (/^[+-]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(body))
    return { value: Number(body), formula, numberFormat };
  const str = /^"(.*)"$/.exec(body);
  if (str) return { value: str[1]!.replace(/""/g, '"'), formula, numberFormat };
  return { value: '', formula, numberFormat };
}
