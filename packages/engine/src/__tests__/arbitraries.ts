import fc from 'fast-check';
import type { BudgetLineInput, EvaluationInput, IndicatorInput } from '../types.js';

/** Decimal text with up to 2 decimals in [0, max]. */
export const amount = (max = 100_000): fc.Arbitrary<string> =>
  fc
    .integer({ min: 0, max: max * 100 })
    .map((c) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`);

/** A value as users type it: numbers, percentages, notation, labels, sometimes garbage. */
const value: fc.Arbitrary<string | number | null> = fc.oneof(
  fc.integer({ min: 0, max: 200 }),
  amount(200),
  fc.integer({ min: 0, max: 150 }).map((p) => `${p}%`),
  fc.constantFrom(
    '≥95%',
    '≤30万元',
    '=100%',
    '≥50个',
    '=0',
    '≥0',
    '达成年度指标',
    '部分达成年度指标并具有一定效果',
    '是',
    '否',
    'abc',
    '',
    null,
  ),
);

const methodName = fc.constantFrom(
  '正向',
  '反向',
  '等于',
  '门槛比例',
  '分档',
  '定性',
  '是否',
  '扣分',
  '评价要点',
  '人工',
  null,
  '未知',
);

/** An indicator row, valid or not. */
export const indicator = (i: number): fc.Arbitrary<IndicatorInput> =>
  fc.record({
    level1: fc.constantFrom('产出指标', '效益指标', '满意度指标', '预算执行'),
    level2: fc.constantFrom('数量指标', '质量指标', null),
    name: fc.constantFrom(`指标${i}`, `指标${i}`, `指标${i}`, '重名'),
    key: fc.boolean(),
    method: methodName,
    target: value,
    actual: value,
    source: fc.constantFrom(null, null, null, '整体支付率', '项目支出支付率', '年中支付进度'),
    params: fc.constantFrom(null, '0.5', '100%:10;80%:7;60%:5;0:0', 't/a', '50%', 'x'),
    points: fc.oneof(fc.integer({ min: 1, max: 20 }), amount(20), fc.constantFrom('abc', 0, null)),
    manualScore: fc.oneof(fc.constant(null), amount(25)),
    overrideReason: fc.constantFrom(null, '专家评议'),
    deviationReason: fc.constantFrom(null, '原因'),
  });

/** A budget line, valid or not. */
export const budgetLine: fc.Arbitrary<BudgetLineInput> = fc.record({
  name: fc.constantFrom('甲', '乙', '丙'),
  type: fc.constantFrom('基本支出', '项目支出', '其他'),
  initialBudget: fc.oneof(amount(), fc.constant(null)),
  budget: fc.oneof(amount(), fc.constantFrom('0', '-5', 'x')),
  spent: amount(),
  monthly: fc.oneof(
    fc.constant(null),
    fc.array(fc.oneof(amount(1000), fc.constant(null)), { maxLength: 12 }),
  ),
});

/** A whole evaluation input with up to `n` indicators. */
export const evaluationInput = (n = 12): fc.Arbitrary<EvaluationInput> =>
  fc
    .tuple(fc.array(budgetLine, { maxLength: 6 }), fc.integer({ min: 0, max: n }))
    .chain(([budgetLines, count]) =>
      fc.tuple(...Array.from({ length: count }, (_, i) => indicator(i))).map((indicators) => ({
        info: { department: '测试部门', year: 2022 },
        budgetLines,
        indicators,
      })),
    );
