import type { PipelineOptions } from '@jixiao/pipeline';
import { isXlsxError } from '@jixiao/xlsx';
import { t, type Lang } from '../i18n.js';
import { CliError, pathKind, readBytes, systemMessage } from '../io.js';
import { scoreBytes, scoreFormBytes, type ScoredBytes, type ScoredForms } from '../score-bytes.js';

/** Read an input workbook, turning every file problem into a {@link CliError} (exit 2). */
export async function readInput(path: string, lang: Lang): Promise<Uint8Array> {
  const kind = await pathKind(path);
  if (kind === null) throw new CliError(t(lang, 'notFound', path));
  if (kind !== 'file') throw new CliError(t(lang, 'notAFile', path));
  try {
    return await readBytes(path);
  } catch (e) {
    throw new CliError(t(lang, 'cannotRead', path, systemMessage(e, lang)));
  }
}

/**
 * Score bytes read from `path` (`report: true` for `jixiao report`, `scoreTable` for its 指标得分表); an unreadable workbook becomes
 * a {@link CliError} naming the file.
 */
export async function scoreInput(
  path: string,
  bytes: Uint8Array,
  lang: Lang,
  maxMiB: number | undefined,
  options: {
    report?: boolean;
    scoreTable?: 'official' | 'brief';
    rules?: PipelineOptions['rules'];
    overwriteEditedReport?: boolean;
  } = {},
): Promise<ScoredBytes> {
  try {
    return await scoreBytes(bytes, lang, { ...options, maxMiB });
  } catch (e) {
    if (isXlsxError(e)) throw new CliError(t(lang, 'fileError', path, e.localized(lang)));
    throw e;
  }
}

/**
 * The official forms of bytes read from `path`, scored in place (with `rules`: `--rule`, over the
 * workbook's 规则 sheet), or null when the workbook is a contract workbook or has no form; an
 * unreadable workbook becomes a {@link CliError}.
 */
export function scoreFormsInput(
  path: string,
  bytes: Uint8Array,
  lang: Lang,
  maxMiB: number | undefined,
  rules?: PipelineOptions['rules'],
): ScoredForms | null {
  try {
    return scoreFormBytes(bytes, rules === undefined ? { maxMiB } : { maxMiB, rules });
  } catch (e) {
    if (isXlsxError(e)) throw new CliError(t(lang, 'fileError', path, e.localized(lang)));
    throw e;
  }
}
