import { bands } from './bands.js';
import { checklist } from './checklist.js';
import { deduction } from './deduction.js';
import { equal } from './equal.js';
import { inverse } from './inverse.js';
import { manual } from './manual.js';
import { positive } from './positive.js';
import { qualitative } from './qualitative.js';
import { threshold } from './threshold.js';
import { yesNo } from './yesNo.js';

/**
 * Every scoring method, one module each, in the order of the national rules. This list is the only
 * place that names them all: the catalog, the configuration schema, the resolver, the runner, the
 * explanation codes and the workbook's 评分方法 list are derived from it. To add a method, see
 * docs/architecture.md ("Add a scoring method").
 */
export const METHOD_LIST = [
  positive,
  inverse,
  equal,
  threshold,
  bands,
  qualitative,
  yesNo,
  deduction,
  checklist,
  manual,
] as const;

type AnyMethod = (typeof METHOD_LIST)[number];

/** The scoring methods by their Chinese names (the names users type in 评分方法). */
export type MethodName = AnyMethod['name'];

/** A resolved scoring method: what its 评分参数 resolves to, discriminated by `kind`. */
export type MethodConfig = Parameters<AnyMethod['score']>[0];

/** The module of each method, by name. */
export const METHODS: { readonly [K in MethodName]: Extract<AnyMethod, { name: K }> } =
  Object.fromEntries(METHOD_LIST.map((m) => [m.name, m])) as never;

/** An explanation code: one a method emits, or `override` (人工得分 over a computed score) or `unscored`. */
export type ExplanationCode = AnyMethod['explanations'][number] | 'override' | 'unscored';

/** True when `name` is one of the method names. */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(METHODS, name);
}
