import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate, type EvaluationInput, type IndicatorInput } from '../index.js';
import { messageFor } from '../messages/index.js';

const base = (
  indicators: unknown[],
  budgetLines: unknown[] = [{ name: '项目', type: '项目支出', budget: 100, spent: 90 }],
): EvaluationInput =>
  ({
    info: { department: '测试部门', year: 2022 },
    budgetLines,
    indicators,
  }) as unknown as EvaluationInput;
const ok: IndicatorInput = {
  level1: '产出指标',
  name: '甲',
  method: '正向',
  target: 10,
  actual: 10,
  points: 100,
};
const codes = (input: unknown): string[] =>
  evaluate(input).issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('bad inputs produce issues, not exceptions', () => {
  it('missing fields', () => {
    expect(codes(base([{ method: '正向', target: 10, actual: 10 }]))).toEqual(
      expect.arrayContaining([
        'input.required@indicators.0.level1',
        'input.required@indicators.0.name',
        'input.required@indicators.0.points',
      ]),
    );
    expect(codes(base([ok], [{ type: '项目支出', budget: 1 }]))).toEqual(
      expect.arrayContaining([
        'input.required@budgetLines.0.name',
        'input.required@budgetLines.0.spent',
        'budget.lineExcluded@budgetLines.0',
      ]),
    );
    expect(codes({ info: {}, budgetLines: [], indicators: [ok] })).toEqual(
      expect.arrayContaining([
        'input.required@info.department',
        'input.required@info.year',
        'rate.undefined@budgetLines',
      ]),
    );
    expect(codes({ info: { department: 'x', year: 2022 } })).toEqual(
      expect.arrayContaining(['input.required@budgetLines', 'input.required@indicators']),
    );
  });

  it('negative or non-numeric amounts', () => {
    const e = evaluate(
      base(
        [ok],
        [
          { name: '甲', type: '基本支出', budget: '-1', spent: 'abc', monthly: [1, 'x'] },
          { name: '乙', type: '基本支出', budget: 50, spent: 25 },
        ],
      ),
    );
    expect(e.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(
      expect.arrayContaining([
        'amount.negative@budgetLines.0.budget',
        'amount.invalid@budgetLines.0.spent',
        'amount.invalid@budgetLines.0.monthly.1',
      ]),
    );
    // The bad line is left out; the rest is still processed.
    expect(e.budget.totals).toMatchObject({ budget: '50', spent: '25' });
    expect(e.total.score).toBe('100.00');
    expect(messageFor(e.issues.find((i) => i.code === 'amount.invalid')!)).toBe(
      '全年执行数应为数字，当前为“abc”',
    );
  });

  it('zero budget: undefined rate and an issue, never NaN, Infinity or 0%', () => {
    const e = evaluate(
      base(
        [{ ...ok, source: '整体支付率', method: '正向', target: '≥95%' }],
        [{ name: '甲', type: '项目支出', budget: 0, spent: 0 }],
      ),
    );
    expect(e.budget.rates.overall).toBeNull();
    expect(e.budget.lines[0]!.rate).toBeNull();
    expect(e.budget.balanceRate).toBeNull();
    expect(e.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['budget.zeroBudget', 'rate.undefined', 'source.unavailable']),
    );
    expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity/);
  });

  it('zero target, unknown method, override without reason', () => {
    const e = evaluate(
      base([
        { ...ok, name: '甲', points: 40, target: 0 },
        { ...ok, name: '乙', points: 30, method: '加权平均' },
        { ...ok, name: '丙', points: 30, actual: 5, manualScore: 30 },
      ]),
    );
    expect(e.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(
      expect.arrayContaining([
        'target.zero@indicators.0.target',
        'method.unknown@indicators.1.method',
        'override.reasonMissing@indicators.2.overrideReason',
      ]),
    );
    // Without a reason the override is not applied: 30 × 5/10 = 15.
    expect(e.indicators[2]!.score).toBe('15.00');
    expect(e.indicators[0]!.status).toBe('unscored');
    // 甲 could not be scored: it is not a deduction of its 40 分 (乙 neither); 丙 lost 15.
    expect(e.deductions.map((d) => [d.name, d.deducted])).toEqual([['丙', '15.00']]);
  });

  it('duplicate indicator names', () => {
    const e = evaluate(
      base([
        { ...ok, points: 50 },
        { ...ok, points: 50 },
      ]),
    );
    expect(
      codes(
        base([
          { ...ok, points: 50 },
          { ...ok, points: 50 },
        ]),
      ),
    ).toEqual(['indicator.duplicateName@indicators.1.name']);
    expect(messageFor(e.issues[0]!)).toBe('三级指标“甲”与第 1 个指标重名，指标名称应唯一');
    // both rows are scored on their own: the name is a warning, the total is final (issue 9, item 11)
    expect(e.issues[0]!.severity).toBe('warning');
    expect(e.total).toMatchObject({ score: '100.00', complete: true, grade: '优' });
  });

  it('a comparator that cannot be read: the message quotes the character or word', () => {
    const cases: [string, string | null, string][] = [
      ['≒95%', null, '≒'],
      ['≈95%', '正向', '≈'],
      ['～95%', null, '～'],
      ['＞＞95%', null, '＞＞'],
      ['约95%', '反向', '约'],
      ['95%左右', null, '左右'],
    ];
    for (const [target, method, token] of cases) {
      const e = evaluate(base([{ ...ok, method, target, actual: '96%' }]));
      expect(e.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
        'target.comparatorUnknown@indicators.0.target',
      ]);
      expect(e.issues[0]!.severity).toBe('error');
      expect(messageFor(e.issues[0]!)).toBe(
        `目标值“${target}”中的“${token}”不是可识别的比较符号，请使用 ≥、≤、= 或 不低于/不高于、以上/以下 等写法（如 ≥95%、≤30万元）`,
      );
      expect(e.indicators[0]!.status).toBe('unscored');
      expect(e.total.complete).toBe(false);
    }
    // a qualitative target stays a label: no comparator is looked for
    const label = evaluate(
      base([{ ...ok, method: '定性', target: '达成年度指标', actual: '达成年度指标' }]),
    );
    expect(label.issues.filter((i) => i.code === 'target.comparatorUnknown')).toEqual([]);
  });

  it('an unreadable comparator under a method that scores without the target: a warning naming what is lost', () => {
    // 分档 scores the actual value against its bands: the score stands; 完成率 (a/t) is left blank
    const bands = evaluate(
      base([
        {
          ...ok,
          method: '分档',
          params: '100%:100;80%:70;0:0',
          deviationReason: '未达目标',
          target: '≒95%',
          actual: '96%',
        },
      ]),
    );
    expect(bands.issues.map((i) => `${i.code}@${i.path.join('.')}:${i.severity}`)).toEqual([
      'target.comparatorUnused@indicators.0.target:warning',
    ]);
    expect(bands.indicators[0]).toMatchObject({ score: '70.00', completion: null });
    expect(bands.total.complete).toBe(true);
    expect(messageFor(bands.issues[0]!)).toBe(
      '目标值“≒95%”中的“≒”不是可识别的比较符号，目标值未能读取。评分方法“分档”按实际值计分，得分不受影响；但完成率未计算（留空），超额完成（130%以上）也无法检查。请使用 ≥、≤、= 或 不低于/不高于 等写法（如 ≥95%）',
    );
    expect(messageFor(bands.issues[0]!, 'en-US')).toBe(
      'In the target "≒95%", "≒" is not a comparator that can be read, so the target is not read. Method 分档 scores the actual value, so the score is not affected; but the completion rate is not computed (left blank) and over-achievement (130% or more) cannot be checked. Use ≥, ≤, = or 不低于/不高于 (e.g. ≥95%)',
    );
    // 扣分 by count never uses the target
    const count = evaluate(
      base([
        {
          ...ok,
          method: '扣分',
          params: '每次扣1分',
          deviationReason: '发生 1 次',
          target: '约0次',
          actual: '1',
        },
      ]),
    );
    expect(count.issues.map((i) => i.code)).toEqual(['target.comparatorUnused']);
    expect(count.indicators[0]!.score).toBe('99.00');
    expect(messageFor(count.issues[0]!)).toBe(
      '目标值“约0次”中的“约”不是可识别的比较符号，目标值未能读取。评分方法“扣分”不使用目标值，得分不受影响。请使用 ≥、≤、= 或 不低于/不高于 等写法（如 ≥95%）',
    );
    expect(messageFor(count.issues[0]!, 'en-US')).toMatch(
      /Method 扣分 does not use the target, so the score is not affected\./,
    );
    // under 定性 the target is a description: no comparison is looked for
    const described = evaluate(
      base([{ ...ok, method: '定性', target: '约95%', actual: '达成年度指标' }]),
    );
    expect(described.issues.map((i) => i.code)).toEqual([]);
    // 扣分 per step uses the target: an error, the result provisional (as under 正向)
    const step = evaluate(
      base([
        {
          ...ok,
          method: '扣分',
          params: '每超过1个百分点扣1分',
          target: '≒5%',
          actual: '6%',
        },
      ]),
    );
    expect(step.issues.map((i) => `${i.code}:${i.severity}`)).toEqual([
      'target.comparatorUnknown:error',
    ]);
    expect(step.total.complete).toBe(false);
  });

  it('分值 with more than 2 decimals: a warning on the cell; an error when the printed 分值 do not add up', () => {
    const row = (name: string, points: string) => ({ ...ok, name, points });
    // 10.004 and 89.996 print as 10.00 and 90.00, which add up to the printed 100.00: a warning
    // (a score is kept to cents, so a met indicator loses 0.004 and asks for a 偏差原因, as before)
    const fine = evaluate(base([row('甲', '10.004'), row('乙', '89.996')]));
    expect(fine.issues.map((i) => `${i.code}@${i.path.join('.')}:${i.severity}`)).toEqual([
      'points.tooPrecise@indicators.0.points:warning',
      'reason.missing@indicators.0.deviationReason:warning',
      'points.tooPrecise@indicators.1.points:warning',
      'reason.missing@indicators.1.deviationReason:warning',
    ]);
    expect(fine.total.complete).toBe(true);
    expect(messageFor(fine.issues[0]!)).toBe(
      '分值 10.004 超过 2 位小数，公布时保留 2 位（10.00）；各项公布的分值之和须等于总分值，建议改为 2 位小数',
    );
    expect(messageFor(fine.issues[0]!, 'en-US')).toBe(
      'The points 10.004 have more than 2 decimals; they are published to 2 (10.00), and the published points must add up to the total: use 2 decimals',
    );
    // 33.333 + 33.333 + 33.334 = 100, but printed 33.33 × 3 = 99.99 against 100.00: an error each
    const thirds = [row('甲', '33.333'), row('乙', '33.333'), row('丙', '33.334')];
    const bad = evaluate(base(thirds));
    const onPoints = bad.issues.filter((i) => i.code.startsWith('points.'));
    expect(onPoints.map((i) => `${i.code}@${i.path.join('.')}:${i.severity}`)).toEqual([
      'points.printedSumMismatch@indicators.0.points:error',
      'points.printedSumMismatch@indicators.1.points:error',
      'points.printedSumMismatch@indicators.2.points:error',
    ]);
    expect(bad.total).toMatchObject({ complete: false, points: '100' });
    expect(messageFor(onPoints[2]!)).toBe(
      '分值 33.334 超过 2 位小数，公布时为 33.33；按 2 位小数公布的各项分值合计 99.99，与分值合计 100.00 不一致，公布的表格对不上，结果为暂定。请将分值改为 2 位小数，使公布的各项分值之和等于总分值',
    );
    expect(messageFor(onPoints[2]!, 'en-US')).toBe(
      'The points 33.334 have more than 2 decimals and are published as 33.33; the points as published add up to 99.99, not their total 100.00, so the published table would not add up and the result is provisional. Use 2 decimals so that the points add up to the total',
    );
    // the incremental path agrees: fixing one 分值 to 33.34 makes the table add up again
    const evaluator = createEvaluator(base(thirds));
    expect(evaluator.evaluation.total.complete).toBe(false);
    // 33.34 + 33.333 + 33.334 = 100.007: printed 33.34 + 33.33 + 33.33 = 100.00 against 100.01
    const first = evaluator.updateIndicator(0, { points: '33.34' });
    expect(first.total.complete).toBe(false);
    expect(evaluator.updateIndicator(2, { points: '33.334' }).issues.map((i) => i.code)).toContain(
      'points.printedSumMismatch',
    );
    // 33.34 + 33.33 + 33.334 = 100.004: printed 100.00 both ways, a warning left on the third
    expect(evaluator.updateIndicator(1, { points: '33.33' }).total.complete).toBe(true);
    expect(
      evaluator.evaluation.issues
        .filter((i) => i.code.startsWith('points.'))
        .map((i) => `${i.code}@${i.path.join('.')}`),
    ).toEqual(['points.tooPrecise@indicators.2.points', 'points.sumMismatch@indicators']);
    expect(evaluator.evaluation.total.complete).toBe(true);
    evaluator.updateIndicator(2, { points: '33.33' });
    expect(evaluator.evaluation.issues.filter((i) => i.code.startsWith('points.'))).toEqual([]);
    expect(evaluator.evaluation.total.complete).toBe(true);
  });

  it('severities follow issue 9 item 11: an error exactly when a score, a rate or the grade is unknown', () => {
    // invalid grade bands or 总分值: the grade cannot be decided → error, the result is provisional
    for (const info of [
      { gradeBands: { excellent: 60, good: 80, pass: 90 } },
      { totalPoints: 'abc' },
      { totalPoints: 0 },
    ]) {
      const e = evaluate({ ...base([ok]), info: { department: '测试部门', year: 2022, ...info } });
      const bad = e.issues.filter((i) => i.code.startsWith('info.'));
      expect(bad.map((i) => i.severity)).toEqual(['error']);
      expect(e.total.complete).toBe(false);
      expect(messageFor(bad[0]!)).toMatch(/暂不评定/);
    }
    // an unreadable 关键指标 flag reads as 否 and changes no score → warning
    const flag = evaluate(base([{ ...ok, key: '也许' }]));
    expect(flag.issues.map((i) => [i.code, i.severity])).toEqual([['flag.invalid', 'warning']]);
    expect(flag.total).toMatchObject({ score: '100.00', complete: true });
  });

  it('non-numeric points, bad targets, bad method params, bad labels', () => {
    const e = evaluate(
      base([
        { ...ok, name: 'a', points: 'abc' },
        { ...ok, name: 'b', points: 20, target: '≥很多' },
        { ...ok, name: 'c', points: 20, method: '分档', params: '好:10' },
        { ...ok, name: 'd', points: 20, method: '定性', actual: '尚可吧' },
        { ...ok, name: 'e', points: 20, source: '神秘指标' },
        { ...ok, name: 'f', points: 20, key: '也许' },
      ]),
    );
    const got = e.issues.map((i) => `${i.code}@${i.path.join('.')}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'points.invalid@indicators.0.points',
        'target.invalid@indicators.1.target',
        'params.invalid@indicators.2.params',
        'qualitative.labelInvalid@indicators.3.actual',
        'source.unknown@indicators.4.source',
        'flag.invalid@indicators.5.key',
      ]),
    );
    expect(messageFor(e.issues.find((i) => i.code === 'points.invalid')!)).toBe(
      '分值应为大于 0 的数字，当前为“abc”',
    );
  });

  it('a record that is not an object, and garbage values of every kind', () => {
    expect(() =>
      evaluate(
        base([
          null,
          42,
          'x',
          [],
          { name: {}, level1: [], points: {}, target: {}, actual: Symbol.iterator },
        ]),
      ),
    ).not.toThrow();
    expect(codes(base([null]))).toContain('record.invalid@indicators.0');
  });

  it('API misuse throws', () => {
    expect(() => evaluate(null)).toThrow(TypeError);
    expect(() => evaluate('input')).toThrow(TypeError);
  });
});

describe('checks', () => {
  it('points must add up to the declared total', () => {
    expect(codes(base([{ ...ok, points: 90 }]))).toEqual(['points.sumMismatch@indicators']);
    expect(
      codes({
        ...base([{ ...ok, points: 90 }]),
        info: { department: 'x', year: 2022, totalPoints: 90 },
      }),
    ).toEqual([]);
  });
  it('lost points need a 偏差原因; ≥130% of target needs an explanation', () => {
    expect(codes(base([{ ...ok, actual: 5 }]))).toEqual([
      'reason.missing@indicators.0.deviationReason',
    ]);
    expect(codes(base([{ ...ok, actual: 5, deviationReason: '原因' }]))).toEqual([]);
    expect(codes(base([{ ...ok, actual: 13 }]))).toEqual([
      'overAchievement.unexplained@indicators.0.deviationReason',
    ]);
    expect(codes(base([{ ...ok, actual: 12.99 }]))).toEqual([]);
  });
  it('budget sub-rows must add up; monthly payments must add up to the spent amount', () => {
    const lines = [
      { name: '甲', type: '基本支出', budget: 60, spent: 50, monthly: [10, 10, 10] },
      { name: '乙', type: '基本支出', budget: 40, spent: 40 },
      { name: '基本支出小计', type: '基本支出', budget: 100, spent: 91, role: 'subtotal' },
      { name: '合计', type: '基本支出', budget: 100, spent: 90, role: 'total' },
    ];
    expect(codes(base([ok], lines))).toEqual([
      'budget.monthlyMismatch@budgetLines.0.monthly',
      'budget.subtotalMismatch@budgetLines.2.spent',
      // 甲's months do not add up and 乙 has none: progress is not the department's
      'budget.monthlyPartial@budgetLines',
    ]);
  });
  it('months on 2 of 5 lines: progress over those lines, no checkpoint verdict, no progress metric', () => {
    const line = (name: string, monthly?: number[]) => ({
      name,
      type: '项目支出',
      budget: 100,
      spent: 100,
      ...(monthly ? { monthly } : {}),
    });
    const halves = [0, 0, 0, 0, 0, 50, 0, 0, 0, 0, 0, 50];
    const e = evaluate(
      base(
        [{ ...ok, method: '正向', target: '≥50%', source: '年中支付进度' }],
        [line('甲', halves), line('乙', halves), line('丙'), line('丁'), line('戊')],
      ),
    );
    expect(e.budget.progress?.partial).toEqual({ lines: 2, of: 5 });
    expect(e.budget.progress?.months[5]?.progress).toBe('0.5');
    expect(e.budget.progress?.months[11]?.progress).toBe('1');
    expect(e.budget.progress?.checkpoints.map((c) => c.met)).toEqual([null, null, null]);
    expect(e.issues.find((i) => i.code === 'budget.monthlyPartial')?.params).toMatchObject({
      lines: 2,
      of: 5,
      names: '丙、丁、戊',
    });
    // an indicator on 年中支付进度 cannot be scored on two lines' progress
    expect(e.indicators[0]?.status).toBe('unscored');
    expect(e.total.complete).toBe(false);
  });
  it('an over-spent line is flagged', () => {
    expect(codes(base([ok], [{ name: '甲', type: '项目支出', budget: 10, spent: 11 }]))).toEqual([
      'budget.overspent@budgetLines.0.spent',
    ]);
  });
});

describe('数据来源 against a typed actual', () => {
  const withSource = (actual: unknown) =>
    base(
      [{ ...ok, method: '正向', target: '≥95%', source: '整体支付率', actual }],
      [{ name: '甲', type: '项目支出', budget: 100, spent: 90 }],
    );
  it('accepts a typed actual equal to the computed rate (written back by the workbook)', () => {
    expect(codes(withSource(0.9))).not.toContain('source.actualIgnored@indicators.0.actual');
    expect(codes(withSource('90%'))).not.toContain('source.actualIgnored@indicators.0.actual');
  });
  it('reports a typed actual that disagrees with the amounts', () => {
    const e = evaluate(withSource('95%'));
    const issue = e.issues.find((i) => i.code === 'source.actualIgnored')!;
    expect(messageFor(issue)).toBe(
      '实际值按数据来源“整体支付率”计算为 90%，与手填的实际值不一致，手填值未采用',
    );
    expect(e.indicators[0]!.actual).toBe('0.9');
  });
});
