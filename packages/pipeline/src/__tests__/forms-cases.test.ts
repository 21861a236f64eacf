/**
 * The official forms of test-cases/forms (copied from the shared cases): every blank form scores to
 * its expected figures with the outputs in the expected cells (or is provisional with the named
 * cells reported, where expected.json says so); every filled form reports exactly the published
 * mistakes listed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Decimal } from '@jixiao/engine';
import { parseQualifiedAddress, type CellWrite } from '@jixiao/workbook';
import { XlsxWorkbook, readXlsx } from '@jixiao/xlsx';
import { scoreForms, type FormResult } from '../score-form.js';

const DIR = fileURLToPath(new URL('../../test-cases/forms/', import.meta.url));

interface Indicator {
  三级指标?: string;
  指标名称?: string;
  score: string | null;
  score_cell?: string;
  coefficient_pct?: string | null;
  coefficient_cell?: string;
  row_is_empty?: boolean;
}
interface SheetCase {
  sheet: string;
  execution: { rate_pct: string; rate_cell: string; score: string; score_cell: string };
  sub_rows_optional?: { rate_cell: string; rate_pct: string | null }[];
  indicators: Indicator[];
  total: {
    score: string;
    cell: string;
    points: string;
    expected_result?: string;
    score_of_computable_rows_only?: string;
    points_of_computable_rows?: string;
  };
  grade?: string;
  grade_when_complete?: string;
  accept_alternative?: string;
  printed?: { mistakes?: { cell: string }[] };
}
interface FileCase extends Partial<SheetCase> {
  kind: 'blank' | 'filled';
  sheets?: Record<string, SheetCase>;
  totals?: Record<string, string>;
}

const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<
  string,
  FileCase
>;
const files = Object.keys(expected).filter((k) => k.endsWith('.xlsx'));

function score(file: string): FormResult[] {
  const bytes = new Uint8Array(readFileSync(`${DIR}${file}`));
  const grids = readXlsx(bytes);
  const result = scoreForms(grids, new XlsxWorkbook(bytes).names());
  if (!result) throw new Error(`${file}: no form recognised`);
  return result.forms;
}

function sheetCases(file: string): SheetCase[] {
  const c = expected[file]!;
  return c.sheets ? Object.values(c.sheets) : [c as SheetCase];
}

const writes = (form: FormResult): Map<string, CellWrite> =>
  new Map(form.cells.map((c) => [c.address, c]));

/** A written rate as a percent with 2 decimals (`0.8989` → `89.89`). */
const pct = (value: number | string | null | undefined): string =>
  value === null || value === undefined ? 'absent' : new Decimal(value).times(100).toFixed(2);
const two = (value: number | string | null | undefined): string =>
  value === null || value === undefined ? 'absent' : new Decimal(value).toFixed(2);

const row = (address: string): number => parseQualifiedAddress(`x!${address}`)!.row;

describe('every case file is copied and described', () => {
  it('has an expected entry for each workbook in test-cases/forms', () => {
    const present = readdirSync(DIR).filter((f) => f.endsWith('.xlsx'));
    expect(present.sort()).toEqual([...files].sort());
  });
});

describe.each(files.filter((f) => expected[f]!.kind === 'blank'))('blank form %s', (file) => {
  const forms = score(file);
  it.each(sheetCases(file).map((c) => [c.sheet, c] as const))(
    'sheet %s: execution, indicators and total in their cells',
    (sheet, c) => {
      const form = forms.find((f) => f.sheet === sheet)!;
      expect(form, `sheet ${sheet} recognised`).toBeDefined();
      const w = writes(form);
      const alternative = c.accept_alternative !== undefined && !form.complete;
      // execution
      expect(pct(w.get(c.execution.rate_cell)?.value)).toBe(c.execution.rate_pct);
      expect(two(w.get(c.execution.score_cell)?.value)).toBe(c.execution.score);
      for (const sub of c.sub_rows_optional ?? []) {
        const written = w.get(sub.rate_cell);
        if (sub.rate_pct === null) expect(written).toBeUndefined();
        else if (written) expect(pct(written.value)).toBe(sub.rate_pct);
      }
      // indicators
      for (const ind of c.indicators) {
        if (ind.row_is_empty) continue;
        const name = ind.三级指标 ?? ind.指标名称 ?? '';
        const cell = ind.score_cell!;
        if (ind.score === null) {
          expect(w.get(cell), `${name}: nothing written`).toBeUndefined();
          expect(
            form.issues.some((i) => i.severity === 'error' && i.row === row(cell)),
            `${name}: an error on its row`,
          ).toBe(true);
          continue;
        }
        if (alternative && w.get(cell) === undefined) {
          // the accepted alternative: an issue on the row instead of a score
          expect(form.issues.some((i) => i.row === row(cell) && i.severity === 'error')).toBe(true);
          continue;
        }
        expect(two(w.get(cell)?.value), `${name} at ${cell}`).toBe(ind.score);
        if (ind.coefficient_cell && ind.coefficient_pct)
          expect(pct(w.get(ind.coefficient_cell)?.value), `${name} 得分系数`).toBe(
            ind.coefficient_pct,
          );
      }
      // total
      const total = c.total;
      if (total.expected_result?.startsWith('incomplete')) {
        expect(form.complete).toBe(false);
        expect(form.grade).toBeNull();
        expect(two(form.total?.score)).toBe(total.score_of_computable_rows_only);
        expect(form.total?.points).toBe(total.points_of_computable_rows);
        expect(w.get(total.cell), 'no provisional total written').toBeUndefined();
      } else if (alternative) {
        expect(form.grade).toBeNull();
        expect(w.get(total.cell), 'no total written').toBeUndefined();
      } else {
        expect(form.complete).toBe(true);
        expect(two(w.get(total.cell)?.value)).toBe(total.score);
        expect(form.total?.score).toBe(total.score);
        expect(form.grade).toBe(c.grade);
      }
    },
  );
});

describe.each(files.filter((f) => expected[f]!.kind === 'filled'))('filled form %s', (file) => {
  const forms = score(file);
  it.each(sheetCases(file).map((c) => [c.sheet, c] as const))(
    'sheet %s reports exactly the published mistakes',
    (sheet, c) => {
      const form = forms.find((f) => f.sheet === sheet)!;
      expect(form, `sheet ${sheet} recognised`).toBeDefined();
      let listed = (c.printed?.mistakes ?? []).map((m) => m.cell);
      if (c.accept_alternative !== undefined && !form.complete) {
        // the accepted alternative writes no total: the printed total is then not checked, and
        // each row the reading stopped at carries an error
        listed = listed.filter((cell) => cell !== c.total.cell);
        expect(form.issues.filter((i) => i.severity === 'error').length).toBeGreaterThan(0);
        expect(form.cells.some((w) => w.address === c.total.cell)).toBe(false);
      }
      const reported = form.mistakes.map((m) => m.cell!.split('!')[1]);
      expect(reported.sort()).toEqual(listed.sort());
      // a printed value is never overwritten: every planned cell is empty in the form
      const grid = readXlsx(new Uint8Array(readFileSync(`${DIR}${file}`)), [sheet])[sheet]!;
      for (const cell of form.cells)
        expect(grid.values[cell.row]?.[cell.col] ?? null, cell.address).toBeNull();
    },
  );
});

describe('writing a form in place', () => {
  it('puts the outputs into the package and keeps every other cell', () => {
    const bytes = new Uint8Array(readFileSync(`${DIR}national-project-C-blank.xlsx`));
    const workbook = new XlsxWorkbook(bytes);
    const before = workbook.read();
    const result = scoreForms(before, workbook.names())!;
    const after = readXlsx(workbook.applySync(result.plan));
    const grid = after['项目支出绩效自评表']!;
    const at = (a: string) => {
      const { row, col } = parseQualifiedAddress(`x!${a}`)!;
      return grid.values[row]?.[col];
    };
    expect(at('K5')).toBe(0.8989);
    expect(at('L5')).toBe(8.99);
    expect(at('J23')).toBe(97.82);
    const old = before['项目支出绩效自评表']!;
    const written = new Set(result.plan.cells.map((c) => `${c.row}:${c.col}`));
    old.values.forEach((r, i) =>
      r.forEach((v, j) => {
        if (!written.has(`${i}:${j}`)) expect(grid.values[i]?.[j] ?? null).toEqual(v);
      }),
    );
    // scoring the written form again changes nothing and reports nothing printed as wrong
    const again = scoreForms(after)!;
    expect(again.plan.cells).toEqual([]);
    expect(again.forms[0]!.mistakes).toEqual([]);
  });
});

describe('the record of the cells the tool wrote, on a form', () => {
  const load = () =>
    new XlsxWorkbook(new Uint8Array(readFileSync(`${DIR}national-project-C-blank.xlsx`)));
  const SHEET = '项目支出绩效自评表';
  const edit = (address: string, value: string | number | null) => {
    const { row, col } = parseQualifiedAddress(`x!${address}`)!;
    return { sheet: SHEET, row, col, address, value };
  };

  it('the first run records the cells it writes; a run on the record finds them its own', () => {
    const workbook = load();
    const first = scoreForms(workbook.read(), workbook.names(), { written: workbook.written() })!;
    const recorded = new Map(first.plan.written!.map((c) => [c.address, c.value]));
    expect([recorded.get('K5'), recorded.get('L5'), recorded.get('J23')]).toEqual([
      '0.8989',
      '8.99',
      '97.82',
    ]);
    workbook.applySync(first.plan);
    const again = scoreForms(workbook.read(), workbook.names(), { written: workbook.written() })!;
    expect(again.plan).toEqual({ cells: [], replaceSheets: [] });
  });

  it("a value the publisher typed over the tool's is reported and kept; the tool's own is rewritten", () => {
    const workbook = load();
    workbook.applySync(scoreForms(workbook.read(), workbook.names(), { written: null })!.plan);
    // the publisher types 9 over the tool's 8.99 and corrects an amount (the rate changes)
    workbook.applySync({
      cells: [edit('L5', 9), edit('I5', 300), edit('I6', 282.5)],
      replaceSheets: [],
    });
    const run = scoreForms(workbook.read(), workbook.names(), { written: workbook.written() })!;
    const cells = new Map(run.plan.cells.map((c) => [c.address, c.value]));
    expect(cells.get('K5')).toBe(0.9375);
    expect(cells.has('L5')).toBe(false);
    const differs = run.forms[0]!.issues.filter((i) => i.code === 'form.printedDiffers');
    expect(differs.map((i) => i.cell)).toEqual([`${SHEET}!L5`]);
    // the typed cell is the publisher's now: it leaves the record
    expect(run.plan.written!.some((c) => c.address === 'L5')).toBe(false);
  });

  it('a total the tool wrote is cleared when the result becomes provisional', () => {
    const workbook = load();
    workbook.applySync(scoreForms(workbook.read(), workbook.names(), { written: null })!.plan);
    // a row loses its actual value: it cannot be scored, the total is provisional
    workbook.applySync({ cells: [edit('H13', null)], replaceSheets: [] });
    const run = scoreForms(workbook.read(), workbook.names(), { written: workbook.written() })!;
    expect(run.forms[0]!.complete).toBe(false);
    expect(run.plan.cells.find((c) => c.address === 'J23')?.value).toBeNull();
    expect(run.plan.written!.some((c) => c.address === 'J23')).toBe(false);
  });
});
