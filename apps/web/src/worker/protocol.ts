/**
 * Messages between the page (main thread) and the scoring worker.
 *
 * Everything crossing the boundary is structured-cloneable: results are the engine's exact decimal
 * strings, and file bytes travel as transferable `ArrayBuffer`s (moved, not copied).
 */
import type { FontProfile } from '@jixiao/report';
import type { Evaluation, Grade, Locale, RuleKey } from '@jixiao/engine';
import type { CellIssue, ReportEdit } from '@jixiao/workbook';
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

/** One official form of a file (项目支出绩效自评表, a 部门整体 table), scored in place. */
export interface FormRow {
  sheet: string;
  /** The layout's name. */
  layout: string;
  kind: 'project' | 'department';
  unit: string | null;
  project: string | null;
  year: number | null;
  /** 执行率, exact fraction. */
  rate: string | null;
  /** The total, exact (provisional when not complete). */
  score: string | null;
  points: string | null;
  /** Null when not complete. */
  grade: Grade | null;
  complete: boolean;
  /** Indicators that could not be scored. */
  unscored: number;
  /** Printed values the form's own data does not support. */
  mistakes: number;
  errors: number;
  warnings: number;
}

/** What the page shows for one scored file. */
export interface FileResult {
  fileId: string;
  fileName: string;
  /** The evaluation; null when data errors prevented scoring (the issues say why). */
  evaluation: Evaluation | null;
  issues: CellIssue[];
  /** How each indicator's score was reached (by indicator index), zh-CN and en-US. */
  explanations: { zh: string[]; en: string[] };
  /** Cells the scored workbook will change. */
  cellsToWrite: number;
  /**
   * The 报告 sheet edited by hand since the tool's last fill (kept in the scored workbook), or
   * null/absent; 导出 Word then asks 覆盖 / 按现有报告导出 / 取消.
   */
  reportEdited?: { sheet: string; edits: ReportEdit[]; overwritten: boolean } | null;
  /** The official forms of the file, when it is not a contract workbook (evaluation is then null). */
  forms: FormRow[] | null;
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
  /** Official forms only: what the page says after saving them (`formsNotice` of @jixiao/ui). */
  forms?: FormsNotes;
}

/** What the written official forms cannot say or do not read back the same (`officialForms`). */
export interface FormsNotes {
  /** Rules the forms cannot state, `sheet：sentence` each. */
  lost: string[];
  /** Figures the written forms read back differently, one sentence each. */
  differences: { message: string }[];
}

export type Lang = Locale;

export type WorkerRequest =
  | {
      type: 'score';
      requestId: number;
      fileId: string;
      fileName: string;
      bytes: ArrayBuffer;
      /** Province rules of the page's 规则 panel (replace the 基本信息 / 规则 sheet items). */
      rules?: Partial<Record<RuleKey, string>>;
    }
  | {
      type: 'forms-workbook';
      requestId: number;
      fileId: string;
      layout: 'national' | 'guangdong' | 'chongqing';
      /** The language of the notes on the forms (what they cannot state, what reads back differently). */
      lang?: Lang;
    }
  | { type: 'scored-workbook'; requestId: number; fileId: string }
  | {
      type: 'report-docx';
      requestId: number;
      fileId: string;
      fonts?: FontProfile;
      /** Export the 报告 sheet as it stands (with the user's edits) instead of the filled report. */
      asIs?: boolean;
    }
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
