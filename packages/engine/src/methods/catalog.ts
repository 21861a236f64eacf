import type { MethodName } from '../types.js';
import { METHOD_LIST } from './table.js';

/** What each method reads, for documentation and UIs (e.g. the add-in's method picker). */
export interface MethodInfo {
  name: MethodName;
  /** One-line rule (a = actual, t = target, w = points). */
  rule: string;
  /** What 完成率 shows for the method. */
  completion: string;
  target: 'number' | 'label' | 'optional';
  actual: 'number' | 'label' | 'yesno' | 'none';
  params: 'none' | 'optional' | 'required';
}

/** The methods in the order of the national rules, derived from the method modules. */
export const methods: Readonly<Record<MethodName, MethodInfo>> = Object.fromEntries(
  METHOD_LIST.map((m) => [
    m.name,
    {
      name: m.name,
      rule: m.rule,
      completion: m.completion,
      target: m.target,
      actual: m.actual,
      params: m.params,
    },
  ]),
) as Record<MethodName, MethodInfo>;

export { isMethodName } from './table.js';
export { QUALITATIVE_BANDS } from './qualitative.js';
