import type { Issue } from '../types.js';
import { ISSUE_SEVERITY, type IssueCode } from './codes.js';

/** Parameters of an issue or explanation (message placeholders). */
export type Params = Record<string, string | number>;

/** Builds an {@link Issue} with the code's severity. */
export function makeIssue(
  code: IssueCode,
  path: ReadonlyArray<string | number>,
  params: Params = {},
): Issue {
  return { code, severity: ISSUE_SEVERITY[code], path, params };
}

/**
 * `{ ...params, ...more }`, built field by field from an empty object: objects with the same fields
 * in the same order then share one hidden class. A spread where params of many shapes meet (every
 * method's explanation, every issue) made V8 give each object a class of its own: 20,000 hidden
 * classes and descriptor arrays, about 8 MB, for 20,000 indicators.
 */
export function withParams(params: Readonly<Params>, more: Readonly<Params>): Params {
  const out: Params = {};
  for (const key of Object.keys(params)) out[key] = params[key]!;
  for (const key of Object.keys(more)) out[key] = more[key]!;
  return out;
}

/** Shows what the user typed, for messages: strings as-is, other values through `String`. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null || value === undefined) return '';
  return Object.prototype.toString.call(value);
}
