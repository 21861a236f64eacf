import { parseArgs } from 'node:util';
import { basename, dirname, join, resolve } from 'node:path';
import { RULE_ITEMS, RULE_SYNTAX, ruleSchemas, type RuleKey } from '@jixiao/engine';
import { isContractWorkbook } from '@jixiao/pipeline';
import { RULES_SHEET_NAME, readRulesSheet, rulesSheetRows } from '@jixiao/workbook';
import { XlsxWorkbook, isXlsxError } from '@jixiao/xlsx';
import { nodeCodec } from '@jixiao/xlsx/node';
import { t, type Lang } from '../i18n.js';
import { CliError, pathKind, systemMessage, writeFileAtomic, type CliIO } from '../io.js';
import { readInput } from './load.js';

const KEYS = Object.keys(RULE_ITEMS) as RuleKey[];

/**
 * `--rule 名称=值` options (docs/rules.md): the province rules for a workbook without them in
 * 基本信息 (an official form), e.g. `--rule 执行率封顶=80%:89;70%:79;60%:69;50%:59`. Each is checked
 * with the engine's zod schema; an unknown name or a value that does not parse is a usage error
 * (exit 2) saying how to write it.
 */
export function parseRuleOptions(
  options: readonly string[],
  lang: Lang,
): Partial<Record<RuleKey, string>> | undefined {
  if (options.length === 0) return undefined;
  const rules: Partial<Record<RuleKey, string>> = {};
  for (const option of options) {
    const at = option.search(/[=＝]/);
    const name = at < 0 ? option.trim() : option.slice(0, at).trim();
    const value = at < 0 ? '' : option.slice(at + 1).trim();
    const key = KEYS.find((k) => RULE_ITEMS[k] === name);
    if (key === undefined)
      throw new CliError(t(lang, 'ruleUnknown', name, KEYS.map((k) => RULE_ITEMS[k]).join('、')));
    if (!ruleSchemas[key].safeParse(value).success)
      throw new CliError(t(lang, 'ruleInvalid', name, value, RULE_SYNTAX[key]));
    rules[key] = value;
  }
  return rules;
}

/**
 * `jixiao rules <自评表.xlsx> --rule 名称=值 … [-o out.xlsx | --in-place]`: adds (or updates) the 规则
 * sheet of a workbook of official forms — how forms, which have no 基本信息, state province rules.
 * Rules already in the sheet are kept unless restated. Only the 规则 sheet is written; the rest of
 * the package is kept byte for byte. A contract workbook is refused (its rules go in 基本信息).
 */
export async function rulesCommand(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'in-place': { type: 'boolean' },
      rule: { type: 'string', multiple: true },
    },
  });
  if (positionals.length !== 1)
    throw new CliError(t(lang, 'badArgs', t(lang, 'needFile'), 'rules'));
  const rules = parseRuleOptions(values.rule ?? [], lang);
  if (rules === undefined)
    throw new CliError(t(lang, 'badArgs', t(lang, 'rulesNeedRule'), 'rules'));
  const input = resolve(io.cwd, positionals[0]!);
  const inPlace = values['in-place'] === true;
  if (inPlace && values.output !== undefined) throw new CliError(t(lang, 'inPlaceAndOutput'));
  const output = inPlace
    ? input
    : values.output !== undefined
      ? resolve(io.cwd, values.output)
      : join(
          dirname(input),
          `${basename(input).replace(/\.xls[xm]$/i, '')}.rules${/\.xlsm$/i.test(input) ? '.xlsm' : '.xlsx'}`,
        );
  if (!inPlace && output === input) throw new CliError(t(lang, 'sameAsInput', input));
  if ((await pathKind(output)) === 'dir') throw new CliError(t(lang, 'isAFolder', output));
  const bytes = await readInput(input, lang);
  let workbook: XlsxWorkbook;
  try {
    workbook = new XlsxWorkbook(bytes, { codec: nodeCodec });
  } catch (e) {
    if (isXlsxError(e)) throw new CliError(t(lang, 'fileError', input, e.localized(lang)));
    throw e;
  }
  const names = workbook.names();
  if (isContractWorkbook(names)) throw new CliError(t(lang, 'rulesNotForms', input));
  const existing = names.find((n) => n === RULES_SHEET_NAME);
  const kept =
    existing === undefined ? {} : (readRulesSheet(workbook.read([existing]))?.rules ?? {});
  const merged = { ...kept, ...rules };
  const scored = workbook.applySync({
    cells: [],
    replaceSheets: [
      {
        sheet: RULES_SHEET_NAME,
        rows: rulesSheetRows(merged).map((r) =>
          r.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null)),
        ),
        columnWidths: [14, 34, 60],
      },
    ],
  });
  try {
    await writeFileAtomic(output, scored);
  } catch (e) {
    throw new CliError(t(lang, 'cannotWrite', output, systemMessage(e, lang)));
  }
  const listed = KEYS.filter((k) => merged[k] !== undefined).map(
    (k) => `${RULE_ITEMS[k]}=${merged[k]!}`,
  );
  io.out(
    `${t(lang, 'rulesWritten', listed.length, listed.join('；'))}\n${t(lang, 'wrote', output)}\n`,
  );
  return 0;
}
