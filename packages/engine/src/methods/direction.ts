/**
 * Indicators that are conventionally lower-is-better (反向) when a target is written without a
 * comparator, a method or a direction (`3%` for 预算调整率). Data: name endings, and whole names.
 * Used only with a warning on the target cell; anything else such a target says is scored 正向,
 * also with a warning.
 */
export const LOWER_IS_BETTER_ENDINGS: readonly string[] = [
  '控制率',
  '预算调整率',
  '调整率',
  '结转结余率',
  '结余率',
  '差错率',
  '错误率',
  '投诉率',
  '事故率',
  '发生率',
  '超支率',
  '闲置率',
  '损失率',
  '不合格率',
  '逾期率',
  '返工率',
  '流失率',
  '空置率',
  '三公经费变动率',
  '三公经费增长率',
];

/** True when an indicator's name marks it as conventionally lower-is-better. */
export function isLowerIsBetter(name: string): boolean {
  const plain = name.replace(/[\s“”"'‘’「」()（）]/g, '');
  return LOWER_IS_BETTER_ENDINGS.some((ending) => plain.endsWith(ending));
}
