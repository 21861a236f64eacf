/**
 * The only file of the page that calls the shared packages: score an .xlsx with the one run (on the
 * in-memory .xlsx port, forms included), and produce the downloads (scored workbook, Word report, templates,
 * comparison). Everything here runs inside the worker.
 */
import type { FontProfile } from '@jixiao/report';
import { XlsxWorkbook, createWorkbook } from '@jixiao/xlsx';
import type { Locale, RuleKey } from '@jixiao/engine';
import { newWorkbookLayout, run, summarize, type PipelineResult } from '@jixiao/pipeline';
import { officialFormsXlsx } from '@jixiao/pipeline/xlsx';
import type { WorkbookPort } from '@jixiao/workbook';
import type { FormsNotes } from './protocol.js';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';

export type Scored = PipelineResult;

/** A scored file: the run's result, the scored package, and where the time went (milliseconds). */
export interface ScoredFile {
  scored: Scored;
  /** The workbook with the plan applied: only output cells (a form's own cells) and 报告 patched. */
  bytes: Uint8Array;
  readMs: number;
  scoreMs: number;
}

/**
 * Scores an .xlsx with the one run of every front end (`run` of @jixiao/pipeline) on the in-memory
 * .xlsx port, as the command line does: a contract workbook (its contract sheets only), or a
 * workbook of official forms (each visible form scored in place, `scored.forms`). The page always
 * offers the Word report, so the report is asked for: from 报告模板, or the default template (with
 * the same note as on every surface, naming the page's action) when the workbook has none. Throws
 * `XlsxError` for files that are not .xlsx, encrypted, truncated or too large.
 */
export async function scoreFile(
  bytes: Uint8Array,
  now: () => number,
  rules?: Rules,
): Promise<ScoredFile> {
  const started = now();
  const workbook = new XlsxWorkbook(bytes);
  let readMs = 0;
  // the workbook itself is the port; only its reads are timed
  const port: WorkbookPort = {
    sheetNames: () => workbook.sheetNames(),
    hiddenSheetNames: () => workbook.hiddenSheetNames(),
    readWritten: () => workbook.readWritten(),
    readSheets: async (names) => {
      const t = now();
      const grids = await workbook.readSheets(names);
      readMs += now() - t;
      return grids;
    },
    apply: (plan) => workbook.apply(plan),
  };
  const scored = await run(port, {
    locale: 'zh-CN',
    report: true,
    surface: 'page',
    // the 规则 panel's rules replace the 基本信息 / 规则 sheet items of the same name
    ...(rules === undefined || Object.keys(rules).length === 0 ? {} : { rules }),
  });
  return { scored, bytes: workbook.bytes, readMs, scoreMs: now() - started - readMs };
}

/** Province rules of the page's 规则 panel. */
export type Rules = Partial<Record<RuleKey, string>>;

/**
 * The official forms of a scored contract workbook in a new workbook (as `jixiao forms`): the
 * 部门整体 table in `layout`, one 项目支出绩效自评表 per 所属项目, a 规则 sheet when rules apply; with
 * what the user must be told (`officialFormsXlsx` of @jixiao/pipeline/xlsx): the rules the forms cannot state
 * (`sheet：sentence` each) and the figures that read back differently.
 */
export function officialFormsBytes(
  scored: Scored,
  layout: 'national' | 'guangdong' | 'chongqing',
  rules?: Rules,
  lang: Locale = 'zh-CN',
): { bytes: Uint8Array; notes: FormsNotes } {
  const file = officialFormsXlsx(scored, layout, { rules, locale: lang });
  if (file === null) throw new Error('No evaluation to write as forms');
  return {
    bytes: file.bytes,
    notes: { lost: file.lost, differences: file.differences.map((d) => ({ message: d.message })) },
  };
}

/** Explanations of each indicator's score, in Chinese and English (from the shared summary). */
export function explanations(scored: Scored): { zh: string[]; en: string[] } {
  const e = scored.evaluation;
  if (!e) return { zh: [], en: [] };
  const info = { department: e.info.department, year: e.info.year };
  return {
    zh: scored.summary.indicators.map((i) => i.explanation),
    en: summarize(e, scored.issues, info, 'en-US').indicators.map((i) => i.explanation),
  };
}

/**
 * The Word report of a scored workbook, as the run filled it (from its own 报告模板, or the default
 * template when it has none), with the font names chosen on the page.
 */
export async function reportDocxBytes(
  scored: Scored,
  fonts: FontProfile = 'gb2312',
  asIs = false,
): Promise<Uint8Array> {
  if (!scored.evaluation) throw new Error('No evaluation to report');
  // the department is the document's author; the font names are the user's choice
  const options = { fonts, creator: scored.evaluation.info.department };
  // docx (the Word writer) is loaded when the first report is asked for, not with the worker
  const { exportDocx } = await import('@jixiao/report/docx');
  // 按现有报告导出: the 报告 sheet as the user left it
  if (asIs && scored.asIs) return exportDocx(scored.asIs.blocks, options);
  if (!scored.report) throw new Error('No report to export');
  return exportDocx(scored.report.blocks, options);
}

/** A new, empty workbook following the contract (with the default report template). */
export function emptyTemplateBytes(): Uint8Array {
  return createWorkbook(newWorkbookLayout());
}

/** The example workbook (广州市人民政府办公厅 2022), as `jixiao init --example` writes it. */
export function exampleWorkbookBytes(): Uint8Array {
  return createWorkbook(
    newWorkbookLayout({ input: guangzhou2022, template: guangzhou2022Template }),
  );
}

/** A plain one-sheet workbook from a header row and data rows (the comparison table). */
export function tableWorkbookBytes(
  sheet: string,
  rows: (string | number | null)[][],
  columnFormats: (string | null)[],
  columnWidths: number[],
): Uint8Array {
  return createWorkbook({
    sheets: [{ name: sheet, rows, headerRows: 1, columnFormats, columnWidths }],
  });
}
