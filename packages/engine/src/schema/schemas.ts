import * as z from 'zod';
import type { IssueCode } from '../issues/codes.js';
import { makeIssue, shown } from '../issues/issue.js';
import type { Issue } from '../types.js';
import {
  isBlank,
  readAmount,
  readDecimal,
  readFlag,
  readPoints,
  readScore,
  readText,
  readValue,
  type ReadResult,
} from './readers.js';

/**
 * zod schemas of the engine's input. Each field schema wraps one field reader (`readers.ts`), so a
 * failure carries the engine's issue code in `params.code`; {@link zodIssues} turns zod's issues
 * into the engine's {@link Issue}s with paths into the input.
 */
function field<T>(reader: (value: unknown) => ReadResult<T>) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx): T => {
      const r = reader(value);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: r.code, params: { code: r.code, ...r.params } });
      return z.NEVER;
    });
}

function required<T>(reader: (value: unknown) => ReadResult<T | null>) {
  return field((value: unknown): ReadResult<T> => {
    if (isBlank(value)) return { ok: false, code: 'input.required', params: {} };
    const r = reader(value);
    if (!r.ok) return r;
    return r.value === null
      ? { ok: false, code: 'input.required', params: {} }
      : { ok: true, value: r.value };
  });
}

const readType = (value: unknown): ReadResult<'基本支出' | '项目支出' | null> => {
  const r = readText(value);
  if (!r.ok || r.value === null) return r as ReadResult<null>;
  if (r.value === '基本支出' || r.value === '项目支出') return { ok: true, value: r.value };
  return { ok: false, code: 'budget.typeInvalid', params: { value: r.value } };
};

const readYear = (value: unknown): ReadResult<number | null> => {
  const r = readDecimal(value);
  if (r.ok && r.value === null) return { ok: true, value: null };
  if (
    r.ok &&
    r.value !== null &&
    r.value.isInteger() &&
    r.value.greaterThanOrEqualTo(1900) &&
    r.value.lessThanOrEqualTo(2999)
  ) {
    return { ok: true, value: r.value.toNumber() };
  }
  return { ok: false, code: 'info.yearInvalid', params: { value: shown(value) } };
};

const readRole = (value: unknown): ReadResult<'line' | 'subtotal' | 'total'> => {
  if (isBlank(value)) return { ok: true, value: 'line' };
  if (value === 'line' || value === 'subtotal' || value === 'total') return { ok: true, value };
  return { ok: false, code: 'budget.roleInvalid', params: { value: shown(value) } };
};

const readMonthly = (value: unknown): ReadResult<ReadonlyArray<unknown>> => {
  if (isBlank(value)) return { ok: true, value: [] };
  if (!Array.isArray(value))
    return { ok: false, code: 'amount.invalid', params: { value: shown(value) } };
  if (value.length > 12)
    return { ok: false, code: 'monthly.tooLong', params: { count: value.length } };
  return { ok: true, value };
};

/** Field schemas, one per kind of input cell. */
export const fieldSchemas = {
  text: field(readText),
  requiredText: required(readText),
  amount: field(readAmount),
  requiredAmount: required(readAmount),
  decimal: field(readDecimal),
  score: field(readScore),
  points: required(readPoints),
  flag: field(readFlag),
  target: field((v) => readValue(v, 'target.invalid')),
  actual: field((v) => readValue(v, 'actual.invalid')),
  expenditureType: required(readType),
  role: field(readRole),
  monthlyList: field(readMonthly),
};

/** 基本信息. */
export const departmentInfoSchema = z.object({
  department: fieldSchemas.requiredText,
  year: required(readYear),
  unit: field((v): ReadResult<'万元' | '元'> => {
    if (isBlank(v)) return { ok: true, value: '万元' };
    return v === '万元' || v === '元'
      ? { ok: true, value: v }
      : { ok: false, code: 'info.unitInvalid', params: { value: shown(v) } };
  }),
  attachmentLabel: fieldSchemas.text,
  /** Checked by the settings reader: `{ excellent, good, pass }`, descending. */
  gradeBands: z.unknown().optional(),
  /** Checked by the settings reader: a decimal above 0. */
  totalPoints: z.unknown().optional(),
});

/** One 预算执行 row. */
export const budgetLineSchema = z.object({
  ref: fieldSchemas.text,
  name: fieldSchemas.requiredText,
  type: fieldSchemas.expenditureType,
  source: fieldSchemas.text,
  initialBudget: fieldSchemas.amount,
  budget: fieldSchemas.requiredAmount,
  spent: fieldSchemas.requiredAmount,
  monthly: fieldSchemas.monthlyList.pipe(z.array(fieldSchemas.amount)),
  role: fieldSchemas.role,
});

/** One 绩效指标 row. */
export const indicatorSchema = z.object({
  ref: fieldSchemas.text,
  level1: fieldSchemas.requiredText,
  level2: fieldSchemas.text,
  name: fieldSchemas.requiredText,
  key: fieldSchemas.flag,
  method: fieldSchemas.text,
  target: fieldSchemas.target,
  actual: fieldSchemas.actual,
  source: fieldSchemas.text,
  params: fieldSchemas.text,
  points: fieldSchemas.points,
  manualScore: fieldSchemas.score,
  overrideReason: fieldSchemas.text,
  deviationReason: fieldSchemas.text,
});

/** Evaluation options. */
export const optionsSchema = z
  .object({
    checkpoints: z
      .array(z.object({ month: z.number().int().min(1).max(12), share: fieldSchemas.decimal }))
      .optional(),
    inverseVariant: z.enum(['linear', 'ratio']).optional(),
    overAchievementRatio: fieldSchemas.decimal.optional(),
  })
  .optional();

/** The top-level shape. Records are validated one by one, so one bad row never hides the others. */
export const evaluationInputSchema = z.object({
  info: z.record(z.string(), z.unknown()),
  budgetLines: z.array(z.unknown()),
  indicators: z.array(z.unknown()),
  options: z.unknown().optional(),
});

/** Turns zod issues into engine issues under `basePath`; `raw` is the record, for the typed value. */
export function zodIssues(
  error: z.ZodError,
  basePath: ReadonlyArray<string | number>,
  raw: unknown,
): Issue[] {
  return error.issues.map((zi) => {
    const path = [
      ...basePath,
      ...zi.path.filter((p): p is string | number => typeof p !== 'symbol'),
    ];
    if (zi.code === 'custom' && zi.params && typeof zi.params.code === 'string') {
      const { code, ...params } = zi.params as { code: IssueCode } & Record<
        string,
        string | number
      >;
      return makeIssue(code, path, params);
    }
    if (zi.path.length === 0) return makeIssue('record.invalid', path, { value: shown(raw) });
    return makeIssue('options.invalid', path, { detail: zi.message });
  });
}
