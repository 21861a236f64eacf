/**
 * Edits that cost what they change. After a full run ({@link IncrementalScorer.fromRun}) the scorer
 * keeps the grids it read, the reading's issues, the plan's record and an incremental evaluator
 * (`createEvaluator` of @jixiao/engine). An edit of a few rows of 预算执行 or 绩效指标 then needs
 * only those rows read again (with the header rows, the sheet's used range and the sheet list, to
 * tell a structural change): each row is read by @jixiao/workbook's own reader (`readWorkbook` over
 * a grid that holds just the header rows and that row, so every reading rule — units, percentages,
 * labels, directions — is the same), the evaluator re-scores what depends on it, and only the
 * output cells whose values change (or that a run must check again) are planned. The result equals
 * `scoreWorkbook` on the edited grids (`incremental.test.ts` checks it for random edit sequences).
 *
 * Anything else — an edit of 基本信息 or 报告模板, of a header, a blank row, a row of the
 * 一级/二级指标 chain, rows inserted or deleted, sheets added or renamed, a row that stops being a
 * line — answers null: the caller runs the full pass instead.
 */
import { createEvaluator, type Evaluation, type EvaluationInput } from '@jixiao/engine';
import { fillTemplate } from '@jixiao/report';
import {
  engineIssuesToCells,
  parseRect,
  planWrites,
  readWorkbook,
  sortIssues,
  cellAddress,
  findSheet,
  isReportEntry,
  REPORT_SHEET,
  reportEdits,
  type CellIssue,
  type CellMap,
  type CellValue,
  type SheetGrid,
  type SheetGrids,
  type SheetMap,
  type WritePlan,
  type WrittenCell,
} from '@jixiao/workbook';
import {
  sheetAsIs,
  summarize,
  templateIssuesToCells,
  type PipelineOptions,
  type PipelineResult,
} from '@jixiao/pipeline';
import { ISSUE_CODES } from '@jixiao/engine';

/** At most this many rows per edit are re-read one by one; a larger edit (a paste) runs in full. */
export const MAX_EDITED_ROWS = 20;

/** What to read for an edit: per sheet, the header rows (from the used range's top) and the rows. */
export interface RowRequest {
  sheet: string;
  /** The used range's first row and its columns as the full run read them. */
  top: number;
  col: number;
  colCount: number;
  /** The last header row (0-based): rows from the used range's top to it are read. */
  headerRow: number;
  /** The edited rows (0-based, absolute). */
  rows: number[];
}

/** What the host returned for a {@link RowRequest}. */
export interface RowsRead {
  sheet: string;
  /** The workbook's sheet names now, in order. */
  names: readonly string[];
  /** The sheet's used range now, or null when it has none. */
  used: { row: number; col: number; rowCount: number; colCount: number } | null;
  /**
   * A sparse grid over the used range's columns: the header rows and the requested rows (as
   * `OfficePort` reads them: values, formulas, number formats); other rows are holes.
   */
  grid: SheetGrid;
}

const ENGINE_CODES = new Set<string>(ISSUE_CODES);
const isPlannerIssue = (i: CellIssue): boolean => i.code.startsWith('output.');
const isTemplateIssue = (i: CellIssue): boolean =>
  i.code.startsWith('report.') && i.code !== 'report.defaultTemplate';
/** The reader's (and the pipeline's own) issues: what the engine, report and planner did not add. */
const isReaderIssue = (i: CellIssue): boolean =>
  !ENGINE_CODES.has(i.code) && !isPlannerIssue(i) && !isTemplateIssue(i);

type Kind = 'budget' | 'indicators';

interface Used {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

function usedOf(grid: SheetGrid): Used | null {
  if (grid.values.length === 0) return null;
  let width = 0;
  for (const r of grid.values) if (r !== undefined) width = Math.max(width, r.length);
  return {
    row: grid.origin.row,
    col: grid.origin.col,
    rowCount: grid.values.length,
    colCount: width,
  };
}

function sameUsed(a: Used | null, b: Used | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.row === b.row && a.col === b.col && a.rowCount === b.rowCount && a.colCount === b.colCount
  );
}

function cellKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

/** The incremental state of one workbook between full runs. Not thread-safe; one edit at a time. */
export class IncrementalScorer {
  private readonly grids: Record<string, SheetGrid>;
  private readonly evaluator: ReturnType<typeof createEvaluator>;
  private input: EvaluationInput;
  private evaluation: Evaluation;
  private readerIssues: CellIssue[];
  private plannerIssues: CellIssue[];
  private summary: PipelineResult['summary'];
  /** The record the last plan computed (every output cell the tool owns), in `planWrites`' order. */
  private readonly record: WrittenCell[];
  private readonly recordIndex: Map<string, number>;
  /** The stored record's values by `sheet!address`, or null when the workbook has none. */
  private storedIndex: Map<string, string> | null;
  /** Whether the stored record holds the same cells as {@link record}. */
  private sameCells: boolean;
  /** Cells whose value in {@link record} differs from the stored record's. */
  private readonly differs = new Set<string>();
  private readonly map: CellMap;
  /** Rows of each sheet's grid that are this scorer's own arrays (written in place). */
  private readonly ownRows = new Map<string, Set<number>>();
  /** Item index by absolute row, per sheet. */
  private readonly indexOfRow = new Map<string, Map<number, number>>();

  private constructor(
    grids: SheetGrids,
    private readonly names: readonly string[],
    private readonly result: PipelineResult & { input: EvaluationInput; evaluation: Evaluation },
    private readonly options: PipelineOptions,
    /** The record the workbook holds now (what a full run reads), or null. */
    private stored: readonly WrittenCell[] | null,
    /** Whether the workbook keeps the record a plan writes (the port has `readWritten`). */
    private readonly keepsRecord: boolean,
  ) {
    this.grids = { ...grids };
    this.map = result.map;
    // the data sheets' outer arrays are ours (rows are shared until written)
    for (const m of [result.map.budget!, result.map.indicators!]) {
      const grid = this.grids[m.sheet]!;
      this.grids[m.sheet] = {
        ...grid,
        values: [...grid.values],
        formulas: grid.formulas ? [...grid.formulas] : undefined,
        numberFormats: grid.numberFormats ? [...grid.numberFormats] : undefined,
      };
      this.ownRows.set(m.sheet, new Set());
      this.indexOfRow.set(m.sheet, new Map(m.rows.map((r, i) => [r, i])));
    }
    this.input = result.input;
    this.evaluation = result.evaluation;
    this.evaluator = createEvaluator(this.engineInput(result.input));
    this.readerIssues = result.issues.filter(isReaderIssue);
    this.plannerIssues = result.issues.filter(isPlannerIssue);
    this.summary = result.summary;
    this.record = [...(result.plan.written ?? stored ?? [])];
    this.recordIndex = new Map(this.record.map((c, i) => [cellKey(c.sheet, c.address), i]));
    this.storedIndex =
      stored === null ? null : new Map(stored.map((c) => [cellKey(c.sheet, c.address), c.value]));
    this.sameCells = this.storedIndex !== null && this.storedIndex.size === this.record.length;
    if (this.storedIndex)
      for (const c of this.record) {
        const key = cellKey(c.sheet, c.address);
        if (!this.storedIndex.has(key)) this.sameCells = false;
        else if (this.storedIndex.get(key) !== c.value) this.differs.add(key);
      }
  }

  /**
   * The state after a full run: the grids it read, the workbook's sheet names, its result and
   * options (with the record of written cells it read). Null when the run scored nothing or read
   * merged areas (their spread values tie rows together): every edit then runs in full.
   */
  static fromRun(
    grids: SheetGrids,
    names: readonly string[],
    result: PipelineResult,
    options: PipelineOptions & { keepsRecord?: boolean },
  ): IncrementalScorer | null {
    const { input, evaluation, map } = result;
    if (input === null || evaluation === null || !map.budget || !map.indicators || !map.info)
      return null;
    // a workbook of official forms, or with projects (所属项目), is scored part by part: in full
    if (result.forms || result.projects.length > 0) return null;
    for (const m of [map.budget, map.indicators]) {
      const grid = grids[m.sheet];
      if (!grid || (grid.merges?.length ?? 0) > 0) return null;
    }
    const { keepsRecord, ...rest } = options;
    return new IncrementalScorer(
      grids,
      names,
      { ...result, input, evaluation },
      rest,
      options.written ?? null,
      keepsRecord ?? false,
    );
  }

  private engineInput(input: EvaluationInput): EvaluationInput {
    const rules = this.options.rules;
    return rules === undefined ? input : { ...input, info: { ...input.info, ...rules } };
  }

  private sheetMap(kind: Kind): SheetMap<string> {
    return (kind === 'budget' ? this.map.budget : this.map.indicators)!;
  }

  private kindOf(sheet: string): Kind | null {
    if (sheet === this.map.budget!.sheet) return 'budget';
    if (sheet === this.map.indicators!.sheet) return 'indicators';
    return null;
  }

  /**
   * What to read for edits given as `Sheet!A1:B2` (or sheet and local address), or null when they
   * need a full run (another sheet, a header, a row that is not a line, too many rows).
   */
  request(edits: readonly { sheet: string; address: string }[]): RowRequest[] | null {
    const bySheet = new Map<string, Set<number>>();
    for (const edit of edits) {
      const kind = this.kindOf(edit.sheet);
      if (kind === null) return null;
      const rect = parseRect(edit.address);
      if (rect === null || rect.rowCount > MAX_EDITED_ROWS) return null;
      const m = this.sheetMap(kind);
      const rows = bySheet.get(edit.sheet) ?? new Set<number>();
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        if (!m.rows.includes(r)) return null;
        rows.add(r);
      }
      if (rows.size > MAX_EDITED_ROWS) return null;
      bySheet.set(edit.sheet, rows);
    }
    if (bySheet.size === 0) return null;
    return [...bySheet].map(([sheet, rows]) => {
      const used = usedOf(this.grids[sheet]!)!;
      return {
        sheet,
        top: used.row,
        col: used.col,
        colCount: used.colCount,
        headerRow: this.sheetMap(this.kindOf(sheet)!).headerRow,
        rows: [...rows].sort((a, b) => a - b),
      };
    });
  }

  /**
   * The run's result after the rows read for {@link request}, or null when the edit turned out
   * structural (the sheets, the used range or the header rows changed, a row stopped being a line
   * or changed its kind or its 一级/二级指标): run in full then, and drop this scorer.
   */
  update(reads: readonly RowsRead[]): PipelineResult | null {
    // a report asked for without a template of its own follows the default one: run in full
    if (this.options.report === true && this.result.template.length === 0) return null;
    const edited = new Map<Kind, { index: number; row: number }[]>();
    for (const read of reads) {
      if (!sameNames(read.names, this.names)) return null;
      const kind = this.kindOf(read.sheet);
      if (kind === null) return null;
      const m = this.sheetMap(kind);
      const grid = this.grids[m.sheet]!;
      if (!sameUsed(read.used, usedOf(grid))) return null;
      for (let r = grid.origin.row; r <= m.headerRow; r++)
        if (!sameRow(grid, read.grid, r)) return null;
      const list = edited.get(kind) ?? [];
      const rowsOf = this.indexOfRow.get(m.sheet)!;
      const read0 = read.grid.origin.row;
      for (let r = m.headerRow + 1 - read0; r < read.grid.values.length; r++) {
        const row = read0 + r;
        if (read.grid.values[r] === undefined || sameRow(grid, read.grid, row)) continue;
        const index = rowsOf.get(row);
        if (index === undefined) return null;
        // a changed 一级/二级指标 carries down to the rows below, and a changed 分值 is checked
        // against a 合计 row's by the reader: run in full
        if (kind === 'indicators')
          for (const key of ['level1', 'level2', 'points'] as const) {
            const col = m.columns[key];
            if (col !== undefined && !sameCell(grid, read.grid, row, col)) return null;
          }
        list.push({ index, row });
      }
      edited.set(kind, list);
      // the grid now holds what the sheet holds (the rows read are new arrays: ours)
      for (const { row } of list) this.takeRow(m.sheet, read.grid, row);
    }
    const budgetRows = edited.get('budget') ?? [];
    const indicatorRows = edited.get('indicators') ?? [];
    // Re-read each edited row with the workbook's reader.
    const lines = [...this.input.budgetLines];
    const indicators = [...this.input.indicators];
    let readerIssues = this.readerIssues;
    const budgetSheet = this.map.budget!.sheet;
    const indicatorSheet = this.map.indicators!.sheet;
    for (const { index, row } of budgetRows) {
      const got = this.readRow('budget', row, []);
      if (got === null) return null;
      const old = this.input.budgetLines[index]!;
      const line = got.reading.input!.budgetLines[got.k]!;
      if ((old.role ?? 'line') !== (line.role ?? 'line')) return null;
      lines[index] = line;
      readerIssues = replaceRowIssues(readerIssues, budgetSheet, row, got.issues);
    }
    for (const { index, row } of indicatorRows) {
      const got = this.readRow('indicators', row, this.levelChain(index));
      if (got === null) return null;
      indicators[index] = got.reading.input!.indicators[got.k]!;
      readerIssues = replaceRowIssues(readerIssues, indicatorSheet, row, got.issues);
    }

    // Score again only what depends on the edited rows.
    let evaluation = this.evaluation;
    for (const { index } of budgetRows)
      evaluation = this.evaluator.updateBudgetLine(
        index,
        replacing(lines[index]!, this.input.budgetLines[index]!),
      );
    for (const { index } of indicatorRows)
      this.evaluator.updateIndicator(
        index,
        replacing(indicators[index]!, this.input.indicators[index]!),
      );
    if (indicatorRows.length > 0) evaluation = this.evaluator.evaluation;
    const input: EvaluationInput = { ...this.input, budgetLines: lines, indicators };

    const map = this.map;
    const locale = this.options.locale ?? 'zh-CN';
    const issues: CellIssue[] = [...readerIssues];
    issues.push(...engineIssuesToCells(evaluation.issues, map));
    let report: PipelineResult['report'] = null;
    const own = this.result.template.length > 0;
    if (this.options.report !== false && own) {
      const filled = fillTemplate(this.result.template, evaluation, {
        locale,
        input,
        scoreTable: this.options.scoreTable,
      });
      report = { blocks: filled.blocks, rows: filled.rows };
      issues.push(...templateIssuesToCells(filled.issues));
    }
    // a 报告 edited by hand since the last fill is the full run's to report and keep
    const reportGrid = findSheet(this.grids, REPORT_SHEET) ?? undefined;
    if (report !== null) {
      const edits = reportEdits(reportGrid, this.record);
      if (reportGrid && edits !== null && edits.length > 0) return null;
    }

    // Plan the output cells of the rows whose results changed, were edited, or had a planner issue.
    const budgetChanged = new Set(budgetRows.map((e) => e.index));
    const before = this.evaluation;
    for (const line of evaluation.budget.lines) {
      const old = before.budget.lines[line.index];
      if (old === undefined || old.rate !== line.rate) budgetChanged.add(line.index);
    }
    const indicatorChanged = new Set(indicatorRows.map((e) => e.index));
    for (const r of evaluation.indicators) {
      const old = before.indicators[r.index];
      if (
        old === undefined ||
        old.completion !== r.completion ||
        old.score !== r.score ||
        old.deducted !== r.deducted ||
        old.status !== r.status ||
        old.actual !== r.actual
      )
        indicatorChanged.add(r.index);
    }
    const issueRows = new Set<string>();
    for (const i of this.plannerIssues)
      if (i.row !== undefined) issueRows.add(`${i.sheet}\u0000${i.row}`);
    for (const key of issueRows) {
      const [sheet, row] = key.split('\u0000') as [string, string];
      const i = this.indexOfRow.get(sheet)?.get(Number(row));
      if (i === undefined) continue;
      if (sheet === budgetSheet) budgetChanged.add(i);
      else if (sheet === indicatorSheet) indicatorChanged.add(i);
    }
    const planned = this.planRows(evaluation, budgetChanged, indicatorChanged, report);
    if (planned === null) return null;
    issues.push(...planned.plannerIssues);
    const sorted = sortIssues(issues);

    // The summary: indicators whose result object is new are summarised again.
    const fresh = evaluation.indicators.filter((r, i) => before.indicators[i] !== r);
    const partial = summarize(
      { ...evaluation, indicators: fresh },
      sorted,
      { department: this.result.summary.department, year: this.result.summary.year },
      locale,
    );
    const summaryIndicators = [...this.summary.indicators];
    fresh.forEach((r, k) => {
      summaryIndicators[r.index] = partial.indicators[k]!;
    });
    const summary = { ...partial, indicators: summaryIndicators };

    this.input = input;
    this.evaluation = evaluation;
    this.readerIssues = readerIssues;
    this.plannerIssues = planned.plannerIssues;
    this.summary = summary;
    return {
      input,
      evaluation,
      template: this.result.template,
      map,
      issues: sorted,
      plan: planned.plan,
      report,
      asIs: reportGrid ? sheetAsIs(reportGrid) : null,
      reportEdited: null,
      summary,
      forms: null,
      projects: [],
    };
  }

  /** Row `row` of a sheet's grid becomes the row read (new arrays, so ours). */
  private takeRow(sheet: string, read: SheetGrid, row: number): void {
    const grid = this.grids[sheet]!;
    const r = row - grid.origin.row;
    const k = row - read.origin.row;
    const width = grid.values[r]?.length ?? 0;
    const fit = <T>(cells: T[] | undefined, fill: T): T[] => {
      const out = cells ?? [];
      while (out.length < width) out.push(fill);
      return out;
    };
    grid.values[r] = fit(read.values[k], null);
    if (grid.formulas) grid.formulas[r] = fit(read.formulas?.[k], null);
    if (grid.numberFormats) grid.numberFormats[r] = fit(read.numberFormats?.[k], null);
    this.ownRows.get(sheet)!.add(r);
  }

  /**
   * The indicator rows above `index` that its 一级/二级指标 may continue from: back to the nearest
   * row with its own 一级指标 (the reader carries a blank one down from the row above).
   */
  private levelChain(index: number): number[] {
    const m = this.map.indicators!;
    const col = m.columns.level1;
    const grid = this.grids[m.sheet]!;
    const rows: number[] = [];
    for (let j = index - 1; j >= 0; j--) {
      const row = m.rows[j]!;
      rows.unshift(row);
      if (col === undefined) break;
      const v = grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
      if (!(v === null || (typeof v === 'string' && v.trim() === ''))) break;
    }
    return col === undefined ? [] : rows;
  }

  /**
   * `row` of a sheet read by `readWorkbook` over 基本信息, the header rows and `row` (with the
   * rows `before` it that its values continue from): its item and its issues, or null when it is
   * no longer one item at the same place.
   */
  private readRow(
    kind: Kind,
    row: number,
    before: readonly number[],
  ): { reading: ReturnType<typeof readWorkbook>; k: number; issues: CellIssue[] } | null {
    const m = this.sheetMap(kind);
    const other = this.sheetMap(kind === 'budget' ? 'indicators' : 'budget');
    const info = this.map.info!.sheet;
    const grids: Record<string, SheetGrid> = {
      [info]: this.grids[info]!,
      [m.sheet]: sparse(this.grids[m.sheet]!, m.headerRow, [...before, row]),
      [other.sheet]: sparse(this.grids[other.sheet]!, other.headerRow, []),
    };
    const reading = readWorkbook(grids, { surface: this.options.surface ?? 'cli' });
    const got = kind === 'budget' ? reading.map.budget : reading.map.indicators;
    if (reading.input === null || got === null || got.headerRow !== m.headerRow) return null;
    // a row that names a project (所属项目) splits the workbook: in full
    if (reading.projects !== null) return null;
    if (!sameColumns(got.columns, m.columns)) return null;
    const k = got.rows.indexOf(row);
    if (k < 0 || got.rows.length !== before.length + 1) return null;
    const issues = reading.issues.filter((i) => i.sheet === m.sheet && i.row === row);
    return { reading, k, issues };
  }

  /**
   * `planWrites` over the changed rows only, with the part of the stored record those cells
   * have; the other output cells hold what the last plan wrote and keep their issues. Null when a
   * cell became the tool's or stopped being it (the record's order is rebuilt by a full run).
   */
  private planRows(
    evaluation: Evaluation,
    budget: ReadonlySet<number>,
    indicators: ReadonlySet<number>,
    report: PipelineResult['report'],
  ): { plan: WritePlan; plannerIssues: CellIssue[] } | null {
    const map = this.map;
    const cells = new Map<string, { sheet: string; address: string }>();
    const add = (m: SheetMap<string>, index: number, keys: readonly string[]) => {
      const row = m.rows[index];
      if (row === undefined) return;
      for (const key of keys) {
        const col = m.columns[key];
        if (col === undefined) continue;
        const address = cellAddress(row, col);
        cells.set(cellKey(m.sheet, address), { sheet: m.sheet, address });
      }
    };
    for (const i of budget) add(map.budget!, i, ['rate']);
    for (const i of indicators)
      add(map.indicators!, i, ['completion', 'score', 'deducted', 'actual']);
    // the stored record's entries of these cells (ownership is decided on them, as in a full run)
    let storedPart: WrittenCell[] | null = null;
    if (this.storedIndex) {
      storedPart = [];
      for (const [key, c] of cells) {
        const value = this.storedIndex.get(key);
        if (value !== undefined) storedPart.push({ ...c, value });
      }
      // and the last 报告 fill the record keeps (filled again, or carried over, as in a full run)
      for (const c of this.record) {
        if (!isReportEntry(c)) continue;
        const value = this.storedIndex.get(cellKey(c.sheet, c.address));
        if (value !== undefined) storedPart.push({ ...c, value });
      }
    }
    const sub: Evaluation = {
      ...evaluation,
      budget: {
        ...evaluation.budget,
        lines: evaluation.budget.lines.filter((l) => budget.has(l.index)),
      },
      indicators: evaluation.indicators.filter((r) => indicators.has(r.index)),
    };
    const planned = planWrites(this.grids, map, sub, {
      report: report?.rows ?? null,
      written: storedPart,
    });
    const subRecord = planned.plan.written ?? storedPart ?? [];
    // the record: the last one with these cells' entries replaced (the same cells: a cell that
    // became the tool's or stopped being it reorders the record — a full run does that); the 报告
    // fill's entries are replaced in place when the fill covers the same cells, else in full
    let owned = 0;
    for (const key of cells.keys()) if (this.recordIndex.has(key)) owned++;
    const reportOwned = this.record.filter(isReportEntry).length;
    if (owned + reportOwned !== subRecord.length) return null;
    for (const c of subRecord) {
      const key = cellKey(c.sheet, c.address);
      const at = this.recordIndex.get(key);
      if (at === undefined) return null;
      this.record[at] = c;
      if (this.storedIndex?.get(key) === c.value) this.differs.delete(key);
      else this.differs.add(key);
    }
    const plan: WritePlan = {
      cells: planned.plan.cells,
      replaceSheets: planned.plan.replaceSheets,
    };
    const same =
      this.storedIndex === null
        ? this.record.length === 0
        : this.sameCells && this.differs.size === 0;
    if (!same) plan.written = [...this.record];
    const rowsPlanned = new Set<string>();
    for (const [m, set] of [
      [map.budget!, budget],
      [map.indicators!, indicators],
    ] as const)
      for (const i of set) {
        const row = m.rows[i];
        if (row !== undefined) rowsPlanned.add(`${m.sheet}\u0000${row}`);
      }
    const kept = this.plannerIssues.filter(
      (i) => i.row === undefined || !rowsPlanned.has(`${i.sheet}\u0000${i.row}`),
    );
    const added = planned.issues.filter((i) => i.row !== undefined);
    return { plan, plannerIssues: [...kept, ...added] };
  }

  /**
   * The plan landed: the grids take the written cells and replaced sheets, and the workbook now
   * holds the plan's record (when it keeps one).
   */
  applied(plan: WritePlan): void {
    for (const write of plan.cells) {
      const grid = this.grids[write.sheet];
      const own = this.ownRows.get(write.sheet);
      if (!grid || !own) continue;
      const r = write.row - grid.origin.row;
      const c = write.col - grid.origin.col;
      if (r < 0 || r >= grid.values.length || c < 0) continue;
      if (!own.has(r)) {
        own.add(r);
        grid.values[r] = [...(grid.values[r] ?? [])];
        if (grid.formulas) grid.formulas[r] = [...(grid.formulas[r] ?? [])];
        if (grid.numberFormats) grid.numberFormats[r] = [...(grid.numberFormats[r] ?? [])];
      }
      grid.values[r]![c] = write.value;
      if (grid.formulas) grid.formulas[r]![c] = null;
      if (write.numberFormat !== undefined && grid.numberFormats)
        grid.numberFormats[r]![c] = write.numberFormat;
    }
    for (const r of plan.replaceSheets)
      this.grids[r.sheet] = {
        name: r.sheet,
        origin: { row: 0, col: 0 },
        values: r.rows.map((x) => [...x]),
      };
    if (this.keepsRecord && plan.written !== undefined) {
      if (this.storedIndex === null || !this.sameCells) {
        this.storedIndex = new Map(this.record.map((c) => [cellKey(c.sheet, c.address), c.value]));
        this.sameCells = true;
      } else
        for (const key of this.differs) {
          const at = this.recordIndex.get(key);
          if (at !== undefined) this.storedIndex.set(key, this.record[at]!.value);
        }
      this.differs.clear();
    }
  }

  /** The grids as the scorer holds them (tests). */
  get currentGrids(): SheetGrids {
    return this.grids;
  }
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function sameColumns(
  a: Partial<Record<string, number>>,
  b: Partial<Record<string, number>>,
): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

function at<T>(
  rows: readonly (readonly T[] | undefined)[] | undefined,
  r: number,
  c: number,
): T | null {
  return rows?.[r]?.[c] ?? null;
}

function sameCellValue(a: CellValue, b: CellValue): boolean {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object')
    return a.error === b.error;
  return a === b;
}

/** Whether two grids agree at (row, col): value, formula and number format. */
function sameCell(a: SheetGrid, b: SheetGrid, row: number, col: number): boolean {
  const ra = row - a.origin.row;
  const ca = col - a.origin.col;
  const rb = row - b.origin.row;
  const cb = col - b.origin.col;
  return (
    sameCellValue(at(a.values, ra, ca), at(b.values, rb, cb)) &&
    at(a.formulas, ra, ca) === at(b.formulas, rb, cb) &&
    at(a.numberFormats, ra, ca) === at(b.numberFormats, rb, cb)
  );
}

/** Whether two grids agree on a whole row (over both grids' columns). */
function sameRow(a: SheetGrid, b: SheetGrid, row: number): boolean {
  const width = (g: SheetGrid) => g.origin.col + (g.values[row - g.origin.row]?.length ?? 0);
  const from = Math.min(a.origin.col, b.origin.col);
  const to = Math.max(width(a), width(b));
  for (let col = from; col < to; col++) if (!sameCell(a, b, row, col)) return false;
  return true;
}

/** The header rows (from the grid's top to `headerRow`) and `rows` of a grid; other rows are holes. */
function sparse(grid: SheetGrid, headerRow: number, rows: readonly number[]): SheetGrid {
  const keep = [
    ...Array.from({ length: headerRow - grid.origin.row + 1 }, (_, k) => grid.origin.row + k),
    ...rows,
  ];
  const last = Math.max(...keep);
  const size = last - grid.origin.row + 1;
  const values: CellValue[][] = new Array<CellValue[]>(size);
  const formulas: (string | null)[][] | undefined = grid.formulas ? new Array(size) : undefined;
  const formats: (string | null)[][] | undefined = grid.numberFormats ? new Array(size) : undefined;
  for (const row of keep) {
    const r = row - grid.origin.row;
    if (r < 0 || grid.values[r] === undefined) continue;
    values[r] = grid.values[r];
    if (formulas && grid.formulas?.[r]) formulas[r] = grid.formulas[r];
    if (formats && grid.numberFormats?.[r]) formats[r] = grid.numberFormats[r];
  }
  const out: SheetGrid = { name: grid.name, origin: grid.origin, values };
  if (formulas) out.formulas = formulas;
  if (formats) out.numberFormats = formats;
  return out;
}

/** A row's issues replaced by a new reading's (the rest kept in order). */
function replaceRowIssues(
  issues: readonly CellIssue[],
  sheet: string,
  row: number,
  next: readonly CellIssue[],
): CellIssue[] {
  return [...issues.filter((i) => !(i.sheet === sheet && i.row === row)), ...next];
}

/** A patch that makes a record equal to `next` (fields `next` lacks are cleared). */
function replacing<T extends object>(next: T, old: T): Partial<T> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(old)) patch[key] = undefined;
  return { ...patch, ...next };
}
