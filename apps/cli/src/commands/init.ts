import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { emptyWorkbook, exampleWorkbook } from '../example-workbook.js';
import { t, type Lang } from '../i18n.js';
import { CliError, pathKind, systemMessage, writeFileAtomic, type CliIO } from '../io.js';

/** `jixiao init <file.xlsx> [--example] [--force]` */
export async function initCommand(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { example: { type: 'boolean' }, force: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new CliError(t(lang, 'badArgs', t(lang, 'needFile'), 'init'));
  const target = resolve(io.cwd, positionals[0]!);
  if (values.force !== true && (await pathKind(target)) !== null)
    throw new CliError(t(lang, 'exists', target));
  const bytes = values.example === true ? exampleWorkbook() : emptyWorkbook();
  try {
    await writeFileAtomic(target, bytes);
  } catch (e) {
    throw new CliError(t(lang, 'cannotWrite', target, systemMessage(e, lang)));
  }
  io.out(`${t(lang, 'created', target)}\n`);
  return 0;
}
