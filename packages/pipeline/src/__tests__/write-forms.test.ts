/**
 * `jixiao forms` (issue 14, item 3): the 部门整体 table in each layout and one 项目支出绩效自评表 per
 * project, written to a new workbook and read back by the form scorer to the same figures (the
 * projects workbook of projects.test.ts: department 98.84% · 95.77, 信息化运维项目 99.19% · 97.70,
 * 村级补助项目 90.29% · 87.78).
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import { createStyledWorkbook, readXlsx } from '@jixiao/xlsx';
import { DEPARTMENT_FORM_LAYOUTS } from '@jixiao/workbook';
import { scoreWorkbook } from '../score-workbook.js';
import { scoreForms } from '../score-form.js';
import { checkForms, formsFromResult, printedSheets } from '../write-forms.js';
import {
  PROJECTS_BUDGET as BUDGET,
  PROJECTS_INDICATORS as INDICATORS,
  PROJECTS_INFO as INFO,
  projectsWorkbook,
} from '@jixiao/workbook/testing';

describe.each(DEPARTMENT_FORM_LAYOUTS)('forms written in the %s layout', (layout) => {
  const result = scoreWorkbook(projectsWorkbook());
  const book = formsFromResult(result, layout)!;
  const bytes = createStyledWorkbook(printedSheets(book));
  const grids = readXlsx(bytes);

  it('reads back to the same 执行率, each 得分 and 总分', () => {
    expect(checkForms(book, grids)).toEqual([]);
    const scored = scoreForms(grids)!;
    expect(
      scored.forms.map((f) => [
        f.sheet,
        f.layout.id,
        formatPercent(f.executionRate),
        formatNumber(f.total!.score),
        f.grade,
        f.mistakes.length,
        f.complete,
      ]),
    ).toEqual([
      [
        layout === 'chongqing' ? '部门整体绩效自评表' : '部门整体支出绩效自评表',
        layout === 'national' ? 'national-project' : `${layout}-department`,
        '98.84%',
        '95.77',
        '优',
        0,
        true,
      ],
      ['信息化运维项目', 'national-project', '99.19%', '97.70', '优', 0, true],
      ['村级补助项目', 'national-project', '90.29%', '87.78', '良', 0, true],
    ]);
    // the forms carry the figures already: reading them back writes nothing
    expect(scored.plan.cells).toEqual([]);
  });
});

describe('forms under a province rule carry a 规则 sheet', () => {
  // 执行率封顶 95%:85 — 村级补助项目 executes 90.29% < 95%: its 87.78 is capped to 85.00
  const info = [...INFO, ['执行率封顶', '95%:85']];
  const result = scoreWorkbook(projectsWorkbook(BUDGET, INDICATORS, info));
  const book = formsFromResult(result, 'national')!;
  const grids = readXlsx(createStyledWorkbook(printedSheets(book)));

  it('caps the project in the workbook and on its form read back with the 规则 sheet', () => {
    expect(formatNumber(result.projects[1]!.evaluation.total.score)).toBe('85.00');
    expect(book.rules).toEqual({ rateCap: '95%:85' });
    expect(grids['规则']!.values[1]).toEqual(['执行率封顶', '95%:85', expect.any(String)]);
    expect(checkForms(book, grids)).toEqual([]);
    const scored = scoreForms(grids)!;
    expect(scored.rules).toEqual({ rateCap: '95%:85' });
    const form = scored.forms.find((f) => f.sheet === '村级补助项目')!;
    expect(formatNumber(form.total!.score)).toBe('85.00');
    expect(form.evaluation!.total.cap?.note).toBeDefined();
  });

  it('without the 规则 sheet the form would read back uncapped: the check names it', () => {
    const { 规则: _rules, ...withoutRules } = grids;
    const differences = checkForms(book, withoutRules);
    expect(differences.map((d) => [d.sheet, d.item, d.expected, d.got])).toEqual([
      ['村级补助项目', '总分', '85.00', '87.78'],
    ]);
    expect(differences[0]!.message).toContain('村级补助项目：“总分”按表格读回为 87.78');
  });

  it('an unreadable rule in the 规则 sheet is an error at its cell: forms provisional', () => {
    const bad = {
      ...grids,
      规则: { ...grids['规则']!, values: [grids['规则']!.values[0]!, ['执行率封顶', '九成:85']] },
    };
    const scored = scoreForms(bad)!;
    expect(scored.forms.every((f) => !f.complete)).toBe(true);
    expect(scored.forms[0]!.issues.map((i) => i.cell)).toContain('规则!B2');
  });
});
