import type { Ratio } from '../decimal/ratio.js';
import { makeIssue } from '../issues/issue.js';
import type { ParsedTarget } from '../target/parseTarget.js';
import type { Issue } from '../types.js';
import {
  amountUnits,
  isBlank,
  readFlag,
  readPoints,
  readScore,
  readValue,
  textValue,
  type ReadResult,
} from './readers.js';
import { budgetLineSchema, indicatorSchema, zodIssues } from './schemas.js';

/** A budget line as read: amounts in micro-units, null where missing or invalid. */
export interface LineRecord {
  index: number;
  ref?: string;
  name: string | null;
  type: 'basic' | 'project' | null;
  role: 'line' | 'subtotal' | 'total';
  initial: number | null;
  budget: number | null;
  spent: number | null;
  /**
   * Twelve payments in micro-units (0 where no data; `hasMonthly` says whether any was given). A row
   * without months shares one frozen array of zeros.
   */
  monthly: ReadonlyArray<number>;
  hasMonthly: boolean;
  issues: ReadonlyArray<Issue>;
}

/** An indicator row as read. `invalid` names the fields whose values could not be read. */
export interface IndicatorRecord {
  index: number;
  ref?: string;
  level1: string | null;
  level2: string | null;
  name: string | null;
  key: boolean;
  method: string | null;
  target: ParsedTarget | null;
  actual: ParsedTarget | null;
  source: string | null;
  params: string | null;
  points: Ratio | null;
  manual: Ratio | null;
  overrideReason: string | null;
  deviationReason: string | null;
  invalid: ReadonlySet<string>;
  issues: Issue[];
}

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** Collects one field: its value, or null and a note that it was invalid. */
const NONE: ReadonlySet<string> = new Set();

class Collector {
  failed = false;
  invalid: Set<string> | null = null;
  take<T>(field: string, r: ReadResult<T | null>): T | null {
    if (r.ok) return r.value;
    this.failed = true;
    (this.invalid ??= new Set()).add(field);
    return null;
  }
  /** A text field without allocating a read result. */
  text(field: string, value: unknown): string | null {
    const t = textValue(value);
    if (t !== undefined) return t;
    this.failed = true;
    (this.invalid ??= new Set()).add(field);
    return null;
  }
  /**
   * The fields the caller could not read and has already reported (`reported`), where it passed no
   * value: invalid, so scoring says nothing more of them — a field is validated once, where it is
   * read (field case F02c: a target saved as a formula was reported by the reader and then again as
   * 评分方法为“等于”时须填写目标值).
   */
  unread(reported: unknown, row: Record<string, unknown>): void {
    if (!Array.isArray(reported)) return;
    for (const field of reported)
      if (typeof field === 'string' && isBlank(row[field])) (this.invalid ??= new Set()).add(field);
  }
  need<T>(field: string, value: T | null): T | null {
    if (value === null && !this.invalid?.has(field)) this.failed = true;
    return value;
  }
}

/**
 * Reads one budget line. Clean rows take a fast path through the field readers; a row with any
 * problem is validated by {@link budgetLineSchema}, whose issues (with paths) are reported.
 */
export function readBudgetLine(raw: unknown, index: number): LineRecord {
  const row = isRecord(raw) ? raw : EMPTY_ROW;
  const name = textValue(row.name);
  const typeText = textValue(row.type);
  const type = typeText === '基本支出' ? 'basic' : typeText === '项目支出' ? 'project' : null;
  const roleRaw = row.role;
  const role = roleRaw === 'subtotal' || roleRaw === 'total' ? roleRaw : 'line';
  const initial = amountUnits(row.initialBudget);
  const budget = amountUnits(row.budget);
  const spent = amountUnits(row.spent);
  // a total or sub-total row needs no 支出类型 (it sums lines of any type)
  const typeOptional = role !== 'line' && isBlank(row.type);
  let failed =
    !name ||
    (type === null && !typeOptional) ||
    budget == null ||
    spent == null ||
    initial === undefined;
  if (row.source !== undefined && textValue(row.source) === undefined) failed = true;
  if (!isBlank(roleRaw) && roleRaw !== role) failed = true;
  let monthly: ReadonlyArray<number> = NO_MONTHS;
  let hasMonthly = false;
  const m = row.monthly;
  if (Array.isArray(m)) {
    // All-number array: V8 keeps the values unboxed.
    const months = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    monthly = months;
    if (m.length > 12) failed = true;
    const n = m.length < 12 ? m.length : 12;
    for (let k = 0; k < n; k++) {
      const v = amountUnits(m[k]);
      if (v === undefined) failed = true;
      else if (v !== null) {
        months[k] = v;
        hasMonthly = true;
      }
    }
  } else if (!isBlank(m)) {
    failed = true;
  }
  const issues = !isRecord(raw)
    ? [makeIssue('record.invalid', ['budgetLines', index], {})]
    : failed
      ? schemaIssues(
          budgetLineSchema.safeParse(raw),
          ['budgetLines', index],
          raw,
          row.reported,
        ).filter((issue) => !(typeOptional && issue.path[2] === 'type'))
      : NO_ISSUES;
  // one literal, `ref` in it: a property added later would live outside the object (100,000 lines)
  const record: LineRecord = {
    index,
    ref: typeof row.ref === 'string' ? row.ref : undefined,
    name: name ?? null,
    type,
    role,
    initial: initial ?? null,
    budget: budget ?? null,
    spent: spent ?? null,
    monthly,
    hasMonthly,
    issues,
  };
  return record;
}

const EMPTY_ROW: Record<string, unknown> = {};
const NO_MONTHS: ReadonlyArray<number> = Object.freeze([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const NO_ISSUES: ReadonlyArray<Issue> = Object.freeze([]);

/** Reads one indicator row; like {@link readBudgetLine}, problems come from {@link indicatorSchema}. */
export function readIndicator(raw: unknown, index: number): IndicatorRecord {
  const path = ['indicators', index];
  const c = new Collector();
  const row = isRecord(raw) ? raw : {};
  const ref = typeof row.ref === 'string' ? row.ref : undefined;
  c.unread(row.reported, row);
  const record: IndicatorRecord = {
    index,
    level1: c.need('level1', c.text('level1', row.level1)),
    level2: c.text('level2', row.level2),
    name: c.need('name', c.text('name', row.name)),
    key: c.take('key', readFlag(row.key)) ?? false,
    method: c.text('method', row.method),
    target: c.take('target', readValue(row.target, 'target.invalid')),
    actual: c.take('actual', readValue(row.actual, 'actual.invalid')),
    source: c.text('source', row.source),
    params: c.text('params', row.params),
    points: c.need('points', c.take('points', readPoints(row.points))),
    manual: c.take('manualScore', readScore(row.manualScore)),
    overrideReason: c.text('overrideReason', row.overrideReason),
    deviationReason: c.text('deviationReason', row.deviationReason),
    invalid: c.invalid ?? NONE,
    issues: !isRecord(raw)
      ? [makeIssue('record.invalid', path, {})]
      : c.failed
        ? schemaIssues(indicatorSchema.safeParse(raw), path, raw, row.reported)
        : [],
  };
  if (ref !== undefined) record.ref = ref;
  return record;
}

/**
 * The schema's issues for a record, except on the fields the caller already reported (`reported`,
 * a list of field names): those it validated where it read them, so they are not validated twice.
 */
function schemaIssues(
  result: { success: true } | { success: false; error: Parameters<typeof zodIssues>[0] },
  path: Array<string | number>,
  raw: unknown,
  reported: unknown,
): Issue[] {
  if (result.success) return [];
  const issues = zodIssues(result.error, path, raw);
  if (!Array.isArray(reported) || reported.length === 0) return issues;
  const known = new Set<unknown>(reported);
  return issues.filter((issue) => !known.has(issue.path[path.length]));
}
