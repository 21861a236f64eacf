/** Scoring one workbook of a batch: the same work in a worker thread or in the main thread. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { departmentRow, type DepartmentRow } from '@jixiao/pipeline';
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

/** One line of the batch summary: the department's row of the multi-department table. */
export interface BatchRow extends DepartmentRow {
  input: string;
  output: string | null;
}

/** Read, score and write one workbook; never throws (a broken file becomes a 'failed' row). */
export async function runBatchJob(job: BatchJob): Promise<BatchRow> {
  const file = basename(job.input);
  try {
    const b = await readFile(job.input);
    const { result, output } = await scoreBytes(
      new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
      job.lang,
      { maxMiB: job.maxMiB },
    );
    const row: BatchRow = {
      ...departmentRow(file, result.summary),
      input: job.input,
      output: null,
    };
    if (result.evaluation === null) return row;
    try {
      await writeFileAtomic(job.output, output);
    } catch (e) {
      // the scored workbook could not be written: name that file, not the input
      const message = t(job.lang, 'cannotWrite', job.output, systemMessage(e, job.lang));
      return { ...departmentRow(file, null, message), input: job.input, output: null };
    }
    return { ...row, output: job.output };
  } catch (e) {
    const message = isXlsxError(e)
      ? e.localized(job.lang === 'en-US' ? 'en' : 'zh')
      : systemMessage(e, job.lang);
    return { ...departmentRow(file, null, message), input: job.input, output: null };
  }
}
