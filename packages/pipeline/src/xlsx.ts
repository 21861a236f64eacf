/**
 * `@jixiao/pipeline/xlsx` — the pipeline's files as .xlsx: the official forms written with the
 * styled writer of @jixiao/xlsx and checked by reading them back with its reader. What
 * `jixiao forms`, the page's worker and the panes' 下载官方自评表 share. A subpath of its own, so
 * that the main entry stays pure (no fflate).
 */
import type { Locale, RuleKey } from '@jixiao/engine';
import type { DepartmentFormLayout } from '@jixiao/workbook';
import { createStyledWorkbook, readXlsx, type DeflateCodec } from '@jixiao/xlsx';
import type { PipelineResult } from './score-workbook.js';
import { officialForms, type OfficialFormsFile } from './write-forms.js';

export type { OfficialFormsFile } from './write-forms.js';

/**
 * The official forms of a scored contract workbook as an .xlsx file (`officialForms` with the
 * styled writer and the .xlsx reader), or null when the workbook could not be scored. Empty
 * `rules` are the same as none; `codec` is the writer's deflate (Node's zlib in the CLI).
 */
export function officialFormsXlsx(
  result: PipelineResult,
  layout: DepartmentFormLayout,
  options: {
    rules?: Partial<Record<RuleKey, string>> | undefined;
    locale?: Locale;
    codec?: DeflateCodec;
  } = {},
): OfficialFormsFile | null {
  const { rules, locale, codec } = options;
  return officialForms(
    result,
    layout,
    {
      write: (sheets) => createStyledWorkbook(sheets, codec === undefined ? {} : { codec }),
      read: (bytes) => readXlsx(bytes),
    },
    {
      ...(rules !== undefined && Object.keys(rules).length > 0 ? { rules } : {}),
      ...(locale === undefined ? {} : { locale }),
    },
  );
}
