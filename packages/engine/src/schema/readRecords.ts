import type { Decimal } from '../decimal/decimal.js';
import { makeIssue } from '../issues/issue.js';
import type { ParsedTarget } from '../target/parseTarget.js';
import type { Issue } from '../types.js';
import { isBlank, readAmount, readDecimal, readFlag, readPoints, readText, readValue, type ReadResult } from './readers.js';
import { budgetLineSchema, indicatorSchema, zodIssues } from './schemas.js';

/** A budget line as read: amounts in micro-units, null where missing or invalid. */
export interface LineRecord {
  index: number;
  ref?: string;
  name: string | null;
  type: 'basic' | 'project' | null;
  role: 'line' | 'subtotal' | 'total';
  initial: bigint | null;
  budget: bigint | null;
  spent: bigint | null;
  /** Twelve entries (null = no data). */
  monthly: Array<bigint | null>;
  hasMonthly: boolean;
  issues: Issue[];
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
  points: Decimal | null;
  manual: Decimal | null;
  overrideReason: string | null;
  deviationReason: string | null;
  invalid: ReadonlySet<string>;
  issues: Issue[];
}

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** Collects one field: its value, or null and a note that it was invalid. */
class Collector {
  failed = false;
  readonly invalid = new Set<string>();
  take<T>(field: string, r: ReadResult<T | null>): T | null {
    if (r.ok) return r.value;
    this.failed = true;
    this.invalid.add(field);
    return null;
  }
  need<T>(field: string, value: T | null): T | null {
    if (value === null && !this.invalid.has(field)) this.failed = true;
    return value;
  }
}

/**
 * Reads one budget line. Clean rows take a fast path through the field readers; a row with any
 * problem is validated by {@link budgetLineSchema}, whose issues (with paths) are reported.
 */
export function readBudgetLine(raw: unknown, index: number): LineRecord {
  const path = ['budgetLines', index];
  const c = new Collector();
  const row = isRecord(raw) ? raw : {};
  const ref = typeof row.ref === 'string' ? row.ref : undefined;
  const name = c.need('name', c.take('name', readText(row.name)));
  const typeText = c.need('type', c.take('type', readText(row.type)));
  const type = typeText === '基本支出' ? 'basic' : typeText === '项目支出' ? 'project' : null;
  if (typeText !== null && type === null) c.failed = true;
  if (row.source !== undefined && !readText(row.source).ok) c.failed = true;
  const roleRaw = row.role;
  const role = roleRaw === 'subtotal' || roleRaw === 'total' ? roleRaw : 'line';
  if (!isBlank(roleRaw) && roleRaw !== role) c.failed = true;
  const initial = c.take('initialBudget', readAmount(row.initialBudget));
  const budget = c.need('budget', c.take('budget', readAmount(row.budget)));
  const spent = c.need('spent', c.take('spent', readAmount(row.spent)));
  const monthly: Array<bigint | null> = [null, null, null, null, null, null, null, null, null, null, null, null];
  let hasMonthly = false;
  const m = row.monthly;
  if (Array.isArray(m)) {
    if (m.length > 12) c.failed = true;
    const n = m.length < 12 ? m.length : 12;
    for (let k = 0; k < n; k++) {
      const v = c.take(`monthly.${k}`, readAmount(m[k]));
      monthly[k] = v;
      if (v !== null) hasMonthly = true;
    }
  } else if (!isBlank(m)) {
    c.failed = true;
  }
  const issues = !isRecord(raw)
    ? [makeIssue('record.invalid', path, {})]
    : c.failed
      ? schemaIssues(budgetLineSchema.safeParse(raw), path, raw)
      : [];
  const record: LineRecord = { index, name, type, role, initial, budget, spent, monthly, hasMonthly, issues };
  if (ref !== undefined) record.ref = ref;
  return record;
}

/** Reads one indicator row; like {@link readBudgetLine}, problems come from {@link indicatorSchema}. */
export function readIndicator(raw: unknown, index: number): IndicatorRecord {
  const path = ['indicators', index];
  const c = new Collector();
  const row = isRecord(raw) ? raw : {};
  const ref = typeof row.ref === 'string' ? row.ref : undefined;
  const record: IndicatorRecord = {
    index,
    level1: c.need('level1', c.take('level1', readText(row.level1))),
    level2: c.take('level2', readText(row.level2)),
    name: c.need('name', c.take('name', readText(row.name))),
    key: c.take('key', readFlag(row.key)) ?? false,
    method: c.take('method', readText(row.method)),
    target: c.take('target', readValue(row.target, 'target.invalid')),
    actual: c.take('actual', readValue(row.actual, 'actual.invalid')),
    source: c.take('source', readText(row.source)),
    params: c.take('params', readText(row.params)),
    points: c.need('points', c.take('points', readPoints(row.points))),
    manual: c.take('manualScore', readDecimal(row.manualScore)),
    overrideReason: c.take('overrideReason', readText(row.overrideReason)),
    deviationReason: c.take('deviationReason', readText(row.deviationReason)),
    invalid: c.invalid,
    issues: !isRecord(raw)
      ? [makeIssue('record.invalid', path, {})]
      : c.failed
        ? schemaIssues(indicatorSchema.safeParse(raw), path, raw)
        : [],
  };
  if (ref !== undefined) record.ref = ref;
  return record;
}

function schemaIssues(
  result: { success: true } | { success: false; error: Parameters<typeof zodIssues>[0] },
  path: Array<string | number>,
  raw: unknown,
): Issue[] {
  return result.success ? [] : zodIssues(result.error, path, raw);
}
