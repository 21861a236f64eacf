import { TERMS } from '@jixiao/engine';
import type { Lang } from '../worker/protocol.js';

/** Every text of the page, zh-CN first, en-US second. */
export interface PageStrings {
  title: string;
  subtitle: string;
  privacy: string;
  open: string;
  dropHere: string;
  dropActive: string;
  newTemplate: string;
  emptyTemplate: string;
  exampleWorkbook: string;
  switchLanguage: string;
  comparison: string;
  downloadComparison: string;
  colFile: string;
  colDepartment: string;
  colYear: string;
  colScore: string;
  colGrade: string;
  colOverall: string;
  colBasic: string;
  colProject: string;
  colDeductions: string;
  colErrors: string;
  colWarnings: string;
  colStatus: string;
  statusWaiting: string;
  statusFailed: string;
  statusNoScore: string;
  progress: (stage: string) => string;
  stages: Record<'reading' | 'scoring' | 'writing' | 'exporting', string>;
  score: string;
  grade: string;
  points: (points: string) => string;
  rates: string;
  rateOverall: string;
  rateBasic: string;
  rateProject: string;
  balanceRate: string;
  budgetTotals: (budget: string, spent: string, unit: string) => string;
  level1: string;
  indicators: string;
  indicatorName: string;
  level1Column: string;
  indicatorDeducted: string;
  files: string;
  indicatorPoints: string;
  indicatorScore: string;
  indicatorCompletion: string;
  indicatorKey: string;
  keyMark: string;
  deductions: string;
  noDeductions: string;
  deductionReason: string;
  noReason: string;
  issues: (n: number) => string;
  noIssues: string;
  moreIssues: (n: number) => string;
  severity: Record<'error' | 'warning' | 'info', string>;
  cell: string;
  downloadScored: string;
  downloadReport: string;
  remove: string;
  couldNotScore: string;
  failedTitle: string;
  working: string;
  elapsed: (ms: number) => string;
  cellsWritten: (n: number) => string;
  downloadFailed: string;
  fileCount: (n: number) => string;
  clearAll: string;
}

const zhCN: PageStrings = {
  title: '绩效自评助手',
  subtitle: '部门整体支出绩效自评 · 网页版',
  privacy: '文件只在本机浏览器中处理，不会上传到任何服务器。',
  open: '打开工作簿',
  dropHere: '将一个或多个 .xlsx 工作簿拖放到此处，或点击“打开工作簿”。',
  dropActive: '松开鼠标以打开这些工作簿',
  newTemplate: '新建模板',
  emptyTemplate: '空白模板（按工作簿约定）',
  exampleWorkbook: '示例工作簿（广州市人民政府办公厅 2022）',
  switchLanguage: 'English',
  comparison: '多部门对比',
  downloadComparison: '下载对比表（.xlsx）',
  colFile: '文件',
  colDepartment: TERMS.department.zh,
  colYear: TERMS.year.zh,
  colScore: TERMS.score.zh,
  colGrade: TERMS.grade.zh,
  colOverall: TERMS.整体支付率.zh,
  colBasic: TERMS.基本支出支付率.zh,
  colProject: TERMS.项目支出支付率.zh,
  colDeductions: '扣分项',
  colErrors: '错误',
  colWarnings: '警告',
  colStatus: '状态',
  statusWaiting: '处理中…',
  statusFailed: '无法读取',
  statusNoScore: '数据有误，未评分',
  progress: (stage) => `正在${stage}…`,
  stages: {
    reading: '读取工作簿',
    scoring: '计算得分',
    writing: '生成评分后的工作簿',
    exporting: '导出 Word 报告',
  },
  score: '自评得分',
  grade: '评价等级',
  points: (points) => `满分 ${points}`,
  rates: '预算执行',
  rateOverall: TERMS.整体支付率.zh,
  rateBasic: TERMS.基本支出支付率.zh,
  rateProject: TERMS.项目支出支付率.zh,
  balanceRate: '结转结余率',
  budgetTotals: (budget, spent, unit) => `全年预算 ${budget}${unit}，全年执行 ${spent}${unit}`,
  level1: '一级指标得分',
  indicators: '绩效指标',
  indicatorName: '三级指标',
  level1Column: '一级指标',
  indicatorDeducted: '扣分',
  files: '已打开的文件',
  indicatorPoints: '分值',
  indicatorScore: '得分',
  indicatorCompletion: '完成率',
  indicatorKey: '关键',
  keyMark: '关键指标',
  deductions: '扣分项',
  noDeductions: '没有扣分项。',
  deductionReason: '原因：',
  noReason: '未填写偏差原因（请在“偏差原因”列说明）',
  issues: (n) => `数据问题（${n}）`,
  noIssues: '没有发现数据问题。',
  moreIssues: (n) => `显示其余 ${n} 个问题`,
  severity: { error: '错误', warning: '警告', info: '提示' },
  cell: '单元格',
  downloadScored: '下载评分后的工作簿',
  downloadReport: '下载 Word 报告',
  remove: '移除',
  couldNotScore: '数据有错误，未能评分。请按下列提示修改工作簿后重新打开：',
  failedTitle: '无法处理该文件',
  working: '正在处理',
  elapsed: (ms) => `用时 ${ms} 毫秒`,
  cellsWritten: (n) => `评分后将写入 ${n} 个单元格`,
  downloadFailed: '生成下载文件失败：',
  fileCount: (n) => `已打开 ${n} 个文件`,
  clearAll: '全部移除',
};

const enUS: PageStrings = {
  title: 'Performance Self-Evaluation',
  subtitle: 'Departmental expenditure self-evaluation · web page',
  privacy: 'Files are processed in this browser only and never uploaded.',
  open: 'Open workbooks',
  dropHere: 'Drop one or more .xlsx workbooks here, or click “Open workbooks”.',
  dropActive: 'Release to open these workbooks',
  newTemplate: 'New template',
  emptyTemplate: 'Empty template (workbook contract)',
  exampleWorkbook: 'Example workbook (Guangzhou 2022)',
  switchLanguage: '中文',
  comparison: 'Comparison',
  downloadComparison: 'Download comparison (.xlsx)',
  colFile: 'File',
  colDepartment: TERMS.department.en,
  colYear: TERMS.year.en,
  colScore: TERMS.score.en,
  colGrade: TERMS.grade.en,
  colOverall: TERMS.整体支付率.en,
  colBasic: TERMS.基本支出支付率.en,
  colProject: TERMS.项目支出支付率.en,
  colDeductions: 'Deductions',
  colErrors: 'Errors',
  colWarnings: 'Warnings',
  colStatus: 'Status',
  statusWaiting: 'Working…',
  statusFailed: 'Unreadable',
  statusNoScore: 'Data errors, not scored',
  progress: (stage) => `${stage}…`,
  stages: {
    reading: 'Reading the workbook',
    scoring: 'Scoring',
    writing: 'Writing the scored workbook',
    exporting: 'Exporting the Word report',
  },
  score: 'Score',
  grade: 'Grade',
  points: (points) => `out of ${points}`,
  rates: 'Budget execution',
  rateOverall: TERMS.整体支付率.en,
  rateBasic: TERMS.基本支出支付率.en,
  rateProject: TERMS.项目支出支付率.en,
  balanceRate: 'Carry-over rate',
  budgetTotals: (budget, spent, unit) => `Budget ${budget} ${unit}, spent ${spent} ${unit}`,
  level1: 'Level-1 indicators',
  indicators: 'Indicators',
  indicatorName: 'Indicator',
  level1Column: 'Level 1',
  indicatorDeducted: 'Lost',
  files: 'Open files',
  indicatorPoints: 'Points',
  indicatorScore: 'Score',
  indicatorCompletion: 'Completion',
  indicatorKey: 'Key',
  keyMark: 'Key indicator',
  deductions: 'Deductions',
  noDeductions: 'No points lost.',
  deductionReason: 'Reason: ',
  noReason: '(no deviation reason given)',
  issues: (n) => `Data issues (${n})`,
  noIssues: 'No data issues found.',
  moreIssues: (n) => `Show the other ${n} issues`,
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  cell: 'Cell',
  downloadScored: 'Download scored workbook',
  downloadReport: 'Download Word report',
  remove: 'Remove',
  couldNotScore:
    'Data errors prevented scoring. Fix the workbook as listed below and open it again:',
  failedTitle: 'This file could not be processed',
  working: 'Working',
  elapsed: (ms) => `${ms} ms`,
  cellsWritten: (n) => `${n} cells will be written`,
  downloadFailed: 'Could not prepare the download: ',
  fileCount: (n) => `${n} files open`,
  clearAll: 'Remove all',
};

/** The page's texts in the given language. */
export function pageStrings(lang: Lang): PageStrings {
  switch (lang) {
    case 'zh-CN':
      return zhCN;
    case 'en-US':
      return enUS;
  }
}

/** zh-CN unless the browser prefers English. */
export function defaultLang(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? 'zh-cn';
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}
