import type { Locale } from '@jixiao/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksFromRows } from '../blocks-from-rows.js';
import { defaultTemplate } from '../default-template.js';
import { fillTemplate } from '../fill-template.js';
import { REPORT_MESSAGES, type TemplateIssueCode } from '../issues.js';
import { reportRows } from '../report-rows.js';
import { PARAGRAPH_STYLES } from '../styles.js';
import type { ReportBlock, TemplateIssue, TemplateRow } from '../types.js';
import { REPORT_VARIABLES } from '../variables.js';
import { makeEvaluation } from './evaluation-fixture.js';

/** The text of a template issue in a locale (what `renderIssue` of @jixiao/workbook gives). */
const issueText = (issue: TemplateIssue | undefined, locale: Locale = 'zh-CN'): string =>
  issue === undefined ? '' : REPORT_MESSAGES[locale][issue.code as TemplateIssueCode](issue.params);

const ev = makeEvaluation();

function fill(content: string, style = '正文') {
  return fillTemplate([{ style, content, cell: '报告模板!B7', styleCell: '报告模板!A7' }], ev);
}

function text(content: string): string {
  const { blocks } = fill(content);
  const b = blocks[0];
  return b?.kind === 'paragraph' ? b.text : '';
}

describe('fillTemplate: figures', () => {
  it('prints money with thousands separators and rates as percentages, half-up', () => {
    expect(
      text(
        '{{年度}}年共支出{{总支出}}{{金额单位}}，整体支付率为{{整体支付率}}，其中项目支出支付率为{{项目支出支付率:1}}。',
      ),
    ).toBe('2023年共支出1,234,444.50万元，整体支付率为99.99%，其中项目支出支付率为100.0%。');
    expect(text('{{总预算}}|{{总预算:0}}|{{总预算:3}}')).toBe(
      '1,234,567.89|1,234,568|1,234,567.891',
    );
  });
  it('never prints 100% for a rate below 1 at the default decimals', () => {
    const below = makeEvaluation({ rateProject: '0.99999996' });
    const r = fillTemplate(
      [{ style: '正文', content: '{{项目支出支付率}} {{项目支出支付率:1}}' }],
      below,
    );
    expect(r.blocks[0]).toMatchObject({ text: '99.99% 99.9%' });
    expect(text('{{基本支出支付率:0}}')).toBe('99%');
  });
  it('prints scores, grade, counts and the attachment label', () => {
    expect(
      text(
        '{{附件编号}} {{部门名称}}：自评得分为{{自评得分}}分（满分{{总分值}}分，扣{{扣分合计}}分），{{评价等级}}，{{指标数}}项指标',
      ),
    ).toBe('附件3 测试局：自评得分为96.99分（满分100分，扣3.01分），优，3项指标');
  });
  it('reads lists naturally: names joined with 、, reasons as 一是…；二是…', () => {
    expect(text('自评得分为{{自评得分}}分，主要是{{扣分项}}有待加强。')).toBe(
      '自评得分为96.99分，主要是采购合同签订时效性、合同备案时效性有待加强。',
    );
    expect(text('{{扣分说明}}。')).toBe(
      '一是采购合同签订时效性扣0.51分，部分合同超过30日签订；二是合同备案时效性扣2.5分。',
    );
    expect(text('设置了{{关键指标}}等{{关键指标数}}项关键指标。')).toBe(
      '设置了公文交换份数等1项关键指标。',
    );
    expect(text('{{一级指标得分}}。')).toBe('产出指标得40.00分，预算管理得56.99分。');
  });
  it('names the problems the figures show, and the payment progress', () => {
    expect(text('{{存在问题}}。')).toBe(
      '一是预算资金支付均衡性有待提高；二是采购合同签订时效性、合同备案时效性有待加强。',
    );
    expect(text('6月末支付进度为{{年中支付进度}}，9月末为{{三季度支付进度:1}}。')).toBe(
      '6月末支付进度为39.66%，9月末为64.3%。',
    );
    const clean = makeEvaluation({ deductions: [] });
    const onTime = { ...clean, deductions: [], budget: { ...clean.budget, progress: null } };
    const r = fillTemplate(
      [{ style: '正文', content: '{{存在问题}}；{{年中支付进度}}', cell: '报告模板!B9' }],
      onTime,
    );
    expect(r.blocks[0]).toMatchObject({ text: '未发现明显问题；—' });
    expect(r.issues.map((i) => i.code)).toEqual(['report.empty-list', 'report.value-unavailable']);
  });
  it('accepts aliases', () => {
    expect(text('{{评价年度}}{{全年执行数}}')).toBe('20231,234,444.50');
  });
  it('prints every documented variable without an issue for a complete evaluation', () => {
    for (const v of REPORT_VARIABLES) {
      const r = fill(`{{${v.name}}}`);
      expect(r.issues, v.name).toEqual([]);
      expect(r.blocks[0]?.kind, v.name).toBe('paragraph');
    }
  });
});

describe('fillTemplate: template problems are issues naming their cell', () => {
  it('keeps an unknown placeholder as written and suggests a close name', () => {
    const r = fill('共支出{{总支岀}}万元');
    expect(r.blocks).toEqual([{ kind: 'paragraph', style: '正文', text: '共支出{{总支岀}}万元' }]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      severity: 'error',
      code: 'report.unknown-placeholder',
      cell: '报告模板!B7',
    });
    expect(issueText(r.issues[0])).toContain('报告模板!B7');
    expect(issueText(r.issues[0])).toContain('{{总支出}}');
    expect(issueText(r.issues[0], 'en-US')).toContain('{{总支出}}');
  });
  it('reports an unclosed brace and keeps the text', () => {
    const r = fill('得分为{{自评得分分');
    expect(r.blocks[0]).toMatchObject({ text: '得分为{{自评得分分' });
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ['report.unclosed-placeholder', '报告模板!B7'],
    ]);
  });
  it('reports an unknown 样式 at the style cell and outputs the row as 正文', () => {
    const r = fill('正文内容', '四级标题');
    expect(r.blocks).toEqual([{ kind: 'paragraph', style: '正文', text: '正文内容' }]);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ['report.unknown-style', '报告模板!A7'],
    ]);
    expect(issueText(r.issues[0])).toContain('四级标题');
  });
  it('reports an unknown table and bad or useless decimals', () => {
    expect(fill('指标表', '表格').issues.map((i) => i.code)).toEqual(['report.unknown-table']);
    const r = fill('{{总支出:x}}{{部门名称:1}}');
    expect(r.issues.map((i) => i.code)).toEqual(['report.bad-decimals', 'report.decimals-ignored']);
    expect(text('{{总支出:x}}')).toBe('1,234,444.50');
  });
  it('prints — and warns when a figure cannot be computed, and warns on empty lists', () => {
    const empty = makeEvaluation({ rateOverall: null, deductions: [], keyIndicators: [] });
    const r = fillTemplate(
      [
        {
          style: '正文',
          content: '{{整体支付率}}，主要是{{扣分项}}；{{扣分说明}}',
          cell: '报告模板!B3',
        },
      ],
      empty,
    );
    expect(r.blocks[0]).toMatchObject({ text: '—，主要是无；各项指标均未扣分' });
    expect(r.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['report.value-unavailable', '报告模板!B3', 'warning'],
      ['report.empty-list', '报告模板!B3', 'warning'],
      ['report.empty-list', '报告模板!B3', 'warning'],
    ]);
  });
  it('names the default cell B{n+2} when rows carry no cell', () => {
    const r = fillTemplate(
      [
        { style: '正文', content: 'x' },
        { style: '正文', content: '{{无此变量}}' },
      ],
      ev,
    );
    expect(r.issues[0]?.cell).toBe('报告模板!B3');
  });
  it('never changes the template rows', () => {
    const template: TemplateRow[] = defaultTemplate.map((r) => ({ ...r }));
    const before = JSON.stringify(template);
    fillTemplate(template, ev);
    expect(JSON.stringify(template)).toBe(before);
  });
});

describe('fillTemplate: blocks and 报告 rows', () => {
  it('skips blank rows and empty results, splits multi-line cells, builds tables', () => {
    const noLabel = makeEvaluation({ attachmentLabel: null });
    const r = fillTemplate(
      [
        { style: '附件标识', content: '{{附件编号}}' },
        { style: '', content: '' },
        { style: '正文', content: '第一段\n第二段' },
        { style: '表格', content: '一级指标汇总表' },
      ],
      noLabel,
    );
    expect(r.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.name))).toEqual([
      '第一段',
      '第二段',
      '一级指标汇总表',
    ]);
    expect(r.rows).toEqual([
      ['样式', '内容'],
      ['正文', '第一段'],
      ['正文', '第二段'],
      ['表格', '一级指标汇总表', '一级指标得分汇总'],
      ['表头', '一级指标', '分值', '得分', '得分率'],
      ['表行', '产出指标', '40.00', '40.00', '100.00%'],
      ['表行', '预算管理', '60.00', '56.99', '94.98%'],
      ['表行', '合计', '100.00', '96.99', '96.99%'],
    ]);
    expect(r.issues).toEqual([]);
  });
  it('builds the indicator and budget tables with totals that add up', () => {
    const r = fillTemplate(
      [
        { style: '表格', content: '指标得分表' },
        { style: '表格', content: ' 预算执行表 ' },
      ],
      ev,
      { locale: 'en-US' },
    );
    const [scores, budget] = r.blocks;
    expect(scores).toMatchObject({
      kind: 'table',
      header: [
        'Level 1',
        'Level 2',
        'Indicator',
        'Target',
        'Actual',
        'Points',
        'Score',
        'Reason for deviation',
      ],
    });
    expect(scores?.kind === 'table' && scores.rows.at(-1)).toEqual([
      'Total',
      '',
      '',
      '',
      '',
      '100.00',
      '96.99',
      '',
    ]);
    // amounts with thousands separators, as in the prose; the unit goes to the 单位 line
    expect(budget).toMatchObject({
      unit: '万元',
      header: ['Type', 'Budget', 'Spent', 'Payment rate'],
    });
    expect(budget?.kind === 'table' && budget.rows).toEqual([
      ['Basic', '1,000.00', '999.50', '99.95%'],
      ['Project', '1,233,567.89', '1,233,445.00', '100.00%'],
      ['Total', '1,234,567.89', '1,234,444.50', '99.99%'],
    ]);
    const brief = fillTemplate([{ style: '表格', content: '指标得分表' }], ev, {
      scoreTable: 'brief',
    }).blocks[0];
    expect(brief).toMatchObject({ header: ['一级指标', '二级指标', '三级指标', '分值', '得分'] });
    expect(brief?.kind === 'table' && brief.rows.at(-1)).toEqual([
      '合计',
      '',
      '',
      '100.00',
      '96.99',
    ]);
  });
  it('reads the 报告 sheet back into the same blocks', () => {
    const r = fillTemplate(defaultTemplate, ev);
    expect(blocksFromRows(r.rows)).toEqual(r.blocks);
  });
  it('reads an edited 报告 sheet leniently', () => {
    expect(
      blocksFromRows([
        ['样式', '内容'],
        [' 正文 ', '改过的段落', null],
        [null, '没有样式的段落'],
        ['小标题', '未知样式'],
        [null, null],
        ['表格', '自定义表'],
        ['表头', '甲', '乙'],
        ['表行', 1, { error: '#N/A' }],
        ['一级标题', '一、结尾'],
      ]),
    ).toEqual([
      { kind: 'paragraph', style: '正文', text: '改过的段落' },
      { kind: 'paragraph', style: '正文', text: '没有样式的段落' },
      { kind: 'paragraph', style: '正文', text: '未知样式' },
      { kind: 'table', name: '自定义表', header: ['甲', '乙'], rows: [['1', '#N/A']] },
      { kind: 'paragraph', style: '一级标题', text: '一、结尾' },
    ]);
  });
});

describe('invariants', () => {
  const word = fc
    .string({ minLength: 1, maxLength: 12 })
    .map((s) => `字${s.replace(/[\r\n]/g, '')}`);
  const paragraph = fc.record({
    kind: fc.constant('paragraph' as const),
    style: fc.constantFrom(...PARAGRAPH_STYLES),
    text: word,
  });
  const table = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.record({
      kind: fc.constant('table' as const),
      name: fc.constantFrom('自定义表', '附表一'),
      header: fc.array(word, { minLength: n, maxLength: n }),
      rows: fc.array(fc.array(fc.string({ maxLength: 8 }), { minLength: n, maxLength: n }), {
        maxLength: 5,
      }),
    }),
  );

  it('the 报告 sheet reads back into exactly the blocks it was written from', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(paragraph, table), { maxLength: 12 }),
        (blocks: ReportBlock[]) => {
          expect(blocksFromRows(reportRows(blocks))).toEqual(blocks);
        },
      ),
    );
  });
  it('text without placeholders comes out unchanged and raises no issue', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 60 })
          .filter((s) => !/[{｛\r\n]/.test(s) && s.trim() !== ''),
        (content) => {
          const r = fillTemplate([{ style: '正文', content }], ev);
          expect(r.blocks).toEqual([{ kind: 'paragraph', style: '正文', text: content }]);
          expect(r.issues).toEqual([]);
        },
      ),
    );
  });
});
