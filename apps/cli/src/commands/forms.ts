import { parseArgs } from 'node:util';
import { basename, dirname, join, resolve } from 'node:path';
import { formatMoney, formatPercent } from '@jixiao/engine/format';
import { officialFormsXlsx } from '@jixiao/pipeline/xlsx';
import { DEPARTMENT_FORM_LAYOUTS, renderIssue, type DepartmentFormLayout } from '@jixiao/workbook';
import { nodeCodec } from '@jixiao/xlsx/node';
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
import { displayWidth, renderResult } from '../render.js';
import { readInput, scoreFormsInput, scoreInput } from './load.js';
import { parseRuleOptions } from './rules.js';

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/**
 * `jixiao forms <部门.xlsx> [-o 自评表.xlsx] [--layout national|guangdong|chongqing] [--rule 名称=值 …]`:
 * scores a contract workbook and writes its official forms into a new workbook — the 部门整体 table
 * in the chosen layout and one 项目支出绩效自评表 per project of 所属项目 (plus a 规则 sheet when
 * province rules are in effect). The input is never changed. The written forms are read back with
 * the form scorer; a figure that does not come back the same is reported (exit 1).
 */
export async function formsCommand(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      layout: { type: 'string' },
      rule: { type: 'string', multiple: true },
    },
  });
  const rules = parseRuleOptions(values.rule ?? [], lang);
  if (positionals.length !== 1)
    throw new CliError(t(lang, 'badArgs', t(lang, 'needFile'), 'forms'));
  const layout = (values.layout ?? 'national') as DepartmentFormLayout;
  if (!DEPARTMENT_FORM_LAYOUTS.includes(layout))
    throw new CliError(t(lang, 'badArgs', t(lang, 'badLayout', values.layout ?? ''), 'forms'));
  const input = resolve(io.cwd, positionals[0]!);
  const output =
    values.output !== undefined
      ? resolve(io.cwd, values.output)
      : join(dirname(input), `${basename(input).replace(/\.xls[xm]$/i, '')}.自评表.xlsx`);
  if (output === input) throw new CliError(t(lang, 'formsSameAsInput', input));
  if (!hasExtension(output, '.xlsx'))
    throw new CliError(t(lang, 'badExtension', output, '.xlsx', t(lang, 'formsWritesXlsx')));
  if ((await pathKind(output)) === 'dir') throw new CliError(t(lang, 'isAFolder', output));

  const bytes = await readInput(input, lang);
  const maxMiB = maxMiBFromEnv(io.env);
  if (scoreFormsInput(input, bytes, lang, maxMiB) !== null)
    throw new CliError(t(lang, 'formsFromForms'));
  const { result } = await scoreInput(
    input,
    bytes,
    lang,
    maxMiB,
    rules === undefined ? {} : { rules },
  );
  // the forms read back by the form scorer must say what the workbook says
  const file = officialFormsXlsx(result, layout, { rules, locale: lang, codec: nodeCodec });
  if (file === null) {
    io.err(renderResult(result, lang));
    return 1;
  }
  const { book, differences, lost, bytes: written } = file;

  const lines: string[] = [
    `${t(lang, 'formsWritten', book.forms.length)}${lang === 'zh-CN' ? '：' : ':'}`,
  ];
  const header = t(lang, 'formsWrittenHeader').split('|');
  const table = book.forms.map(({ sheet, part }) => {
    const e = part.evaluation;
    return [
      sheet.name,
      `${formatMoney(e.budget.totals.spent)} / ${formatMoney(e.budget.totals.budget)}`,
      formatPercent(e.budget.rates.overall),
      part.complete
        ? formatMoney(e.total.score)
        : `${formatMoney(e.total.score)}（${t(lang, 'provisionalShort')}）`,
      part.complete ? e.total.grade : '—',
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...table.map((r) => displayWidth(r[i] ?? ''))),
  );
  for (const r of [header, ...table])
    lines.push(`  ${r.map((c, i) => pad(c, widths[i] ?? 0)).join('  ')}`.trimEnd());
  if (book.rulesSheet)
    lines.push('', `  ${t(lang, 'formsRules', Object.values(book.rules).length)}`);
  if (lost.length > 0) {
    lines.push('', `${t(lang, 'formsLost', lost.length)}${lang === 'zh-CN' ? '：' : ':'}`);
    for (const l of lost) lines.push(`  ${l}`);
  }
  const provisional = book.forms.filter((f) => !f.part.complete).map((f) => f.sheet.name);
  if (provisional.length > 0)
    lines.push('', `  ${t(lang, 'formsProvisional', provisional.join('、'))}`);
  if (differences.length > 0) {
    lines.push('', `${t(lang, 'formsDiffer', differences.length)}${lang === 'zh-CN' ? '：' : ':'}`);
    for (const d of differences) lines.push(`  ${d.message}`);
  }
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    lines.push('', `${t(lang, 'issues', errors.length, 0, 0)}${lang === 'zh-CN' ? '：' : ':'}`);
    for (const i of errors.slice(0, 30)) lines.push(`  ${renderIssue(i, lang)}`);
  }
  io.out(`${lines.join('\n')}\n`);
  try {
    await writeFileAtomic(output, written);
  } catch (e) {
    throw new CliError(t(lang, 'cannotWrite', output, systemMessage(e, lang)));
  }
  io.out(`\n${t(lang, 'wrote', output)}\n`);
  return differences.length === 0 && provisional.length === 0 ? 0 : 1;
}
