import type { TemplateRow } from './types.js';

/**
 * The default 报告模板: the sample report's outline (一、基本情况 … 四、下一步改进措施) with its
 * computed sentences word for word and generic prompts (`（请填写…）`) where the department writes its
 * own narrative, plus the three tables. New workbooks start from it.
 */
export const defaultTemplate: readonly TemplateRow[] = [
  { style: '附件标识', content: '{{附件编号}}' },
  { style: '标题', content: '{{部门名称}}{{年度}}年度部门整体支出绩效自评报告' },
  { style: '一级标题', content: '一、基本情况' },
  { style: '二级标题', content: '（一）部门概况' },
  { style: '正文', content: '（请按“1.…”“2.…”逐条填写部门的主要职能。）' },
  { style: '二级标题', content: '（二）年度总体工作和重点工作任务' },
  { style: '正文', content: '（请概述本年度的总体工作和重点工作任务。）' },
  { style: '二级标题', content: '（三）部门整体收支情况' },
  {
    style: '正文',
    content:
      '（请概述本年度的主要收支安排。）{{年度}}年共支出{{总支出}}{{金额单位}}，整体支付率为{{整体支付率}}，其中项目支出支付率为{{项目支出支付率}}。全年预算数为{{总预算}}{{金额单位}}，其中基本支出支付率为{{基本支出支付率}}。',
  },
  { style: '表格', content: '预算执行表' },
  { style: '二级标题', content: '（四）部门整体绩效管理情况' },
  { style: '正文', content: '（请说明绩效目标管理、绩效运行监控和自评工作的开展情况。）' },
  { style: '一级标题', content: '二、综合评价分析' },
  { style: '二级标题', content: '（一）自评结论综述' },
  {
    style: '正文',
    content:
      '我部门{{年度}}年度部门整体年度目标为（请填写）。围绕（请填写）等重点工作任务，设置了{{关键指标}}等{{关键指标数}}项关键指标。',
  },
  { style: '表格', content: '一级指标汇总表' },
  { style: '二级标题', content: '（二）各项工作任务绩效目标完成情况' },
  {
    style: '正文',
    content:
      '从评价情况来看，（请概述各项工作任务的完成情况）。自评得分为{{自评得分}}分，主要是{{扣分项}}有待加强。评价等级为“{{评价等级}}”。扣分情况：{{扣分说明}}。',
  },
  { style: '表格', content: '指标得分表' },
  { style: '二级标题', content: '（三）主要工作成效' },
  { style: '正文', content: '（请概述本年度的主要工作成效。）' },
  { style: '一级标题', content: '三、存在的主要问题' },
  { style: '正文', content: '{{存在问题}}。（请补充数据以外的问题。）' },
  { style: '一级标题', content: '四、下一步改进措施' },
  { style: '正文', content: '一是（请填写）；二是（请填写）。' },
];
