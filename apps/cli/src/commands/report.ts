import { parseArgs } from 'node:util';
import { basename, dirname, join, resolve } from 'node:path';
import { exportDocx } from '@jixiao/report/docx';
import { t, type Lang } from '../i18n.js';
import { CliError, maxMiBFromEnv, systemMessage, writeFileAtomic, type CliIO } from '../io.js';
import { renderResult } from '../render.js';
import { readInput, scoreInput } from './load.js';

/** `jixiao report <file.xlsx> -o report.docx` */
export async function reportCommand(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' } },
  });
  if (positionals.length !== 1)
    throw new CliError(t(lang, 'badArgs', t(lang, 'needFile'), 'report'));
  const input = resolve(io.cwd, positionals[0]!);
  const output =
    values.output !== undefined
      ? resolve(io.cwd, values.output)
      : join(dirname(input), `${basename(input).replace(/\.xlsx$/i, '')}.docx`);
  if (output === input) throw new CliError(t(lang, 'sameAsInput', input));
  const bytes = await readInput(input, lang);
  const { result } = await scoreInput(input, bytes, lang, maxMiBFromEnv(io.env), true);
  if (result.evaluation === null || result.report === null) {
    io.err(renderResult(result, lang));
    return 1;
  }
  // Without a 报告模板 the report follows the default template: say so, as every surface does.
  for (const issue of result.issues.filter((i) => i.code === 'report.defaultTemplate'))
    io.err(`${lang === 'en-US' ? issue.messageEn : issue.message}\n`);
  const docx = await exportDocx(result.report.blocks);
  try {
    await writeFileAtomic(output, docx);
  } catch (e) {
    throw new CliError(t(lang, 'cannotWrite', output, systemMessage(e)));
  }
  io.out(`${t(lang, 'wrote', output)}\n`);
  return 0;
}
