/**
 * The only file of the page that calls the shared packages: read an .xlsx into grids, score them
 * with the one pipeline, and produce the downloads (scored workbook, Word report, templates,
 * comparison). Everything here runs inside the worker.
 */
import type { FontProfile } from '@jixiao/report';
import { XlsxWorkbook, applyPlan, createStyledWorkbook, createWorkbook } from '@jixiao/xlsx';
import type { RuleKey } from '@jixiao/engine';
import {
  formsFromResult,
  isContractWorkbook,
  printedSheets,
  newWorkbookLayout,
  scoreForms,
  scoreWorkbook,
  sheetsToRead,
  summarize,
  type FormsResult,
  type PipelineResult,
} from '@jixiao/pipeline';
import { defaultTemplate, fillTemplate } from '@jixiao/report';
import type { SheetGrids, WrittenCell } from '@jixiao/workbook';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';

export type Scored = PipelineResult;

/**
 * Reads the contract's sheets (by name or English alias; other sheets are never parsed).
 * Throws `XlsxError` for files that are not .xlsx, encrypted, truncated or too large.
 */
export function readGrids(bytes: Uint8Array): SheetGrids {
  const workbook = new XlsxWorkbook(bytes);
  return workbook.read(sheetsToRead(workbook.names()));
}

/**
 * The official forms of a workbook without the contract's 预算执行 and 绩效指标 sheets (each visible
 * sheet that follows a known layout, scored in place); null for a contract workbook or when no sheet
 * is a form.
 */
export function scoreFormsOf(bytes: Uint8Array, rules?: Rules): FormsResult | null {
  const workbook = new XlsxWorkbook(bytes);
  const names = workbook.names();
  if (isContractWorkbook(names)) return null;
  const hidden = new Set(workbook.hiddenNames());
  const visible = names.filter((n) => !hidden.has(n));
  return scoreForms(workbook.read(visible), visible, rules === undefined ? {} : { rules });
}

/** Province rules of the page's 规则 panel. */
export type Rules = Partial<Record<RuleKey, string>>;

/** The workbook's record of the output cells the tool wrote (a custom XML part), or null. */
export function readWritten(bytes: Uint8Array): WrittenCell[] | null {
  return new XlsxWorkbook(bytes).written();
}

/**
 * Scores the grids with the shared pipeline (the report is filled from 报告模板); with the
 * workbook's record, values a person typed into output cells are kept and reported.
 */
export function score(
  grids: SheetGrids,
  written: WrittenCell[] | null = null,
  rules?: Rules,
): Scored {
  return scoreWorkbook(grids, {
    locale: 'zh-CN',
    written,
    ...(rules === undefined ? {} : { rules }),
  });
}

/**
 * The official forms of a scored contract workbook in a new workbook (as `jixiao forms`): the
 * 部门整体 table in `layout`, one 项目支出绩效自评表 per 所属项目, a 规则 sheet when rules apply.
 */
export function officialFormsBytes(
  scored: Scored,
  layout: 'national' | 'guangdong' | 'chongqing',
  rules?: Rules,
): Uint8Array {
  const book = formsFromResult(scored, layout, rules === undefined ? {} : { rules });
  if (book === null) throw new Error('No evaluation to write as forms');
  return createStyledWorkbook(printedSheets(book));
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

/** A workbook of official forms with the forms' outputs written into their own empty cells. */
export function formsWorkbookBytes(original: Uint8Array, forms: FormsResult): Uint8Array {
  return applyPlan(original, forms.plan);
}

/** The scored workbook: the original bytes with only the plan's cells (and 报告) patched. */
export function scoredWorkbookBytes(original: Uint8Array, scored: Scored): Uint8Array {
  return applyPlan(original, scored.plan);
}

/**
 * The Word report of a scored workbook: from its own 报告模板, or from the default template (the
 * sample report's outline) when the workbook has none, with the font names chosen on the page.
 */
export async function reportDocxBytes(
  scored: Scored,
  fonts: FontProfile = 'gb2312',
): Promise<Uint8Array> {
  if (!scored.evaluation) throw new Error('No evaluation to report');
  // the department is the document's author; the font names are the user's choice
  const options = { fonts, creator: scored.evaluation.info.department };
  // docx (the Word writer) is loaded when the first report is asked for, not with the worker
  const { exportDocx } = await import('@jixiao/report/docx');
  if (scored.report) return exportDocx(scored.report.blocks, options);
  return exportDocx(fillTemplate(defaultTemplate, scored.evaluation).blocks, options);
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
