/**
 * The port contract suite: the same cases run against every {@link WorkbookPort} — the .xlsx port
 * (here and in the command line), the Office.js port on the fake Excel host (apps/excel-addin), and
 * any port that joins later (WPS): call {@link describePortContract} with a factory that opens a
 * new workbook laid out as given.
 */
import { readFileSync } from 'node:fs';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import type { CellValue, SheetGrid, WorkbookLayout, WorkbookPort } from '@jixiao/workbook';
import { readXlsx } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { newWorkbookLayout } from '../src/new-workbook-layout.js';
import { run } from '../src/run.js';
import { renderIssue } from '@jixiao/workbook';

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

/** One sheet as its cell values from A1 (what a form needs: its labels and its typed figures). */
export interface RowsSheet {
  name: string;
  rows: CellValue[][];
}

/** Opens a workbook holding exactly these sheets of plain values, behind the port under test. */
export type RowsPortFactory = (
  sheets: readonly RowsSheet[],
) => Promise<WorkbookPort> | WorkbookPort;

/** The sheets of a copied official-form case (`test-cases/forms/<file>`) as values from A1. */
export function formCaseSheets(file: string): RowsSheet[] {
  const bytes = new Uint8Array(
    readFileSync(new URL(`../test-cases/forms/${file}`, import.meta.url)),
  );
  return Object.values(readXlsx(bytes)).map((g) => {
    const height = g.origin.row + g.values.length;
    const rows: CellValue[][] = [];
    for (let r = 0; r < height; r++) {
      const source = r < g.origin.row ? [] : (g.values[r - g.origin.row] ?? []);
      const row: CellValue[] = Array.from({ length: g.origin.col }, () => null);
      for (let c = 0; c < source.length; c++) row.push(source[c] ?? null);
      rows.push(row);
    }
    return { name: g.name, rows };
  });
}

/**
 * The blank national 项目支出绩效自评表 of the cases (`national-project-C-blank.xlsx`, expected.json):
 * 执行率 89.89% (K5), its 得分 8.99 (L5), 总分 97.82 优 (J23); the 全年执行数 of 年度资金总额 and of
 * 当年财政拨款 sit in I5 and I6.
 */
export const NATIONAL_FORM = {
  file: 'national-project-C-blank.xlsx',
  sheet: '项目支出绩效自评表',
  rate: { cell: 'K5', value: 0.8989 },
  rateScore: { cell: 'L5', value: 8.99 },
  total: { cell: 'J23', value: 97.82, score: '97.82', points: '100' },
  grade: '优',
  spent: { total: 'I5', part: 'I6' },
} as const;

/** Registers the contract cases for one port. */
export function describePortContract(
  name: string,
  open: PortFactory,
  openRows?: RowsPortFactory,
): void {
  if (openRows) describeFormContract(name, openRows);
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
      expect(renderIssue(issue!)).toContain(String(typed));
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

function valueAt(grid: SheetGrid | undefined, address: string): unknown {
  const col = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  return cellOf(grid, row, col);
}

/** The official-form cases of the contract: a form is scored in place through the one run. */
function describeFormContract(name: string, open: RowsPortFactory): void {
  describe(`port contract, official forms: ${name}`, () => {
    const F = NATIONAL_FORM;
    it("scores a blank 项目支出绩效自评表 in place: 执行率, 得分 and 总分 in the form's own cells", async () => {
      const port = await open(formCaseSheets(F.file));
      const first = await run(port);
      expect(first.forms?.forms.map((f) => [f.sheet, f.total, f.grade, f.complete])).toEqual([
        [F.sheet, { score: F.total.score, points: F.total.points }, F.grade, true],
      ]);
      expect(first.evaluation).toBeNull();
      expect(first.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      const back = (await port.readSheets([F.sheet]))[F.sheet];
      for (const out of [F.rate, F.rateScore, F.total])
        expect([out.cell, valueAt(back, out.cell)]).toEqual([out.cell, out.value]);
      // a second run finds its own values and writes nothing
      const second = await run(port);
      expect(second.plan.cells).toEqual([]);
      expect(second.issues.map((i) => i.code)).not.toContain('form.printedDiffers');
      if (port.readWritten) expect(second.plan.written).toBeUndefined();
    });

    it("after an input changes, the tool's own values are rewritten where the port keeps the record", async () => {
      const port = await open(formCaseSheets(F.file));
      await run(port);
      // the publisher corrects 全年执行数: 287.65 → 300 (its part 当年财政拨款 270.15 → 282.5)
      const edit = (address: string, value: number) => ({
        sheet: F.sheet,
        row: Number(address.slice(1)) - 1,
        col: address.charCodeAt(0) - 65,
        address,
        value,
      });
      await port.apply({
        cells: [edit(F.spent.total, 300), edit(F.spent.part, 282.5)],
        replaceSheets: [],
      });
      const again = await run(port);
      const form = again.forms!.forms[0]!;
      expect(form.executionRate).toBe('0.9375');
      const differs = again.issues.filter((i) => i.code === 'form.printedDiffers');
      const back = (await port.readSheets([F.sheet]))[F.sheet];
      if (port.readWritten) {
        // the record says K5, L5 and J23 hold the tool's values: rewritten, not reported
        expect(differs).toEqual([]);
        expect(valueAt(back, F.rate.cell)).toBe(0.9375);
        expect(valueAt(back, F.total.cell)).toBe(Number(form.total!.score));
      } else {
        // without a record the tool cannot tell its values from the publisher's: kept, reported
        expect(differs.map((i) => i.cell?.split('!')[1])).toContain(F.rate.cell);
        expect(valueAt(back, F.rate.cell)).toBe(F.rate.value);
      }
    });
  });
}
