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

/** Shows what the user typed, for messages: strings as-is, other values through `String`. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null || value === undefined) return '';
  return Object.prototype.toString.call(value);
}
