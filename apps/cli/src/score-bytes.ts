import {
  isContractWorkbook,
  scoreForms,
  scoreWorkbook,
  sheetsToRead,
  type FormsResult,
  type PipelineResult,
} from '@jixiao/pipeline';
import { XlsxWorkbook } from '@jixiao/xlsx';
import { nodeCodec } from '@jixiao/xlsx/node';
import type { Lang } from './i18n.js';

/** What scoring one workbook gives: the pipeline result (or the forms scored) and the scored package. */
export type ScoredBytes =
  | {
      kind: 'contract';
      result: PipelineResult;
      /** The workbook with the plan applied (the input bytes when nothing changes or it was not scored). */
      output: Uint8Array;
      /** Cells written. */
      written: number;
    }
  | { kind: 'forms'; forms: FormsResult; output: Uint8Array; written: number };

/**
 * Score an .xlsx package. A workbook with the contract's 预算执行 or 绩效指标 sheet is read by the
 * contract (the default); otherwise every sheet that follows a known official form layout
 * (项目支出绩效自评表, a province's 部门整体 table) is scored in place. A workbook with neither
 * is read by the contract, which names the sheets it misses.
 * @throws XlsxError when the bytes are not a readable workbook
 */
export function scoreBytes(
  bytes: Uint8Array,
  lang: Lang,
  options: { report?: boolean; maxMiB?: number } = {},
): ScoredBytes {
  const limits =
    options.maxMiB === undefined
      ? {}
      : { maxTotalBytes: options.maxMiB * 1024 * 1024, maxPartBytes: options.maxMiB * 1024 * 1024 };
  const workbook = new XlsxWorkbook(bytes, { codec: nodeCodec, limits });
  const names = workbook.names();
  if (!isContractWorkbook(names)) {
    const hidden = new Set(workbook.hiddenNames());
    const visible = names.filter((n) => !hidden.has(n));
    const forms = scoreForms(workbook.read(visible), visible);
    if (forms !== null) {
      const cells = forms.plan.cells.length;
      return {
        kind: 'forms',
        forms,
        output: cells === 0 ? bytes : workbook.applySync(forms.plan),
        written: cells,
      };
    }
  }
  const grids = workbook.read(sheetsToRead(names));
  const result = scoreWorkbook(grids, {
    locale: lang === 'en' ? 'en-US' : 'zh-CN',
    report: options.report ?? true,
  });
  const plan = result.plan;
  if (result.evaluation === null || (plan.cells.length === 0 && plan.replaceSheets.length === 0))
    return { kind: 'contract', result, output: bytes, written: 0 };
  return {
    kind: 'contract',
    result,
    output: workbook.applySync(plan),
    written: plan.cells.length,
  };
}
