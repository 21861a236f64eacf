/** Human output of scored official forms: per form its figures and printed mistakes, then the issues. */
import type { FormResult, FormsResult } from '@jixiao/pipeline';
import { formatMoney, formatPercent } from '@jixiao/engine/format';
import { explainRule } from '@jixiao/engine/messages';
import { renderIssue } from '@jixiao/workbook';
import { t, type Lang } from './i18n.js';
import { displayWidth } from './render.js';

const MAX_ISSUES = 30;

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** The total as printed: `97.82 分 优`, or `暂定得分 93.05 分（…）`. */
export function totalText(form: FormResult, lang: Lang): string {
  if (form.total === null) return '—';
  if (form.complete)
    return `${formatMoney(form.total.score)} ${t(lang, 'points')}  ${form.grade ?? ''}`;
  return t(
    lang,
    'formProvisional',
    formatMoney(form.total.score),
    form.total.points,
    form.unscored,
  );
}

/**
 * The name a form goes by: its layout's, unless the form's own title says 部门整体 where the layout
 * is a project form's (the national 部门整体 table is the 项目支出 form titled
 * 部门整体支出绩效自评表) — then the title, without its （2022年度）.
 */
export function formName(form: Pick<FormResult, 'layout' | 'identity'>): string {
  const title = form.identity.title;
  if (title === null || !title.includes('部门整体') || form.layout.name.includes('部门整体'))
    return form.layout.name;
  return title.replace(/[（(]\s*\d{4}\s*年度?\s*[)）]/g, '').trim() || form.layout.name;
}

function renderForm(form: FormResult, lang: Lang, lines: string[]): void {
  const e = form.evaluation;
  lines.push(t(lang, 'formTitle', formName(form), form.sheet), '');
  const rows: [string, string][] = [];
  const id = form.identity;
  if (id.project !== null) rows.push([t(lang, 'formProject'), id.project]);
  const unit = id.unit ?? id.department;
  if (unit !== null) rows.push([t(lang, 'formDepartment'), unit]);
  if (id.year !== null) rows.push([t(lang, 'formYear'), String(id.year)]);
  if (e !== null) {
    const u = e.info.unit;
    rows.push(
      [t(lang, 'budgetLine'), `${formatMoney(e.budget.totals.budget)} ${u}`],
      [t(lang, 'spentLine'), `${formatMoney(e.budget.totals.spent)} ${u}`],
      [t(lang, 'formRate'), formatPercent(form.executionRate)],
    );
  }
  rows.push([t(lang, 'formTotal'), totalText(form, lang)]);
  const w = Math.max(...rows.map(([k]) => displayWidth(k)));
  for (const [k, v] of rows) lines.push(`  ${pad(k, w)}  ${v}`);
  // a province rule (规则 sheet, --rule) that capped the total says so
  const cap = e?.total.cap;
  if (cap !== undefined) lines.push(`  ${explainRule(cap.note, lang)}`);
  lines.push('');
  if (form.mistakes.length === 0) lines.push(`  ${t(lang, 'formNoMistakes')}`);
  else {
    lines.push(
      `  ${t(lang, 'formMistakes', form.mistakes.length)}${lang === 'zh-CN' ? '：' : ':'}`,
    );
    for (const m of form.mistakes) lines.push(`    ${renderIssue(m, lang)}`);
  }
  const issues = form.issues.filter((i) => !form.mistakes.includes(i));
  if (issues.length > 0) {
    const count = (s: string) => issues.filter((i) => i.severity === s).length;
    lines.push(
      '',
      `  ${t(lang, 'issues', count('error'), count('warning'), count('info'))}${lang === 'zh-CN' ? '：' : ':'}`,
    );
    for (const i of issues.slice(0, MAX_ISSUES))
      lines.push(`    [${t(lang, i.severity)}] ${renderIssue(i, lang)}`);
    if (issues.length > MAX_ISSUES)
      lines.push(`    ${t(lang, 'moreIssues', issues.length - MAX_ISSUES)}`);
  }
  lines.push('');
}

/** The text printed by `jixiao score` for a workbook of official forms. */
export function renderForms(result: FormsResult, lang: Lang): string {
  const lines: string[] = [];
  for (const form of result.forms) renderForm(form, lang, lines);
  if (result.forms.length > 1) {
    lines.push(`${t(lang, 'formsSummary', result.forms.length)}${lang === 'zh-CN' ? '：' : ':'}`);
    const header = t(lang, 'formsHeader').split('|');
    const table = result.forms.map((f) => [
      f.sheet,
      f.identity.project ?? f.identity.unit ?? f.identity.department ?? '',
      formatPercent(f.executionRate),
      f.total === null ? '—' : formatMoney(f.total.score),
      f.complete ? (f.grade ?? '') : t(lang, 'provisionalShort'),
    ]);
    const widths = header.map((h, i) =>
      Math.max(displayWidth(h), ...table.map((r) => displayWidth(r[i] ?? ''))),
    );
    for (const r of [header, ...table])
      lines.push(`  ${r.map((c, i) => pad(c, widths[i] ?? 0)).join('  ')}`.trimEnd());
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
