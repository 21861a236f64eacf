/** Human output of a scored workbook: a summary table, the deductions, the issues with their cells. */
import type { PipelineResult } from '@jixiao/pipeline';
import { formatMoney, formatNumber, formatPercent } from '@jixiao/engine/format';
import { explain } from '@jixiao/engine/messages';
import { t, type Lang } from './i18n.js';

const MAX_ISSUES = 30;

/** Display width of a string (CJK and full-width characters count 2). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

const colon = (lang: Lang): string => (lang === 'zh-CN' ? '：' : ': ');
const heading = (lang: Lang): string => (lang === 'zh-CN' ? '：' : ':');
const GRADE_EN: Record<string, string> = { 优: 'excellent', 良: 'good', 中: 'pass', 差: 'fail' };

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** The text printed by `jixiao score` (without `--json`). */
export function renderResult(result: PipelineResult, lang: Lang): string {
  const lines: string[] = [];
  const s = result.summary;
  const ev = result.evaluation;
  if (ev !== null) {
    const unit = ev.info.unit;
    lines.push(t(lang, 'title', ev.info.department, ev.info.year), '');
    // An error leaves a score unknown: the total is provisional and no grade is given (issue 9).
    const scoreRows: [string, string][] = s.complete
      ? [
          [t(lang, 'scoreLine'), `${formatMoney(ev.total.score)} ${t(lang, 'points')}`],
          [
            t(lang, 'gradeLine'),
            lang === 'en-US'
              ? `${ev.total.grade} (${GRADE_EN[ev.total.grade] ?? ''})`
              : ev.total.grade,
          ],
        ]
      : [
          [
            t(lang, 'provisionalScoreLine'),
            `${formatMoney(ev.total.score)} ${t(lang, 'points')}${
              s.unscored > 0
                ? t(lang, 'provisionalUnscored', s.unscored)
                : t(lang, 'provisionalErrors', s.counts.errors)
            }`,
          ],
        ];
    // 总分值 other than 100: the grade is that of 得分率, so both are shown
    if (s.totalPoints !== null && s.totalPoints !== 100 && s.scoreRate !== null)
      scoreRows.push([
        t(lang, 'scoreRateLine'),
        t(lang, 'scoreRateOf', formatPercent(ev.total.rate), String(s.totalPoints)),
      ]);
    const rows: [string, string][] = [
      ...scoreRows,
      [t(lang, 'budgetLine'), `${formatMoney(ev.budget.totals.budget)} ${unit}`],
      [t(lang, 'spentLine'), `${formatMoney(ev.budget.totals.spent)} ${unit}`],
      [t(lang, 'rateOverall'), formatPercent(ev.budget.rates.overall)],
      [t(lang, 'rateBasic'), formatPercent(ev.budget.rates.basic)],
      [t(lang, 'rateProject'), formatPercent(ev.budget.rates.project)],
      [
        t(lang, 'indicatorsLine'),
        t(lang, 'indicatorsCount', ev.indicators.length, ev.keyIndicators.length),
      ],
    ];
    const w = Math.max(...rows.map(([k]) => displayWidth(k)));
    for (const [k, v] of rows) lines.push(`  ${pad(k, w)}  ${v}`);
    lines.push('', `${t(lang, 'deductions')}${heading(lang)}`);
    if (ev.deductions.length === 0) lines.push(`  ${t(lang, 'noDeductions')}`);
    else {
      const nw = Math.max(...ev.deductions.map((d) => displayWidth(d.name)));
      const reason = `  ${t(lang, 'reason')}${colon(lang)}`;
      // a line joined from its parts is one flat string; put together with `+` it was a tree of
      // string nodes until the final join (a line per indicator: 20,000 lines)
      for (const d of ev.deductions) {
        lines.push(
          [
            '  ',
            pad(d.name, nw),
            '  -',
            formatMoney(d.deducted),
            d.reason === null ? '' : reason,
            d.reason ?? '',
          ].join(''),
        );
      }
    }
    // Province rules behind the figures: each rule deduction and the cap of the total.
    for (const d of s.deductions)
      if (d.rules !== null) lines.push(`  ${d.name}${colon(lang)}${d.rules}`);
    if (s.cap !== null) lines.push(`  ${s.cap.note}`);
    renderProjects(result, lang, lines);
  } else lines.push(t(lang, 'notScored'));
  if (result.issues.length > 0) {
    lines.push(
      '',
      `${t(lang, 'issues', s.counts.errors, s.counts.warnings, s.counts.infos)}${heading(lang)}`,
    );
    for (const i of s.issues.slice(0, MAX_ISSUES)) {
      // renderIssue names the cell or sheet in every message (`绩效指标!M2：…`).
      lines.push(`  [${t(lang, i.severity)}] ${i.message}`);
    }
    if (s.issues.length > MAX_ISSUES)
      lines.push(`  ${t(lang, 'moreIssues', s.issues.length - MAX_ISSUES)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The projects of 所属项目: one row each with its funds, 执行率, total and grade. */
function renderProjects(result: PipelineResult, lang: Lang, lines: string[]): void {
  if (result.projects.length === 0) return;
  lines.push('', `${t(lang, 'projectsTitle', result.projects.length)}${heading(lang)}`);
  const header = t(lang, 'projectsHeader').split('|');
  const table = result.projects.map((p) => {
    const e = p.evaluation;
    return [
      p.name,
      formatMoney(e.budget.totals.budget),
      formatMoney(e.budget.totals.spent),
      formatPercent(e.budget.rates.overall),
      `${formatMoney(e.total.score)} / ${formatNumber(e.total.declaredPoints)}`,
      p.complete ? e.total.grade : t(lang, 'provisionalShort'),
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...table.map((r) => displayWidth(r[i] ?? ''))),
  );
  for (const r of [header, ...table])
    lines.push(`  ${r.map((c, i) => pad(c, widths[i] ?? 0)).join('  ')}`.trimEnd());
}

/**
 * `score --detail`: every indicator with its 分值, 得分 and how the score was reached, grouped by
 * 一级指标 in sheet order.
 */
export function renderDetail(result: PipelineResult, lang: Lang): string {
  const ev = result.evaluation;
  if (ev === null) return '';
  const locale = lang;
  const lines: string[] = [`${t(lang, 'detail')}${heading(lang)}`];
  let group: string | null = null;
  for (const i of ev.indicators) {
    if (i.level1 !== group) {
      group = i.level1;
      lines.push(`  ${group}`);
    }
    const score = i.status === 'unscored' ? '—' : formatNumber(i.score, { decimals: 2 });
    const path = i.level2 ? `${i.level2} / ${i.name}` : i.name;
    lines.push(
      `    ${path}  ${score} / ${formatNumber(i.points, { decimals: 2 })} ${t(lang, 'points')}`,
    );
    lines.push(`      ${explain(i.explanation, locale)}`);
  }
  return `${lines.join('\n')}\n`;
}
