/**
 * Messages between the page (main thread) and the scoring worker.
 *
 * Everything crossing the boundary is structured-cloneable: results are the engine's exact decimal
 * strings, and file bytes travel as transferable `ArrayBuffer`s (moved, not copied).
 */
import type { FontProfile } from '@jixiao/report';
import type { Evaluation, Locale } from '@jixiao/engine';
import type { ScoreSummary } from '@jixiao/pipeline';
import type { CellIssue } from '@jixiao/workbook';
import type { ComparisonRow } from './comparisonRows.js';

/** Why a file could not be scored at all (it is shown in place of the file's results). */
export type FileFailureKind =
  'not-workbook' | 'encrypted' | 'corrupt' | 'missing-sheets' | 'too-large' | 'internal';

export interface FileFailure {
  kind: FileFailureKind;
  /** A clear Chinese message saying what is wrong and what to do. */
  message: string;
  /** The same in English. */
  messageEn: string;
}

/** What the page shows for one scored file. */
export interface FileResult {
  fileId: string;
  fileName: string;
  /** The evaluation; null when data errors prevented scoring (the issues say why). */
  evaluation: Evaluation | null;
  issues: CellIssue[];
  /** The run's plain summary (the figures of the multi-department table). */
  summary: ScoreSummary;
  /** How each indicator's score was reached (by indicator index), zh-CN and en-US. */
  explanations: { zh: string[]; en: string[] };
  /** Cells the scored workbook will change. */
  cellsToWrite: number;
  /** Milliseconds spent reading and scoring in the worker. */
  elapsedMs: number;
  /** The same split by stage (milliseconds): reading the .xlsx, scoring with the pipeline. */
  timings: { readMs: number; scoreMs: number };
}

/** A file produced by the worker for download. */
export interface OutputFile {
  name: string;
  mime: string;
  bytes: ArrayBuffer;
}

/** The page's language: the one `Locale` of every package. */
export type Lang = Locale;

export type WorkerRequest =
  | { type: 'score'; requestId: number; fileId: string; fileName: string; bytes: ArrayBuffer }
  | { type: 'scored-workbook'; requestId: number; fileId: string }
  | { type: 'report-docx'; requestId: number; fileId: string; fonts?: FontProfile }
  | { type: 'comparison'; requestId: number; rows: ComparisonRow[]; lang: Lang }
  | { type: 'template'; requestId: number; which: 'empty' | 'example' }
  | { type: 'forget'; requestId: number; fileId: string };

export type WorkerStage = 'reading' | 'scoring' | 'writing' | 'exporting';

export type WorkerResponse =
  | { type: 'progress'; requestId: number; stage: WorkerStage; done: number; total: number }
  | { type: 'scored'; requestId: number; result: FileResult }
  | { type: 'failed'; requestId: number; failure: FileFailure }
  | { type: 'file'; requestId: number; file: OutputFile }
  | { type: 'done'; requestId: number };

/** Narrowing helper for exhaustive switches. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
