/** Scoring one workbook of a batch: the same work in a worker thread or in the main thread. */
import { readFile } from 'node:fs/promises';
import type { Grade, Severity } from '@jixiao/engine';
import { summarizeForm } from '@jixiao/pipeline';
import { isXlsxError } from '@jixiao/xlsx';
import type { Lang } from './i18n.js';
import { systemMessage, writeFileAtomic } from './io.js';
import { scoreBytes } from './score-bytes.js';

export interface BatchJob {
  input: string;
  output: string;
  lang: Lang;
  /** uncompressed-size limit in MiB */
  maxMiB?: number;
}

/** One scored table: a contract workbook (one department) or one official form (one sheet). */
export interface BatchForm {
  /** The form's sheet; null for a contract workbook. */
  sheet: string | null;
  /** The form's layout name, or null for a contract workbook. */
  layout: string | null;
  kind: 'project' | 'department';
  unit: string;
  project: string | null;
  year: number | null;
  /** 执行率 (整体支付率 for a contract workbook), percent with 2 decimals. */
  rate: number | null;
  score: number | null;
  points: number | null;
  /** Null when not complete. */
  grade: Grade | null;
  complete: boolean;
  counts: { errors: number; warnings: number; infos: number };
  /** Printed values the form's own data does not support. */
  mistakes: number;
}

/** One issue for the 问题明细 sheet. */
export interface BatchIssue {
  cell: string | null;
  severity: Severity;
  code: string;
  message: string;
}

/** One file of the batch. */
export interface BatchRow {
  input: string;
  output: string | null;
  /** scored: every table complete; provisional: scored with errors; unscored; failed (file error). */
  status: 'scored' | 'provisional' | 'unscored' | 'failed';
  department: string;
  year: number | null;
  score: number | null;
  grade: Grade | null;
  rates: { overall: number | null; basic: number | null; project: number | null };
  counts: { errors: number; warnings: number; infos: number };
  /** The tables scored in this file (none when it failed or could not be scored). */
  forms: BatchForm[];
  issues: BatchIssue[];
  /** Why the file failed or could not be scored. */
  message: string | null;
}

/** Read, score and write one workbook; never throws (a broken file becomes a 'failed' row). */
export async function runBatchJob(job: BatchJob): Promise<BatchRow> {
  const row: BatchRow = {
    input: job.input,
    output: null,
    status: 'failed',
    department: '',
    year: null,
    score: null,
    grade: null,
    rates: { overall: null, basic: null, project: null },
    counts: { errors: 0, warnings: 0, infos: 0 },
    forms: [],
    issues: [],
    message: null,
  };
  const locale = job.lang === 'en' ? 'en-US' : 'zh-CN';
  try {
    const b = await readFile(job.input);
    const scored = scoreBytes(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), job.lang, {
      report: true,
      maxMiB: job.maxMiB,
    });
    if (scored.kind === 'forms') {
      const summaries = scored.forms.forms.map((f) => summarizeForm(f, locale));
      for (const s of summaries) {
        row.counts.errors += s.counts.errors;
        row.counts.warnings += s.counts.warnings;
        row.counts.infos += s.counts.infos;
        row.issues.push(...s.issues);
        row.forms.push({
          sheet: s.sheet,
          layout: s.layout,
          kind: s.kind,
          unit: s.unit ?? s.department ?? '',
          project: s.kind === 'project' ? (s.project ?? s.sheet) : null,
          year: s.year,
          rate: s.executionRate,
          score: s.score,
          points: s.points,
          grade: s.grade,
          complete: s.complete,
          counts: s.counts,
          mistakes: s.mistakes.length,
        });
      }
      const first = summaries[0];
      row.department = first?.department ?? first?.unit ?? '';
      row.year = first?.year ?? null;
      if (summaries.length === 1 && first) {
        row.score = first.score;
        row.grade = first.grade;
        row.rates.overall = first.executionRate;
      }
      await writeFileAtomic(job.output, scored.output);
      row.output = job.output;
      row.status = summaries.every((s) => s.complete) ? 'scored' : 'provisional';
      return row;
    }
    const { result, output } = scored;
    const s = result.summary;
    row.department = s.department;
    row.year = s.year === 0 ? null : s.year;
    row.counts = s.counts;
    row.issues = s.issues;
    if (result.evaluation === null) {
      row.status = 'unscored';
      row.message = s.issues.find((i) => i.severity === 'error')?.message ?? null;
      return row;
    }
    await writeFileAtomic(job.output, output);
    row.status = 'scored';
    row.output = job.output;
    row.score = s.score;
    row.grade = s.grade;
    row.rates = s.rates;
    row.forms.push({
      sheet: null,
      layout: null,
      kind: 'department',
      unit: s.department,
      project: null,
      year: row.year,
      rate: s.rates.overall,
      score: s.score,
      points: Number(result.evaluation.total.points),
      grade: s.counts.errors === 0 ? s.grade : null,
      complete: s.counts.errors === 0,
      counts: s.counts,
      mistakes: 0,
    });
  } catch (e) {
    row.status = 'failed';
    row.message = isXlsxError(e) ? e.localized(job.lang) : systemMessage(e);
  }
  return row;
}
