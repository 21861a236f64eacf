/**
 * The benchmark's baseline: a straightforward adapter that talks to Excel a row at a time (one
 * `sync` per row read and per row written), the way add-in samples often loop. Functionally
 * equivalent to {@link OfficePort}; only its traffic differs. Not used by the add-in.
 */
import type { SheetGrid, SheetGrids, WorkbookPort, WritePlan } from '@jixiao/workbook';
import type { XlRun } from './excel-api.js';
import { toGrid } from './office-port.js';
import type { PortCallStats } from './office-port.js';

export class NaivePort implements WorkbookPort {
  lastRead: PortCallStats = { syncs: 0, cells: 0, ranges: 0, chunked: false };
  lastWrite: PortCallStats = { syncs: 0, cells: 0, ranges: 0, chunked: false };

  constructor(private readonly run: XlRun) {}

  async sheetNames(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async readSheets(names: readonly string[]): Promise<SheetGrids> {
    const stats: PortCallStats = { syncs: 0, cells: 0, ranges: 0, chunked: false };
    const out: Record<string, SheetGrid> = {};
    await this.run(async (ctx) => {
      for (const name of names) {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
        ws.load('name');
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('rowIndex, columnIndex, rowCount, columnCount');
        await ctx.sync();
        stats.syncs++;
        if (ws.isNullObject) continue;
        if (used.isNullObject) {
          out[name] = {
            name: ws.name,
            origin: { row: 0, col: 0 },
            values: [],
            formulas: [],
            numberFormats: [],
          };
          continue;
        }
        const grid: SheetGrid = {
          name: ws.name,
          origin: { row: used.rowIndex, col: used.columnIndex },
          values: [],
          formulas: [],
          numberFormats: [],
        };
        for (let r = 0; r < used.rowCount; r++) {
          const row = ws.getRangeByIndexes(
            used.rowIndex + r,
            used.columnIndex,
            1,
            used.columnCount,
          );
          row.load('values, formulas, numberFormat, rowIndex, columnIndex');
          await ctx.sync();
          stats.syncs++;
          stats.ranges++;
          const g = toGrid(ws.name, row);
          grid.values.push(...g.values);
          grid.formulas!.push(...(g.formulas ?? []));
          grid.numberFormats!.push(...(g.numberFormats ?? []));
          stats.cells += used.columnCount;
        }
        out[name] = grid;
      }
    });
    this.lastRead = stats;
    return out;
  }

  async apply(plan: WritePlan): Promise<void> {
    const stats: PortCallStats = { syncs: 0, cells: 0, ranges: 0, chunked: false };
    const rows = new Map<string, typeof plan.cells>();
    for (const c of plan.cells) {
      const key = `${c.sheet}\u0000${c.row}`;
      rows.set(key, [...(rows.get(key) ?? []), c]);
    }
    await this.run(async (ctx) => {
      for (const cells of rows.values()) {
        for (const c of cells) {
          const range = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.address);
          if (c.numberFormat) range.numberFormat = [[c.numberFormat]];
          range.values = [[c.value === null ? '' : c.value]];
          stats.cells++;
          stats.ranges++;
        }
        await ctx.sync();
        stats.syncs++;
      }
      for (const rep of plan.replaceSheets) {
        const existing = ctx.workbook.worksheets.getItemOrNullObject(rep.sheet);
        await ctx.sync();
        stats.syncs++;
        const ws = existing.isNullObject ? ctx.workbook.worksheets.add(rep.sheet) : existing;
        if (!existing.isNullObject) ws.getRange().clear('Contents');
        for (let r = 0; r < rep.rows.length; r++) {
          const row = rep.rows[r]!;
          if (row.length === 0) continue;
          const range = ws.getRangeByIndexes(r, 0, 1, row.length);
          range.numberFormat = [row.map((v) => (typeof v === 'number' ? 'General' : '@'))];
          range.values = [row.map((v) => v ?? '')];
          await ctx.sync();
          stats.syncs++;
        }
      }
    });
    this.lastWrite = stats;
  }
}
