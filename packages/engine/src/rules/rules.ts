/**
 * Province rules as data (docs/rules.md): rules some provinces add on top of the national ones,
 * each stated in one 基本信息 item (or `jixiao score --rule 名称=值` for official forms) and applied
 * at one point of the evaluation:
 *
 * | item         | syntax                              | applied to                                   |
 * |--------------|-------------------------------------|----------------------------------------------|
 * | 执行率分母   | 全年预算数 · 年初预算数 · 实际到位资金 | the denominator of every 支付率 (line, type, overall) |
 * | 执行率计分   | 比例 · `100%:10;80%:7;60%:5;0:0`     | indicators fed by a 支付率 (数据来源), 正向 or no method |
 * | 执行率封顶   | `80%:89;70%:79;60%:69;50%:59`        | the total's 得分率 after the sum             |
 * | 偏离扣分     | `130%:2` · `130%:说明`               | each indicator whose 完成率 reaches the ratio |
 * | 备选组 (column) | any label                         | indicators sharing it: the better counts, points once |
 *
 * Parsing goes through zod schemas (`ruleSchemas`); a bad text is an error issue on its 基本信息 cell
 * and the rule is not applied (the score is then provisional).
 */
import * as z from 'zod';
import { cmp, div, mul, R0, ratio, type Ratio } from '../decimal/ratio.js';
import { makeIssue, shown } from '../issues/issue.js';
import { amountUnits } from '../schema/readers.js';
import { parseTarget } from '../target/parseTarget.js';
import type { Explanation, Issue } from '../types.js';
import { parseBands } from '../methods/parseBands.js';
import type { Band } from '../methods/schema.js';

/** Which amount divides 全年执行数 in every 支付率 (执行率). */
export type RateDenominator = '全年预算数' | '年初预算数' | '实际到位资金';

/** A band of 执行率封顶: an execution rate below `below` caps 得分率 at `max` (points of 100). */
export interface CapBand {
  below: string;
  max: string;
}

/** 偏离扣分: an actual at or above `ratio` × target loses `points` (or, with null, needs a reason). */
export interface DeviationRule {
  ratio: string;
  points: string | null;
}

/** The rules in force; {@link NATIONAL_RULES} when nothing is stated. */
export interface Rules {
  denominator: RateDenominator;
  /** 执行率计分 bands (min fraction → points), or null for 比例 (分值 × 执行率, capped). */
  rateBands: Band[] | null;
  /** 执行率计分 as typed, for explanations. */
  rateBandsText: string | null;
  /** 执行率封顶 bands sorted from the highest bound; empty when there is no cap. */
  cap: CapBand[];
  capText: string | null;
  deviation: DeviationRule | null;
}

/** The national rules: 全年预算数, proportional rate scoring, no cap, no penalty. */
export const NATIONAL_RULES: Rules = {
  denominator: '全年预算数',
  rateBands: null,
  rateBandsText: null,
  cap: [],
  capText: null,
  deviation: null,
};

/** The 基本信息 fields (of `DepartmentInfo`) that carry rules, and their item names. */
export const RULE_ITEMS = {
  rateDenominator: '执行率分母',
  rateScoring: '执行率计分',
  rateCap: '执行率封顶',
  deviationPenalty: '偏离扣分',
} as const;

export type RuleKey = keyof typeof RULE_ITEMS;

/** How each rule is written, for messages. */
export const RULE_SYNTAX: Record<RuleKey, string> = {
  rateDenominator: '全年预算数、年初预算数或实际到位资金',
  rateScoring: '比例，或分档如 100%:10;80%:7;60%:5;0:0',
  rateCap: '执行率下限:封顶得分率，如 80%:89;70%:79;60%:69;50%:59',
  deviationPenalty: '偏离比例:扣分或“说明”，如 130%:2 或 130%:说明',
};

const trimmed = z
  .string()
  .transform((s) => s.trim().replace(/[：]/g, ':').replace(/[；]/g, ';').replace(/％/g, '%'));

/** A plain ratio written as a percentage or a fraction: `80%` → `'0.8'`. */
function fraction(text: string): string | null {
  const t = parseTarget(text);
  if (t?.kind !== 'number' || (t.comparator !== null && t.comparator !== '≥')) return null;
  if (t.unit !== null && t.unit !== '%') return null;
  return t.value;
}

/** A non-negative plain number (no unit, no %): `'89'`. */
function plainNumber(text: string): string | null {
  const t = parseTarget(text);
  if (t?.kind !== 'number' || t.comparator !== null || t.percent || t.unit !== null) return null;
  return t.value.startsWith('-') ? null : t.value;
}

/** The zod schema of each rule's text; a failure carries no detail (the message gives the syntax). */
export const ruleSchemas = {
  rateDenominator: trimmed.pipe(z.enum(['全年预算数', '年初预算数', '实际到位资金'])),
  rateScoring: trimmed.transform((s, ctx): Band[] | null => {
    if (s === '比例' || s === '按比例') return null;
    const bands = parseBands(s);
    if (bands === null) {
      ctx.addIssue({ code: 'custom', message: 'bands' });
      return z.NEVER;
    }
    return bands;
  }),
  rateCap: trimmed.transform((s, ctx): CapBand[] => {
    const parts = s.split(/[;,，\n]/).map((p) => p.trim());
    const out: CapBand[] = [];
    for (const part of parts.filter((p) => p !== '')) {
      const [bound, max, extra] = part.split(':').map((p) => p.trim());
      const below = bound === undefined ? null : fraction(bound);
      const cap = max === undefined ? null : plainNumber(max);
      if (below === null || cap === null || extra !== undefined || Number(cap) > 100) {
        ctx.addIssue({ code: 'custom', message: part });
        return z.NEVER;
      }
      out.push({ below, max: cap });
    }
    if (out.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'empty' });
      return z.NEVER;
    }
    return out.sort((a, b) => cmp(ratio(b.below), ratio(a.below)));
  }),
  deviationPenalty: trimmed.transform((s, ctx): DeviationRule => {
    const [bound, what, extra] = s.split(':').map((p) => p.trim());
    const r = bound === undefined ? null : fraction(bound);
    const points = what === undefined || what === '说明' ? null : plainNumber(what);
    if (
      r === null ||
      what === undefined ||
      extra !== undefined ||
      (what !== '说明' && points === null)
    ) {
      ctx.addIssue({ code: 'custom', message: s });
      return z.NEVER;
    }
    return { ratio: r, points };
  }),
};

/**
 * Reads the rules from `info` (the `DepartmentInfo` fields of {@link RULE_ITEMS}). A text that does
 * not parse is an error `rule.invalid` on its field (the workbook names the cell) and that rule
 * keeps its national default.
 */
export function readRules(info: unknown): { rules: Rules; issues: Issue[] } {
  const row = (typeof info === 'object' && info !== null ? info : {}) as Record<string, unknown>;
  const rules: Rules = { ...NATIONAL_RULES };
  const issues: Issue[] = [];
  for (const key of Object.keys(RULE_ITEMS) as RuleKey[]) {
    const raw = row[key];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === ''))
      continue;
    const parsed = ruleSchemas[key].safeParse(typeof raw === 'string' ? raw : shown(raw));
    if (!parsed.success) {
      issues.push(
        makeIssue('rule.invalid', ['info', key], {
          rule: RULE_ITEMS[key],
          value: shown(raw),
          expected: RULE_SYNTAX[key],
        }),
      );
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : shown(raw);
    switch (key) {
      case 'rateDenominator':
        rules.denominator = parsed.data as RateDenominator;
        break;
      case 'rateScoring':
        rules.rateBands = parsed.data as Band[] | null;
        rules.rateBandsText = rules.rateBands === null ? null : text;
        break;
      case 'rateCap':
        rules.cap = parsed.data as CapBand[];
        rules.capText = text;
        break;
      case 'deviationPenalty':
        rules.deviation = parsed.data as DeviationRule;
        break;
    }
  }
  return { rules, issues };
}

/** The field of a budget line that holds each denominator. */
const DENOMINATOR_FIELD = {
  全年预算数: 'budget',
  年初预算数: 'initialBudget',
  实际到位资金: 'received',
} as const;

/**
 * Each budget line's rate denominator in micro-units under the rule, or null for the national one
 * (全年预算数, computed by the budget metrics as before). A 'line' row without a readable value of
 * the chosen amount is an error on that cell (`rule.denominatorMissing`): the rates are then unknown.
 */
export function rateDenominators(
  rawLines: readonly unknown[],
  rules: Rules,
): { denominators: (number | null)[] | null; issues: Issue[] } {
  if (rules.denominator === '全年预算数') return { denominators: null, issues: [] };
  const field = DENOMINATOR_FIELD[rules.denominator];
  const issues: Issue[] = [];
  const denominators = rawLines.map((raw, i) => {
    const row = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const units = amountUnits(row[field]);
    if (units === null || units === undefined) {
      const role = row.role;
      if (role !== 'subtotal' && role !== 'total')
        issues.push(
          makeIssue('rule.denominatorMissing', ['budgetLines', i, field], {
            rule: rules.denominator,
            name: shown(row.name),
          }),
        );
      return null;
    }
    return units;
  });
  return { denominators, issues };
}

/** The metrics (数据来源) that are a 支付率, i.e. scored by 执行率计分. */
export const RATE_METRICS: ReadonlySet<string> = new Set([
  '整体支付率',
  '基本支出支付率',
  '项目支出支付率',
]);

/**
 * 执行率计分 bands for an indicator of `points`: the rule's bands when its top band equals the
 * points, otherwise scaled by points ÷ top band (so `100%:10;80%:7` on a 20-point indicator gives
 * 14 at 80%). Returned as 分档 评分参数 text.
 */
export function rateBandsParams(bands: readonly Band[], points: Ratio): string {
  const top = bands.reduce((m, b) => (cmp(ratio(b.points), m) > 0 ? ratio(b.points) : m), R0);
  const scale = cmp(top, R0) === 0 || cmp(top, points) === 0 ? null : div(points, top);
  return bands
    .map((b) => {
      const p = scale === null ? b.points : ratioDecimal(mul(ratio(b.points), scale));
      return `${b.min}:${p}`;
    })
    .join(';');
}

/** A ratio as decimal text to 6 places, cut (band points are caps: never above the scaled value). */
function ratioDecimal(r: Ratio): string {
  const micro = (r.n * 1_000_000n) / r.d;
  const whole = micro / 1_000_000n;
  const frac = (micro % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return frac === '' ? whole.toString() : `${whole.toString()}.${frac}`;
}

/**
 * 偏离扣分 on one indicator: the points lost (in cents) when its 完成率 reaches the rule's ratio,
 * never more than the score it has; 0 otherwise or when the rule only asks for a reason.
 */
export function deviationPenaltyCents(
  rule: DeviationRule | null,
  completion: string | null,
  scoreCents: bigint,
): bigint {
  if (rule === null || rule.points === null || completion === null) return 0n;
  if (cmp(ratio(completion), ratio(rule.ratio)) < 0) return 0n;
  const penalty = toWholeCents(ratio(rule.points));
  return penalty > scoreCents ? scoreCents : penalty;
}

function toWholeCents(r: Ratio): bigint {
  return (r.n * 100n) / r.d;
}

/**
 * 执行率封顶: the lowest cap of the bands whose bound the rate is below, as 得分率 points of 100;
 * null when the rate reaches every bound (no cap).
 */
export function capFor(cap: readonly CapBand[], rate: string): CapBand | null {
  let found: CapBand | null = null;
  for (const band of cap) {
    if (cmp(ratio(rate), ratio(band.below)) < 0) {
      if (found === null || cmp(ratio(band.max), ratio(found.max)) < 0) found = band;
    }
  }
  return found;
}

/**
 * The cap in cents of a table of `totalPoints` (micro-units): max × 总分值 ÷ 100, cut to cents
 * (a cap is never exceeded by rounding).
 */
export function capCents(band: CapBand, totalPointsUnits: number): bigint {
  const capped = mul(ratio(band.max), { n: BigInt(totalPointsUnits), d: 100_000_000n });
  return (capped.n * 100n) / capped.d;
}

/** A rule note on an explanation or a deduction. */
export function ruleNote(code: RuleNoteCode, params: Record<string, string | number>): Explanation {
  return { code, params };
}

/** The codes of rule notes (messages: `zhCNRuleNotes`, `enUSRuleNotes`). */
export const RULE_NOTE_CODES = [
  'rule.rateBands',
  'rule.deviationPenalty',
  'rule.alternativeCounted',
  'rule.alternativeNotCounted',
  'rule.cap',
  'rule.denominator',
] as const;

export type RuleNoteCode = (typeof RULE_NOTE_CODES)[number];
