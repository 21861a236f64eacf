import type { MethodName, QualitativeBand } from '../types.js';

/** What each method reads, for documentation and UIs (e.g. the add-in's method picker). */
export interface MethodInfo {
  name: MethodName;
  /** One-line rule in domain.md's notation (a = actual, t = target, w = points). */
  rule: string;
  target: 'number' | 'label' | 'optional';
  actual: 'number' | 'label' | 'yesno' | 'none';
  params: 'none' | 'optional' | 'required';
}

/** The methods of domain.md, in its order. */
export const methods: Readonly<Record<MethodName, MethodInfo>> = {
  正向: {
    name: '正向',
    rule: 'a ≥ t → w，否则 w·a/t',
    target: 'number',
    actual: 'number',
    params: 'none',
  },
  反向: {
    name: '反向',
    rule: 'a ≤ t → w；t < a < 2t → w·(1 − (a−t)/t)；a ≥ 2t → 0（评分参数 t/a：w·t/a）',
    target: 'number',
    actual: 'number',
    params: 'optional',
  },
  等于: {
    name: '等于',
    rule: 't = 0：a ≤ 0 → w，否则 0；t > 0：同正向',
    target: 'number',
    actual: 'number',
    params: 'none',
  },
  门槛比例: {
    name: '门槛比例',
    rule: 'r = a/t；r < 60% → 0；否则 w·(r − 0.6)/0.4，不超过 w',
    target: 'number',
    actual: 'number',
    params: 'optional',
  },
  分档: {
    name: '分档',
    rule: '按评分参数的下限分档取分，如 100%:10;80%:7;60%:5;0:0',
    target: 'optional',
    actual: 'number',
    params: 'required',
  },
  定性: {
    name: '定性',
    rule: '达成年度指标 80%–100%（未填人工得分 → w）；部分达成 60%–80%；未达成 <60%',
    target: 'optional',
    actual: 'label',
    params: 'none',
  },
  是否: {
    name: '是否',
    rule: '是 → w，否 → 0',
    target: 'optional',
    actual: 'yesno',
    params: 'none',
  },
  扣分: {
    name: '扣分',
    rule: 'w − k·n，不低于 0（k 为评分参数，n 为实际值次数）',
    target: 'optional',
    actual: 'number',
    params: 'required',
  },
  评价要点: {
    name: '评价要点',
    rule: 'w · 实际达到要点数 / 目标要点数',
    target: 'number',
    actual: 'number',
    params: 'none',
  },
  人工: {
    name: '人工',
    rule: '人工得分，须填写调整说明',
    target: 'optional',
    actual: 'none',
    params: 'none',
  },
};

/** True when `name` is one of the method names. */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

/** The three qualitative bands with their share of the points: [low, high], low inclusive. */
export const QUALITATIVE_BANDS: ReadonlyArray<{
  label: QualitativeBand;
  low: string;
  high: string;
  highInclusive: boolean;
}> = [
  { label: '达成年度指标', low: '0.8', high: '1', highInclusive: true },
  { label: '部分达成年度指标并具有一定效果', low: '0.6', high: '0.8', highInclusive: false },
  { label: '未达成年度指标且效果较差', low: '0', high: '0.6', highInclusive: false },
];
