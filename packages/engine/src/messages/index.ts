/**
 * `@jixiao/engine/messages`: words for the engine's codes. The engine returns issues and
 * explanations as codes with parameters; these maps turn them into zh-CN (default) or en-US text.
 * Messages speak about the data; adapters prefix the sheet and cell (`绩效指标!G7：…`).
 */
import type { Explanation, Issue } from '../types.js';
import { enUS, enUSExplanations, enUSRuleNotes } from './en-US.js';
import { fieldLabel } from './fieldLabels.js';
import { zhCN, zhCNExplanations, zhCNRuleNotes, type MessageFn } from './zh-CN.js';

import type { Locale } from '../vocabulary.js';

export type { Locale } from '../vocabulary.js';

/** Issue messages per locale, keyed by issue code. */
export const messages: Readonly<Record<Locale, Readonly<Record<string, MessageFn>>>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

/** Explanation templates per locale, keyed by explanation code. */
export const explanations: Readonly<
  Record<Locale, Readonly<Record<string, (p: Readonly<Record<string, string | number>>) => string>>>
> = {
  'zh-CN': zhCNExplanations,
  'en-US': enUSExplanations,
};

/** Notes of province rules (执行率计分, 偏离扣分, 备选组, 执行率封顶) per locale, keyed by code. */
export const ruleNotes: Readonly<
  Record<Locale, Readonly<Record<string, (p: Readonly<Record<string, string | number>>) => string>>>
> = {
  'zh-CN': zhCNRuleNotes,
  'en-US': enUSRuleNotes,
};

/** The text of a rule note (`Explanation.notes`, `Deduction.notes`, `total.cap.note`). */
export function explainRule(note: Explanation, locale: Locale = 'zh-CN'): string {
  const fn = ruleNotes[locale][note.code];
  return fn === undefined ? `${note.code} ${JSON.stringify(note.params)}` : fn(note.params);
}

/**
 * The message of an issue, e.g. `分值应为大于 0 的数字，当前为“abc”`.
 * An unknown code (from a newer engine) falls back to the code and its parameters.
 */
export function messageFor(issue: Issue, locale: Locale = 'zh-CN'): string {
  const fn = messages[locale][issue.code];
  if (fn === undefined) return `${issue.code} ${JSON.stringify(issue.params)}`;
  return fn(issue.params, fieldLabel(issue.path, locale));
}

/**
 * The text of a score's explanation, e.g. `8 × 45/50 = 7.20（正向，未达目标）`, followed by the
 * notes of the province rules that changed it (`；执行率计分按分档 …`).
 */
export function explain(explanation: Explanation, locale: Locale = 'zh-CN'): string {
  const fn = explanations[locale][explanation.code];
  const head =
    fn === undefined
      ? `${explanation.code} ${JSON.stringify(explanation.params)}`
      : fn(explanation.params);
  const notes = explanation.notes ?? [];
  if (notes.length === 0) return head;
  const sep = locale === 'zh-CN' ? '；' : '; ';
  return [head, ...notes.map((n) => explainRule(n, locale))].join(sep);
}

export { FIELD_LABELS, fieldLabel } from './fieldLabels.js';
export type { MessageFn } from './zh-CN.js';
