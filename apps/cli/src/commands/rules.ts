import { RULE_ITEMS, RULE_SYNTAX, ruleSchemas, type RuleKey } from '@jixiao/engine';
import { t, type Lang } from '../i18n.js';
import { CliError } from '../io.js';

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
