import * as z from 'zod';
import { Decimal } from '../decimal/decimal.js';
import { int, max, mul, R0, ratio, sub } from '../decimal/ratio.js';
import type { ParsedTarget } from '../target/parseTarget.js';
import { DECIMAL_TEXT, fail, problem, scored, text, type ScoringMethod } from './method.js';

const CODES = ['deadline.met', 'deadline.late'] as const;

/** A date or deadline as tables write it: `2023年12月`, `12月底前`, `9月前`, `完成时间为2022年12月30日`. */
const DATE =
  /^(?:[^\d]*?)(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*(底|末|中旬|上旬|下旬)?\s*(前|以前|之前|内|以内)?$/;

/** A calendar day as a day number (days since 1970-01-01, proleptic Gregorian), exact. */
function dayNumber(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil, in integers
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function lastDay(y: number, m: number): number {
  return m === 12 ? 31 : dayNumber(y, m + 1, 1) - dayNumber(y, m, 1);
}

/** The text a parsed value came from (`2023` + `年12月` → `2023年12月`). */
export function valueText(v: ParsedTarget): string {
  return v.kind === 'label' ? v.label : `${v.comparator ?? ''}${v.value}${v.unit ?? ''}`;
}

/**
 * The last day a date or deadline allows, as `{ year, month, day }` of the text, or null when the
 * text is not a date. `12月底前` and `12月` → 12-31; `9月前` → before 9-1, i.e. 8-31;
 * `12月30日` → 12-30. A missing year is `year`.
 */
export function readDate(
  raw: string,
  year: number | null,
): { day: number; shown: string; year: number | null } | null {
  // every date names a month (DATE needs 月): most targets and values end here, with nothing allocated
  if (!raw.includes('月')) return null;
  const m = DATE.exec(raw.replace(/\s+/g, ''));
  if (m === null) return null;
  const y = m[1] !== undefined ? Number(m[1]) : year;
  const month = Number(m[2]);
  const d = m[3] !== undefined ? Number(m[3]) : null;
  if (month < 1 || month > 12 || (d !== null && (d < 1 || d > 31))) return null;
  const cal = y ?? 2000;
  const part = m[4];
  const before = m[5] === '前' || m[5] === '以前' || m[5] === '之前';
  let day: number;
  if (d !== null) day = dayNumber(cal, month, d) - (before ? 1 : 0);
  else if (part === '上旬') day = dayNumber(cal, month, 10);
  else if (part === '中旬') day = dayNumber(cal, month, 20);
  else if (part === '底' || part === '末' || part === '下旬' || !before)
    day = dayNumber(cal, month, lastDay(cal, month));
  else day = dayNumber(cal, month, 1) - 1;
  return { day, shown: raw, year: m[1] !== undefined ? Number(m[1]) : null };
}

/** `每逾期1天扣0.5分`, `每延迟1个月扣1分`. */
const LATE = /每(?:逾期|延迟|延期|推迟|超期)\s*([\d.]+)?\s*(天|日|个月|月)\s*扣\s*([\d.]+)\s*分/;

type Config = { kind: '时效'; perLate?: string; lateUnit?: 'day' | 'month' };

/**
 * 时效: targets and actual values written as dates or months compare as dates, never as the bare
 * number 2023. Done on or before the deadline → w; late → 0, unless 评分参数 state a deduction per
 * day or month late (`每逾期1天扣0.5分`), floor 0.
 */
export const deadline: ScoringMethod<'时效', Config, (typeof CODES)[number]> = {
  name: '时效',
  rule: '实际日期不晚于目标日期 → w；逾期 → 0（评分参数“每逾期1天扣k分”时：w − k·逾期天数，不低于 0）',
  completion: '无',
  target: 'label',
  actual: 'label',
  params: 'optional',
  schema: z.object({
    kind: z.literal('时效'),
    perLate: z.string().regex(DECIMAL_TEXT).optional(),
    lateUnit: z.enum(['day', 'month']).optional(),
  }),
  explanations: CODES,
  configure(params) {
    if (params === null) return { ok: true, config: { kind: '时效' } };
    const m = LATE.exec(params.replace(/\s+/g, ''));
    if (m === null || (m[1] !== undefined && m[1] !== '1'))
      return problem('params.invalid', 'params', { value: params, method: '时效' });
    return {
      ok: true,
      config: {
        kind: '时效',
        perLate: new Decimal(m[3] ?? '0').toString(),
        lateUnit: m[2] === '天' || m[2] === '日' ? 'day' : 'month',
      },
    };
  },
  score(config, input) {
    if (input.target === null) return fail('target.missing', 'target', { method: config.kind });
    if (input.actual === null) return fail('actual.missing', 'actual', { method: config.kind });
    const actualText = valueText(input.actual);
    const a = readDate(actualText, null);
    if (a === null)
      return fail('actual.invalid', 'actual', { value: actualText, method: config.kind });
    const targetText = valueText(input.target);
    const t = readDate(targetText, input.year ?? a.year);
    if (t === null)
      return fail('target.notNumeric', 'target', { value: targetText, method: config.kind });
    const w = input.points;
    const base = { w: text(w), a: actualText, t: targetText };
    if (a.day <= t.day) return scored(w, null, true, 'deadline.met', base);
    const lateDays = a.day - t.day;
    if (config.perLate === undefined)
      return scored(R0, null, false, 'deadline.late', { ...base, late: lateDays, k: '' });
    // months late: whole calendar months started after the deadline (30 days each, rounded up)
    const units = config.lateUnit === 'month' ? Math.ceil(lateDays / 30) : lateDays;
    const raw = max(R0, sub(w, mul(ratio(config.perLate), int(units))));
    return scored(raw, null, false, 'deadline.late', {
      ...base,
      late: units,
      unit: config.lateUnit === 'month' ? '个月' : '天',
      k: config.perLate,
    });
  },
  manualScore: 'override',
  checksOverAchievement: false,
};
