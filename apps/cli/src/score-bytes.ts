import { scoreWorkbook, sheetsToRead, type PipelineResult } from '@jixiao/pipeline';
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
 * Score an .xlsx package: read the contract sheets (by name or alias, nothing else), run the
 * pipeline, and apply its plan inside the package.
 * @throws XlsxError when the bytes are not a readable workbook
 */
export function scoreBytes(
  bytes: Uint8Array,
  lang: Lang,
  options: {
    report?: boolean;
    maxMiB?: number;
    defaultTemplate?: boolean;
    scoreTable?: 'official' | 'brief';
  } = {},
): ScoredBytes {
  const limits =
    options.maxMiB === undefined
      ? {}
      : { maxTotalBytes: options.maxMiB * 1024 * 1024, maxPartBytes: options.maxMiB * 1024 * 1024 };
  const workbook = new XlsxWorkbook(bytes, { codec: nodeCodec, limits });
  const grids = workbook.read(sheetsToRead(workbook.names()));
  const result = scoreWorkbook(grids, {
    locale: lang === 'en' ? 'en-US' : 'zh-CN',
    report: options.report ?? true,
    defaultTemplate: options.defaultTemplate,
    scoreTable: options.scoreTable,
  });
  const plan = result.plan;
  if (result.evaluation === null || (plan.cells.length === 0 && plan.replaceSheets.length === 0))
    return { result, output: bytes, written: 0 };
  return { result, output: workbook.applySync(plan), written: plan.cells.length };
}
