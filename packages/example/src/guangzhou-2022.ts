/**
 * 广州市人民政府办公厅 2022 年度部门整体支出绩效自评: the example department's data.
 *
 * Plain JSON-like values shaped as `EvaluationInput` of `@jixiao/engine` (this package has no
 * dependencies; the engine's tests check that the object is assignable to its input type).
 *
 * The budget lines and indicators are invented but consistent with the published report
 * (`附件2`, 2022): scoring them yields
 * - 共支出 32,601.53万元 (全年执行数), 全年预算数 32,603.51万元;
 * - 整体支付率 99.99% (0.99993927…), 项目支出支付率 100.0% (every project line fully spent);
 * - 10 项关键指标, named as in §二（一） and listed in that order;
 * - 自评得分 96.99分 (优): 3.01 points lost on 采购合同签订时效性 (0.51) and 合同备案时效性 (2.50).
 *
 * The monthly payments (1月–12月) add up to each line's 全年执行数 and are back-loaded: cumulative
 * progress is 39.66% at the end of June and 64.26% at the end of September, below the 50% / 75%
 * checkpoints — the report's first named problem, "预算资金支付均衡性有待提高".
 *
 * Amounts are in 万元. Indicators are in sheet order (the order of the 绩效指标 sheet).
 */

/** One budget line (预算执行 row). */
function line(
  name: string,
  type: '基本支出' | '项目支出',
  source: string,
  initialBudget: number,
  budget: number,
  spent: number,
  monthly: number[],
): {
  name: string;
  type: '基本支出' | '项目支出';
  source: string;
  initialBudget: number;
  budget: number;
  spent: number;
  monthly: number[];
} {
  return { name, type, source, initialBudget, budget, spent, monthly };
}

export const guangzhou2022 = {
  info: {
    department: '广州市人民政府办公厅',
    year: 2022,
    unit: '万元' as const,
    attachmentLabel: '附件2',
    gradeBands: { excellent: 90, good: 80, pass: 60 },
    totalPoints: 100,
  },
  budgetLines: [
    line(
      '人员经费（工资福利支出）',
      '基本支出',
      '财政拨款',
      14200,
      14512.38,
      14511.2,
      [
        1160.89, 1160.89, 1160.89, 1160.89, 1160.89, 1160.89, 1160.89, 1160.89, 1160.89, 1160.89,
        1160.89, 1741.41,
      ],
    ),
    line(
      '人员经费（对个人和家庭的补助）',
      '基本支出',
      '财政拨款',
      1820,
      1906.55,
      1906.15,
      [
        152.49, 152.49, 152.49, 152.49, 152.49, 152.49, 152.49, 152.49, 152.49, 152.49, 152.49,
        228.76,
      ],
    ),
    line(
      '公用经费（商品和服务支出）',
      '基本支出',
      '财政拨款',
      2360,
      2418.72,
      2418.32,
      [
        120.91, 145.09, 169.28, 169.28, 193.46, 193.46, 193.46, 193.46, 217.64, 217.64, 241.83,
        362.81,
      ],
    ),
    line(
      '市政府应急值守和政务值班经费',
      '项目支出',
      '财政拨款',
      620,
      586.4,
      586.4,
      [17.59, 23.45, 29.32, 35.18, 41.04, 46.91, 46.91, 52.77, 52.77, 58.64, 64.5, 117.32],
    ),
    line(
      '市政府大型会议和重大活动保障经费',
      '项目支出',
      '财政拨款',
      1450,
      1312.85,
      1312.85,
      [39.38, 52.51, 65.64, 78.77, 91.89, 105.02, 105.02, 118.15, 118.15, 131.28, 144.41, 262.63],
    ),
    line(
      '政务信息化运维项目',
      '项目支出',
      '财政拨款',
      2380,
      2466.19,
      2466.19,
      [0, 49.32, 73.98, 98.64, 123.3, 147.97, 172.63, 197.29, 246.61, 295.94, 345.26, 715.25],
    ),
    line(
      '信息化建设项目',
      '项目支出',
      '上年结转',
      1900,
      1873.6,
      1873.6,
      [0, 37.47, 56.2, 74.94, 93.68, 112.41, 131.15, 149.88, 187.36, 224.83, 262.3, 543.38],
    ),
    line(
      '市公务用车管理信息系统运维经费',
      '项目支出',
      '财政拨款',
      360,
      348.27,
      348.27,
      [0, 6.96, 10.44, 13.93, 17.41, 20.89, 24.37, 27.86, 34.82, 41.79, 48.75, 101.05],
    ),
    line(
      '公文交换及政府公报编印经费',
      '项目支出',
      '财政拨款',
      520,
      497.36,
      497.36,
      [14.92, 19.89, 24.86, 29.84, 34.81, 39.78, 39.78, 44.76, 44.76, 49.73, 54.7, 99.53],
    ),
    line(
      '市政府大院物业管理及安全保卫经费',
      '项目支出',
      '财政拨款',
      4050,
      4108.44,
      4108.44,
      [
        205.42, 246.5, 287.59, 287.59, 328.67, 328.67, 328.67, 328.67, 369.75, 369.75, 410.84,
        616.32,
      ],
    ),
    line(
      '办公设备购置经费',
      '项目支出',
      '其他资金',
      420,
      436.18,
      436.18,
      [0, 8.72, 13.08, 17.44, 21.8, 26.17, 30.53, 34.89, 43.61, 52.34, 61.06, 126.54],
    ),
    line(
      '参事文史工作经费',
      '项目支出',
      '财政拨款',
      180,
      162.53,
      162.53,
      [4.87, 6.5, 8.12, 9.75, 11.37, 13, 13, 14.62, 14.62, 16.25, 17.87, 32.56],
    ),
    line(
      '市民热线及政府网站运维经费',
      '项目支出',
      '财政拨款',
      1100,
      1120.37,
      1120.37,
      [0, 22.4, 33.61, 44.81, 56.01, 67.22, 78.42, 89.62, 112.03, 134.44, 156.85, 324.96],
    ),
    line(
      '决策咨询与调查研究经费',
      '项目支出',
      '财政拨款',
      860,
      853.67,
      853.67,
      [25.61, 34.14, 42.68, 51.22, 59.75, 68.29, 68.29, 76.83, 76.83, 85.36, 93.9, 170.77],
    ),
  ],
  indicators: [
    // 预算执行 (15)
    {
      level1: '预算执行',
      level2: '预算执行率',
      name: '预算执行率',
      method: '正向',
      target: '≥95%',
      source: '整体支付率',
      points: 10,
    },
    {
      level1: '预算执行',
      level2: '预算执行率',
      name: '项目支出执行率',
      method: '分档',
      target: '≥100%',
      source: '项目支出支付率',
      params: '100%:3;90%:2;80%:1;0:0',
      points: 3,
    },
    {
      level1: '预算执行',
      level2: '结转结余',
      name: '结转结余率',
      method: '反向',
      target: '≤5%',
      source: '结转结余率',
      points: 2,
    },
    // 预算管理 (15)
    {
      level1: '预算管理',
      level2: '预算编制',
      name: '预算编制规范性',
      method: '评价要点',
      target: 5,
      actual: 5,
      points: 3,
    },
    {
      level1: '预算管理',
      level2: '资金管理',
      name: '资金使用合规性',
      method: '是否',
      target: '是',
      actual: '是',
      points: 3,
    },
    {
      level1: '预算管理',
      level2: '采购管理',
      name: '采购合同签订时效性',
      method: '正向',
      target: '≥100%',
      actual: '89.8%',
      points: 5,
      deviationReason:
        '部分采购项目需求论证和采购文件编制耗时较长，少数合同未能在中标（成交）通知书发出之日起30日内签订',
    },
    {
      level1: '预算管理',
      level2: '采购管理',
      name: '合同备案时效性',
      method: '扣分',
      actual: 5,
      params: '0.5',
      points: 4,
      deviationReason: '5份政府采购合同未在签订之日起7个工作日内完成备案，每份扣0.5分',
    },
    // 产出指标 (50)
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '完成高质量调研报告数量',
      key: true,
      method: '正向',
      target: '≥50篇',
      actual: 56,
      points: 4,
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '组织开展重点课题分析和调研次数',
      key: true,
      method: '正向',
      target: '≥20次',
      actual: 27,
      points: 4,
      deviationReason: '承接市政府领导交办的疫情防控和稳经济专项调研任务增加，超额完成年度目标',
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '经济社会发展信息和社会舆情搜集期数',
      key: true,
      method: '正向',
      target: '≥240期',
      actual: 252,
      points: 4,
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '会务接待等运行保障服务批次',
      key: true,
      method: '正向',
      target: '≥600批次',
      actual: 712,
      points: 4,
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '市公务用车管理信息系统的管理和维护任务完成率',
      key: true,
      method: '等于',
      target: '=100%',
      actual: '100%',
      points: 4,
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '公文交换份数',
      key: true,
      method: '正向',
      target: '≥100000份',
      actual: 121386,
      points: 4,
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '业务培训人次',
      key: true,
      method: '正向',
      target: '≥1000人次',
      actual: 1215,
      points: 4,
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '办公用房、公务用车及办公设施设备等服务保障率',
      key: true,
      method: '正向',
      target: '≥95%',
      actual: '100%',
      points: 4,
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '信息安全定级和等级保护备案率',
      key: true,
      // 评分方法 left empty on purpose: inferred as 等于 from the target's "=".
      target: '=100%',
      actual: '100%',
      points: 4,
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '督查督办事项办结率',
      method: '正向',
      target: '≥100%',
      actual: '98.5%',
      points: 4,
      manualScore: 4,
      overrideReason: '未办结的3项督办事项经市政府同意调整办理时限，已按新时限推进，不视为未办结',
    },
    {
      level1: '产出指标',
      level2: '时效指标',
      name: '定期开展等级测评工作完成率',
      key: true,
      method: '等于',
      target: '=100%',
      actual: '100%',
      points: 4,
    },
    {
      level1: '产出指标',
      level2: '时效指标',
      name: '公文按时办结率',
      method: '门槛比例',
      target: '≥98%',
      actual: '99.6%',
      points: 3,
    },
    {
      level1: '产出指标',
      level2: '成本指标',
      name: '公用经费控制数',
      method: '反向',
      target: '≤2500万元',
      actual: 2418.32,
      points: 3,
    },
    // 效益指标 (10)
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '政务信息工作成效',
      method: '定性',
      target: '达成年度指标',
      actual: '达成年度指标',
      points: 4,
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '政务公开工作成效',
      method: '评价要点',
      target: 6,
      actual: 6,
      points: 3,
    },
    {
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '信息化系统安全稳定运行',
      method: '是否',
      target: '是',
      actual: '是',
      points: 3,
    },
    // 满意度指标 (10)
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '服务对象满意度',
      method: '分档',
      target: '≥90%',
      actual: '96.5%',
      params: '90%:5;80%:4;60%:3;0:0',
      points: 5,
    },
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '社会公众满意度',
      method: '正向',
      target: '≥90%',
      actual: '93.2%',
      points: 5,
    },
  ],
};
