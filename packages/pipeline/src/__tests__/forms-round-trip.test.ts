/**
 * The round trip of `jixiao forms` (issue 14): a workbook written as official forms and read back
 * by the form scorer gives the same figures. On the example (广州市人民政府办公厅 2022: 96.99 分 优)
 * the 扣分 rule of 合同备案时效性 travels in 年度指标值 (`每次扣0.5分`) and the 人工得分 4.00 of
 * 督查督办事项办结率 in 偏差原因分析 (`人工得分：4.00 分。调整说明：…`). A rule a form cannot state
 * is named by the writer (`FormSheet.lost`), never a silent difference: over every case workbook and
 * layout, each figure that reads back differently is explained by such a note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { formatNumber } from '@jixiao/engine/format';
import { createStyledWorkbook, readXlsx, xlsxSheetNames } from '@jixiao/xlsx';
import {
  BUDGET_SHEET,
  DEPARTMENT_FORM_LAYOUTS,
  INDICATOR_SHEET,
  layoutGrids,
  MONTH_KEYS,
  type CellValue,
  type SheetGrids,
} from '@jixiao/workbook';
import { newWorkbookLayout } from '../new-workbook-layout.js';
import { scoreForms } from '../score-form.js';
import { scoreWorkbook } from '../score-workbook.js';
import { checkForms, formsFromResult, printedSheets } from '../write-forms.js';
import { header, PROJECTS_INFO as INFO, projectsWorkbook } from '@jixiao/workbook/testing';

function writeAndRead(grids: SheetGrids, layout: (typeof DEPARTMENT_FORM_LAYOUTS)[number]) {
  const result = scoreWorkbook(grids);
  const book = formsFromResult(result, layout)!;
  const back = readXlsx(createStyledWorkbook(printedSheets(book)));
  return { result, book, back };
}

const example = (): SheetGrids =>
  layoutGrids(newWorkbookLayout({ input: guangzhou2022, template: guangzhou2022Template }));

describe('the example written as forms reads back the same', () => {
  for (const layout of ['national', 'guangdong'] as const) {
    it(`${layout}: 96.99 分 优, every indicator's 得分, no printed mistake`, () => {
      const { result, book, back } = writeAndRead(example(), layout);
      expect(result.evaluation!.total.score).toBe('96.99');
      expect(checkForms(book, back)).toEqual([]);
      const form = scoreForms(back)!.forms[0]!;
      expect([formatNumber(form.total!.score), form.grade, form.complete]).toEqual([
        '96.99',
        '优',
        true,
      ]);
      expect(form.mistakes).toEqual([]);
      const scores = new Map(form.evaluation!.indicators.map((r) => [r.name, r.score]));
      for (const r of result.evaluation!.indicators)
        if (r.name !== '预算执行率' || layout === 'guangdong')
          expect(scores.get(r.name), r.name).toBe(r.score);
      const byName = (name: string) => form.evaluation!.indicators.find((r) => r.name === name)!;
      expect([byName('合同备案时效性').method, byName('合同备案时效性').score]).toEqual([
        '扣分',
        '1.50',
      ]);
      expect([byName('督查督办事项办结率').status, byName('督查督办事项办结率').score]).toEqual([
        'overridden',
        '4.00',
      ]);
      // the forms carry the figures: reading them back writes nothing
      expect(scoreForms(back)!.plan.cells).toEqual([]);
    });
  }

  it('states the rules in the wording the reader resolves, on the printed form', () => {
    const { back } = writeAndRead(example(), 'national');
    const rows = back['部门整体支出绩效自评表']!.values;
    const row = (name: string) => rows.find((r) => r.includes(name))!;
    expect(row('合同备案时效性')).toContain('每次扣0.5分');
    expect(
      row('督查督办事项办结率').some(
        (v) =>
          typeof v === 'string' &&
          v.startsWith('人工得分：4.00 分。调整说明：未办结的3项督办事项经市政府同意调整办理时限'),
      ),
    ).toBe(true);
  });

  it('names the rules the national table cannot state, and nothing else', () => {
    const { book } = writeAndRead(example(), 'national');
    expect(book.forms[0]!.sheet.lost).toEqual([
      '“预算执行率”的目标值 ≥95%、评分方法“正向”无法写入该表：表中预算执行率按执行率 ÷ 100% × 分值计分',
      '“项目支出执行率”的评分方法“分档”（评分参数 100%:3;90%:2;80%:1;0:0）无法写入表格，表格按年度指标值“≥100%”以“正向”计分',
      '“公文按时办结率”的评分方法“门槛比例”无法写入表格，表格按年度指标值“≥98%”以“正向”计分',
      '“服务对象满意度”的评分方法“分档”（评分参数 90%:5;80%:4;60%:3;0:0）无法写入表格，表格按年度指标值“≥90%”以“正向”计分',
    ]);
  });

  it('Chongqing has no reason column: the 人工得分 is named, and the difference says why', () => {
    const { book, back } = writeAndRead(example(), 'chongqing');
    expect(book.forms[0]!.sheet.lost).toContain(
      '“督查督办事项办结率”的人工得分 4.00（表中没有偏差原因栏）无法写入表格',
    );
    const differences = checkForms(book, back);
    expect(differences.map((d) => [d.item, d.expected, d.got])).toEqual([
      ['督查督办事项办结率', '4.00', '3.94'],
      ['总分', '96.99', '96.93'],
    ]);
    expect(differences[0]!.message).toContain('（表中没有偏差原因栏）无法写入表格');
  });
});

describe('the projects workbook with a 扣分, a 人工得分 and a 备选组 reads back the same', () => {
  const HEAD = header(INDICATOR_SHEET, {
    plus: ['group', 'project'],
    without: ['key', 'completion', 'score', 'deducted'],
  });
  const row = (
    name: string,
    method: string | null,
    target: CellValue,
    actual: CellValue,
    params: string | null,
    points: number,
    project: string | null,
    extra: { manual?: number; why?: string; group?: string; reason?: string; source?: string } = {},
  ): CellValue[] => [
    '产出指标',
    '数量指标',
    name,
    method,
    target,
    actual,
    extra.source ?? null,
    params,
    points,
    extra.manual ?? null,
    extra.why ?? null,
    extra.reason ?? null,
    extra.group ?? null,
    project,
  ];
  const indicators = [
    HEAD,
    row('预算执行率', null, '≥100%', null, null, 20, null, { source: '整体支付率' }),
    row('投诉次数', '扣分', null, 3, '1', 30, null, { reason: '窗口高峰排队' }),
    row('办件数量', '正向', '≥100件', '95件', null, 50, null, {
      manual: 48,
      why: '五件移交上级办理',
    }),
    row('预算执行率', null, '≥100%', null, null, 10, '信息化运维项目', { source: '整体支付率' }),
    row('故障时长', '扣分', '≤5%', '7.5%', '每超过1个百分点扣2分', 40, '信息化运维项目'),
    row('系统可用率', null, '≥99%', '98%', null, 50, '信息化运维项目', { group: 'A' }),
    row('在线办理率', null, '≥90%', '95%', null, 50, '信息化运维项目', { group: 'A' }),
    row('预算执行率', null, '≥100%', null, null, 10, '村级补助项目', { source: '整体支付率' }),
    row('补助村数量', null, '≥8个', '7个', null, 90, '村级补助项目', { reason: '合并一村' }),
  ];

  for (const layout of DEPARTMENT_FORM_LAYOUTS.filter((l) => l !== 'chongqing')) {
    it(`${layout}: the department's and every project's total`, () => {
      const { result, book, back } = writeAndRead(
        projectsWorkbook(undefined, indicators, INFO),
        layout,
      );
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(book.forms.flatMap((f) => f.sheet.lost)).toEqual([]);
      expect(checkForms(book, back)).toEqual([]);
      const forms = scoreForms(back)!.forms;
      expect(forms.map((f) => [f.sheet, formatNumber(f.total!.score), f.complete])).toEqual([
        [book.forms[0]!.sheet.name, result.evaluation!.total.score, true],
        ...result.projects.map((p) => [p.name, p.evaluation.total.score, true]),
      ]);
      // 1 × 3 deducted; 2 × 2.5 points over the norm deducted; the group counts its better row once
      const project = forms[1]!.evaluation!.indicators;
      expect(project.find((r) => r.name === '故障时长')!.score).toBe('35.00');
      expect(forms[1]!.evaluation!.total.points).toBe('100');
      expect(forms[0]!.evaluation!.indicators.find((r) => r.name === '投诉次数')!.score).toBe(
        '27.00',
      );
    });
  }
});

describe('no silent difference: over the case workbooks, every figure that reads back differently is named', () => {
  const dirs = ['../../test/cases/rules/', '../../test/cases/field/'].map((d) =>
    fileURLToPath(new URL(d, import.meta.url)),
  );
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => `${d}${f}`),
  );

  it.each(files.map((f) => [f.replace(/^.*\/cases\//, ''), f]))('%s', (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const grids = readXlsx(bytes, xlsxSheetNames(bytes));
    for (const layout of DEPARTMENT_FORM_LAYOUTS) {
      const { book, back } = writeAndRead(grids, layout);
      for (const d of checkForms(book, back)) {
        const lost = book.forms.find((f) => f.sheet.name === d.sheet)!.sheet.lost;
        expect(lost.length, `${layout} ${d.message}`).toBeGreaterThan(0);
        if (d.item !== '总分' && d.item !== '完整性')
          expect(d.message, layout).toContain('无法写入');
      }
    }
  });
});

describe('扣分 and 人工得分 on a form, over generated values (property)', () => {
  it('read back to the workbook’s scores', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom('0.5', '1', '2.5'),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 4000 }),
        (count, k, excessTenths, step, manualHundredths) => {
          const actual = `${String((500 + excessTenths) / 100)}%`;
          const manual = (manualHundredths / 100) % 40;
          const indicators: CellValue[][] = [
            header(INDICATOR_SHEET, {
              without: ['key', 'deviationReason', 'completion', 'score', 'deducted'],
            }),
            [
              '预算执行',
              null,
              '预算执行率',
              null,
              '≥100%',
              null,
              '整体支付率',
              null,
              20,
              null,
              null,
            ],
            ['产出指标', '数量指标', '差错次数', '扣分', null, count, null, k, 20, null, null],
            [
              '产出指标',
              '质量指标',
              '超标率',
              '扣分',
              '≤5%',
              actual,
              null,
              `每超过${String(step)}个百分点扣${k}分`,
              20,
              null,
              null,
            ],
            [
              '效益指标',
              '社会效益',
              '覆盖率',
              '正向',
              '≥90%',
              '80%',
              null,
              null,
              40,
              manual,
              '口径调整',
            ],
          ];
          const { result, book, back } = writeAndRead(
            projectsWorkbook(
              [
                header(BUDGET_SHEET, {
                  without: ['source', 'initialBudget', 'rate', ...MONTH_KEYS],
                }),
                ['运行', '基本支出', 100, 97],
              ],
              indicators,
              INFO,
            ),
            'national',
          );
          expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
          expect(book.forms[0]!.sheet.lost).toEqual([]);
          expect(checkForms(book, back)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
