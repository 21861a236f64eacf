import { cmp, div, exactText, mul, R0, ratio, type Ratio } from '../decimal/ratio.js';
import type { Params } from '../issues/issue.js';
import type { NumericTarget, ParsedTarget } from './parseTarget.js';

/**
 * Units of quantities as targets and actual values write them (zh-CN), with their dimension and
 * exact factor to the dimension's base unit. Percentages are parsed as fractions already, so `%`
 * has factor 1 and `‰` 0.001. Count words (次, 份, 篇 …) are each their own dimension: 5个 and
 * 5次 are not comparable (times, copies, articles, days are different things), except the general
 * classifiers of items {@link ITEM_CLASSIFIERS}. This table is data; the property tests in
 * `__tests__/values.properties.test.ts` pin it (exact, symmetric conversion within a dimension).
 */
export const UNITS: Readonly<Record<string, { dimension: string; factor: string }>> = {
  元: { dimension: '金额', factor: '1' },
  千元: { dimension: '金额', factor: '1000' },
  万元: { dimension: '金额', factor: '10000' },
  百万元: { dimension: '金额', factor: '1000000' },
  亿元: { dimension: '金额', factor: '100000000' },
  '元/人': { dimension: '人均金额', factor: '1' },
  '千元/人': { dimension: '人均金额', factor: '1000' },
  '万元/人': { dimension: '人均金额', factor: '10000' },
  '元/人·年': { dimension: '人均年金额', factor: '1' },
  '万元/人·年': { dimension: '人均年金额', factor: '10000' },
  人次: { dimension: '人次', factor: '1' },
  万人次: { dimension: '人次', factor: '10000' },
  人: { dimension: '人数', factor: '1' },
  万人: { dimension: '人数', factor: '10000' },
  '%': { dimension: '比率', factor: '1' },
  '‰': { dimension: '比率', factor: '0.001' },
  小时: { dimension: '时长', factor: '1' },
  天: { dimension: '时长', factor: '24' },
  日: { dimension: '时长', factor: '24' },
  周: { dimension: '时长', factor: '168' },
  个工作日: { dimension: '工作日', factor: '1' },
  工作日: { dimension: '工作日', factor: '1' },
  月: { dimension: '月数', factor: '1' },
  个月: { dimension: '月数', factor: '1' },
  年: { dimension: '月数', factor: '12' },
  个: { dimension: '个数', factor: '1' },
  万个: { dimension: '个数', factor: '10000' },
  次: { dimension: '次', factor: '1' },
  万次: { dimension: '次', factor: '10000' },
  份: { dimension: '份', factor: '1' },
  万份: { dimension: '份', factor: '10000' },
  篇: { dimension: '篇', factor: '1' },
  项: { dimension: '个数', factor: '1' },
  件: { dimension: '个数', factor: '1' },
  起: { dimension: '起', factor: '1' },
  家: { dimension: '家', factor: '1' },
  户: { dimension: '户', factor: '1' },
  万户: { dimension: '户', factor: '10000' },
  所: { dimension: '所', factor: '1' },
  场: { dimension: '场', factor: '1' },
  期: { dimension: '期', factor: '1' },
  套: { dimension: '套', factor: '1' },
  台: { dimension: '台', factor: '1' },
  名: { dimension: '人数', factor: '1' },
  平方米: { dimension: '面积', factor: '1' },
  亩: { dimension: '亩', factor: '1' },
  公里: { dimension: '长度', factor: '1000' },
  米: { dimension: '长度', factor: '1' },
};

/**
 * 个, 项 and 件 are the general classifiers for a count of items: self-evaluation tables write the
 * same indicator as `≥5个` in 目标值 and `5项` in 实际值 (新建项目数, 制定制度数, 办理事项数 …), and
 * none of them names a different thing being counted, unlike 次 (occurrences), 人次 (attendances),
 * 篇 (articles), 份 (copies) or 天 (time). They are one dimension (`个数`, factor 1); reading one as
 * the other is stated as info `actual.unitClassifier` on the cell.
 */
export const ITEM_CLASSIFIERS: ReadonlySet<string> = new Set(['个', '项', '件']);

/** `百分比` and `百分率` say `%`. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  百分比: '%',
  百分率: '%',
  工作日: '个工作日',
};

/** The unit of a number as the table names it: `%` for percentages, null for a bare number. */
export function unitOf(v: NumericTarget): string | null {
  if (v.percent) return '%';
  if (v.unit === null) return null;
  return UNIT_ALIASES[v.unit] ?? v.unit;
}

/** `value` in unit `from` expressed in unit `to` (same dimension), exactly; null if not comparable. */
export function convertUnit(value: Ratio, from: string, to: string): Ratio | null {
  if (from === to) return value;
  const f = UNITS[from];
  const t = UNITS[to];
  if (f === undefined || t === undefined || f.dimension !== t.dimension) return null;
  return div(mul(value, ratio(f.factor)), ratio(t.factor));
}

/** A note or problem found while aligning a target and an actual value. */
export interface AlignmentNote {
  code:
    | 'actual.readAsPercent'
    | 'target.readAsPercent'
    | 'actual.unitConverted'
    | 'actual.unitClassifier'
    | 'actual.percentAmbiguous'
    | 'actual.unitMismatch';
  field: 'target' | 'actual';
  params: Params;
}

/** Target and actual after alignment, with what was reinterpreted (info) or could not be (error). */
export interface Aligned {
  target: ParsedTarget | null;
  actual: ParsedTarget | null;
  notes: AlignmentNote[];
  /** An error note: the pair has no safe reading. */
  failed: boolean;
}

const TWO_PERCENT = ratio('0.02');
const HUNDRED = ratio('100');

function abs(r: Ratio): Ratio {
  return r.n < 0n ? { n: -r.n, d: r.d } : r;
}

function asPercent(v: NumericTarget, fraction: Ratio): NumericTarget {
  return { ...v, value: exactText(fraction) ?? v.value, percent: true, unit: '%' };
}

/**
 * Brings an actual value into its target's unit so that they compare (issue 9, items 1–2):
 * - under a % target a bare number x reads as x% when |x| > 1, and as x·100% when |x| ≤ 1 and the
 *   target is at least 2% — both stated as info; with a target below 2%, |x| ≤ 1 has no safe
 *   reading (an error). A bare target under a % actual reads the same way.
 * - the same dimension in another scale (元 / 万元, 人次 / 万人次, 元/人 / 万元/人) converts exactly
 *   into the target's unit (info); different dimensions are an error naming both units.
 * - a bare number takes the unit of the other side.
 */
export function alignQuantities(target: ParsedTarget | null, actual: ParsedTarget | null): Aligned {
  const same: Aligned = { target, actual, notes: [], failed: false };
  if (target?.kind !== 'number' || actual?.kind !== 'number') return same;
  const tu = unitOf(target);
  const au = unitOf(actual);
  if (tu === au) return same;
  if (tu === '%' && au === null) return percentReading(target, actual, 'actual');
  if (au === '%' && tu === null) return percentReading(actual, target, 'target');
  if (tu === null || au === null) return same;
  const converted = convertUnit(ratio(actual.value), au, tu);
  const text = converted === null ? null : exactText(converted);
  if (converted === null || text === null) {
    return {
      target,
      actual,
      notes: [
        {
          code: 'actual.unitMismatch',
          field: 'actual',
          params: { value: shown(actual), unit: au, targetUnit: tu },
        },
      ],
      failed: true,
    };
  }
  const next: NumericTarget = { ...actual, value: text, percent: tu === '%', unit: target.unit };
  // 5项 under ≥5个: the same count under another classifier, not a conversion
  const classifier = (u: string): string => u.replace(/^万/, '');
  const sameCount =
    classifier(au) !== classifier(tu) &&
    ITEM_CLASSIFIERS.has(classifier(au)) &&
    ITEM_CLASSIFIERS.has(classifier(tu));
  return {
    target,
    actual: next,
    notes: [
      {
        code: sameCount ? 'actual.unitClassifier' : 'actual.unitConverted',
        field: 'actual',
        params: { value: shown(actual), read: shown(next), unit: au, targetUnit: tu },
      },
    ],
    failed: false,
  };
}

/** The percent reading of a bare number `bare` next to a percentage `pct`. */
function percentReading(
  pct: NumericTarget,
  bare: NumericTarget,
  field: 'target' | 'actual',
): Aligned {
  const x = ratio(bare.value);
  const pair = (read: NumericTarget | null): Pick<Aligned, 'target' | 'actual'> =>
    field === 'actual'
      ? { target: pct, actual: read ?? bare }
      : { target: read ?? bare, actual: pct };
  if (cmp(x, R0) === 0) return { ...pair(asPercent(bare, R0)), notes: [], failed: false };
  const code = field === 'actual' ? 'actual.readAsPercent' : 'target.readAsPercent';
  if (cmp(abs(x), ratio('1')) > 0) {
    const read = asPercent(bare, div(x, HUNDRED));
    return {
      ...pair(read),
      notes: [{ code, field, params: { value: bare.value, read: `${bare.value}%` } }],
      failed: false,
    };
  }
  if (field === 'actual' && cmp(abs(ratio(pct.value)), TWO_PERCENT) < 0) {
    return {
      ...pair(null),
      notes: [
        {
          code: 'actual.percentAmbiguous',
          field,
          params: { value: bare.value, target: shown(pct) },
        },
      ],
      failed: true,
    };
  }
  const read = asPercent(bare, x);
  return {
    ...pair(read),
    notes: [{ code, field, params: { value: bare.value, read: shown(read) } }],
    failed: false,
  };
}

/** A number as the cell writes it: `0.95` with % → `95%`, `1.2` with 万元/人 → `1.2万元/人`. */
function shown(v: NumericTarget): string {
  if (v.percent) {
    const pct = exactText(mul(ratio(v.value), HUNDRED));
    return `${pct ?? v.value}%`;
  }
  return `${v.value}${v.unit ?? ''}`;
}
