import { guangzhou2022Template } from '@jixiao/example';
import type { TemplateRow } from './types.js';

/** The rows of the sample report that make its outline; its 三级标题 are the department's own. */
const OUTLINE_STYLES: ReadonlySet<string> = new Set(['附件标识', '标题', '一级标题', '二级标题']);

/**
 * What the default template puts under a heading of the sample report in place of the department's
 * own narrative: generic prompts (`（请填写…）`), the computed sentences and the three tables. A
 * string is a 正文 row. Every key is a heading of the sample report (a test holds it).
 */
export const DEFAULT_SECTIONS: Readonly<Record<string, readonly (string | TemplateRow)[]>> = {
  '（一）部门概况': ['（请按“1.…”“2.…”逐条填写部门的主要职能。）'],
  '（二）年度总体工作和重点工作任务': ['（请概述本年度的总体工作和重点工作任务。）'],
  '（三）部门整体收支情况': [
    '（请概述本年度的主要收支安排。）{{年度}}年共支出{{总支出}}{{金额单位}}，整体支付率为{{整体支付率}}，其中项目支出支付率为{{项目支出支付率}}。全年预算数为{{总预算}}{{金额单位}}，其中基本支出支付率为{{基本支出支付率}}。',
    { style: '表格', content: '预算执行表' },
  ],
  '（四）部门整体绩效管理情况': ['（请说明绩效目标管理、绩效运行监控和自评工作的开展情况。）'],
  '（一）自评结论综述': [
    '我部门{{年度}}年度部门整体年度目标为（请填写）。围绕（请填写）等重点工作任务，设置了{{关键指标}}等{{关键指标数}}项关键指标。',
    { style: '表格', content: '一级指标汇总表' },
  ],
  '（二）各项工作任务绩效目标完成情况': [
    '从评价情况来看，（请概述各项工作任务的完成情况）。自评得分为{{自评得分}}分，主要是{{扣分项}}有待加强。评价等级为“{{评价等级}}”。扣分情况：{{扣分说明}}。',
    { style: '表格', content: '指标得分表' },
  ],
  '（三）主要工作成效': ['（请概述本年度的主要工作成效。）'],
  '三、存在的主要问题': ['{{存在问题}}。（请补充数据以外的问题。）'],
  '四、下一步改进措施': ['一是（请填写）；二是（请填写）。'],
};

/**
 * The default 报告模板: the sample report's outline (`guangzhou2022Template` of `@jixiao/example`:
 * 附件标识, the title on one line, 一、基本情况 … 四、下一步改进措施 with their （一）…（四）), and
 * under each heading {@link DEFAULT_SECTIONS} instead of the department's narrative. New workbooks
 * start from it.
 */
export const defaultTemplate: readonly TemplateRow[] = guangzhou2022Template
  .filter((row) => OUTLINE_STYLES.has(row.style))
  .flatMap((heading) => [
    { style: heading.style, content: heading.content.replace('\n', '') },
    ...(DEFAULT_SECTIONS[heading.content] ?? []).map((row) =>
      typeof row === 'string' ? { style: '正文', content: row } : row,
    ),
  ]);
