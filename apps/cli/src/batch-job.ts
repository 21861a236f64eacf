/** Scoring one workbook of a batch: the same work in a worker thread or in the main thread. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Severity } from '@jixiao/engine';
import { departmentRow, formRows, summarizeForm, type DepartmentRow } from '@jixiao/pipeline';
import { renderIssue, type CellIssue } from '@jixiao/workbook';
import { isXlsxError } from '@jixiao/xlsx';
import { t, type Lang } from './i18n.js';
import { systemMessage, writeFileAtomicSync } from './io.js';
import { openXlsx, scoreBytes, scoreFormBytes } from './score-bytes.js';
import { editedCells } from './commands/edited-cells.js';

export interface BatchJob {
  input: string;
  output: string;
  lang: Lang;
  /** uncompressed-size limit in MiB */
  maxMiB?: number;
}

/** One issue for the 问题明细 sheet. */
export interface BatchIssue {
  cell: string | null;
  severity: Severity;
  /** The text without its cell, which has its own column (a sheet-level issue keeps its sheet). */
  message: string;
}

function batchIssue(i: CellIssue, lang: Lang): BatchIssue {
  return {
    cell: i.cell,
    severity: i.severity,
    message: renderIssue(i, lang, { location: i.cell === null }),
  };
}

/**
 * One file of the batch: its row of the multi-department table (for a workbook of official forms,
 * the first form's), every form's row, and its issues.
 */
export interface BatchRow extends DepartmentRow {
  input: string;
  output: string | null;
  /** One row per official form; null for a contract workbook or a file that failed. */
  forms: DepartmentRow[] | null;
  issues: BatchIssue[];
  /**
   * A 报告 edited by hand since the last fill and kept (not overwritten), as `jixiao score` keeps
   * it: the cells that differ (`报告!B4：“…”→“…”`); absent otherwise. The batch then exits 1.
   */
  reportEdited?: string;
}

/** Read, score and write one workbook; never throws (a broken file becomes a 'failed' row). */
export async function runBatchJob(job: BatchJob): Promise<BatchRow> {
  const file = basename(job.input);
  try {
    const b = readFileSync(job.input);
    // opened once: first asked for official forms, then (a contract workbook) scored
    const workbook = openXlsx(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), job.maxMiB);
    const scoredForms = scoreFormBytes(workbook);
    if (scoredForms !== null) {
      const summaries = scoredForms.forms.forms.map((f) => summarizeForm(f, job.lang));
      const forms = formRows(file, summaries);
      writeFileAtomicSync(job.output, scoredForms.output);
      const first = forms[0]!;
      const provisional = summaries.some((s) => !s.complete);
      return {
        ...first,
        status: provisional ? 'unscored' : 'scored',
        input: job.input,
        output: job.output,
        forms,
        issues: scoredForms.forms.forms.flatMap((f) =>
          f.issues.map((i) => batchIssue(i, job.lang)),
        ),
      };
    }
    const { result, output } = await scoreBytes(workbook, job.lang);
    const row: BatchRow = {
      ...departmentRow(file, result.summary),
      input: job.input,
      output: null,
      forms: null,
      issues: result.issues.map((i) => batchIssue(i, job.lang)),
    };
    const edited = result.reportEdited;
    if (edited !== null && !edited.overwritten) row.reportEdited = editedCells(edited, job.lang);
    if (result.evaluation === null) return row;
    try {
      writeFileAtomicSync(job.output, output);
    } catch (e) {
      // the scored workbook could not be written: name that file, not the input
      const message = t(job.lang, 'cannotWrite', job.output, systemMessage(e, job.lang));
      return { ...row, ...departmentRow(file, null, message), output: null };
    }
    return { ...row, output: job.output };
  } catch (e) {
    const message = isXlsxError(e) ? e.localized(job.lang) : systemMessage(e, job.lang);
    return {
      ...departmentRow(file, null, message),
      input: job.input,
      output: null,
      forms: null,
      issues: [],
    };
  }
}
