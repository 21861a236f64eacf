import { evaluate } from '@jixiao/engine';
import type { Evaluation, EvaluationInput } from '@jixiao/engine';
import { guangzhou2022 } from '@jixiao/example';
import type { TemplateRow } from '../src/index.js';

/** The 100-page workload: 1,000 paragraphs (headings every tenth) and a 500-row indicator table. */
export const PARAGRAPHS = 1000;
export const INDICATORS = 500;

/**
 * A template of 1,000 rows: a heading every ten rows, body paragraphs of about two lines (some 50
 * characters, with figures); with the 500-row table LibreOffice lays it out on 125 pages.
 */
export function bigTemplate(): TemplateRow[] {
  const rows: TemplateRow[] = [
    { style: '附件标识', content: '{{附件编号}}' },
    { style: '标题', content: '{{部门名称}}{{年度}}年度部门整体支出绩效自评报告' },
  ];
  for (let i = 0; rows.length < PARAGRAPHS; i++) {
    if (i % 10 === 0)
      rows.push({ style: '一级标题', content: `${i / 10 + 1}、第${i / 10 + 1}部分` });
    else
      rows.push({
        style: '正文',
        content: `第${i}段：{{年度}}年共支出{{总支出}}{{金额单位}}，整体支付率为{{整体支付率}}，项目支出支付率为{{项目支出支付率:1}}，自评得分为{{自评得分}}分。`,
      });
  }
  rows.push({ style: '表格', content: '指标得分表' });
  return rows;
}

/** An evaluation with 500 indicators (0.2 points each), scored by the engine. */
export function bigEvaluation(): Evaluation {
  const input: EvaluationInput = {
    ...guangzhou2022,
    info: { ...guangzhou2022.info, totalPoints: 100 },
    indicators: Array.from({ length: INDICATORS }, (_, i) => ({
      level1: ['产出指标', '效益指标', '满意度指标', '预算管理'][i % 4]!,
      level2: `二级指标${i % 20}`,
      name: `指标${String(i + 1).padStart(3, '0')}：完成情况`,
      method: '正向',
      target: '≥100%',
      actual: i % 100 === 0 ? '95%' : '100%',
      points: '0.2',
      deviationReason: i % 100 === 0 ? '进度略有滞后' : null,
    })),
  };
  return evaluate(input);
}
