import {
  isContractWorkbook,
  run,
  scoreForms,
  type FormsResult,
  type PipelineOptions,
  type PipelineResult,
} from '@jixiao/pipeline';
import { XlsxWorkbook } from '@jixiao/xlsx';
import { nodeCodec } from '@jixiao/xlsx/node';
import type { Lang } from './i18n.js';

/**
 * Open an .xlsx package once for {@link scoreFormBytes} and then {@link scoreBytes} (a batch job
 * asks both): `maxMiB` limits each part and the whole package, uncompressed.
 * @throws XlsxError when the bytes are not a readable workbook
 */
export function openXlsx(bytes: Uint8Array, maxMiB?: number): XlsxWorkbook {
  const limits =
    maxMiB === undefined
      ? {}
      : { maxTotalBytes: maxMiB * 1024 * 1024, maxPartBytes: maxMiB * 1024 * 1024 };
  return new XlsxWorkbook(bytes, { codec: nodeCodec, limits });
}

/** The package itself, opened from bytes when given bytes. */
const opened = (source: Uint8Array | XlsxWorkbook, maxMiB: number | undefined): XlsxWorkbook =>
  source instanceof XlsxWorkbook ? source : openXlsx(source, maxMiB);

/** What scoring one workbook gives: the pipeline result and the scored package. */
export interface ScoredBytes {
  result: PipelineResult;
  /** The workbook with the plan applied (the input bytes when nothing changes or it was not scored). */
  output: Uint8Array;
  /** Cells written. */
  written: number;
}

/**
 * Score an .xlsx package with the one run of every front end (`run` of @jixiao/pipeline) on the
 * .xlsx port: the contract sheets are read (by the one sheet-name rule, nothing else), scored, and
 * the plan is applied inside the package. `report: true` asks for the report (from 报告模板, or the
 * default template when it has none).
 * @throws XlsxError when the bytes are not a readable workbook
 */
export async function scoreBytes(
  source: Uint8Array | XlsxWorkbook,
  lang: Lang,
  options: {
    report?: boolean;
    maxMiB?: number;
    rules?: PipelineOptions['rules'];
    scoreTable?: 'official' | 'brief';
    /** Fill 报告 again even when it was edited by hand since the last fill (`--force`). */
    overwriteEditedReport?: boolean;
  } = {},
): Promise<ScoredBytes> {
  const workbook = opened(source, options.maxMiB);
  const result = await run(workbook, {
    locale: lang,
    surface: 'cli',
    ...(options.report === undefined ? {} : { report: options.report }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.scoreTable === undefined ? {} : { scoreTable: options.scoreTable }),
    ...(options.overwriteEditedReport === true ? { overwriteEditedReport: true } : {}),
  });
  return { result, output: workbook.bytes, written: result.plan.cells.length };
}

/** What scoring a workbook of official forms gives: the forms scored and the written package. */
export interface ScoredForms {
  forms: FormsResult;
  /** The workbook with the forms' outputs written (the input bytes when nothing changes). */
  output: Uint8Array;
  /** Cells written. */
  written: number;
}

/**
 * Score the official forms of an .xlsx package: null for a contract workbook (it has 预算执行 or
 * 绩效指标: the contract stays the default) and when no visible sheet follows a known layout;
 * otherwise every sheet that does is scored in place and its outputs written into its own cells.
 * `source` as for {@link scoreBytes}: after null, the same opened package can be given to it.
 * @throws XlsxError when the bytes are not a readable workbook
 */
export function scoreFormBytes(
  source: Uint8Array | XlsxWorkbook,
  options: { maxMiB?: number; rules?: PipelineOptions['rules'] } = {},
): ScoredForms | null {
  const workbook = opened(source, options.maxMiB);
  const bytes = workbook.bytes;
  const names = workbook.names();
  if (isContractWorkbook(names)) return null;
  const hidden = new Set(workbook.hiddenNames());
  const visible = names.filter((n) => !hidden.has(n));
  const forms = scoreForms(
    workbook.read(visible),
    visible,
    options.rules === undefined ? {} : { rules: options.rules },
  );
  if (forms === null) return null;
  const written = forms.plan.cells.length;
  return { forms, output: written === 0 ? bytes : workbook.applySync(forms.plan), written };
}
