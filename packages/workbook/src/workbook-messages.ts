/**
 * The workbook package's messages: the reader's, the form reader's, the planner's and the
 * pipeline's issue codes (`cell.notNumber`, `form.printedDiffers`, `output.formula`,
 * `project.noIndicators` …) with one zh-CN and one en-US map. The texts say what is wrong and
 * what is expected; `renderIssue` prefixes the cell (`绩效指标!G7：…`).
 */
import type { Locale } from '@jixiao/engine';

type Params = Readonly<Record<string, string | number>>;
type Template = (p: Params) => string;

const s = (p: Params, key: string): string => String(p[key] ?? '');

/**
 * Where the user is: the command line, Excel (the add-in's pane) or the standalone page. Messages
 * that tell the user what to do name the action that exists there (`jixiao init` only on the
 * command line, 新建模板 in Excel and on the page).
 */
export type Surface = 'cli' | 'excel' | 'page';

/** The actions messages name, per surface, in zh-CN and en-US. */
export const SURFACE_ACTIONS = {
  /** Get a workbook (or sheets) laid out by the contract. */
  newWorkbook: {
    cli: {
      zh: '可用 jixiao init 生成标准工作簿',
      en: 'jixiao init creates a workbook with every sheet',
    },
    excel: {
      zh: '可在“绩效自评助手”中点击“新建模板”插入标准工作表',
      en: 'New template (新建模板) in the add-in inserts every sheet',
    },
    page: {
      zh: '可点击“新建模板”下载标准工作簿',
      en: 'New template (新建模板) downloads a workbook with every sheet',
    },
  },
  /** See a filled-in example. */
  example: {
    cli: {
      zh: '可用 jixiao init --example 查看示例',
      en: 'jixiao init --example shows an example',
    },
    excel: {
      zh: '可点击“新建模板”在新工作簿中查看表头和填写说明',
      en: 'New template (新建模板) in a new workbook shows the headers',
    },
    page: {
      zh: '可点击“新建模板”下载示例工作簿查看',
      en: 'New template (新建模板) downloads the example workbook',
    },
  },
  /** Overwrite a 报告 edited by hand, or export it as it stands. */
  reportEdited: {
    cli: {
      zh: '如要按报告模板重新填充并覆盖，请加 --force；如要按现有报告导出 Word，请用 jixiao report --as-is',
      en: 'add --force to fill it again from the template and overwrite it, or run jixiao report --as-is to export it as it stands',
    },
    excel: {
      zh: '填充报告或导出 Word 时可选择“覆盖”或“按现有报告导出”',
      en: 'Fill report and Export Word ask whether to overwrite it or export it as it stands',
    },
    page: {
      zh: '导出 Word 时可选择“覆盖”（按模板重新生成）或“按现有报告导出”',
      en: 'Export Word asks whether to fill it again from the template or export it as it stands',
    },
  },
} as const satisfies Record<string, Record<Surface, { zh: string; en: string }>>;

/** The `{ action, actionEn }` params of a message naming an action on a surface. */
export function actionParams(
  action: keyof typeof SURFACE_ACTIONS,
  surface: Surface = 'cli',
): { action: string; actionEn: string } {
  const a = SURFACE_ACTIONS[action][surface];
  return { action: a.zh, actionEn: a.en };
}

/** zh-CN texts of the workbook package's issue codes. */
const zhCN = {
  'sheet.missing': (p) => `缺少工作表“${s(p, 'sheet')}”（${s(p, 'sheetEn')}）。${s(p, 'hint')}`,
  'sheet.noIndicators': (p) =>
    `没有任何指标行，无法评分。请在表头下方逐行填写一级指标、三级指标、目标值、实际值和分值（${s(p, 'action')}）。`,
  'report.defaultTemplate': (p) =>
    `没有可用的“报告模板”（缺少该工作表或其中没有段落），报告已按默认模板（示例报告的提纲）填写。如需使用自己的模板，请添加“报告模板”工作表（${s(p, 'action')}）。`,
  'report.edited': (p) =>
    `“${s(p, 'sheet')}”工作表在上次填充后被手工修改（${s(p, 'cells')}${Number(p.count) > 3 ? ` 等 ${s(p, 'count')} 处` : ''}），本次未覆盖，保留您的修改。${s(p, 'action')}。`,
  'report.editedOverwritten': (p) =>
    `“${s(p, 'sheet')}”工作表在上次填充后被手工修改（${s(p, 'cells')}${Number(p.count) > 3 ? ` 等 ${s(p, 'count')} 处` : ''}），已按要求重新填充并覆盖这些修改。`,
  'sheet.headerNotFound': (p) =>
    `在前 ${s(p, 'rows')} 行中找不到表头行，表头应包含列名：${s(p, 'columns')}。`,
  'column.missing': (p) =>
    `缺少必填列“${s(p, 'column')}”（${s(p, 'columnEn')}），该列的数据无法读取。请在第 ${s(p, 'headerRow')} 行表头中添加该列。`,
  'column.duplicate': (p) =>
    `列名“${s(p, 'column')}”重复出现，已使用第一次出现的 ${s(p, 'used')} 列，本列被忽略。`,
  'cell.excelError': (p) =>
    `单元格是 Excel 错误值 ${s(p, 'error')}，应为${s(p, 'expected')}。请修正公式或直接填写数值。`,
  'cell.formulaNoValue': (p) =>
    `公式“=${s(p, 'formula')}”没有保存计算结果（脚本或导出工具生成的文件常见），无法读取，应为${s(p, 'expected')}。请用 Excel 或 WPS 打开并保存该文件（会重新计算），或直接填入数值，然后重试。`,
  'row.farBelow': (p) =>
    `“${s(p, 'value')}”在表格最后一行下方 ${s(p, 'rows')} 行以外，不作为数据读取；如属表格内容，请删除中间的空行。`,
  'indicator.totalPoints': (p) =>
    `合计行的分值 ${s(p, 'total')} 与各指标分值之和 ${s(p, 'sum')} 不一致。合计行不计分，请核对各指标的分值或合计数。`,
  'output.changed': (p) =>
    `输出列“${s(p, 'column')}”中的“${s(p, 'value')}”是手工填写或改过的（本工具上次写入的是“${s(p, 'written')}”），已保留不覆盖（计算结果为 ${s(p, 'computed')}）。如需由工具填写，请清除该单元格。`,
  'output.merged': (p) =>
    `输出列“${s(p, 'column')}”的单元格位于合并区域 ${s(p, 'range')} 内，未写入（计算结果为 ${s(p, 'computed')}）。请取消合并后重试。`,
  'cell.formulaConstant': (p) =>
    `该单元格是公式“=${s(p, 'formula')}”，已按${s(p, 'read')}读取（在 Excel 中输入 =0、=100% 会变成公式；请输入 '=${s(p, 'formula')} 或 ＝${s(p, 'formula')}）`,
  'cell.formulaText': (p) =>
    `“=${s(p, 'formula')}”被保存成了公式（Excel 会显示 #NAME?，重新计算也无用），未能读取。请改为文本：输入 '=${s(p, 'formula')} 或 ＝${s(p, 'formula')}`,
  'cell.unitMerged': (p) => `按“${s(p, 'column')}”列读取为“${s(p, 'read')}”`,
  'cell.directionUnknown': (p) =>
    `指标性质“${s(p, 'value')}”无法识别，应为 正向、反向、≥、≤、=、大于等于、小于等于 或 等于；未采用`,
  'cell.notNumber': (p) => `“${s(p, 'value')}”不是数字，应为${s(p, 'expected')}。`,
  'cell.percentNotAllowed': (p) => `“${s(p, 'value')}”是百分比，这里应为${s(p, 'expected')}。`,
  'cell.unitMismatch': (p) =>
    `“${s(p, 'value')}”带单位“${s(p, 'unit')}”，与金额单位“${s(p, 'expectedUnit')}”不一致，应填写以${s(p, 'expectedUnit')}为单位的数字。`,
  'cell.required': (p) => `“${s(p, 'column')}”不能为空，应为${s(p, 'expected')}。`,
  'cell.notYesNo': (p) =>
    `“${s(p, 'value')}”无法识别，关键指标应填“是”或“否”（空白视为“否”），已按“否”处理。`,
  'info.missing': (p) =>
    `缺少“${s(p, 'item')}”，应在“项目”列填写“${s(p, 'item')}”并在“内容”列填写${s(p, 'expected')}。`,
  'info.badYear': (p) => `“${s(p, 'value')}”不是年份，评价年度应为四位年份（例如 2022）。`,
  'budget.monthlyUnread': () =>
    '该月支付用于计算支付进度（年中、三季度及序时进度）和均衡性，结果为暂定。',
  'budget.monthlyUnreadUnused': () =>
    '合计、小计行的月度支付不参与支付进度的计算，此值未使用，不影响结果。',
  'info.badUnit': (p) =>
    `“${s(p, 'value')}”无法识别，金额单位应为“万元”或“元”。金额暂按“万元”读取，但报告中的每个金额都取决于单位（若实为元，会相差一万倍），结果为暂定。`,
  'info.badGradeBands': (p) =>
    `“${s(p, 'value')}”无法识别，等级划分应写作“90/80/60”（优、良、中的下限，从高到低）；等级暂不评定。`,
  'output.formula': (p) =>
    `输出列“${s(p, 'column')}”中有公式“=${s(p, 'formula')}”，不是本工具写入的内容，已保留不覆盖（计算结果为 ${s(p, 'computed')}）。如需由工具填写，请清除该单元格。`,
  'output.foreign': (p) =>
    `输出列“${s(p, 'column')}”中有“${s(p, 'value')}”，不是本工具写入的内容，已保留不覆盖（计算结果为 ${s(p, 'computed')}）。如需由工具填写，请清除该单元格。`,
  'output.columnMissing': (p) =>
    `没有输出列“${s(p, 'column')}”，该列的计算结果不会写回工作簿；如需写回，请在表头中添加该列。`,
  'form.blockMissing': (p) =>
    `按“${s(p, 'layout')}”读取时找不到“${s(p, 'block')}”的表头（应有列：${s(p, 'columns')}），无法评分。`,
  'form.fundsRowMissing': (p) => `资金表中找不到“${s(p, 'label')}”行，执行率无法计算。`,
  'form.fundsTotalEmpty': (p) =>
    `“${s(p, 'label')}”行的金额为空或为 0，而其下各行有金额：按各行之和计算（全年预算数 ${s(p, 'budget')}，全年执行数 ${s(p, 'spent')}）。请在该行填写合计数。`,
  'form.fundsTotalMismatch': (p) =>
    `“${s(p, 'label')}”的${s(p, 'column')} ${s(p, 'total')} 与其下各行之和 ${s(p, 'sum')} 不一致，执行率无法确定。请核对金额。`,
  'form.rowUnscorable': (p) =>
    `“${s(p, 'name')}”既没有指标值，也没有完成值和得分，无法计分；总分暂定，等级暂不评定。请填写指标值和完成值。`,
  'form.scoreUnverifiable': (p) =>
    `“${s(p, 'name')}”没有指标值和完成值，表中得分 ${s(p, 'printed')} 无从核对，已按填写的得分计入。请补充指标值和完成值。`,
  'form.printedDiffers': (p) =>
    `表中${s(p, 'what')}为 ${s(p, 'printed')}，按表内数据计算应为 ${s(p, 'computed')}。原值未覆盖，请核对。`,
  'form.totalNotFound': (p) => `找不到“${s(p, 'label')}”单元格，总分不写入表中。`,
  'form.lostRule': (p) => `“${s(p, 'name')}”的${s(p, 'parts')}无法写入表格${s(p, 'tail')}`,
  'form.lostExecution': (p) =>
    `“${s(p, 'name')}”的${s(p, 'parts')}无法写入该表：表中预算执行率按执行率 ÷ 100% × 分值计分`,
  'form.lostGroup': (p) => `备选组“${s(p, 'group')}”（表中没有偏差原因栏）`,
  'form.lostManual': (p) => `人工得分 ${s(p, 'score')}（表中没有偏差原因栏）`,
  'form.lostDeduction': (p) => `扣分规则（评分参数 ${s(p, 'params') || '—'}）`,
  'form.lostMethod': (p) =>
    `评分方法“${s(p, 'method')}”${s(p, 'params') === '' ? '' : `（评分参数 ${s(p, 'params')}）`}`,
  'form.lostParams': (p) => `评分参数 ${s(p, 'params')}`,
  'form.lostInverseRatio': () => '反向计分方式“目标值/实际值”（基本信息）',
  'form.lostTarget': (p) => `目标值 ${s(p, 'target')}`,
  'form.lostTailNoMethod': (p) =>
    `，表格的年度指标值${s(p, 'target') === '' ? '为空' : `“${s(p, 'target')}”`}推断不出评分方法`,
  'form.lostTailInferred': (p) =>
    `，表格按年度指标值“${s(p, 'target')}”以“${s(p, 'inferred')}”计分`,
  'form.readBack': (p) =>
    `“${s(p, 'item')}”按表格读回为 ${s(p, 'got')}，工作簿为 ${s(p, 'expected')}，请核对该项。`,
  'rules.invalid': (p) =>
    `规则“${s(p, 'rule')}”写作“${s(p, 'value')}”，无法识别，应为 ${s(p, 'expected')}；该规则未应用，得分暂定。`,
  'project.noIndicators': (p) =>
    `所属项目“${s(p, 'project')}”在绩效指标表中没有指标，无法评分（请在绩效指标的“所属项目”列填写该项目的指标，或核对项目名称）。`,
} satisfies Record<string, Template>;

/** A code of the workbook package's issues (reader, forms, planner, pipeline). */
export type WorkbookIssueCode = keyof typeof zhCN;

/** en-US texts of the workbook package's issue codes. */
const enUS: Record<WorkbookIssueCode, Template> = {
  'sheet.missing': (p) =>
    `The sheet "${s(p, 'sheet')}" (${s(p, 'sheetEn')}) is missing. ${s(p, 'hintEn')}`,
  'sheet.noIndicators': (p) =>
    `There are no indicator rows, so nothing can be scored. Fill one row per indicator under the header (level 1, indicator, target, actual, points; ${s(p, 'actionEn')}).`,
  'report.defaultTemplate': (p) =>
    `There is no usable 报告模板 (Report template) sheet (missing or without paragraphs), so the report follows the default template (the sample report's outline). To use your own, add a 报告模板 sheet (${s(p, 'actionEn')}).`,
  'report.edited': (p) =>
    `The "${s(p, 'sheet')}" sheet was edited by hand after the last fill (${s(p, 'cells')}${Number(p.count) > 3 ? `, ${s(p, 'count')} cells in all` : ''}); it was not overwritten and your edits are kept. ${s(p, 'actionEn')}.`,
  'report.editedOverwritten': (p) =>
    `The "${s(p, 'sheet')}" sheet had been edited by hand after the last fill (${s(p, 'cells')}${Number(p.count) > 3 ? `, ${s(p, 'count')} cells in all` : ''}); as asked, it was filled again and those edits overwritten.`,
  'sheet.headerNotFound': (p) =>
    `No header row in the first ${s(p, 'rows')} rows; the header should name the columns ${s(p, 'columnsEn')}.`,
  'column.missing': (p) =>
    `The required column "${s(p, 'column')}" (${s(p, 'columnEn')}) is missing; add it to the header in row ${s(p, 'headerRow')}.`,
  'column.duplicate': (p) =>
    `The column "${s(p, 'column')}" appears twice; column ${s(p, 'used')} is used and this one ignored.`,
  'cell.excelError': (p) =>
    `The cell holds the Excel error ${s(p, 'error')}; expected ${s(p, 'expectedEn')}. Fix the formula or type the value.`,
  'cell.formulaNoValue': (p) =>
    `The formula "=${s(p, 'formula')}" was saved without its computed value (common in files written by scripts or exporters), so it cannot be read; expected ${s(p, 'expectedEn')}. Open and save the file in Excel or WPS (which recalculates), or type the values, then retry.`,
  'row.farBelow': (p) =>
    `"${s(p, 'value')}" is more than ${s(p, 'rows')} rows below the table's last line and is not read as data; delete the blank rows in between if it belongs to the table.`,
  'indicator.totalPoints': (p) =>
    `The total row's points ${s(p, 'total')} differ from the sum of the indicators' points ${s(p, 'sum')}. The total row is not scored; check the indicators' points or the total.`,
  'output.changed': (p) =>
    `The output column "${s(p, 'columnEn')}" holds "${s(p, 'value')}", typed or changed by hand (the tool last wrote "${s(p, 'written')}"); it is kept (computed: ${s(p, 'computed')}). Clear the cell to let the tool fill it.`,
  'output.merged': (p) =>
    `The output cell of "${s(p, 'columnEn')}" lies in the merged area ${s(p, 'range')} and is not written (computed: ${s(p, 'computed')}). Unmerge it and retry.`,
  'cell.formulaConstant': (p) =>
    `The cell holds the formula "=${s(p, 'formula')}", read as ${s(p, 'read')} (typing =0 or =100% in Excel makes a formula; type '=${s(p, 'formula')} or ＝${s(p, 'formula')})`,
  'cell.formulaText': (p) =>
    `"=${s(p, 'formula')}" was saved as a formula (Excel shows #NAME?; recalculating does not help) and cannot be read. Type it as text: '=${s(p, 'formula')} or ＝${s(p, 'formula')}`,
  'cell.unitMerged': (p) => `Read as "${s(p, 'read')}" with the ${s(p, 'columnEn')} column`,
  'cell.directionUnknown': (p) =>
    `The direction "${s(p, 'value')}" is not understood (use 正向, 反向, ≥, ≤ or =); not used`,
  'cell.notNumber': (p) => `"${s(p, 'value')}" is not a number; expected ${s(p, 'expectedEn')}.`,
  'cell.percentNotAllowed': (p) =>
    `"${s(p, 'value')}" is a percentage; expected ${s(p, 'expectedEn')}.`,
  'cell.unitMismatch': (p) =>
    `"${s(p, 'value')}" carries the unit ${s(p, 'unit')} but amounts are in ${s(p, 'expectedUnit')}; type a number in ${s(p, 'expectedUnit')}.`,
  'cell.required': (p) =>
    `"${s(p, 'columnEn')}" must not be empty; expected ${s(p, 'expectedEn')}.`,
  'cell.notYesNo': (p) =>
    `"${s(p, 'value')}" is not recognised; 关键指标 (Key) expects 是 or 否 (blank means 否). Read as 否.`,
  'info.missing': (p) =>
    `"${s(p, 'item')}" (${s(p, 'itemEn')}) is missing; add it with ${s(p, 'expectedEn')}.`,
  'info.badYear': (p) =>
    `"${s(p, 'value')}" is not a year; 评价年度 (Year) expects a four-digit year such as 2022.`,
  'budget.monthlyUnread': () =>
    "The month's payments feed payment progress (mid-year, third quarter, against the time schedule) and its balance, so the result is provisional.",
  'budget.monthlyUnreadUnused': () =>
    'Monthly payments on a total or subtotal row do not enter payment progress; this value is not used and does not change the result.',
  'info.badUnit': (p) =>
    `"${s(p, 'value')}" is not recognised; 金额单位 (Unit) expects 万元 or 元. Amounts are read as 万元 for now, but every amount printed depends on the unit (10,000 times off if they are in 元), so the result is provisional.`,
  'info.badGradeBands': (p) =>
    `"${s(p, 'value')}" is not recognised; 等级划分 (Grade bands) expects lower bounds like 90/80/60, highest first. No grade is given until it is fixed.`,
  'output.formula': (p) =>
    `The output column "${s(p, 'columnEn')}" holds the formula "=${s(p, 'formula')}", which the tool did not write; it is left alone (computed: ${s(p, 'computed')}). Clear the cell to let the tool fill it.`,
  'output.foreign': (p) =>
    `The output column "${s(p, 'columnEn')}" holds "${s(p, 'value')}", which the tool did not write; it is left alone (computed: ${s(p, 'computed')}). Clear the cell to let the tool fill it.`,
  'output.columnMissing': (p) =>
    `There is no output column "${s(p, 'columnEn')}"; its results are not written back. Add the column to the header to get them.`,
  'form.blockMissing': (p) =>
    `Reading as "${s(p, 'layout')}": the header of "${s(p, 'block')}" (columns ${s(p, 'columns')}) is not found; the form cannot be scored.`,
  'form.fundsRowMissing': (p) =>
    `The funds block has no "${s(p, 'label')}" row; the execution rate cannot be computed.`,
  'form.fundsTotalEmpty': (p) =>
    `The "${s(p, 'label')}" row is empty or zero while its parts carry amounts: their sums are used (budget ${s(p, 'budget')}, spent ${s(p, 'spent')}). Fill in the totals.`,
  'form.fundsTotalMismatch': (p) =>
    `The ${s(p, 'column')} of "${s(p, 'label')}" (${s(p, 'total')}) differs from the sum of its parts (${s(p, 'sum')}); the execution rate is unknown. Check the amounts.`,
  'form.rowUnscorable': (p) =>
    `"${s(p, 'name')}" has no target, no actual value and no score, so it cannot be scored; the total is provisional and no grade is given. Fill in the target and the actual value.`,
  'form.scoreUnverifiable': (p) =>
    `"${s(p, 'name')}" has no target and no actual value: the printed score ${s(p, 'printed')} cannot be checked and is counted as typed. Add the target and the actual value.`,
  'form.printedDiffers': (p) =>
    `The form prints ${s(p, 'whatEn')} ${s(p, 'printed')}; its own data gives ${s(p, 'computed')}. The printed value is kept; check it.`,
  'form.totalNotFound': (p) =>
    `No "${s(p, 'label')}" cell was found; the total is not written into the form.`,
  'form.lostRule': (p) =>
    `the form cannot state ${s(p, 'parts')} of "${s(p, 'name')}"${s(p, 'tail')}`,
  'form.lostExecution': (p) =>
    `the form cannot state ${s(p, 'parts')} of "${s(p, 'name')}": it scores 预算执行率 as rate ÷ 100% × points`,
  'form.lostGroup': (p) =>
    `the alternative group "${s(p, 'group')}" (the form has no 偏差原因 column)`,
  'form.lostManual': (p) => `the manual score ${s(p, 'score')} (the form has no 偏差原因 column)`,
  'form.lostDeduction': (p) => `the deduction rule (parameters ${s(p, 'params') || '—'})`,
  'form.lostMethod': (p) =>
    `the method "${s(p, 'method')}"${s(p, 'params') === '' ? '' : ` (parameters ${s(p, 'params')})`}`,
  'form.lostParams': (p) => `the parameters ${s(p, 'params')}`,
  'form.lostInverseRatio': () => 'the 反向 variant "target/actual" (基本信息)',
  'form.lostTarget': (p) => `the target ${s(p, 'target')}`,
  'form.lostTailNoMethod': (p) =>
    `; the form's target ${s(p, 'target') === '' ? 'is empty and' : `"${s(p, 'target')}"`} implies no method`,
  'form.lostTailInferred': (p) =>
    `; the form scores it as "${s(p, 'inferred')}" from its target "${s(p, 'target')}"`,
  'form.readBack': (p) =>
    `"${s(p, 'item')}" reads back from the form as ${s(p, 'got')}, the workbook says ${s(p, 'expected')}; check it.`,
  'rules.invalid': (p) =>
    `the rule ${s(p, 'rule')} reads "${s(p, 'value')}", which does not parse; expected ${s(p, 'expected')}. Not applied; the scores are provisional.`,
  'project.noIndicators': (p) =>
    `the project "${s(p, 'project')}" has no indicator in 绩效指标 and cannot be scored (add its indicators with this 所属项目, or check the name).`,
};

/** The workbook package's message maps, per locale, keyed by issue code. */
export const WORKBOOK_MESSAGES: Readonly<
  Record<Locale, Readonly<Record<WorkbookIssueCode, Template>>>
> = { 'zh-CN': zhCN, 'en-US': enUS };

/** True for a code of the workbook package's issues. */
export function isWorkbookIssueCode(code: string): code is WorkbookIssueCode {
  return Object.hasOwn(zhCN, code);
}

/** A code of the form reader and planner. */
export type FormIssueCode = Extract<WorkbookIssueCode, `form.${string}`>;

/** Codes that mark a publisher's mistake (a printed output its own data does not support). */
export const MISTAKE_CODES: ReadonlySet<string> = new Set<FormIssueCode>([
  'form.printedDiffers',
  'form.scoreUnverifiable',
]);
