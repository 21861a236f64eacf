/**
 * 所属项目 (issue 14, item 2): rows with a project are that project's; each project has its own
 * 执行率, scores and total beside the department's. Figures computed by hand:
 *
 * - department: every line, 全年执行数 1,422.68 ÷ 全年预算数 1,439.412 = 98.84%;
 *   预算执行率 20 × 0.988375… = 19.77, 办件数量 80 × 95/100 = 76.00 → 95.77 优
 * - 信息化运维项目: 466.18 ÷ 470 = 99.19%; 10 × 0.991872… = 9.92, 系统可用率 50 (99.5% ≥ 99%),
 *   用户满意度 40 × 85/90 = 37.78 → 97.70 优
 * - 村级补助项目: 120 ÷ 132.912 = 90.29%; 10 × 0.902853… = 9.03, 补助村数量 90 × 7/8 = 78.75
 *   → 87.78 良
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import { scoreWorkbook } from '../score-workbook.js';
import {
  PROJECTS_BUDGET as BUDGET,
  PROJECTS_INDICATORS as INDICATORS,
  projectsWorkbook as workbook,
} from '@jixiao/workbook/testing';
import { columnDef, INDICATOR_SHEET, renderIssue, type CellValue } from '@jixiao/workbook';

const pct = (r: string | null) => (r === null ? null : formatPercent(r));

describe('所属项目: projects beside the department', () => {
  const result = scoreWorkbook(workbook());

  it('scores the department on every line and its own indicators', () => {
    const e = result.evaluation!;
    expect(e.budget.totals.budget).toBe('1439.412');
    expect(e.budget.totals.spent).toBe('1422.68');
    expect(pct(e.budget.rates.overall)).toBe('98.84%');
    expect(e.indicators.map((r) => [r.name, formatNumber(r.score)])).toEqual([
      ['预算执行率', '19.77'],
      ['办件数量', '76.00'],
    ]);
    expect(formatNumber(e.total.score)).toBe('95.77');
    expect(e.total.grade).toBe('优');
  });

  it('scores each project on its own lines and indicators', () => {
    const figures = result.projects.map((p) => ({
      name: p.name,
      rate: pct(p.evaluation.budget.rates.overall),
      scores: p.evaluation.indicators.map((r) => formatNumber(r.score)),
      total: formatNumber(p.evaluation.total.score),
      grade: p.evaluation.total.grade,
      complete: p.complete,
    }));
    expect(figures).toEqual([
      {
        name: '信息化运维项目',
        rate: '99.19%',
        scores: ['9.92', '50.00', '37.78'],
        total: '97.70',
        grade: '优',
        complete: true,
      },
      {
        name: '村级补助项目',
        rate: '90.29%',
        scores: ['9.03', '78.75'],
        total: '87.78',
        grade: '良',
        complete: true,
      },
    ]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('writes each indicator its own result: project rows from the project, 支付率 once', () => {
    const at = (sheet: string, address: string) =>
      result.plan.cells
        .filter((c) => c.sheet === sheet && c.address === address)
        .map((c) => c.value);
    // 得分 is column K: department rows 2–3, 信息化运维项目 4–6, 村级补助项目 7–8
    expect(['K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8'].map((a) => at('绩效指标', a))).toEqual([
      [19.77],
      [76],
      [9.92],
      [50],
      [37.78],
      [9.03],
      [78.75],
    ]);
    // 支付率 (H) of each line, written once
    expect(['H2', 'H3', 'H4'].map((a) => at('预算执行', a).length)).toEqual([1, 1, 1]);
  });

  it('summarises the projects for --json', () => {
    expect(result.summary.score).toBe(95.77);
    expect(result.summary.projects).toEqual([
      {
        name: '信息化运维项目',
        budget: 470,
        spent: 466.18,
        executionRate: 99.19,
        score: 97.7,
        points: 100,
        grade: '优',
        complete: true,
        indicators: 3,
      },
      {
        name: '村级补助项目',
        budget: 132.912,
        spent: 120,
        executionRate: 90.29,
        score: 87.78,
        points: 100,
        grade: '良',
        complete: true,
        indicators: 2,
      },
    ]);
  });

  it('places a project issue at its cell and makes only that project provisional', () => {
    const indicators = INDICATORS.map((r) => [...r]);
    indicators[7]![4] = '七个'; // 补助村数量's 实际值 unreadable
    const r = scoreWorkbook(workbook(BUDGET, indicators));
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.cell)).toContain('绩效指标!E8');
    expect(r.projects.map((p) => [p.name, p.complete])).toEqual([
      ['信息化运维项目', true],
      ['村级补助项目', false],
    ]);
    expect(r.summary.projects?.[1]?.grade).toBeNull();
  });

  it('a project with budget lines but no indicator is an error at its 所属项目 cell, never 0 分', () => {
    const budget = [
      ...BUDGET.map((r) => [...r]),
      ['新项目', '项目支出', '财政拨款', 10, 10, 5, '新建项目', null],
    ];
    const r = scoreWorkbook(workbook(budget, INDICATORS));
    const error = r.issues.find((i) => i.code === 'project.noIndicators')!;
    expect(error.cell).toBe('预算执行!G5');
    expect(renderIssue(error)).toContain('所属项目“新建项目”在绩效指标表中没有指标');
    expect(r.projects.map((p) => [p.name, p.complete])).toEqual([
      ['信息化运维项目', true],
      ['村级补助项目', true],
      ['新建项目', false],
    ]);
    expect(r.summary.projects?.[2]?.grade).toBeNull();
  });

  it('without 所属项目 the workbook is the department alone, as before', () => {
    const project = columnDef(INDICATOR_SHEET, 'project').name; // 所属项目, in both sheets
    const without = (rows: CellValue[][]) => {
      const col = rows[0]!.indexOf(project);
      return rows.map((r) => r.filter((_c, i) => i !== col));
    };
    const budget = without(BUDGET);
    const indicators = without(INDICATORS.slice(0, 3));
    const r = scoreWorkbook(workbook(budget, indicators));
    expect(r.projects).toEqual([]);
    expect(r.summary.projects).toBeUndefined();
    expect(formatNumber(r.evaluation!.total.score)).toBe('95.77');
  });
});
