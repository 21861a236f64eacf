import { Decimal, type Evaluation } from '@jixiao/engine';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import { cellAddress, parseCell, qualifiedAddress } from '../address.js';
import type { CellIssue } from '../cell-issue.js';
import { FORMATS } from '../contract.js';
import { cellNumberText, shiftDecimal } from '../decimal-text.js';
import { cellFormat, cellFormula, cellValue, displayValue, isBlank, mergeAt } from '../grid.js';
import { parseTypedNumber, typedNumberValue } from '../parse-number.js';
import type { CellValue, CellWrite, SheetGrid, WrittenCell } from '../port.js';
import { writtenIndex, writtenText } from '../written.js';
import { formIssue } from '../render-issue.js';
import type { FormCell } from './locate.js';
import type { FormReading } from './read-form.js';

/** Options of {@link planFormWrites}. */
export interface FormPlanOptions {
  /**
   * Whether the result is final (no error anywhere). A provisional total is never written into the
   * form, nor compared with the printed one.
   */
  complete: boolean;
  /** 执行率 of every funds row by its row index (null where undefined: a zero budget). */
  rowRates?: ReadonlyMap<number, string | null>;
  /**
   * The workbook's record of the cells the tool wrote (`written.ts`), or null/absent when it has
   * none: a recorded cell still holding what the tool wrote is the tool's and is rewritten (or
   * cleared when it is no longer an output, e.g. a total that became provisional); without a record
   * only empty cells are the tool's.
   */
  written?: readonly WrittenCell[] | null;
}

/** What {@link planFormWrites} returns. */
export interface FormPlan {
  cells: CellWrite[];
  /** Printed outputs that disagree with the computed ones (`form.printedDiffers`). */
  issues: CellIssue[];
  /** The cells of this sheet the tool owns after the plan (its part of the written-cell record). */
  record: WrittenCell[];
}

interface Output {
  cell: FormCell;
  kind: 'rate' | 'score';
  /** Exact decimal text (a rate as a fraction). */
  value: string;
  what: string;
  whatEn: string;
}

const HALF_UP = Decimal.ROUND_HALF_UP;

/** The value a printed cell stands for, in the output's terms (a rate as a fraction); null if none. */
function printedNumber(
  value: CellValue,
  format: string | null,
  kind: Output['kind'],
): Decimal | null {
  let n: Decimal | null = null;
  let percent = false;
  if (typeof value === 'number' && Number.isFinite(value)) {
    n = new Decimal(cellNumberText(value));
    percent = (format ?? '').includes('%');
  } else if (typeof value === 'string') {
    const typed = parseTypedNumber(value);
    if (typed === null) return null;
    n = new Decimal(typedNumberValue(typed));
    percent = typed.percent;
  }
  if (n === null) return null;
  // 执行率（%） columns often hold 76 for 76%: a bare number above 1 under a rate is read as percent
  if (kind === 'rate' && !percent && n.greaterThan(1)) n = n.dividedBy(100);
  return n;
}

function shown(value: CellValue, format: string | null): string {
  if (typeof value === 'number' && (format ?? '').includes('%'))
    return `${shiftDecimal(cellNumberText(value), 2)}%`;
  return displayValue(value);
}

/**
 * Plans the writes of a scored form under the ownership rule: an empty output cell is written; a
 * value the publisher typed (or a formula's result) that agrees with the computed one at the
 * presented precision (rates to 0.01%, scores to 0.01) is left as it is; one that disagrees is
 * reported (`form.printedDiffers`) and never overwritten. Input cells never appear. Outputs of
 * rows that could not be scored are not planned; the total only when the result is complete.
 */
export function planFormWrites(
  grid: SheetGrid,
  reading: FormReading,
  evaluation: Evaluation,
  options: FormPlanOptions,
): FormPlan {
  const outputs: Output[] = [];
  const places = reading.places;
  const overall = evaluation.budget.rates.overall;
  if (places.executionRate !== null && overall !== null) {
    outputs.push({
      cell: places.executionRate,
      kind: 'rate',
      value: overall,
      what: '执行率',
      whatEn: 'the execution rate',
    });
  }
  for (const row of places.funds) {
    if (row.role === 'total' || row.rate === null) continue;
    const rate = options.rowRates?.get(row.row) ?? null;
    if (rate === null) continue;
    outputs.push({
      cell: row.rate,
      kind: 'rate',
      value: rate,
      what: `“${row.label}”的执行率`,
      whatEn: `the execution rate of "${row.label}"`,
    });
  }
  for (const place of places.indicators) {
    const result = evaluation.indicators[place.index];
    if (!result || result.status === 'unscored') continue;
    const isExecution = place.index === places.executionIndex;
    if (place.cells.score && !place.typedScore) {
      outputs.push({
        cell: place.cells.score,
        kind: 'score',
        value: result.score,
        what: isExecution && places.executionRate ? '执行率得分' : `“${place.name}”的得分`,
        whatEn: `the score of "${place.name}"`,
      });
    }
    const points = new Decimal(result.points);
    if (place.cells.coefficient && points.greaterThan(0)) {
      outputs.push({
        cell: place.cells.coefficient,
        kind: 'rate',
        value: new Decimal(result.unrounded).dividedBy(points).toString(),
        what: `“${place.name}”的得分系数`,
        whatEn: `the score coefficient of "${place.name}"`,
      });
    }
    if (isExecution && place.cells.actual && overall !== null) {
      outputs.push({
        cell: place.cells.actual,
        kind: 'rate',
        value: overall,
        what: `“${place.name}”的实际完成值`,
        whatEn: `the actual value of "${place.name}"`,
      });
    }
  }
  if (options.complete && places.total !== null) {
    outputs.push({
      cell: places.total,
      kind: 'score',
      value: evaluation.total.score,
      what: '总分',
      whatEn: 'the total',
    });
  }

  const cells: CellWrite[] = [];
  const issues: CellIssue[] = [];
  const record: WrittenCell[] = [];
  const stored = options.written == null ? null : writtenIndex(options.written);
  const planned = new Set<string>();
  for (const out of outputs) {
    const { row, col } = out.cell;
    // a merged output is written in its top-left cell only
    const area = mergeAt(grid, row, col);
    if (area && (area.top !== row || area.left !== col)) continue;
    const address = cellAddress(row, col);
    planned.add(address);
    const current = cellValue(grid, row, col);
    const formula = cellFormula(grid, row, col);
    const format = cellFormat(grid, row, col);
    const places2 = out.kind === 'rate' ? 4 : 2;
    const computed = new Decimal(out.value).toDecimalPlaces(places2, HALF_UP);
    const recorded = stored?.get(`${grid.name}!${address}`);
    // the tool's cell: empty, or still holding what the record says the tool wrote there
    const ours =
      formula === null &&
      (isBlank(current) || (recorded !== undefined && recorded === writtenText(current)));
    if (ours) {
      const value = computed.toNumber();
      const numberFormat = out.kind === 'rate' ? FORMATS.rate : FORMATS.score;
      record.push({ sheet: grid.name, address, value: writtenText(value) });
      if (current === value && (format === null || format === numberFormat)) continue;
      cells.push({ sheet: grid.name, row, col, address, value, numberFormat });
      continue;
    }
    const printed = printedNumber(current, format, out.kind);
    if (printed !== null && printed.toDecimalPlaces(places2, HALF_UP).equals(computed)) continue;
    issues.push(
      formIssue(
        'form.printedDiffers',
        'warning',
        { sheet: grid.name, row, col, cell: qualifiedAddress(grid.name, row, col) },
        {
          what: out.what,
          whatEn: out.whatEn,
          printed: isBlank(current) ? `=${formula ?? ''}` : shown(current, format),
          computed: out.kind === 'rate' ? formatPercent(out.value) : formatNumber(out.value),
        },
      ),
    );
  }
  // the tool's earlier values that are no longer outputs (a row now unscored, a total now
  // provisional) are cleared: an old figure must not stand as final
  for (const c of options.written ?? []) {
    if (c.sheet !== grid.name || planned.has(c.address)) continue;
    const at = parseCell(c.address);
    if (at === null) continue;
    const current = cellValue(grid, at.row, at.col);
    if (cellFormula(grid, at.row, at.col) !== null || isBlank(current)) continue;
    if (writtenText(current) !== c.value) continue;
    cells.push({ sheet: grid.name, row: at.row, col: at.col, address: c.address, value: null });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { cells, issues, record };
}
