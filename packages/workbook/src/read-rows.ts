import type { ColumnDef, SheetDef } from './contract.js';
import type { HeaderLocation } from './find-header.js';
import { cellValue, displayValue, isBlank, lastRow } from './grid.js';
import type { ReadContext } from './read-cell.js';
import { qualifiedAddress } from './address.js';
import { workbookIssue } from './workbook-messages.js';

const NOTE = /^(注|说明|备注|填表说明|填报说明)[:：\s]/;

/**
 * The data rows under a header: every row below it with something in a contract input column,
 * skipping blank rows and note lines (`注：…`, `说明：…`) written under the table.
 */
export function dataRows<K extends string>(
  ctx: ReadContext,
  def: SheetDef<K>,
  header: HeaderLocation<K>,
): number[] {
  const inputCols = def.columns
    .filter((c) => c.kind !== 'output')
    .map((c) => header.columns[c.key])
    .filter((c): c is number => c !== undefined);
  const rows: number[] = [];
  for (let row = header.row + 1; row <= lastRow(ctx.grid); row++) {
    const filled = inputCols.filter(
      (col) => !isBlank(cellValue(ctx.grid, row, col)) || hasFormula(ctx, row, col),
    );
    if (filled.length === 0) continue;
    if (filled.length === 1) {
      const only = cellValue(ctx.grid, row, filled[0]!);
      if (typeof only === 'string' && NOTE.test(only.trim())) continue;
    }
    rows.push(row);
  }
  return rows;
}

function hasFormula(ctx: ReadContext, row: number, col: number): boolean {
  const f = ctx.grid.formulas?.[row - ctx.grid.origin.row]?.[col - ctx.grid.origin.col];
  return f !== null && f !== undefined && f !== '';
}

/** Issues for the required columns a header lacks; returns true when all are present. */
export function checkRequiredColumns<K extends string>(
  ctx: ReadContext,
  def: SheetDef<K>,
  header: HeaderLocation<K>,
): boolean {
  let ok = true;
  for (const column of def.columns) {
    if (column.kind !== 'required' || header.columns[column.key] !== undefined) continue;
    ok = false;
    ctx.issues.push(
      workbookIssue(
        'column.missing',
        'error',
        { sheet: ctx.sheet },
        {
          column: column.name,
          columnEn: column.aliases[0] ?? column.name,
          headerRow: header.row + 1,
        },
      ),
    );
  }
  return ok;
}

/** The label used for a column in messages. */
export function columnLabel(column: ColumnDef): { column: string; columnEn: string } {
  return { column: column.name, columnEn: column.aliases[0] ?? column.name };
}

/** The text of a cell for row-role detection (合计/小计), '' when not text. */
export function textAt(ctx: ReadContext, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const value = cellValue(ctx.grid, row, col);
  return value === null ? '' : displayValue(value);
}

/** The qualified address of a cell, for refs echoed through the engine. */
export function refOf(ctx: ReadContext, row: number, col: number | undefined): string {
  return qualifiedAddress(ctx.sheet, row, col ?? ctx.grid.origin.col);
}

/** Issue for a header that cannot be found. */
export function headerNotFound<K extends string>(
  ctx: ReadContext,
  def: SheetDef<K>,
  rows: number,
): void {
  const required = def.columns.filter((c) => c.kind === 'required');
  ctx.issues.push(
    workbookIssue(
      'sheet.headerNotFound',
      'error',
      { sheet: ctx.sheet },
      {
        rows,
        columns: required.map((c) => c.name).join('、'),
        columnsEn: required.map((c) => c.aliases[0] ?? c.name).join(', '),
      },
    ),
  );
}

/**
 * The fields of one row whose cells the reader reported (the issues added since `from`), and every
 * required field whose column the header lacks (reported once, as `column.missing`): passed to the
 * engine as the row's `reported`, so that a field is validated once, where it is read. `field` maps
 * a column key to the engine's field (`m1` … `m12` → `monthly`).
 */
export function reportedFields<K extends string>(
  ctx: ReadContext,
  def: SheetDef<K>,
  header: HeaderLocation<K>,
  row: number,
  from: number,
  field: (key: K) => string = (key) => key,
): string[] | undefined {
  const fields = new Set<string>();
  for (const column of def.columns)
    if (column.kind === 'required' && header.columns[column.key] === undefined)
      fields.add(field(column.key));
  for (let i = from; i < ctx.issues.length; i++) {
    const issue = ctx.issues[i]!;
    if (issue.row !== row || issue.col === undefined) continue;
    for (const column of def.columns)
      if (header.columns[column.key] === issue.col) fields.add(field(column.key));
  }
  return fields.size === 0 ? undefined : [...fields];
}
