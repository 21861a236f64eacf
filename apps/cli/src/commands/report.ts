import { parseArgs } from 'node:util';
import { basename, dirname, join, resolve } from 'node:path';
import { isFontProfile } from '@jixiao/report';
import { exportDocx } from '@jixiao/report/docx';
import { t, type Lang } from '../i18n.js';
import {
  CliError,
  hasExtension,
  maxMiBFromEnv,
  pathKind,
  systemMessage,
  writeFileAtomic,
  type CliIO,
} from '../io.js';
import { renderResult } from '../render.js';
import { readInput, scoreFormsInput, scoreInput } from './load.js';
import { editedCells } from './edited-cells.js';

/**
 * `jixiao report <file.xlsx> [-o report.docx] [--fonts windows|gb2312] [--brief] [--force] [--as-is]`:
 * prints the issues (the workbook's and the template's), then writes the Word report — unless
 * there is an error, when it writes nothing and exits 1 (`--force` writes anyway, still exit 1).
 * A 报告 sheet edited by hand since the last fill is not replaced by the filled report silently:
 * nothing is written and the edited cells are named (exit 1); `--as-is` exports the 报告 sheet as it
 * stands (template issues then do not block: the template is not used), `--force` the filled report.
 */
export async function reportCommand(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      fonts: { type: 'string' },
      brief: { type: 'boolean' },
      force: { type: 'boolean' },
      'as-is': { type: 'boolean' },
    },
  });
  if (positionals.length !== 1)
    throw new CliError(t(lang, 'badArgs', t(lang, 'needFile'), 'report'));
  const fonts = values.fonts ?? 'gb2312';
  if (!isFontProfile(fonts) || fonts === 'standard')
    throw new CliError(t(lang, 'badArgs', t(lang, 'badFonts'), 'report'));
  const input = resolve(io.cwd, positionals[0]!);
  const output =
    values.output !== undefined
      ? resolve(io.cwd, values.output)
      : join(dirname(input), `${basename(input).replace(/\.xlsx$/i, '')}.docx`);
  if (output === input) throw new CliError(t(lang, 'sameAsInput', input));
  if (!hasExtension(output, '.docx'))
    throw new CliError(t(lang, 'badExtension', output, '.docx', t(lang, 'reportWritesDocx')));
  if ((await pathKind(output)) === 'dir') throw new CliError(t(lang, 'isAFolder', output));
  const bytes = await readInput(input, lang);
  const forms = scoreFormsInput(input, bytes, lang, maxMiBFromEnv(io.env));
  if (forms !== null)
    throw new CliError(
      t(lang, 'formNoReport', [...new Set(forms.forms.forms.map((f) => f.layout.name))].join('、')),
    );
  const { result } = await scoreInput(input, bytes, lang, maxMiBFromEnv(io.env), {
    report: true,
    scoreTable: values.brief === true ? 'brief' : 'official',
    ...(values.force === true ? { overwriteEditedReport: true } : {}),
  });
  const asIs = values['as-is'] === true;
  io.out(renderResult(result, lang));
  if (result.evaluation === null || result.report === null) return 1;
  // as it stands: the template is not used, so only the data's errors count
  const errors = asIs
    ? result.issues.filter((i) => i.severity === 'error' && !i.code.startsWith('report.')).length
    : result.summary.counts.errors;
  if (asIs && result.asIs === null) {
    io.err(`\n${t(lang, 'asIsEmpty')}\n`);
    return 1;
  }
  const edited = result.reportEdited;
  if (!asIs && edited !== null && !edited.overwritten) {
    io.err(`\n${t(lang, 'reportEditedBlocked', edited.sheet, editedCells(edited, lang))}\n`);
    return 1;
  }
  if (errors > 0 && values.force !== true) {
    io.err(`\n${t(lang, 'reportBlocked', errors)}\n`);
    return 1;
  }
  const blocks = asIs ? result.asIs!.blocks : result.report.blocks;
  const docx = await exportDocx(blocks, {
    fonts,
    creator: result.evaluation.info.department,
  });
  try {
    await writeFileAtomic(output, docx);
  } catch (e) {
    throw new CliError(t(lang, 'cannotWrite', output, systemMessage(e, lang)));
  }
  if (errors > 0) io.err(`\n${t(lang, 'reportForced', errors)}\n`);
  io.out(`\n${t(lang, 'wrote', output)}\n`);
  return errors > 0 ? 1 : 0;
}
