/**
 * The worker's work, independent of the Worker global so it can be tested directly: one file at a
 * time is inspected, read, scored and kept (bytes and results) for the downloads asked for later.
 */
import type { FontProfile } from '@jixiao/report';
import type { FormsResult } from '@jixiao/pipeline';
import { isXlsxError, type XlsxError } from '@jixiao/xlsx';
import { renderIssue } from '@jixiao/workbook';
import type {
  FileResult,
  FormRow,
  OutputFile,
  WorkerRequest,
  WorkerResponse,
  WorkerStage,
  FileFailure,
  Lang,
} from './protocol.js';
import { assertNever } from './protocol.js';
import { inspectPackage } from './inspectPackage.js';
import { describeFailure, LEGACY_XLS_DETAIL, OTHER_ZIP_DETAIL } from './describeFailure.js';
import { comparisonHeader, type ComparisonRow } from './comparisonRows.js';
import { formsFileName, reportFileName, scoredFileName } from './fileNames.js';
import * as glue from './pipelineGlue.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Posts a response, moving the listed buffers instead of copying them. */
export type Post = (message: WorkerResponse, transfer: Transferable[]) => void;

interface Kept {
  name: string;
  /** The scored package (the run applied its plan). */
  bytes: Uint8Array;
  /** The run's result: a contract workbook's, or the official forms scored (`scored.forms`). */
  scored: glue.Scored;
  result: FileResult;
  /** The 规则 panel's rules the file was scored with. */
  rules?: glue.Rules;
}

/** Handles the page's requests; one instance lives in the worker. */
export class JobRunner {
  private readonly files = new Map<string, Kept>();

  constructor(
    private readonly post: Post,
    private readonly now: () => number,
  ) {}

  /** Runs one request to completion, always answering it (a result, a file or a failure). */
  async handle(request: WorkerRequest): Promise<void> {
    try {
      switch (request.type) {
        case 'score':
          await this.score(
            request.requestId,
            request.fileId,
            request.fileName,
            new Uint8Array(request.bytes),
            request.rules,
          );
          return;
        case 'forms-workbook':
          this.sendFile(
            request.requestId,
            this.formsWorkbook(request.fileId, request.layout, request.lang),
          );
          return;
        case 'scored-workbook':
          this.sendFile(request.requestId, this.scoredWorkbook(request.requestId, request.fileId));
          return;
        case 'report-docx':
          this.sendFile(
            request.requestId,
            await this.reportDocx(request.requestId, request.fileId, request.fonts, request.asIs),
          );
          return;
        case 'comparison':
          this.sendFile(request.requestId, this.comparison(request.rows, request.lang));
          return;
        case 'template':
          this.sendFile(request.requestId, this.template(request.which));
          return;
        case 'forget':
          this.files.delete(request.fileId);
          this.post({ type: 'done', requestId: request.requestId }, []);
          return;
        default:
          assertNever(request);
      }
    } catch (error) {
      this.post({ type: 'failed', requestId: request.requestId, failure: failureOf(error) }, []);
    }
  }

  private progress(requestId: number, stage: WorkerStage, done: number, total: number): void {
    this.post({ type: 'progress', requestId, stage, done, total }, []);
  }

  private async score(
    requestId: number,
    fileId: string,
    fileName: string,
    bytes: Uint8Array,
    rules?: glue.Rules,
  ): Promise<void> {
    const started = this.now();
    const early = earlyFailure(bytes);
    if (early) {
      this.post({ type: 'failed', requestId, failure: early }, []);
      return;
    }
    this.progress(requestId, 'reading', 0, 2);
    const {
      scored,
      bytes: scoredBytes,
      readMs,
      scoreMs,
    } = await glue.scoreFile(bytes, this.now, rules);
    this.progress(requestId, 'scoring', 1, 2);
    const missing = scored.forms ? null : missingSheetsFailure(scored);
    if (missing) {
      this.post({ type: 'failed', requestId, failure: missing }, []);
      return;
    }
    const result: FileResult = {
      fileId,
      fileName,
      evaluation: scored.evaluation,
      issues: scored.issues,
      explanations: glue.explanations(scored),
      cellsToWrite: scored.plan.cells.length,
      reportEdited: scored.reportEdited,
      forms: scored.forms ? scored.forms.forms.map(formRow) : null,
      elapsedMs: Math.max(0, Math.trunc(this.now() - started)),
      timings: { readMs: Math.trunc(readMs), scoreMs: Math.trunc(scoreMs) },
    };
    this.files.set(fileId, { name: fileName, bytes: scoredBytes, scored, result, rules });
    this.progress(requestId, 'scoring', 2, 2);
    this.post({ type: 'scored', requestId, result }, []);
  }

  private kept(fileId: string): Kept {
    const kept = this.files.get(fileId);
    if (!kept) throw new Error(`Unknown file ${fileId}`);
    return kept;
  }

  private scoredWorkbook(requestId: number, fileId: string): OutputFile {
    const kept = this.kept(fileId);
    this.progress(requestId, 'writing', 0, 1);
    // a copy: the kept package may be asked for again
    return {
      name: scoredFileName(kept.name),
      mime: XLSX_MIME,
      bytes: toBuffer(kept.bytes.slice()),
    };
  }

  /** The official forms of a scored contract workbook (部门整体 table + one per project). */
  private formsWorkbook(
    fileId: string,
    layout: 'national' | 'guangdong' | 'chongqing',
    lang: Lang = 'zh-CN',
  ): OutputFile {
    const kept = this.kept(fileId);
    if (!kept.scored.evaluation) throw new Error('No evaluation to write as forms');
    const { bytes, notes } = glue.officialFormsBytes(kept.scored, layout, kept.rules, lang);
    return {
      name: formsFileName(kept.name),
      mime: XLSX_MIME,
      bytes: toBuffer(bytes),
      forms: notes,
    };
  }

  private async reportDocx(
    requestId: number,
    fileId: string,
    fonts?: FontProfile,
    asIs = false,
  ): Promise<OutputFile> {
    const kept = this.kept(fileId);
    const evaluation = kept.scored.evaluation;
    if (!evaluation) throw new Error('No evaluation to report');
    this.progress(requestId, 'exporting', 0, 1);
    const bytes = await glue.reportDocxBytes(kept.scored, fonts, asIs);
    return {
      name: reportFileName(evaluation.info.department, evaluation.info.year),
      mime: DOCX_MIME,
      bytes: toBuffer(bytes),
    };
  }

  /** The comparison .xlsx from rows the page computed (files may have been scored by other workers). */
  private comparison(comparison: readonly ComparisonRow[], lang: Lang): OutputFile {
    const rows = comparison.map((r) => [
      r.department,
      r.year,
      r.score === null ? null : Number(r.score),
      r.grade,
      r.rateOverall === null ? null : Number(r.rateOverall),
      r.rateBasic === null ? null : Number(r.rateBasic),
      r.rateProject === null ? null : Number(r.rateProject),
      r.deductions,
      r.errors,
      r.warnings,
      r.fileName,
      r.note,
    ]);
    const sheet = lang === 'zh-CN' ? '部门对比' : 'Comparison';
    const formats = [null, '0', '0.00', null, '0.00%', '0.00%', '0.00%', '0', '0', '0', null, null];
    const widths = [28, 8, 10, 10, 12, 14, 14, 10, 8, 8, 36, 60];
    const bytes = glue.tableWorkbookBytes(
      sheet,
      [comparisonHeader(lang), ...rows],
      formats,
      widths,
    );
    const name = lang === 'zh-CN' ? '部门绩效自评对比.xlsx' : 'self-evaluation-comparison.xlsx';
    return { name, mime: XLSX_MIME, bytes: toBuffer(bytes) };
  }

  private template(which: 'empty' | 'example'): OutputFile {
    switch (which) {
      case 'empty':
        return {
          name: '部门整体支出绩效自评-模板.xlsx',
          mime: XLSX_MIME,
          bytes: toBuffer(glue.emptyTemplateBytes()),
        };
      case 'example':
        return {
          name: '广州市人民政府办公厅-2022.xlsx',
          mime: XLSX_MIME,
          bytes: toBuffer(glue.exampleWorkbookBytes()),
        };
      default:
        return assertNever(which);
    }
  }

  private sendFile(requestId: number, file: OutputFile): void {
    this.post({ type: 'file', requestId, file }, [file.bytes]);
  }
}

/** One form's row for the page and the comparison (exact decimals, structured-cloneable). */
function formRow(f: FormsResult['forms'][number]): FormRow {
  const count = (severity: string) => f.issues.filter((i) => i.severity === severity).length;
  return {
    sheet: f.sheet,
    layout: f.layout.name,
    kind: f.layout.kind,
    unit: f.identity.unit ?? f.identity.department,
    project: f.layout.kind === 'project' ? (f.identity.project ?? f.sheet) : null,
    year: f.identity.year,
    rate: f.executionRate,
    score: f.total?.score ?? null,
    points: f.total?.points ?? null,
    grade: f.grade,
    complete: f.complete,
    unscored: f.unscored,
    mistakes: f.mistakes.length,
    errors: count('error'),
    warnings: count('warning'),
  };
}

/** Bytes as a standalone ArrayBuffer that can be transferred. */
function toBuffer(bytes: Uint8Array): ArrayBuffer {
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  ) {
    return bytes.buffer;
  }
  return bytes.slice().buffer;
}

function earlyFailure(bytes: Uint8Array): FileFailure | null {
  const kind = inspectPackage(bytes);
  switch (kind.kind) {
    case 'xlsx':
      return null;
    case 'encrypted':
      return describeFailure('encrypted');
    case 'legacy-xls':
      return describeFailure('not-workbook', LEGACY_XLS_DETAIL);
    case 'other-zip':
      return describeFailure('not-workbook', OTHER_ZIP_DETAIL);
    case 'corrupt-zip':
      return describeFailure('corrupt');
    case 'empty':
      return describeFailure('corrupt', {
        zh: '（文件为空，0 字节。）',
        en: '(The file is empty: 0 bytes.)',
      });
    case 'not-workbook':
      return describeFailure('not-workbook');
    default:
      return assertNever(kind);
  }
}

/** A workbook lacking the contract's sheets is reported in place of its results. */
function missingSheetsFailure(scored: glue.Scored): FileFailure | null {
  if (scored.evaluation) return null;
  const missing = scored.issues.filter(
    (i) => i.severity === 'error' && /sheet/i.test(i.code) && /missing/i.test(i.code),
  );
  if (missing.length === 0) return null;
  return describeFailure('missing-sheets', {
    zh: missing.map((i) => renderIssue(i, 'zh-CN')).join(''),
    en: missing.map((i) => renderIssue(i, 'en-US')).join(' '),
  });
}

function failureOf(error: unknown): FileFailure {
  if (isXlsxError(error)) return xlsxFailure(error);
  const text = error instanceof Error ? error.message : String(error);
  if (/Array buffer allocation failed|out of memory/i.test(text))
    return describeFailure('too-large');
  return describeFailure('internal', { zh: `（${text}）`, en: `(${text})` });
}

function xlsxFailure(error: XlsxError): FileFailure {
  const detail = { zh: '', en: '' };
  switch (error.code) {
    case 'not-zip':
    case 'not-xlsx':
      return {
        ...describeFailure('not-workbook', detail),
        message: error.message,
        messageEn: error.messageEn,
      };
    case 'encrypted':
      return {
        ...describeFailure('encrypted', detail),
        message: error.message,
        messageEn: error.messageEn,
      };
    case 'truncated':
    case 'missing-part':
    case 'unsupported':
      return {
        ...describeFailure('corrupt', detail),
        message: error.message,
        messageEn: error.messageEn,
      };
    case 'too-large':
      return {
        ...describeFailure('too-large', detail),
        message: error.message,
        messageEn: error.messageEn,
      };
    default:
      return assertNever(error.code);
  }
}
