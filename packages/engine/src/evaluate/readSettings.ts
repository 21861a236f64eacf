import { Decimal } from '../decimal/decimal.js';
import { makeIssue, shown } from '../issues/issue.js';
import { DEFAULT_CHECKPOINTS, type Checkpoint } from '../metrics/budgetMetrics.js';
import { isBlank, readDecimal, readText } from '../schema/readers.js';
import { departmentInfoSchema, optionsSchema, zodIssues } from '../schema/schemas.js';
import { DEFAULT_GRADE_BANDS, type GradeBands } from '../scoring/grade.js';
import type { Issue } from '../types.js';

/** 基本信息 as the engine uses it. */
export interface Settings {
  department: string;
  year: number;
  unit: '万元' | '元';
  attachmentLabel: string | null;
  gradeBands: GradeBands;
  totalPoints: Decimal;
  checkpoints: ReadonlyArray<Checkpoint>;
  inverseVariant: 'linear' | 'ratio';
  overAchievementRatio: Decimal;
}

/**
 * Reads 基本信息 and the options through their zod schemas; invalid values are reported and
 * replaced by defaults (national grade bands, 100 points, the default checkpoints).
 */
export function readSettings(
  info: unknown,
  options: unknown,
): { settings: Settings; issues: Issue[] } {
  const issues: Issue[] = [];
  const parsed = departmentInfoSchema.safeParse(info);
  if (!parsed.success) issues.push(...zodIssues(parsed.error, ['info'], info));
  const row = (typeof info === 'object' && info !== null ? info : {}) as Record<string, unknown>;
  const dep = readText(row.department);
  const department = dep.ok ? dep.value : null;
  const settings: Settings = {
    department: department ?? '',
    year: parsed.success ? parsed.data.year : yearOf(row.year),
    unit: row.unit === '元' ? '元' : '万元',
    attachmentLabel:
      typeof row.attachmentLabel === 'string' && row.attachmentLabel.trim() !== ''
        ? row.attachmentLabel.trim()
        : null,
    gradeBands: DEFAULT_GRADE_BANDS,
    totalPoints: new Decimal(100),
    checkpoints: DEFAULT_CHECKPOINTS,
    inverseVariant: 'linear',
    overAchievementRatio: new Decimal('1.3'),
  };

  if (!isBlank(row.gradeBands)) {
    const bands = readBands(row.gradeBands);
    if (bands === null)
      issues.push(
        makeIssue('info.gradeBandsInvalid', ['info', 'gradeBands'], {
          value: bandsText(row.gradeBands),
        }),
      );
    else settings.gradeBands = bands;
  }
  if (!isBlank(row.totalPoints)) {
    const r = readDecimal(row.totalPoints);
    if (r.ok && r.value !== null && r.value.greaterThan(0)) settings.totalPoints = r.value;
    else
      issues.push(
        makeIssue('info.totalPointsInvalid', ['info', 'totalPoints'], {
          value: shown(row.totalPoints),
        }),
      );
  }

  const opts = optionsSchema.safeParse(options);
  if (!opts.success) {
    issues.push(
      ...zodIssues(opts.error, ['options'], options).map((i) =>
        makeIssue('options.invalid', i.path, { detail: i.code }),
      ),
    );
  } else if (opts.data !== undefined) {
    const o = opts.data;
    if (o.inverseVariant !== undefined) settings.inverseVariant = o.inverseVariant;
    if (o.overAchievementRatio !== undefined && o.overAchievementRatio !== null)
      settings.overAchievementRatio = o.overAchievementRatio;
    if (o.checkpoints !== undefined) {
      const cps: Checkpoint[] = [];
      o.checkpoints.forEach((cp, k) => {
        if (cp.share === null || cp.share.isNegative() || cp.share.greaterThan(1)) {
          issues.push(
            makeIssue('options.invalid', ['options', 'checkpoints', k, 'share'], {
              detail: 'share',
            }),
          );
        } else cps.push({ month: cp.month, share: cp.share.toString() });
      });
      settings.checkpoints = cps;
    }
  }
  return { settings, issues };
}

function readBands(value: unknown): GradeBands | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const [e, g, p] = [readDecimal(v.excellent), readDecimal(v.good), readDecimal(v.pass)];
  if (!e.ok || !g.ok || !p.ok || e.value === null || g.value === null || p.value === null)
    return null;
  if (!(e.value.greaterThan(g.value) && g.value.greaterThan(p.value) && !p.value.isNegative()))
    return null;
  return { excellent: e.value, good: g.value, pass: p.value };
}

function bandsText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return shown(value);
  const v = value as Record<string, unknown>;
  return `${shown(v.excellent)}/${shown(v.good)}/${shown(v.pass)}`;
}

/** The year when it reads as one (a fallback when another 基本信息 field failed validation), else 0. */
function yearOf(value: unknown): number {
  const r = readDecimal(value);
  return r.ok && r.value !== null && r.value.isInteger() ? r.value.toNumber() : 0;
}
