import { describe, expect, it } from 'vitest';
import { evaluate } from '@jixiao/engine';
import { applyPlanToGrids } from '../apply-plan-to-grids.js';
import { planWrites } from '../plan-writes.js';
import type { CellValue, SheetGrid, SheetGrids } from '../port.js';
import { readWorkbook } from '../read-workbook.js';
import { WRITTEN_NAMESPACE, parseWrittenRecord, writtenRecordXml } from '../written.js';
import type { WrittenCell } from '../port.js';
import { BUDGET_HEADER, INFO_ROWS, grid, grids, sampleGrids } from '../testing.js';
import { renderIssue } from '../render-issue.js';

function plan(
  g: SheetGrids,
  report: (string | null)[][] | null = null,
  written: WrittenCell[] | null = null,
) {
  const reading = readWorkbook(g);
  const evaluation = evaluate(reading.input!);
  return { ...planWrites(g, reading.map, evaluation, { report, written }), evaluation, reading };
}

/** Replaces one cell of one sheet (a user's edit). */
function edit(
  g: SheetGrids,
  sheet: string,
  row: number,
  col: number,
  value: CellValue,
  formula: string | null = null,
): SheetGrids {
  const old = g[sheet]!;
  const values = old.values.map((r) => [...r]);
  values[row]![col] = value;
  const next: SheetGrid = { ...old, values };
  if (formula !== null)
    next.formulas = values.map((r, i) =>
      r.map((_, j) => (i === row && j === col ? formula : null)),
    );
  return { ...g, [sheet]: next };
}

describe('planWrites', () => {
  it('writes the output cells only: 支付率, 完成率, 得分, 扣分 and 实际值 where 数据来源 is set', () => {
    const { plan: p, evaluation, issues } = plan(sampleGrids());
    expect(issues).toEqual([]);
    const where = p.cells.map((c) => `${c.sheet}!${c.address}`);
    expect(where).toEqual([
      '绩效指标!G2',
      '绩效指标!N2',
      '绩效指标!O2',
      '绩效指标!P2',
      '绩效指标!N3',
      '绩效指标!O3',
      '绩效指标!P3',
      '绩效指标!N4',
      '绩效指标!O4',
      '绩效指标!P4',
      '预算执行!G2',
      '预算执行!G3',
    ]);
    const rate = p.cells.find((c) => c.address === 'G3' && c.sheet === '预算执行')!;
    expect(rate).toMatchObject({ row: 2, col: 6, numberFormat: '0.00%' });
    expect(rate.value).toBe(Number(evaluation.budget.lines[1]!.rate));
    expect(rate.value).toBeCloseTo(466.18 / 470, 12);
    const score = p.cells.find((c) => c.sheet === '绩效指标' && c.address === 'O3')!;
    expect(score).toMatchObject({
      value: Number(evaluation.indicators[1]!.score),
      numberFormat: '0.00',
    });
    const actual = p.cells.find((c) => c.address === 'G2')!;
    expect(actual).toMatchObject({
      value: Number(evaluation.budget.rates.overall),
      numberFormat: '0.00%',
    });
    expect(p.replaceSheets).toEqual([]);
  });

  it('after applying the plan, planning again writes nothing', () => {
    const first = plan(sampleGrids());
    const applied = applyPlanToGrids(sampleGrids(), first.plan);
    // the adapter stores the record of what was written; with it, nothing is left to do
    expect(first.plan.written?.length).toBeGreaterThan(0);
    expect(plan(applied, null, first.plan.written ?? null).plan).toEqual({
      cells: [],
      replaceSheets: [],
    });
  });

  it('with a record, a value a person typed into an output cell is reported and kept', () => {
    const first = plan(sampleGrids());
    const record = first.plan.written!;
    const scored = applyPlanToGrids(sampleGrids(), first.plan);
    // 得分 of the second indicator (O3) overwritten by hand with 2.5; an unrecorded 完成率 typed
    const typed = edit(edit(scored, '绩效指标', 2, 14, 2.5), '绩效指标', 3, 13, 0.5);
    const withoutN4 = record.filter((c) => !(c.sheet === '绩效指标' && c.address === 'N4'));
    const again = plan(typed, null, withoutN4);
    expect(again.plan.cells).toEqual([]);
    const changed = again.issues.find((i) => i.cell === '绩效指标!O3');
    expect(changed?.code).toBe('output.changed');
    expect(renderIssue(changed!)).toContain('“2.5”是手工填写或改过的');
    expect(again.issues.find((i) => i.cell === '绩效指标!N4')?.code).toBe('output.foreign');
    // the new record no longer claims the cells the person owns
    const next = again.plan.written ?? [];
    expect(next.some((c) => c.address === 'O3' && c.sheet === '绩效指标')).toBe(false);
    expect(next.some((c) => c.address === 'N4' && c.sheet === '绩效指标')).toBe(false);
    // without a record (a workbook from before it), numbers in output cells count as the tool's
    expect(plan(typed).plan.cells.map((c) => c.address)).toEqual(['O3', 'N4']);
  });

  it('the record round-trips through its XML part, and other parts are not records', () => {
    const cells: WrittenCell[] = [
      { sheet: '预算执行', address: 'S2', value: '0.9999' },
      { sheet: 'a"<&>', address: 'B7', value: '—' },
    ];
    const xml = writtenRecordXml(cells);
    expect(xml).toContain(`xmlns="${WRITTEN_NAMESPACE}"`);
    expect(parseWrittenRecord(xml)).toEqual(cells);
    expect(parseWrittenRecord('<root xmlns="urn:other"><c s="a" r="A1" v="1"/></root>')).toBeNull();
  });

  it('a one-cell edit gives a one-cell write plan', () => {
    const scored = applyPlanToGrids(sampleGrids(), plan(sampleGrids()).plan);
    // 公文交换份数: 12650 → 12700 (still above ≥12000): only its 完成率 changes
    const edited = edit(scored, '绩效指标', 2, 6, 12700);
    const { plan: p, evaluation } = plan(edited);
    expect(p.cells).toEqual([
      {
        sheet: '绩效指标',
        row: 2,
        col: 13,
        address: 'N3',
        value: Number(evaluation.indicators[1]!.completion),
        numberFormat: '0.00%',
      },
    ]);
  });

  it('rewrites a number whose known format differs, and leaves General cells with the right value alone', () => {
    const scored = applyPlanToGrids(sampleGrids(), plan(sampleGrids()).plan);
    const indicators = scored['绩效指标']!;
    const formats = indicators.numberFormats!.map((r) => [...r]);
    formats[2]![14] = '0.0';
    formats[3]![14] = null;
    const { plan: p } = plan({ ...scored, 绩效指标: { ...indicators, numberFormats: formats } });
    expect(p.cells.map((c) => [c.address, c.numberFormat])).toEqual([['O3', '0.00']]);
  });

  it('leaves 实际值 alone when 数据来源 is not a metric the tool computes', () => {
    let g = edit(sampleGrids(), '绩效指标', 1, 7, '整体支付');
    g = edit(g, '绩效指标', 1, 6, 0.95);
    const { plan: p } = plan(g);
    expect(p.cells.map((c) => `${c.sheet}!${c.address}`)).not.toContain('绩效指标!G2');
  });

  it('writes — where a rate is undefined', () => {
    const g = edit(sampleGrids(), '预算执行', 1, 4, 0);
    const { plan: p } = plan(g);
    expect(p.cells.find((c) => c.sheet === '预算执行' && c.address === 'G2')).toEqual({
      sheet: '预算执行',
      row: 1,
      col: 6,
      address: 'G2',
      value: '—',
    });
  });

  it('reports a user formula or foreign text in an output column and leaves it out of the plan', () => {
    let g = edit(sampleGrids(), '绩效指标', 3, 14, 28, 'J4*0.9');
    g = edit(g, '预算执行', 2, 6, '约99%');
    const { plan: p, issues } = plan(g);
    expect(p.cells.map((c) => `${c.sheet}!${c.address}`)).not.toContain('绩效指标!O4');
    expect(p.cells.map((c) => `${c.sheet}!${c.address}`)).not.toContain('预算执行!G3');
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['warning', 'output.foreign', '预算执行!G3'],
      ['warning', 'output.formula', '绩效指标!O4'],
    ]);
    expect(renderIssue(issues[1]!)).toMatch(
      /^绩效指标!O4：输出列“得分”中有公式“=J4\*0\.9”，不是本工具写入的内容，已保留不覆盖（计算结果为 \d+\.\d\d）。/,
    );
    expect(renderIssue(issues[0]!)).toContain('预算执行!G3：输出列“支付率”中有“约99%”');
  });

  it('reports a missing output column once, as info', () => {
    const g = grids(
      grid('基本信息', INFO_ROWS),
      grid('预算执行', [
        BUDGET_HEADER.slice(0, 6),
        ['a', '基本支出', null, null, 10, 9],
        ['b', '项目支出', null, null, 10, 9],
      ]),
      sampleGrids()['绩效指标']!,
    );
    const { issues } = plan(g);
    expect(issues.map((i) => [i.severity, i.code, i.sheet])).toEqual([
      ['info', 'output.columnMissing', '预算执行'],
    ]);
    expect(renderIssue(issues[0]!)).toBe(
      '工作表“预算执行”：没有输出列“支付率”，该列的计算结果不会写回工作簿；如需写回，请在表头中添加该列。',
    );
  });

  it('replaces the 报告 sheet with the report rows, and not when it already holds them', () => {
    const rows = [
      ['样式', '内容'],
      ['标题', '示例局2024年度部门整体支出绩效自评报告'],
    ];
    const { plan: p } = plan(sampleGrids(), rows);
    expect(p.replaceSheets).toEqual([{ sheet: '报告', rows, columnWidths: [12, 100] }]);
    const withReport = { ...sampleGrids(), 报告: grid('报告', rows) };
    expect(plan(withReport, rows).plan.replaceSheets).toEqual([]);
  });
});
