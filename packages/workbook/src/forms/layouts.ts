import { formLayoutSchema, type FormLayout, type FormLayoutInput } from './layout.js';

const TARGET = ['年度指标值', '指标值', '目标值', '年度目标值'];
const ACTUAL = ['实际完成值', '全年完成值', '实际值', '全年实际完成值'];
const REASON = [
  '偏差原因分析及改进措施',
  '偏差原因分析及改进意见',
  '偏差原因及改进措施',
  '偏差原因',
];
const AMOUNTS = {
  initialBudget: ['年初预算数'],
  budget: ['全年预算数', '调整后预算数', '全年预算'],
  spent: ['全年执行数', '全年实际支出数', '实际支出数'],
};

/** 财政部 项目支出绩效自评表 (财预〔2020〕10号 附1), as budget systems export it. */
const NATIONAL_PROJECT: FormLayoutInput = {
  id: 'national-project',
  name: '项目支出绩效自评表',
  kind: 'project',
  source: '财预〔2020〕10号 附1',
  recognise: [['年度资金总额'], ['三级指标']],
  fields: { project: ['项目名称'], department: ['主管部门'], unit: ['实施单位'] },
  funds: {
    columns: { ...AMOUNTS, points: ['分值'], rate: ['执行率'], score: ['得分'] },
    total: ['年度资金总额'],
    parts: [['当年财政拨款', '财政拨款'], ['上年结转资金', '上年结转'], ['其他资金']],
    lineType: '项目支出',
  },
  execution: { at: 'funds', name: '预算执行率' },
  indicators: {
    columns: {
      level1: ['一级指标'],
      level2: ['二级指标'],
      name: ['三级指标'],
      nature: ['指标性质', '计算符号', '指标方向'],
      unit: ['度量单位', '计量单位'],
      target: TARGET,
      actual: ACTUAL,
      points: ['分值'],
      score: ['得分', '评价得分', '自评得分'],
      reason: REASON,
    },
    end: ['总分', '合计', '总计'],
  },
  total: { at: 'row', labels: ['总分', '合计', '总计'] },
};

/** 广东（广州）部门整体支出绩效自评表: funds by source with 合计 last, 预算执行率 as an indicator row. */
const GUANGDONG_DEPARTMENT: FormLayoutInput = {
  id: 'guangdong-department',
  name: '部门整体支出绩效自评表（广东）',
  kind: 'department',
  source: '广东省、广州市部门整体支出绩效自评表',
  recognise: [['按资金来源', '年度部门整体支出规模'], ['三级指标']],
  fields: { department: ['单位名称', '部门名称'] },
  funds: {
    columns: { ...AMOUNTS, rate: ['执行率'] },
    total: ['合计', '年度资金总额'],
    parts: [['财政拨款', '当年财政拨款'], ['上年结转资金', '上年结转'], ['其他资金']],
    others: [['基本支出'], ['项目支出']],
    lineType: '基本支出',
  },
  execution: { at: 'indicator', names: ['预算执行率', '部门预算执行率'] },
  indicators: {
    columns: {
      level1: ['一级指标'],
      level2: ['二级指标'],
      name: ['三级指标'],
      nature: ['指标性质'],
      unit: ['度量单位', '计量单位'],
      target: TARGET,
      actual: ACTUAL,
      points: ['分值'],
      score: ['得分', '评价得分', '自评得分'],
      reason: REASON,
    },
    end: ['总分', '合计', '总计'],
  },
  total: { at: 'row', labels: ['总分', '合计', '总计'] },
};

/** 重庆 部门整体绩效自评表: 自评总分 in the header, 执行率权重 and 执行率得分, 得分系数 per indicator. */
const CHONGQING_DEPARTMENT: FormLayoutInput = {
  id: 'chongqing-department',
  name: '部门整体绩效自评表（重庆）',
  kind: 'department',
  source: '重庆市部门整体绩效自评表',
  recognise: [['执行率权重', '执行率得分'], ['指标权重']],
  fields: { department: ['主管部门', '部门名称', '单位名称'] },
  funds: {
    columns: {
      ...AMOUNTS,
      points: ['执行率权重'],
      rate: ['执行率'],
      score: ['执行率得分'],
    },
    total: null,
    lineType: '基本支出',
  },
  execution: { at: 'funds', name: '预算执行率' },
  indicators: {
    columns: {
      name: ['指标名称'],
      nature: ['指标性质'],
      unit: ['计量单位', '度量单位'],
      target: ['年初指标值', ...TARGET],
      adjustedTarget: ['调整指标值'],
      actual: ACTUAL,
      points: ['指标权重', '分值'],
      score: ['指标得分', '得分'],
      coefficient: ['得分系数'],
      reason: REASON,
      key: ['是否核心指标', '核心指标'],
    },
    end: ['总分', '合计', '总计'],
  },
  total: { at: 'label', labels: ['自评总分'] },
};

let layouts: readonly FormLayout[] | undefined;

/**
 * The layouts jixiao recognises, validated (defaults filled in) on first use, not at load: scoring
 * a contract workbook never needs them (a broken layout fails fast, in tests).
 */
export function formLayouts(): readonly FormLayout[] {
  layouts ??= [NATIONAL_PROJECT, GUANGDONG_DEPARTMENT, CHONGQING_DEPARTMENT].map((layout) =>
    formLayoutSchema.parse(layout),
  );
  return layouts;
}
