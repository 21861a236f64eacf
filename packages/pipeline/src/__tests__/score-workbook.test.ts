import { describe, expect, it } from 'vitest';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import {
  applyPlanToGrids,
  BUDGET_SHEET,
  INDICATOR_SHEET,
  layoutGrids,
  MONTH_KEYS,
  newWorkbookSheets,
  type CellValue,
  type SheetGrids,
} from '@jixiao/workbook';
import { grid, header, infoRows, MemoryPort } from '@jixiao/workbook/testing';
import { defaultTemplate, fillTemplate } from '@jixiao/report';
import { scoreWorkbook } from '../score-workbook.js';
import { run } from '../run.js';
import { newWorkbookLayout } from '../new-workbook-layout.js';
import { READ_SHEETS, REQUIRED_SHEETS, sheetsToRead } from '../sheets.js';
import { renderIssue } from '@jixiao/workbook';

const INFO = infoRows({ department: '示例局', year: 2024 });
const BUDGET: CellValue[][] = [
  header(BUDGET_SHEET, { without: ['source', 'initialBudget', ...MONTH_KEYS] }),
  ['人员经费', '基本支出', 836.5, 836.5, null],
  ['信息化运维', '项目支出', 470, 466.18, null],
];
const INDICATORS: CellValue[][] = [
  header(INDICATOR_SHEET, {
    without: ['level2', 'key', 'params', 'manualScore', 'overrideReason'],
  }),
  [
    '预算执行',
    '预算执行率',
    '正向',
    '≥100%',
    null,
    '整体支付率',
    20,
    '少量尾款未支付',
    null,
    null,
    null,
  ],
  ['产出指标', '公文交换份数', null, '≥12000份', 12650, null, 80, null, null, null, null],
];

function small(): SheetGrids {
  return {
    基本信息: grid('基本信息', INFO),
    预算执行: grid('预算执行', BUDGET),
    绩效指标: grid('绩效指标', INDICATORS),
  };
}

/** The example department laid out as a new workbook would be (with its report template). */
function example(): SheetGrids {
  return layoutGrids(newWorkbookLayout({ input: guangzhou2022, template: guangzhou2022Template }));
}

describe('scoreWorkbook', () => {
  it('scores the example workbook: 96.99 / 优 / 32,601.53万元, 99.99%, 100%', () => {
    const result = scoreWorkbook(example());
    const { summary } = result;
    expect(summary).toMatchObject({
      department: '广州市人民政府办公厅',
      year: 2022,
      score: 96.99,
      grade: '优',
      rates: { overall: 99.99, project: 100 },
      totals: { spent: 32601.53, budget: 32603.51, unit: '万元' },
    });
    expect(result.evaluation?.total.score).toBe('96.99');
    expect(summary.deductions.map((d) => [d.name, d.deducted])).toEqual([
      ['采购合同签订时效性', 0.51],
      ['合同备案时效性', 2.5],
    ]);
    expect(summary.indicators.filter((i) => i.key)).toHaveLength(10);
    expect(summary.indicators.every((i) => i.explanation.length > 0)).toBe(true);
    expect(summary.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const text = result.report!.rows.map((r) => r.join('')).join('\n');
    expect(text).toContain(
      '2022年共支出32,601.53万元，整体支付率为99.99%，其中项目支出支付率为100.0%。',
    );
    expect(text).toContain('自评得分为96.99分');
    expect(result.plan.replaceSheets.map((s) => s.sheet)).toEqual(['报告']);
    const reportRows = result.plan.replaceSheets[0]!.rows;
    expect(reportRows[0]).toEqual(['样式', '内容']);
    expect(reportRows[1]).toEqual(['附件标识', '附件2']);
    expect(reportRows.length).toBe(result.report!.rows.length);
  });

  it('the example scored, applied and scored again plans nothing', () => {
    const first = scoreWorkbook(example());
    expect(first.plan.cells.length).toBeGreaterThan(50);
    // with the record of what was written, as the adapters store it
    const again = scoreWorkbook(applyPlanToGrids(example(), first.plan), {
      written: first.plan.written ?? null,
    });
    expect(again.plan).toEqual({ cells: [], replaceSheets: [] });
    expect(again.summary.score).toBe(96.99);
  });

  it('a summary that is plain JSON with the --json fields', () => {
    const { summary } = scoreWorkbook(small(), { report: false });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(Object.keys(summary)).toEqual([
      'department',
      'year',
      'score',
      'complete',
      'grade',
      'scoreRate',
      'totalPoints',
      'unscored',
      'cap',
      'rates',
      'totals',
      'indicators',
      'deductions',
      'issues',
      'counts',
    ]);
    expect(Object.keys(summary.indicators[0]!)).toEqual([
      'name',
      'level1',
      'key',
      'points',
      'score',
      'completion',
      'status',
      'explanation',
      'counted',
    ]);
    expect(typeof summary.score).toBe('number');
    expect(summary.totals).toEqual({ budget: 1306.5, spent: 1302.68, unit: '万元' });
  });

  it('maps engine issues to cells, with Chinese messages naming them, sorted by sheet and row', () => {
    const indicators = INDICATORS.map((r) => [...r]);
    indicators[2]![1] = '预算执行率'; // duplicate name
    indicators[2]![6] = -5; // points ≤ 0
    const { issues } = scoreWorkbook(
      { ...small(), 绩效指标: grid('绩效指标', indicators) },
      { report: false },
    );
    const cells = issues.map((i) => i.cell);
    expect(cells).toContain('绩效指标!B3');
    expect(cells).toContain('绩效指标!G3');
    for (const issue of issues.filter((i) => i.cell !== null))
      expect(renderIssue(issue).startsWith(`${issue.cell!}：`)).toBe(true);
    const rows = issues.filter((i) => i.sheet === '绩效指标').map((i) => i.row ?? -1);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('a comparator that cannot be read is quoted on its cell, and the result is provisional', () => {
    for (const [typed, token] of [
      ['≒95%', '≒'],
      ['≈ 12000份', '≈'],
      ['约12000份', '约'],
    ] as const) {
      const indicators = INDICATORS.map((r) => [...r]);
      indicators[2]![3] = typed;
      const { issues, summary } = scoreWorkbook(
        { ...small(), 绩效指标: grid('绩效指标', indicators) },
        { report: false },
      );
      const shown = typed.replace(/\s/g, '');
      expect(issues.filter((i) => i.severity === 'error').map((i) => renderIssue(i))).toEqual([
        `绩效指标!D3：目标值“${shown}”中的“${token}”不是可识别的比较符号，请使用 ≥、≤、= 或 不低于/不高于、以上/以下 等写法（如 ≥95%、≤30万元）`,
      ]);
      expect(summary).toMatchObject({ complete: false, grade: null });
    }
  });

  it('an unreadable comparator under 分档: a warning on the cell, the score stands, 完成率 blank', () => {
    const grids = example();
    const sheet = grids['绩效指标']!;
    const header = sheet.values.findIndex((r) => r.includes('评分方法'));
    const col = (name: string) => sheet.values[header]!.indexOf(name);
    const row = sheet.values.findIndex((r) => r[col('三级指标')] === '服务对象满意度');
    const values = sheet.values.map((r) => [...r]);
    values[row]![col('目标值')] = '≒90%';
    const result = scoreWorkbook({ ...grids, 绩效指标: { ...sheet, values } }, { report: false });
    const cell = `绩效指标!${String.fromCharCode(65 + col('目标值'))}${row + 1}`;
    const issue = result.issues.find((i) => i.cell === cell);
    expect(issue).toMatchObject({ severity: 'warning', code: 'target.comparatorUnused' });
    expect(renderIssue(issue!)).toBe(
      `${cell}：目标值“≒90%”中的“≒”不是可识别的比较符号，目标值未能读取。评分方法“分档”按实际值计分，得分不受影响；但完成率未计算（留空），超额完成（130%以上）也无法检查。请使用 ≥、≤、= 或 不低于/不高于 等写法（如 ≥95%）`,
    );
    expect(renderIssue(issue!, 'en-US')).toMatch(
      /^绩效指标!F\d+: In the target "≒90%", "≒" is not a comparator/,
    );
    // the bands do not use the target: the example's figures stand, final
    expect(result.summary).toMatchObject({ score: 96.99, grade: '优', complete: true });
    const scored = result.evaluation!.indicators.find((i) => i.name === '服务对象满意度')!;
    expect(scored).toMatchObject({ score: '5.00', completion: null });
  });

  it('an unreadable 金额单位 is an error: every amount depends on it, the result is provisional', () => {
    const info = [...INFO, ['金额单位', '万圆元']];
    const { issues, summary } = scoreWorkbook(
      { ...small(), 基本信息: grid('基本信息', info) },
      { report: false },
    );
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([
      ['info.badUnit', '基本信息!B4'],
    ]);
    expect(summary).toMatchObject({ complete: false, grade: null });
  });

  it('an unreadable monthly amount feeds 支付进度: an error on its cell, the result provisional', () => {
    const budget: CellValue[][] = [
      [...BUDGET[0]!, '6月', '12月'],
      [...BUDGET[1]!, 400, 436.5],
      [...BUDGET[2]!, '约200', 266.18],
    ];
    const { issues, summary } = scoreWorkbook(
      { ...small(), 预算执行: grid('预算执行', budget) },
      { report: false },
    );
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([
      ['cell.notNumber', '预算执行!F3'],
    ]);
    expect(renderIssue(issues.find((i) => i.cell === '预算执行!F3')!)).toMatch(
      /该月支付用于计算支付进度（年中、三季度及序时进度）和均衡性，结果为暂定。$/,
    );
    expect(summary).toMatchObject({ complete: false, grade: null });
  });

  it('invalid 等级划分 leaves the grade undecided: an error on its cell, no grade', () => {
    const info = [...INFO, ['等级划分', '60/80/90']];
    const { issues, summary } = scoreWorkbook(
      { ...small(), 基本信息: grid('基本信息', info) },
      { report: false },
    );
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([
      ['info.badGradeBands', '基本信息!B4'],
    ]);
    expect(summary).toMatchObject({ complete: false, grade: null });
  });

  it('reports a bad cell once (the reader’s message, not the engine’s as well)', () => {
    const budget = BUDGET.map((r) => [...r]);
    budget[2]![3] = '四百六十';
    const { issues, evaluation } = scoreWorkbook(
      { ...small(), 预算执行: grid('预算执行', budget) },
      { report: false },
    );
    expect(evaluation).not.toBeNull();
    expect(issues.filter((i) => i.cell === '预算执行!D3').map((i) => i.code)).toEqual([
      'cell.notNumber',
    ]);
  });

  it('a missing required column is reported once, not once per row', () => {
    const budget = BUDGET.map((r) => [r[0]!, r[2]!, r[3]!, r[4]!]);
    const { issues, evaluation } = scoreWorkbook(
      { ...small(), 预算执行: grid('预算执行', budget) },
      { report: false },
    );
    expect(evaluation).not.toBeNull();
    expect(issues.filter((i) => i.sheet === '预算执行').map((i) => [i.code, i.cell])).toEqual([
      ['column.missing', null],
    ]);
    expect(renderIssue(issues.find((i) => i.code === 'column.missing')!)).toContain(
      '缺少必填列“支出类型”（Type）',
    );
  });

  it('without a required sheet there is no evaluation, no plan, and the issue says which sheet', () => {
    const { evaluation, plan, issues, summary } = scoreWorkbook({
      基本信息: grid('基本信息', INFO),
      预算执行: grid('预算执行', BUDGET),
    });
    expect(evaluation).toBeNull();
    expect(plan).toEqual({ cells: [], replaceSheets: [] });
    expect(issues.map((i) => i.code)).toEqual(['sheet.missing']);
    expect(summary).toMatchObject({
      score: null,
      grade: null,
      department: '示例局',
      year: 2024,
      counts: { errors: 1 },
    });
    expect(summary.issues[0]!.message).toContain('缺少工作表“绩效指标”');
  });

  it('asked for a report without a 报告模板 sheet: the default template, and an info issue saying so', () => {
    const result = scoreWorkbook(small(), { report: true });
    expect(result.report?.blocks[0]).toEqual(
      fillTemplate(defaultTemplate, result.evaluation!).blocks[0],
    );
    expect(result.plan.replaceSheets.map((r) => r.sheet)).toEqual(['报告']);
    expect(result.issues[0]).toMatchObject({ severity: 'info', code: 'report.defaultTemplate' });
    // the default template's own notes name its paragraph, not a cell of a sheet that is not there
    for (const issue of result.issues.slice(1)) {
      expect(issue).toMatchObject({ sheet: null, cell: null });
      expect(renderIssue(issue)).toMatch(/^默认模板第\d+段/);
    }
    expect(renderIssue(result.issues[0]!)).toBe(
      '没有可用的“报告模板”（缺少该工作表或其中没有段落），报告已按默认模板（示例报告的提纲）填写。如需使用自己的模板，请添加“报告模板”工作表（可用 jixiao init 生成标准工作簿）。',
    );
    // scoring alone fills no report and says nothing about the template
    const scoring = scoreWorkbook(small());
    expect(scoring.report).toBeNull();
    expect(scoring.issues).toEqual([]);
  });

  it('messages name the action of the surface the user is on', () => {
    const action = (surface: 'cli' | 'excel' | 'page') =>
      renderIssue(scoreWorkbook({ 基本信息: grid('基本信息', INFO) }, { surface }).issues[0]!);
    expect(action('cli')).toContain('jixiao init');
    expect(action('excel')).toContain('新建模板');
    expect(action('excel')).not.toContain('jixiao');
    expect(action('page')).toContain('新建模板');
    expect(action('page')).not.toContain('jixiao');
    const report = scoreWorkbook(small(), { report: true, surface: 'excel' }).issues[0]!;
    expect(renderIssue(report)).not.toContain('jixiao');
  });

  it('English summary messages with locale en-US', () => {
    const { summary } = scoreWorkbook({ 基本信息: grid('基本信息', INFO) }, { locale: 'en-US' });
    expect(summary.issues[0]!.message).toMatch(/^The sheet "预算执行" \(Budget\) is missing/);
  });
});

describe('run', () => {
  it('reads only the contract sheets, applies the plan, and a second run applies nothing', async () => {
    const port = new MemoryPort({
      ...small(),
      说明: grid('说明', [['用户的说明']]),
      Report: grid('Report', []),
    });
    const first = await run(port);
    expect(port.reads).toEqual([['基本信息', '预算执行', '绩效指标', 'Report']]);
    expect(port.applied).toEqual([first.plan]);
    expect(first.plan.cells.length).toBeGreaterThan(0);
    expect(port.grids['说明']!.values).toEqual([['用户的说明']]);
    const second = await run(port);
    expect(second.plan).toEqual({ cells: [], replaceSheets: [] });
    expect(port.applied).toEqual([first.plan, second.plan]);
  });

  it('dryRun plans without applying', async () => {
    const port = new MemoryPort(small());
    const result = await run(port, { dryRun: true });
    expect(result.plan.cells.length).toBeGreaterThan(0);
    expect(port.applied).toEqual([]);
  });
});

describe('sheets and new workbooks', () => {
  it('constants and sheet selection by name or alias', () => {
    expect(REQUIRED_SHEETS).toEqual(['基本信息', '预算执行', '绩效指标']);
    expect(READ_SHEETS).toEqual(['基本信息', '预算执行', '绩效指标', '报告模板', '报告']);
    expect(sheetsToRead(['说明', ' Budget ', '绩效指标', 'Sheet1', 'Info'])).toEqual([
      ' Budget ',
      '绩效指标',
      'Info',
    ]);
  });

  it('a new workbook carries the default report template, and scores to an empty evaluation', () => {
    const layout = newWorkbookLayout();
    const template = layout.sheets.find((s) => s.name === '报告模板')!;
    expect(template.rows.length).toBeGreaterThan(10);
    expect(template.rows[1]).toEqual(['附件标识', '{{附件编号}}']);
    expect(newWorkbookSheets().sheets.find((s) => s.name === '报告模板')!.rows).toEqual([
      ['样式', '内容'],
    ]);
  });
});

describe('regression: an empty indicator sheet', () => {
  it('does not score a workbook whose 绩效指标 has a header and no rows (no “0.00 分 差”)', () => {
    const grids = layoutGrids(newWorkbookLayout({}));
    const result = scoreWorkbook(grids);
    expect(result.evaluation).toBeNull();
    expect(result.plan.cells).toEqual([]);
    const issue = result.issues.find((i) => i.code === 'sheet.noIndicators');
    expect(issue?.severity).toBe('error');
    expect(renderIssue(issue!)).toMatch(/^工作表“绩效指标”：没有任何指标行，无法评分/);
  });
});
