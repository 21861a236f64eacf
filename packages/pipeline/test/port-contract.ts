/**
 * The port contract suite: the same cases run against every {@link WorkbookPort} — the .xlsx port
 * (here and in the command line), the Office.js port on the fake Excel host (apps/excel-addin), and
 * any port that joins later (WPS): call {@link describePortContract} with a factory that opens a
 * new workbook laid out as given.
 */
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import type { SheetGrid, WorkbookLayout, WorkbookPort } from '@jixiao/workbook';
import { describe, expect, it } from 'vitest';
import { newWorkbookLayout } from '../src/new-workbook-layout.js';
import { run } from '../src/run.js';

/** Opens a workbook holding exactly the layout's sheets, behind the port under test. */
export type PortFactory = (layout: WorkbookLayout) => Promise<WorkbookPort> | WorkbookPort;

/**
 * The sheet-name variants the reader accepts for 预算执行 and 绩效指标 (issue 17). Excel forbids
 * `*` and `:` in sheet names, so in a workbook the marker and the colon are the full-width `＊`
 * and `：` (the reader takes both widths alike).
 */
export const SHEET_NAME_VARIANTS: readonly (readonly [budget: string, indicators: string])[] = [
  ['预算执行', '绩效指标'],
  ['预算执行：', '绩效指标：'],
  ['预算执行＊', '绩效指标＊'],
  [' 预算执行 ', ' 绩效指标 '],
];

/** The example department's workbook, with 预算执行 and 绩效指标 named as given. */
export function exampleLayout(budget = '预算执行', indicators = '绩效指标'): WorkbookLayout {
  const layout = newWorkbookLayout({ input: guangzhou2022, template: guangzhou2022Template });
  const rename: Record<string, string> = { 预算执行: budget, 绩效指标: indicators };
  return { sheets: layout.sheets.map((s) => ({ ...s, name: rename[s.name] ?? s.name })) };
}

/** A layout with one more sheet of the user's (never read, never written). */
function withNotes(layout: WorkbookLayout): WorkbookLayout {
  const base = layout.sheets[0]!;
  const notes = {
    ...base,
    name: '说明',
    rows: [['填表说明'], ['本工作簿由财务科填写。'], [42]],
    headerRows: 0,
    validations: [],
  };
  return { sheets: [...layout.sheets, notes] };
}

function cellOf(grid: SheetGrid | undefined, row: number, col: number): unknown {
  if (!grid) return undefined;
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** The published figures of the example (广州市人民政府办公厅 2022). */
const EXAMPLE = { score: 96.99, grade: '优', overall: 99.99 };

/** Registers the contract cases for one port. */
export function describePortContract(name: string, open: PortFactory): void {
  describe(`port contract: ${name}`, () => {
    it.each(SHEET_NAME_VARIANTS)(
      'scores the example with sheets named %j / %j, writes its output cells, and a second run writes nothing',
      async (budget, indicators) => {
        const port = await open(exampleLayout(budget, indicators));
        const first = await run(port);
        expect(first.summary).toMatchObject({
          score: EXAMPLE.score,
          grade: EXAMPLE.grade,
          rates: { overall: EXAMPLE.overall },
          counts: { errors: 0 },
        });
        expect(first.map.indicators?.sheet).toBe(indicators);
        expect(first.map.budget?.sheet).toBe(budget);
        expect(first.plan.cells.length).toBeGreaterThan(0);
        const back = await port.readSheets([budget, indicators]);
        for (const cell of first.plan.cells) {
          const shown = cellOf(back[cell.sheet], cell.row, cell.col);
          expect({ at: `${cell.sheet}!${cell.address}`, value: shown }).toEqual({
            at: `${cell.sheet}!${cell.address}`,
            value: cell.value,
          });
        }
        const second = await run(port);
        expect(second.summary).toEqual(first.summary);
        const { cells, replaceSheets } = second.plan;
        expect({ cells, replaceSheets }).toEqual({ cells: [], replaceSheets: [] });
        // The record of the cells the tool wrote was stored with the first run.
        expect(typeof port.readWritten).toBe('function');
        expect(second.plan.written).toBeUndefined();
      },
    );

    it('changes only output cells: input cells and the sheets of the user stay as they were', async () => {
      const port = await open(withNotes(exampleLayout()));
      const names = await port.sheetNames();
      expect(names).toContain('说明');
      const before = await port.readSheets(names);
      const result = await run(port);
      const after = await port.readSheets(names);
      expect(after['说明']!.values).toEqual(before['说明']!.values);
      const written = new Set(result.plan.cells.map((c) => `${c.sheet}!${c.row}:${c.col}`));
      for (const sheet of ['基本信息', '预算执行', '绩效指标']) {
        const grid = before[sheet]!;
        grid.values.forEach((row, r) =>
          row.forEach((value, c) => {
            const at = `${sheet}!${r + grid.origin.row}:${c + grid.origin.col}`;
            if (written.has(at)) return;
            expect({
              at,
              value: cellOf(after[sheet], r + grid.origin.row, c + grid.origin.col),
            }).toEqual({
              at,
              value,
            });
          }),
        );
      }
    });

    it('a value typed into an output cell after a run is kept and reported', async () => {
      const port = await open(exampleLayout());
      const first = await run(port);
      // the ports that keep the record of the cells the tool wrote (all three do)
      expect(typeof port.readWritten).toBe('function');
      const stored = await port.readWritten!();
      expect(stored?.length).toBeGreaterThan(0);
      const score = first.plan.cells.find(
        (c) => c.sheet === '绩效指标' && typeof c.value === 'number' && c.value > 1,
      )!;
      expect(stored).toContainEqual({
        sheet: '绩效指标',
        address: score.address,
        value: String(score.value),
      });
      // a person types a score of their own into that output cell
      const typed = (score.value as number) - 1;
      await port.apply({
        cells: [{ ...score, value: typed, numberFormat: undefined }],
        replaceSheets: [],
      });
      const second = await run(port);
      expect(second.plan.cells.filter((c) => c.address === score.address)).toEqual([]);
      const back = await port.readSheets(['绩效指标']);
      expect(cellOf(back['绩效指标'], score.row, score.col)).toBe(typed);
      const issue = second.issues.find((i) => i.cell === `绩效指标!${score.address}`);
      expect(issue).toMatchObject({ code: 'output.changed', severity: 'warning' });
      expect(issue!.message).toContain(String(typed));
      // and it stays so: the next run leaves it alone too
      const third = await run(port);
      expect(third.plan.cells.filter((c) => c.address === score.address)).toEqual([]);
      expect(cellOf((await port.readSheets(['绩效指标']))['绩效指标'], score.row, score.col)).toBe(
        typed,
      );
    });

    it('asked for a report without 报告模板: fills 报告 from the default template and says so', async () => {
      const layout = exampleLayout();
      const port = await open({
        sheets: layout.sheets.filter((s) => s.name !== '报告模板' && s.name !== '报告'),
      });
      const result = await run(port, { report: true });
      expect(result.issues.map((i) => i.code)).toContain('report.defaultTemplate');
      expect(result.report).not.toBeNull();
      const report = (await port.readSheets(['报告']))['报告'];
      const pairs = (rows: readonly (readonly unknown[])[] | undefined) =>
        (rows ?? []).map((r) => [r[0] ?? null, r[1] ?? null]);
      expect(pairs(report?.values)[0]).toEqual(['样式', '内容']);
      expect(pairs(report?.values)).toEqual(pairs(result.report!.rows));
    });

    it('a workbook without 绩效指标 is not scored and nothing is written', async () => {
      const layout = exampleLayout();
      const port = await open({ sheets: layout.sheets.filter((s) => s.name !== '绩效指标') });
      const names = await port.sheetNames();
      const before = await port.readSheets(names);
      const result = await run(port, { report: true });
      expect(result.evaluation).toBeNull();
      expect(result.issues.map((i) => [i.severity, i.code])).toContainEqual([
        'error',
        'sheet.missing',
      ]);
      expect(await port.sheetNames()).toEqual(names);
      expect(await port.readSheets(names)).toEqual(before);
    });
  });
}
