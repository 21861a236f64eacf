import { run, type PipelineOptions, type PipelineResult } from '@jixiao/pipeline';
import { XlsxWorkbook } from '@jixiao/xlsx';
import { nodeCodec } from '@jixiao/xlsx/node';
import type { Lang } from './i18n.js';

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
  bytes: Uint8Array,
  lang: Lang,
  options: {
    report?: boolean;
    maxMiB?: number;
    rules?: PipelineOptions['rules'];
    scoreTable?: 'official' | 'brief';
  } = {},
): Promise<ScoredBytes> {
  const limits =
    options.maxMiB === undefined
      ? {}
      : { maxTotalBytes: options.maxMiB * 1024 * 1024, maxPartBytes: options.maxMiB * 1024 * 1024 };
  const workbook = new XlsxWorkbook(bytes, { codec: nodeCodec, limits });
  const result = await run(workbook, {
    locale: lang,
    surface: 'cli',
    ...(options.report === undefined ? {} : { report: options.report }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.scoreTable === undefined ? {} : { scoreTable: options.scoreTable }),
  });
  return { result, output: workbook.bytes, written: result.plan.cells.length };
}
