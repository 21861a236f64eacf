import { TERMS, type Locale } from '@jixiao/engine';
/**
 * The task pane's messages: zh-CN first, en-US second. One table, same keys in both languages
 * (the type makes a missing translation a compile error).
 */
/** The pane's language: the one `Locale` of every package. */
export type PaneLang = Locale;

const zhCN = {
  appTitle: '绩效自评助手',
  tabOverview: '概览',
  tabIndicators: '指标',
  tabIssues: '问题',
  score: '自评得分',
  provisionalScore: '暂定得分',
  gradeWithheld: '暂不评定',
  provisionalNote: (n: number) => `${n} 项错误未解决，得分为暂定，等级暂不评定`,
  ofPoints: (p: string) => `满分 ${p} 分`,
  grade: '等级',
  rates: '支付率',
  rateOverall: TERMS.整体支付率.zh,
  rateBasic: TERMS.基本支出支付率.zh,
  rateProject: TERMS.项目支出支付率.zh,
  totals: (budget: string, spent: string, unit: string) =>
    `全年预算 ${budget}${unit}，执行 ${spent}${unit}`,
  level1: '一级指标得分',
  progress: '月度支付进度',
  progressSchedule: '序时进度',
  progressActual: '累计支付进度',
  progressGap: (month: number, gap: string) => `${month}月：${gap} 个百分点`,
  progressBehind: (months: string) => `落后于序时进度的月份：${months}`,
  progressOnTrack: '各月支付进度均不低于序时进度。',
  month: (m: number) => `${m}月`,
  monthGap: (m: number, gap: string) => `${m}月（${gap}）`,
  listSeparator: '、',
  noProgress: '预算执行表没有填写 1月…12月 的支付数，无法显示月度进度。',
  deductions: '扣分项',
  noDeductions: '没有扣分项。',
  deducted: (d: string) => `扣 ${d} 分`,
  reason: '原因',
  noReason: '未填写偏差原因（请在“偏差原因”列说明）',
  indicatorsHint: '点击指标可在工作表中选中该行。',
  selectRow: (name: string) => `在工作表中选中“${name}”所在行`,
  pointsScore: (score: string, points: string) => `${score} / ${points}`,
  key: '关键',
  issuesHint: '点击问题可在工作表中选中对应单元格。',
  noIssues: '没有发现问题。',
  issueCount: (e: number, w: number) => `${e} 个错误，${w} 个提醒`,
  severity: { error: '错误', warning: '提醒', info: '提示' },
  selectCell: (cell: string) => `选中单元格 ${cell}`,
  actions: '操作',
  newTemplate: '新建模板',
  recalc: '重新计算',
  fillReport: '填充报告',
  exportWord: '导出 Word',
  autoRecalc: '自动重新计算',
  autoRecalcOn: '编辑后自动计算',
  autoRecalcPaused: '已暂停：点击“重新计算”手动计算',
  busyRecalc: '正在计算…',
  busyReport: '正在填充报告…',
  busyExport: '正在生成 Word 文档…',
  busyTemplate: '正在插入工作表…',
  busyStart: '正在读取工作簿…',
  lastRun: (ms: string, cells: number) => `已计算（${ms} 毫秒，写入 ${cells} 个单元格）`,
  templateInserted:
    '已插入 基本信息、预算执行、绩效指标、报告模板、报告 工作表。请先填写基本信息和预算执行。',
  templateConflict: (names: string) =>
    `工作簿中已有工作表：${names}。为避免覆盖您的数据，未插入任何工作表。如需新模板，请先重命名或删除这些工作表。`,
  reportFilled: (n: number) => `已将报告写入“报告”工作表（${n} 段）。`,
  exported: (name: string) => `已下载：${name}`,
  macExport: (name: string) =>
    `Excel for Mac 的任务窗格不能直接下载文件。已在下方提供“${name}”的下载链接：按住 Control 单击链接并选择“下载链接文件”，或在 Excel 网页版中导出。`,
  macLink: '下载 Word 报告',
  missingSheets: (names: string) =>
    `工作簿缺少工作表：${names}。点击“新建模板”插入，或按模板格式补齐后点击“重新计算”。`,
  notScored: '存在必须修改的错误，暂时无法计算总分。请查看“问题”页。',
  formsTitle: (n: number) => `官方表格 ${n} 张（已在原表中填写执行率、得分和总分）`,
  formTotal: '总分',
  formRate: '执行率',
  formUnscored: (n: number) => `${n} 项指标无法计分，总分为暂定，等级暂不评定`,
  formProvisional: '存在错误，总分为暂定，等级暂不评定（见“问题”页）',
  formsIndicators: '官方表格的各项得分已写入表格本身的“得分”列，请在工作表中查看。',
  errorTitle: '出错了',
  dismiss: '关闭',
  retry: '重试',
  language: 'English',
  languageLabel: '切换到英文界面',
  statusRegion: '状态',
  chartLabel: '一级指标得分条形图',
  progressChartLabel: '月度累计支付进度与序时进度对比图',
  unitFallback: '万元',
};

export type PaneStrings = typeof zhCN;

const enUS: PaneStrings = {
  appTitle: 'Performance Self-Evaluation',
  tabOverview: 'Overview',
  tabIndicators: 'Indicators',
  tabIssues: 'Issues',
  score: 'Score',
  provisionalScore: 'Provisional score',
  gradeWithheld: 'Withheld',
  provisionalNote: (n: number) =>
    `${n} error${n === 1 ? '' : 's'} unresolved: the score is provisional and no grade is given`,
  ofPoints: (p) => `out of ${p}`,
  grade: 'Grade',
  rates: 'Payment rates',
  rateOverall: TERMS.整体支付率.en,
  rateBasic: TERMS.基本支出支付率.en,
  rateProject: TERMS.项目支出支付率.en,
  totals: (budget, spent, unit) => `Budget ${budget} ${unit}, spent ${spent} ${unit}`,
  level1: 'Level-1 indicators',
  progress: 'Monthly payment progress',
  progressSchedule: 'Time schedule',
  progressActual: 'Cumulative progress',
  progressGap: (month, gap) => `Month ${month}: ${gap} points`,
  progressBehind: (months) => `Behind schedule in: ${months}`,
  progressOnTrack: 'Payments kept up with the time schedule every month.',
  month: (m) =>
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ??
    String(m),
  monthGap: (m, gap) =>
    `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ?? m} (${gap})`,
  listSeparator: ', ',
  noProgress: 'The budget sheet has no monthly payments (1月…12月), so there is no progress chart.',
  deductions: 'Deductions',
  noDeductions: 'No points were deducted.',
  deducted: (d) => `−${d}`,
  reason: 'Reason',
  noReason: 'No deviation reason given (fill in 偏差原因)',
  indicatorsHint: 'Click an indicator to select its row in the sheet.',
  selectRow: (name) => `Select the row of “${name}” in the sheet`,
  pointsScore: (score, points) => `${score} / ${points}`,
  key: 'Key',
  issuesHint: 'Click an issue to select its cell.',
  noIssues: 'No issues found.',
  issueCount: (e, w) => `${e} errors, ${w} warnings`,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  selectCell: (cell) => `Select cell ${cell}`,
  actions: 'Actions',
  newTemplate: 'New template',
  recalc: 'Recalculate',
  fillReport: 'Fill report',
  exportWord: 'Export Word',
  autoRecalc: 'Automatic recalculation',
  autoRecalcOn: 'Recalculates after each edit',
  autoRecalcPaused: 'Paused: press Recalculate',
  busyRecalc: 'Calculating…',
  busyReport: 'Filling the report…',
  busyExport: 'Creating the Word document…',
  busyTemplate: 'Inserting sheets…',
  busyStart: 'Reading the workbook…',
  lastRun: (ms, cells) => `Calculated (${ms} ms, ${cells} cells written)`,
  templateInserted:
    'Inserted the 基本信息, 预算执行, 绩效指标, 报告模板 and 报告 sheets. Fill in 基本信息 and 预算执行 first.',
  templateConflict: (names) =>
    `The workbook already has: ${names}. Nothing was inserted, so none of your data is overwritten. Rename or delete those sheets to insert a new template.`,
  reportFilled: (n) => `The report was written to the 报告 sheet (${n} paragraphs).`,
  exported: (name) => `Downloaded: ${name}`,
  macExport: (name) =>
    `Excel for Mac cannot download files from a task pane. Use the link below for “${name}”: Control-click it and choose Download Linked File, or export from Excel on the web.`,
  macLink: 'Download the Word report',
  missingSheets: (names) =>
    `The workbook lacks: ${names}. Press New template to insert them, or add them following the template and press Recalculate.`,
  notScored: 'Some errors must be fixed before the total can be computed. See Issues.',
  formsTitle: (n: number) =>
    `${n} official form${n === 1 ? '' : 's'} (rates, scores and totals written into the forms)`,
  formTotal: 'Total',
  formRate: 'Execution rate',
  formUnscored: (n: number) =>
    `${n} indicator${n === 1 ? '' : 's'} could not be scored: the total is provisional and no grade is given`,
  formProvisional: 'An error leaves the total provisional and no grade is given (see Issues)',
  formsIndicators:
    "The forms' scores are written into each form's own 得分 column: see the sheets.",
  errorTitle: 'Something went wrong',
  dismiss: 'Dismiss',
  retry: 'Retry',
  language: '中文',
  languageLabel: 'Switch to Chinese',
  statusRegion: 'Status',
  chartLabel: 'Bar chart of level-1 indicator scores',
  progressChartLabel: 'Cumulative payment progress against the time schedule, by month',
  unitFallback: '10k yuan',
};

export const PANE_STRINGS: Readonly<Record<PaneLang, PaneStrings>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

/** The pane's language from Office's display language (zh-* → zh-CN, anything else → en-US). */
export function paneLang(displayLanguage: string | null | undefined): PaneLang {
  if (!displayLanguage) return 'zh-CN';
  return /^zh/i.test(displayLanguage) ? 'zh-CN' : 'en-US';
}
