/**
 * Terms a table cell must never break inside: the standard names of the indicator tree (财政部
 * 《项目支出绩效评价管理办法》(财预〔2020〕10号) 附件的指标体系框架, and the 部门整体支出 frameworks
 * of the provinces) and the tables' own headers. A `|` marks where a long term may break between
 * its words when the column is tight (服务对象|满意度指标, 年度|指标值); nothing else inside a term
 * ever breaks.
 *
 * Data, not logic: add a term here and the export sizes columns to keep it whole.
 */
export const TABLE_TERMS: readonly string[] = [
  // 一级指标
  '预算执行',
  '预算管理',
  '资产管理',
  '产出指标',
  '效益指标',
  '满意度指标',
  '成本指标',
  '履职效能',
  '管理效率',
  '运行成本',
  '社会效应',
  // 二级指标
  '数量指标',
  '质量指标',
  '时效指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境|成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续|影响指标',
  '服务对象|满意度指标',
  '社会公众|满意度指标',
  '服务对象|满意度',
  '社会公众|满意度',
  '预算执行率',
  '结转结余',
  '结转结余率',
  '预算编制',
  '预算调整率',
  '资金管理',
  '采购管理',
  '绩效管理',
  '支付进度',
  '信息公开',
  '三公经费|控制率',
  // headers and labels of the tables
  '一级指标',
  '二级指标',
  '三级指标',
  '年度|指标值',
  '实际|完成值',
  '偏差|原因',
  '支出类型',
  '全年|预算数',
  '全年|执行数',
  '年初|预算数',
  '支付率',
  '得分率',
  '基本支出',
  '项目支出',
  '分值',
  '得分',
  '合计',
];
