/**
 * The province-rule cases (issue 14): small workbooks, each with one rule in 基本信息 and its
 * expected result in `cases/rules/expected.json`. Every right value is checked through the real
 * .xlsx path (@jixiao/xlsx → scoreWorkbook); the thresholds of the cap (79.99% vs 80.00%) and of
 * the penalty (129.99% vs 130.00%) are checked on the same workbooks with one cell changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '@jixiao/engine/format';
import { readXlsx, xlsxSheetNames } from '@jixiao/xlsx';
import type { SheetGrids } from '@jixiao/workbook';
import { scoreWorkbook, type PipelineResult } from '../src/index.js';
import { renderIssue } from '@jixiao/workbook';

const DIR = fileURLToPath(new URL('./cases/rules/', import.meta.url));

interface Expected {
  rule: string;
  rates?: Record<string, string>;
  indicator_scores?: Record<string, string>;
  uncapped_total?: string;
  score: string;
  grade: string;
  points_total?: string;
  wrong_with_default_denominator?: { rate: string; 预算执行率: string };
  wrong_if_proportional?: string;
}

const EXPECTED = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<
  string,
  Expected
>;

function grids(name: string): SheetGrids {
  const bytes = new Uint8Array(readFileSync(`${DIR}${name}.xlsx`));
  return readXlsx(bytes, xlsxSheetNames(bytes));
}

/** The grids with one cell (A1 address) of one sheet replaced. */
function edit(g: SheetGrids, sheet: string, a1: string, value: string | number | null): SheetGrids {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  const col = m[1]!.charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  const grid = g[sheet]!;
  const values = grid.values.map((r) => [...r]);
  while (values.length <= row - grid.origin.row) values.push([]);
  values[row - grid.origin.row]![col - grid.origin.col] = value;
  return { ...g, [sheet]: { ...grid, values } };
}

const rate = (r: string | null): string | null =>
  r === null ? null : formatPercent(r).replace('%', '');
const errorsOf = (r: PipelineResult): string[] =>
  r.issues.filter((i) => i.severity === 'error').map((i) => `${i.cell ?? ''} ${renderIssue(i)}`);

describe('province-rule cases (issue 14)', () => {
  it('has every workbook listed in expected.json', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => f.replace(/\.xlsx$/, ''))
      .sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(files);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.rule}`, () => {
      const result = scoreWorkbook(grids(name));
      const ev = result.evaluation!;
      expect(errorsOf(result)).toEqual([]);
      expect(result.summary.complete).toBe(true);
      expect(ev.total.score).toBe(expected.score);
      expect(result.summary.grade).toBe(expected.grade);
      for (const [key, value] of Object.entries(expected.rates ?? {})) {
        expect(rate(ev.budget.rates[key as 'overall']), key).toBe(value);
      }
      for (const [indicator, score] of Object.entries(expected.indicator_scores ?? {})) {
        expect(ev.indicators.find((i) => i.name === indicator)?.score, indicator).toBe(score);
      }
      if (expected.uncapped_total !== undefined)
        expect(ev.total.cap?.uncapped).toBe(expected.uncapped_total);
      if (expected.points_total !== undefined)
        expect(Number(ev.total.points)).toBe(Number(expected.points_total));
    });
  }

  it('rules-cap: the cap is in the summary, the report deductions and the JSON', () => {
    const result = scoreWorkbook(grids('rules-cap'));
    expect(result.summary.score).toBe(89);
    expect(result.summary.cap).toEqual({
      uncapped: 97.5,
      note: '执行率 75% 低于 80%，得分率不超过 89%，总分由 97.50 分封顶为 89.00 分（执行率封顶）',
    });
    expect(result.evaluation!.total.deducted).toBe('11.00');
    const report = scoreWorkbook(grids('rules-cap'), { report: true }).report!;
    const text = report.rows.flat().join('\n');
    expect(text).toContain('预算执行率扣2.5分');
    expect(text).toContain(
      '执行率 75% 低于 80%，得分率不超过 89%，总分由 97.50 分封顶为 89.00 分（执行率封顶）',
    );
  });

  it('rules-denominator: with the default denominator the figures of the wrong reading', () => {
    const e = EXPECTED['rules-denominator']!.wrong_with_default_denominator!;
    const g = edit(grids('rules-denominator'), '基本信息', 'B5', null);
    const ev = scoreWorkbook(g).evaluation!;
    expect(rate(ev.budget.rates.overall)).toBe(e.rate);
    expect(ev.indicators[0]!.score).toBe(e.预算执行率);
    const ruled = scoreWorkbook(grids('rules-denominator')).summary.indicators[0]!;
    expect(ruled.explanation).toContain('执行率以年初预算数为分母');
  });

  it('rules-denominator: 实际到位资金 reads its own column, a missing amount is an error on the cell', () => {
    let g = edit(grids('rules-denominator'), '基本信息', 'B5', '实际到位资金');
    g = edit(g, '预算执行', 'H1', '实际到位资金');
    const missing = scoreWorkbook(g);
    expect(
      missing.issues.some((i) => i.cell === '预算执行!H2' && i.code === 'rule.denominatorMissing'),
    ).toBe(true);
    expect(missing.summary.complete).toBe(false);
    expect(missing.summary.grade).toBeNull();
    const ev = scoreWorkbook(edit(g, '预算执行', 'H2', 110)).evaluation!;
    expect(ev.budget.rates.overall).toBe('1');
    expect(ev.total.score).toBe('100.00');
  });

  it('rules-bands: proportional scoring would give the wrong figure', () => {
    const g = edit(grids('rules-bands'), '基本信息', 'B5', '比例');
    expect(scoreWorkbook(g).evaluation!.indicators[0]!.score).toBe(
      EXPECTED['rules-bands']!.wrong_if_proportional,
    );
  });

  it('rules-alternatives: the other alternative is shown, not summed, and asks no reason', () => {
    const result = scoreWorkbook(grids('rules-alternatives'));
    const other = result.summary.indicators.find((i) => i.name === '结转结余变动率')!;
    expect(other.score).toBe(6.67);
    expect(other.counted).toBe(false);
    expect(other.explanation).toContain('备选组“A”按“结转结余率”计分，本项不计入总分');
    expect(result.issues.filter((i) => i.cell === '绩效指标!M5')).toEqual([]);
    expect(result.summary.deductions).toEqual([]);
    expect(result.issues.some((i) => i.code === 'points.sumMismatch')).toBe(false);
  });

  it('rules-alternatives: when the other alternative is better, it counts instead', () => {
    const g = edit(grids('rules-alternatives'), '绩效指标', 'G4', '8%');
    const ev = scoreWorkbook(g).evaluation!;
    // 结转结余率 8% against ≤5%: 20 × (1 − 3/5) = 8.00, still above 6.67, so it counts; at 9% it is 4.00.
    expect(ev.indicators[2]!.score).toBe('8.00');
    expect(ev.total.score).toBe('88.00');
    const worse = edit(grids('rules-alternatives'), '绩效指标', 'G4', '9%');
    const ev2 = scoreWorkbook(worse).evaluation!;
    expect(ev2.indicators[2]!.score).toBe('4.00');
    expect(ev2.indicators[2]!.counted).toBe(false);
    expect(ev2.indicators[3]!.counted).toBe(true);
    expect(ev2.total.score).toBe('86.67');
  });
});

describe('rule thresholds', () => {
  const capAt = (spent: number): PipelineResult =>
    scoreWorkbook(edit(grids('rules-cap'), '预算执行', 'F2', spent));

  it('执行率封顶: 79.99% is capped at 89, 80.00% is not', () => {
    const below = capAt(79.99);
    expect(below.evaluation!.budget.rates.overall).toBe('0.7999');
    expect(below.evaluation!.total.cap?.uncapped).toBe('98.00');
    expect(below.evaluation!.total.score).toBe('89.00');
    expect(below.summary.grade).toBe('良');
    const at = capAt(80);
    expect(at.evaluation!.total.cap).toBeUndefined();
    expect(at.evaluation!.total.score).toBe('98.00');
    expect(at.summary.grade).toBe('优');
  });

  it('执行率封顶: each band (69.99% → 79, 59.99% → 69, 49.99% → 59)', () => {
    expect(capAt(69.99).evaluation!.total.score).toBe('79.00');
    expect(capAt(70).evaluation!.total.score).toBe('89.00');
    expect(capAt(59.99).evaluation!.total.score).toBe('69.00');
    expect(capAt(49.99).evaluation!.total.score).toBe('59.00');
    expect(capAt(49.99).summary.grade).toBe('差');
  });

  it('执行率封顶 applies to 得分率 when 总分值 is not 100', () => {
    // 总分值 50 (points halved): 75% → 得分率 at most 89% → 44.50 分.
    let g = edit(grids('rules-cap'), '基本信息', 'A6', '总分值');
    g = edit(g, '基本信息', 'B6', 50);
    for (let row = 2; row <= 8; row++) g = edit(g, '绩效指标', `J${row}`, row === 2 ? 5 : 7.5);
    const ev = scoreWorkbook(g).evaluation!;
    expect(ev.total.cap?.uncapped).toBe('48.75');
    expect(ev.total.score).toBe('44.50');
    expect(ev.total.grade).toBe('良');
  });

  it('偏离扣分: 129.99% keeps the points, 130.00% loses 2', () => {
    const at = (actual: string): PipelineResult =>
      scoreWorkbook(edit(grids('rules-penalty'), '绩效指标', 'G4', actual));
    expect(at('129.99个').evaluation!.indicators[2]!.score).toBe('30.00');
    const penalised = at('130.00个');
    expect(penalised.evaluation!.indicators[2]!.score).toBe('28.00');
    expect(penalised.summary.indicators[2]!.explanation).toContain('偏离扣分 2.00 分，得 28.00');
    expect(penalised.summary.deductions.find((d) => d.name === '调研报告')?.rules).toBe(
      '完成率 130% ≥ 130%，偏离扣分 2.00 分，得 28.00',
    );
    const report = scoreWorkbook(edit(grids('rules-penalty'), '绩效指标', 'G4', '130.00个'), {
      report: true,
    }).report!;
    expect(report.rows.flat().join('\n')).toContain(
      '调研报告扣2分，完成率 130% ≥ 130%，偏离扣分 2.00 分，得 28.00',
    );
  });

  it('偏离扣分 130%:说明 asks for a reason and takes nothing', () => {
    const g = edit(grids('rules-penalty'), '基本信息', 'B5', '130%:说明');
    const result = scoreWorkbook(g);
    expect(result.evaluation!.total.score).toBe('100.00');
    expect(
      result.issues.filter((i) => i.code === 'overAchievement.unexplained').map((i) => i.cell),
    ).toEqual(['绩效指标!M3', '绩效指标!M5']);
  });

  it('a rule that cannot be read is an error naming its cell; the score is provisional', () => {
    const result = scoreWorkbook(edit(grids('rules-cap'), '基本信息', 'B5', '80%-89'));
    const issue = result.issues.find((i) => i.code === 'rule.invalid');
    expect(issue?.cell).toBe('基本信息!B5');
    expect(renderIssue(issue!)).toContain(
      '执行率封顶“80%-89”无法识别，应写作执行率下限:封顶得分率，如 80%:89;70%:79;60%:69;50%:59',
    );
    expect(result.summary.complete).toBe(false);
    expect(result.summary.grade).toBeNull();
  });
});
