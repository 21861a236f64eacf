import { describe, expect, it } from 'vitest';
import { evaluate } from '@jixiao/engine';
import type { CellValue, SheetGrid } from '../port.js';
import { formLayouts } from './layouts.js';
import { formLayoutSchema } from './layout.js';
import { planFormWrites } from './plan-form.js';
import { readForm } from './read-form.js';
import { recogniseForm } from './recognise.js';

const grid = (values: CellValue[][], name = '自评表'): SheetGrid => ({
  name,
  origin: { row: 0, col: 0 },
  values,
});
const national = formLayouts().find((l) => l.id === 'national-project')!;

/** A national 附1 form in a layout of its own: columns moved, headers broken over lines, a unit line. */
function project(opts: {
  total?: [CellValue, CellValue, CellValue];
  parts?: [CellValue, CellValue, CellValue][];
  rows?: CellValue[][];
  printedTotal?: CellValue;
}): SheetGrid {
  const total = opts.total ?? [100, 100, 90];
  const parts = opts.parts ?? [[100, 100, 90]];
  const partLabels = ['其中: 当年财政拨款', '上年结转资金', '其他资金'];
  return grid([
    ['项目支出绩效自评表（2024 年度）'],
    ['项目名称', null, '示例项目', null, '主管部门', '示例局', '实施单位', '示例中心'],
    [
      '项目资金\n（万元）',
      null,
      null,
      '年初\n预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ],
    [null, null, '年度资金总额', ...total, 10, null, null],
    ...partLabels.map((label, i): CellValue[] => [
      null,
      null,
      label,
      ...(parts[i] ?? [null, null, null]),
      '—',
      null,
      '—',
    ]),
    ['年度总体目标', null, '预期目标', null, null, '实际完成情况'],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ...(opts.rows ?? [
      [null, '产出指标（50分）', '数量指标', '培训人次', '≥200人次', '180人次', 50, null, '疫情'],
      [null, '效益指标', '社会效益指标', '群众知晓度', '明显提高', '达成年度指标', 40],
    ]),
    ['总分', null, null, null, null, null, 100, opts.printedTotal ?? null],
    ['填表人：张三', null, null, '填报日期：2025年1月'],
  ]);
}

function score(g: SheetGrid) {
  const reading = readForm(g, recogniseForm(g)!);
  const evaluation = evaluate(reading.input!);
  const plan = planFormWrites(g, reading, evaluation, {
    complete: ![...reading.issues, ...evaluation.issues].some((i) => i.severity === 'error'),
  });
  return { reading, evaluation, plan };
}

describe('form layouts', () => {
  it('every shipped layout is valid, and a broken layout is refused', () => {
    for (const layout of formLayouts()) expect(formLayoutSchema.parse(layout)).toEqual(layout);
    expect(() => formLayoutSchema.parse({ ...national, recognise: [] })).toThrow();
    expect(() => formLayoutSchema.parse({ ...national, id: 'Bad Id' })).toThrow();
  });

  it('recognises a form by its labels, and nothing in a contract sheet', () => {
    expect(recogniseForm(project({}))?.id).toBe('national-project');
    const contract = grid([
      ['一级指标', '三级指标', '目标值', '实际值', '分值'],
      ['产出', 'a', '≥1', 1, 100],
    ]);
    expect(recogniseForm(contract)).toBeNull();
  });
});

describe('readForm on a 项目支出绩效自评表 laid out its own way', () => {
  it('finds the blocks by their labels and headers, wherever the columns are', () => {
    const { reading, evaluation, plan } = score(project({}));
    expect(reading.identity).toMatchObject({
      year: 2024,
      project: '示例项目',
      department: '示例局',
      unit: '示例中心',
    });
    expect(evaluation.budget.rates.overall).toBe('0.9');
    // 预算执行率 10 × 90% = 9; 培训人次 50 × 180/200 = 45; 定性 40
    expect(evaluation.indicators.map((i) => i.score)).toEqual(['9.00', '45.00', '40.00']);
    expect(evaluation.indicators[1]!.level1).toBe('产出指标');
    const written = Object.fromEntries(plan.cells.map((c) => [c.address, c.value]));
    expect(written).toMatchObject({ H4: 0.9, I4: 9, H10: 45, H11: 40, H12: 94 });
    expect(plan.issues).toEqual([]);
  });

  it('takes the parts when the total row is empty (warning), and refuses a total that disagrees with them (error)', () => {
    const empty = score(
      project({
        total: [null, 0, 0],
        parts: [
          [60, 60, 60],
          [40, 40, 30],
        ],
      }),
    );
    expect(empty.reading.issues.map((i) => [i.code, i.severity])).toContainEqual([
      'form.fundsTotalEmpty',
      'warning',
    ]);
    expect(empty.evaluation.budget.rates.overall).toBe('0.9');
    const wrong = score(
      project({
        total: [100, 100, 95],
        parts: [
          [60, 60, 60],
          [40, 40, 30],
        ],
      }),
    );
    const mismatch = wrong.reading.issues.find((i) => i.code === 'form.fundsTotalMismatch')!;
    expect(mismatch.severity).toBe('error');
    expect(mismatch.cell).toBe('自评表!F4');
    expect(wrong.plan.cells.some((c) => c.address === 'H12')).toBe(false);
  });

  it('reports a row with nothing to score, counts a printed score it cannot check, and reports a printed total that disagrees', () => {
    const rows: CellValue[][] = [
      [null, '产出指标', '数量指标', '培训人次', '≥200人次', '200人次', 50],
      [null, null, '质量指标', '合格率', null, null, 20],
      [null, '效益指标', '社会效益指标', '知晓度', null, null, 30, 25],
    ];
    const { reading, evaluation, plan } = score(project({ rows, printedTotal: 99 }));
    expect(reading.issues.find((i) => i.code === 'form.rowUnscorable')?.cell).toBe('自评表!F11');
    expect(reading.issues.find((i) => i.code === 'form.scoreUnverifiable')?.cell).toBe(
      '自评表!H12',
    );
    expect(evaluation.total.score).toBe('84.00');
    // an error: the total is provisional, never written nor compared
    expect(plan.cells.some((c) => c.address === 'H13')).toBe(false);
    expect(plan.issues).toEqual([]);
    const fixed = score(
      project({
        rows: [rows[0]!, [...rows[1]!.slice(0, 4), '≥90%', '95%', 20], rows[2]!],
        printedTotal: 99,
      }),
    );
    expect(fixed.evaluation.total.score).toBe('104.00');
    expect(fixed.plan.issues.map((i) => [i.code, i.cell])).toEqual([
      ['form.printedDiffers', '自评表!H13'],
    ]);
  });

  it('takes the printed score of a partly met qualitative indicator as its score, checked against the band', () => {
    const rows: CellValue[][] = [
      [null, '产出指标', '数量指标', '培训人次', '≥200人次', '200人次', 50],
      [
        null,
        '效益指标',
        '社会效益指标',
        '知晓度',
        '明显提高',
        '部分达成年度指标并具有一定效果',
        40,
        30,
      ],
    ];
    const { evaluation, plan } = score(project({ rows }));
    expect(evaluation.indicators[2]!.score).toBe('30.00');
    expect(plan.issues).toEqual([]);
    expect(plan.cells.some((c) => c.address === 'H11')).toBe(false);
    expect(plan.cells.find((c) => c.address === 'H12')?.value).toBe(89);
  });
});
