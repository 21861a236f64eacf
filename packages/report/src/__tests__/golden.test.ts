import { readFileSync } from 'node:fs';
import { evaluate } from '@jixiao/engine';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTIONS, defaultTemplate } from '../default-template.js';
import { fillTemplate } from '../fill-template.js';
import { isTemplateStyle } from '../styles.js';
import { variablesMarkdown } from '../variables-markdown.js';
import type { ReportBlock } from '../types.js';

/** The published report as text (a copy of the pdftotext output in shared/reference). */
const sample = readFileSync(
  new URL('../../test/fixtures/sample-report-guangzhou-2022.txt', import.meta.url),
  'utf8',
);

/** Without the PDF's line-break spaces and its page number. */
function squash(text: string): string {
  return text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
}

function plain(blocks: readonly ReportBlock[]): string {
  return blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : [b.header, ...b.rows].flat().join('')))
    .join('');
}

/** The sample report's sentences (ending in 。) that carry a figure computed by the tool. */
const FIGURE_SENTENCES = [
  '2022年共支出32,601.53万元，整体支付率为99.99%，其中项目支出支付率为100.0%。',
  '自评得分为96.99分，主要是采购合同签订时效性、合同备案时效性有待加强。',
  '设置了完成高质量调研报告数量、组织开展重点课题分析和调研次数、经济社会发展信息和社会舆情搜集期数、会务接待等运行保障服务批次、市公务用车管理信息系统的管理和维护任务完成率、公文交换份数、业务培训人次、办公用房、公务用车及办公设施设备等服务保障率、信息安全定级和等级保护备案率、定期开展等级测评工作完成率等10项关键指标。',
  '三是采购合同签订时效性、合同备案时效性有待加强。',
];

const evaluation = evaluate(guangzhou2022);

describe('golden: the example department reproduces the published report', () => {
  const filled = fillTemplate(guangzhou2022Template, evaluation);

  it('is written with the template’s styles only, in the sample report’s outline', () => {
    for (const row of guangzhou2022Template)
      expect(isTemplateStyle(row.style), row.style).toBe(true);
    expect(
      guangzhou2022Template.filter((r) => r.style === '一级标题').map((r) => r.content),
    ).toEqual(['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']);
  });
  it('fills without template issues', () => {
    expect(filled.issues).toEqual([]);
  });
  it('every figure-bearing sentence of the sample comes out word for word', () => {
    const text = plain(filled.blocks);
    for (const sentence of FIGURE_SENTENCES) {
      expect(squash(sample)).toContain(sentence);
      expect(text).toContain(sentence);
    }
  });
  it('the whole filled report is the published text, apart from the PDF line breaks and page number', () => {
    expect(plain(filled.blocks)).toBe(squash(sample));
  });
  it('the default template keeps the sample report’s outline and fills every section it names', () => {
    const contents = defaultTemplate.map((r) => r.content);
    expect(contents.slice(0, 3)).toEqual([
      '{{附件编号}}',
      '{{部门名称}}{{年度}}年度部门整体支出绩效自评报告',
      '一、基本情况',
    ]);
    for (const heading of Object.keys(DEFAULT_SECTIONS)) expect(contents).toContain(heading);
    expect(defaultTemplate.filter((r) => r.style === '三级标题')).toEqual([]);
  });
  it('the default template carries the same computed sentences', () => {
    const r = fillTemplate(defaultTemplate, evaluation);
    // only the prompts left for the department's own text, each named by its cell
    expect(r.issues.map((i) => i.code)).toEqual(Array(r.issues.length).fill('report.prompt-left'));
    expect(r.issues.map((i) => i.cell)).toEqual([
      '报告模板!B6',
      '报告模板!B8',
      '报告模板!B10',
      '报告模板!B13',
      '报告模板!B16',
      '报告模板!B19',
      '报告模板!B22',
      '报告模板!B24',
      '报告模板!B26',
    ]);
    const text = plain(r.blocks);
    // two decimals everywhere: the prose and the 预算执行表 print the same 100.00%
    expect(text).toContain(
      '2022年共支出32,601.53万元，整体支付率为99.99%，其中项目支出支付率为100.00%。',
    );
    for (const sentence of FIGURE_SENTENCES.slice(1, 3)) expect(text).toContain(sentence);
    expect(text).toContain('二是采购合同签订时效性、合同备案时效性有待加强。');
    expect(
      r.blocks.filter((b) => b.kind === 'table').map((b) => b.kind === 'table' && b.name),
    ).toEqual(['预算执行表', '一级指标汇总表', '指标得分表']);
  });
});

describe('README', () => {
  it('documents every report variable, with what the example prints', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = /<!-- variables:start -->\n([\s\S]*?)\n<!-- variables:end -->/.exec(readme)?.[1];
    expect(table).toBe(variablesMarkdown(evaluation));
  });
});
