/** Scoring one workbook of a batch: the same work in a worker thread or in the main thread. */
import { readFile } from 'node:fs/promises';
import type { Grade } from '@jixiao/engine';
import { isXlsxError } from '@jixiao/xlsx';
import { t, type Lang } from './i18n.js';
import { systemMessage, writeFileAtomic } from './io.js';
import { scoreBytes } from './score-bytes.js';

export interface BatchJob {
  input: string;
  output: string;
  lang: Lang;
  /** uncompressed-size limit in MiB */
  maxMiB?: number;
}

/** One line of the batch summary. */
export interface BatchRow {
  input: string;
  output: string | null;
  status: 'scored' | 'unscored' | 'failed';
  department: string;
  year: number | null;
  score: number | null;
  grade: Grade | null;
  rates: { overall: number | null; basic: number | null; project: number | null };
  counts: { errors: number; warnings: number; infos: number };
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
    message: null,
  };
  try {
    const b = await readFile(job.input);
    const { result, output } = scoreBytes(
      new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
      job.lang,
      { report: true, maxMiB: job.maxMiB },
    );
    const s = result.summary;
    row.department = s.department;
    row.year = s.year === 0 ? null : s.year;
    row.counts = s.counts;
    if (result.evaluation === null) {
      row.status = 'unscored';
      row.message = s.issues.find((i) => i.severity === 'error')?.message ?? null;
      return row;
    }
    try {
      await writeFileAtomic(job.output, output);
    } catch (e) {
      // the scored workbook could not be written: name that file, not the input
      row.status = 'failed';
      row.message = t(job.lang, 'cannotWrite', job.output, systemMessage(e, job.lang));
      return row;
    }
    row.status = 'scored';
    row.output = job.output;
    row.score = s.score;
    row.grade = s.grade;
    row.rates = s.rates;
  } catch (e) {
    row.status = 'failed';
    row.message = isXlsxError(e) ? e.localized(job.lang) : systemMessage(e, job.lang);
  }
  return row;
}
