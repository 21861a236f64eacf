import { applyPlanToGrids } from './apply-plan-to-grids.js';
import type { SheetGrid, SheetGrids, WorkbookPort, WritePlan, WrittenCell } from './port.js';

/** An in-memory workbook behind the port, recording what was read and applied. */
export class MemoryPort implements WorkbookPort {
  reads: string[][] = [];
  applied: WritePlan[] = [];
  constructor(public grids: Record<string, SheetGrid>) {}
  sheetNames(): Promise<string[]> {
    return Promise.resolve(Object.keys(this.grids));
  }
  readSheets(names: readonly string[]): Promise<SheetGrids> {
    this.reads.push([...names]);
    return Promise.resolve(
      Object.fromEntries(names.flatMap((n) => (this.grids[n] ? [[n, this.grids[n]]] : []))),
    );
  }
  /** The record of the cells the tool wrote, kept as an adapter keeps it in the workbook. */
  written: WrittenCell[] | null = null;
  readWritten(): Promise<WrittenCell[] | null> {
    return Promise.resolve(this.written);
  }
  apply(plan: WritePlan): Promise<void> {
    this.applied.push(plan);
    this.grids = { ...applyPlanToGrids(this.grids, plan) };
    if (plan.written !== undefined) this.written = plan.written;
    return Promise.resolve();
  }
}
