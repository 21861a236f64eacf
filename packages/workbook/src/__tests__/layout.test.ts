import { describe, expect, it } from 'vitest';
import { isPlainAmount } from '@jixiao/engine';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { BUDGET_SHEET, CONTRACT_SHEETS, INDICATOR_SHEET } from '../contract.js';
import { layoutGrids, newWorkbookSheets } from '../layout.js';
import { readWorkbook } from '../read-workbook.js';
import { numberToDecimalText } from '../decimal-text.js';

const dec = (v: number | string | undefined | null) =>
  v === undefined || v === null ? null : typeof v === 'number' ? numberToDecimalText(v) : v;
/** A budget line's amount as read back: a number the engine reads exactly stays a number. */
const amount = (v: number | string | undefined | null) =>
  typeof v === 'number' && isPlainAmount(v) ? v : dec(v);

describe('newWorkbookSheets', () => {
  it('lays out every contract sheet in order with headers, formats, widths and frozen header rows', () => {
    const layout = newWorkbookSheets();
    expect(layout.sheets.map((s) => s.name)).toEqual(CONTRACT_SHEETS.map((s) => s.name));
    const budget = layout.sheets[1]!;
    expect(budget.rows).toEqual([
      BUDGET_SHEET.columns.filter((c) => c.extra !== true).map((c) => c.name),
    ]);
    expect(budget.headerRows).toBe(1);
    expect(budget.columnFormats[4]).toBe('#,##0.00');
    expect(budget.columnFormats.at(-1)).toBe('0.00%');
    expect(budget.validations).toEqual([
      { range: 'B2:B201', list: ['基本支出', '项目支出'], strict: true },
      { range: 'C2:C201', list: ['财政拨款', '上年结转', '其他资金'], strict: false },
    ]);
    const indicators = layout.sheets[2]!;
    expect(indicators.validations.map((v) => v.range)).toEqual([
      'D2:D201',
      'E2:E201',
      'G2:G201',
      'H2:H201',
    ]);
    expect(indicators.validations[3]!.list).toContain('整体支付率');
    expect(indicators.validations[2]).toMatchObject({ strict: false });
    expect(indicators.validations[2]!.list).toContain('部分达成年度指标并具有一定效果');
    expect(indicators.columns.filter((c) => c.kind === 'output').map((c) => c.header)).toEqual([
      '完成率',
      '得分',
      '扣分',
    ]);
    const info = layout.sheets[0]!;
    expect(info.rows).toEqual([
      ['项目', '内容'],
      ['部门名称', null],
      ['评价年度', null],
      ['金额单位', '万元'],
      ['附件编号', null],
      ['等级划分', '90/80/60'],
      ['总分值', 100],
    ]);
    expect(info.validations).toEqual([{ range: 'B4', list: ['万元', '元'], strict: true }]);
  });

  it('an empty workbook reads back with the missing info reported and nothing else', () => {
    const { input, issues } = readWorkbook(layoutGrids(newWorkbookSheets()));
    expect(input).toMatchObject({ budgetLines: [], indicators: [] });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['info.missing', '基本信息!B2'],
      ['info.missing', '基本信息!B3'],
    ]);
  });

  it('the example data laid out and read back gives the same engine input', () => {
    const layout = newWorkbookSheets({ input: guangzhou2022, template: guangzhou2022Template });
    for (const sheet of layout.sheets)
      for (const row of sheet.rows) expect(row).toHaveLength(sheet.columns.length);
    const { input, issues, template } = readWorkbook(layoutGrids(layout));
    expect(issues).toEqual([]);
    expect(input?.info).toEqual({
      department: '广州市人民政府办公厅',
      year: 2022,
      unit: '万元',
      attachmentLabel: '附件2',
      gradeBands: { excellent: '90', good: '80', pass: '60' },
      totalPoints: '100',
    });
    expect(input?.budgetLines.map(({ ref: _ref, ...l }) => l)).toEqual(
      guangzhou2022.budgetLines.map((l) => ({
        ...l,
        initialBudget: amount(l.initialBudget),
        budget: amount(l.budget),
        spent: amount(l.spent),
        monthly: l.monthly.map(amount),
      })),
    );
    expect(input?.indicators).toHaveLength(guangzhou2022.indicators.length);
    guangzhou2022.indicators.forEach((expected, i) => {
      const got = input!.indicators[i]!;
      const e = expected as Record<string, unknown>;
      expect(got.name).toBe(e.name);
      expect(got.key).toBe(e.key === true);
      expect(got.points).toBe(dec(e.points as number));
      expect(got.source ?? undefined).toBe(e.source);
      expect(got.target ?? undefined).toBe(
        dec(e.target as number | string | undefined) ?? undefined,
      );
      if (e.source === undefined)
        expect(got.actual ?? undefined).toBe(
          dec(e.actual as number | string | undefined) ?? undefined,
        );
    });
    expect(template.map(({ style, content }) => ({ style, content }))).toEqual(
      guangzhou2022Template,
    );
    expect(layout.sheets[2]!.rows[1]).toHaveLength(
      INDICATOR_SHEET.columns.filter((c) => c.extra !== true).length,
    );
  });
});
