import { emptyCellMap, sortIssues, type WorkbookPort, type WrittenCell } from '@jixiao/workbook';
import { scoreForms, type FormsResult } from './score-form.js';
import {
  scoreTaken,
  type GridsHolder,
  type PipelineOptions,
  type PipelineResult,
} from './score-workbook.js';
import { isContractWorkbook, sheetsToRead } from './sheets.js';
import { summarize } from './summary.js';

/** Options of {@link run}. */
export interface RunOptions extends PipelineOptions {
  /** Compute and return the plan without applying it. Default false. */
  dryRun?: boolean;
}

/**
 * The one run of every front end (the command line, the page's worker, the Excel and WPS panes):
 * read the sheets behind a port (and the record of the cells the tool wrote, when the port keeps
 * one) → validate and evaluate → plan the writes → fill the report → apply the plan (unless
 * `dryRun`). Front ends differ only in how they show the result.
 *
 * Two kinds of workbook, told apart by their sheets' names:
 * - the workbook contract (the default: a workbook with 预算执行 or 绩效指标, by the one sheet-name
 *   rule): its contract sheets are read (other sheets never are), scored, and only output cells and
 *   the 报告 sheet are written; `forms` is null.
 * - otherwise, official forms (项目支出绩效自评表, provincial 部门整体 tables): every visible sheet
 *   that follows a known layout is scored in place (`scoreForms`), its outputs written into its own
 *   cells under the ownership rule; `forms` holds them, `input`, `evaluation` and `report` are null
 *   and `issues` are all forms' issues. A workbook with neither is read as the contract (its issues
 *   name the missing sheets).
 *
 * `port.apply` is called with every plan when not a dry run — also an empty one, so that a port can
 * refresh what is not part of the plan (the pane's highlight of scores below their points); a port
 * with nothing to do for an empty plan returns at once.
 */
export async function run(port: WorkbookPort, options: RunOptions = {}): Promise<PipelineResult> {
  const names = await port.sheetNames();
  // the workbook's record of the cells the tool wrote: typed values in output cells are kept
  const written =
    options.written !== undefined ? options.written : ((await port.readWritten?.()) ?? null);
  const result = await scoreOn(port, names, written, options);
  if (options.dryRun !== true) await port.apply(result.plan, result.map);
  return result;
}

/** Reads and scores a workbook of either kind (see {@link run}), without applying anything. */
async function scoreOn(
  port: WorkbookPort,
  names: readonly string[],
  written: readonly WrittenCell[] | null,
  options: PipelineOptions,
): Promise<PipelineResult> {
  const forms = isContractWorkbook(names) ? null : await formsOn(port, names, written, options);
  if (forms !== null) return formsRunResult(forms, options);
  const read = await readContract(port, names);
  // A port may list the contract's names before it has looked (the pane, to read in one sync):
  // when none of the contract's scored sheets came back, its names are asked for again.
  if (!read.found) {
    const listed = await port.sheetNames();
    const changed = listed.length !== names.length || listed.some((n, i) => n !== names[i]);
    const late =
      changed && !isContractWorkbook(listed) ? await formsOn(port, listed, written, options) : null;
    if (late !== null) return formsRunResult(late, options);
  }
  return scoreTaken(read.holder, { ...options, written });
}

/**
 * The contract's sheets, in a holder that scoring empties: once read, only what planning needs of
 * the grids is kept (a 100,000-line sheet is 60 MB as a grid, its output columns a few). Read in
 * an async function of its own, so that neither the caller's frame nor the job that resumes it
 * (which runs all of scoring) holds the grids it awaited; `found` is false when none of the
 * contract's scored sheets came back.
 */
async function readContract(
  port: WorkbookPort,
  names: readonly string[],
): Promise<{ holder: GridsHolder; found: boolean }> {
  const grids = await port.readSheets(sheetsToRead(names));
  return { holder: { grids }, found: isContractWorkbook(Object.keys(grids)) };
}

/** The official forms among a workbook's visible sheets, scored; null when none is a form. */
async function formsOn(
  port: WorkbookPort,
  names: readonly string[],
  written: readonly WrittenCell[] | null,
  options: PipelineOptions,
): Promise<FormsResult | null> {
  const hidden = new Set((await port.hiddenSheetNames?.()) ?? []);
  const visible = names.filter((n) => !hidden.has(n));
  if (visible.length === 0) return null;
  return scoreForms(await port.readSheets(visible), visible, {
    written,
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
  });
}

/** A run's result for a workbook of official forms (see {@link run}). */
function formsRunResult(forms: FormsResult, options: PipelineOptions): PipelineResult {
  const issues = sortIssues(forms.forms.flatMap((f) => f.issues));
  const first = forms.forms[0]?.identity;
  const info = {
    department: first?.unit ?? first?.department ?? '',
    year: first?.year ?? 0,
  };
  return {
    input: null,
    evaluation: null,
    template: [],
    map: emptyCellMap(),
    issues,
    plan: forms.plan,
    report: null,
    asIs: null,
    reportEdited: null,
    summary: summarize(null, issues, info, options.locale ?? 'zh-CN'),
    projects: [],
    forms,
  };
}
