import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { t, type Lang } from '../i18n.js';
import {
  CliError,
  hasExtension,
  maxMiBFromEnv,
  pathKind,
  scoredPath,
  systemMessage,
  writeFileAtomic,
  type CliIO,
} from '../io.js';
import { renderDetail, renderResult } from '../render.js';
import { summarizeForm } from '@jixiao/pipeline';
import { renderForms } from '../render-forms.js';
import { readInput, scoreFormsInput, scoreInput } from './load.js';
import { parseRuleOptions } from './rules.js';

/** `jixiao score <file.xlsx> [-o out.xlsx] [--json] [--in-place] [--detail] [--rule 名称=值 …]` */
export async function scoreCommand(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      'in-place': { type: 'boolean' },
      rule: { type: 'string', multiple: true },
      detail: { type: 'boolean' },
    },
  });
  const rules = parseRuleOptions(values.rule ?? [], lang);
  if (positionals.length !== 1)
    throw new CliError(t(lang, 'badArgs', t(lang, 'needFile'), 'score'));
  const input = resolve(io.cwd, positionals[0]!);
  const inPlace = values['in-place'] === true;
  if (inPlace && values.output !== undefined) throw new CliError(t(lang, 'inPlaceAndOutput'));
  const output = inPlace
    ? input
    : values.output !== undefined
      ? resolve(io.cwd, values.output)
      : scoredPath(input);
  if (!inPlace && output === input) throw new CliError(t(lang, 'sameAsInput', input));
  if (!inPlace && !hasExtension(output, '.xlsx') && !hasExtension(output, '.xlsm'))
    throw new CliError(t(lang, 'badExtension', output, '.xlsx', t(lang, 'scoreWritesXlsx')));
  if (!inPlace && (await pathKind(output)) === 'dir')
    throw new CliError(t(lang, 'isAFolder', output));

  const bytes = await readInput(input, lang);
  const json = values.json === true;
  const formsScored = scoreFormsInput(input, bytes, lang, maxMiBFromEnv(io.env), rules);
  if (formsScored !== null) {
    const { forms, output: scored, written } = formsScored;
    // The scores are printed before the write: a file that cannot be written does not lose them.
    if (json) {
      const summary = { forms: forms.forms.map((f) => summarizeForm(f, lang)) };
      io.out(`${JSON.stringify(summary, null, 2)}\n`);
    } else io.out(renderForms(forms, lang));
    if (!(inPlace && scored === bytes)) {
      try {
        await writeFileAtomic(output, scored);
      } catch (e) {
        throw new CliError(t(lang, 'cannotWrite', output, systemMessage(e, lang)));
      }
    }
    if (!json) io.out(`\n${t(lang, 'wroteCells', output, written, '')}\n`);
    return forms.forms.every((f) => f.complete) ? 0 : 1;
  }
  const {
    result,
    output: scored,
    written,
  } = await scoreInput(
    input,
    bytes,
    lang,
    maxMiBFromEnv(io.env),
    rules === undefined ? {} : { rules },
  );
  if (result.evaluation === null) {
    if (json) io.out(`${JSON.stringify(result.summary, null, 2)}\n`);
    else io.err(renderResult(result, lang));
    return 1;
  }
  // The score is printed before the write: a file that cannot be written does not lose it.
  if (json) io.out(`${JSON.stringify(result.summary, null, 2)}\n`);
  else {
    io.out(renderResult(result, lang));
    if (values.detail === true) io.out(`\n${renderDetail(result, lang)}`);
  }
  // in place and nothing changed: leave the file alone
  if (!(inPlace && scored === bytes)) {
    try {
      await writeFileAtomic(output, scored);
    } catch (e) {
      throw new CliError(t(lang, 'cannotWrite', output, systemMessage(e, lang)));
    }
  }
  if (!json) {
    const report = result.plan.replaceSheets.length > 0 ? t(lang, 'withReport') : '';
    io.out(`\n${t(lang, 'wroteCells', output, written, report)}\n`);
  }
  // what could be scored is written; an error still makes the run exit 1 (provisional)
  return result.summary.complete ? 0 : 1;
}
