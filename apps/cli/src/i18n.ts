/** The command line's own texts, Chinese first, English second. */

import type { Locale } from '@jixiao/engine';

/** The command line's language: the one `Locale` of every package. */
export type Lang = Locale;

/** The key of a text in the zh/en tables below. */
const key = (lang: Lang): 'zh' | 'en' => (lang === 'en-US' ? 'en' : 'zh');

/**
 * The language from `--lang`, else from `JIXIAO_LANG`, else Chinese. The system locale (LANG,
 * LC_ALL) is not consulted: a clerk on an English system still gets Chinese unless asked.
 */
export function detectLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang | undefined {
  const wanted = flag ?? env.JIXIAO_LANG;
  if (wanted === undefined || wanted === '') return 'zh-CN';
  if (/^en/i.test(wanted)) return 'en-US';
  if (/^zh/i.test(wanted)) return 'zh-CN';
  return undefined;
}

const HELP_MAIN = {
  zh: `jixiao — 绩效自评助手（部门整体支出绩效自评）

用法：jixiao <命令> [选项]

命令：
  init <文件.xlsx> [--example]          新建符合模板的空工作簿（--example：广州市人民政府办公厅 2022 示例）
  score <文件.xlsx> [-o 输出.xlsx]      校验、评分并写出结果工作簿（默认 <文件名>.scored.xlsx）
        [--json] [--in-place] [--detail] --json 输出 JSON；--in-place 写回原文件；--detail 逐项说明得分
        [--rule 名称=值]                省级规则（执行率分母、执行率计分、执行率封顶、偏离扣分）
  score <文件夹> [-o 输出文件夹]        部门的一组自评表（每个文件一张），逐个评分并列出各项目汇总
  report <文件.xlsx> [-o 报告.docx]      按“报告模板”填写自评报告并导出 Word
        [--fonts windows|gb2312] [--force] [--as-is]  --as-is 按“报告”工作表现有内容导出
  batch <文件夹> [-o 汇总.xlsx]          批量评分文件夹中的全部工作簿（多核并行），写出汇总表
  forms <文件.xlsx> [-o 自评表.xlsx]     把工作簿写成官方自评表（部门整体表 + 每个所属项目一张项目支出绩效自评表）
        [--layout national|guangdong|chongqing] [--rule 名称=值]
  rules <自评表.xlsx> --rule 名称=值     给官方自评表工作簿添加或更新“规则”工作表（省级规则）

通用选项：
  --lang zh|en   输出语言（默认中文；也可设环境变量 JIXIAO_LANG=en）
  -h, --help     显示帮助（可用于每个命令：jixiao score --help）
  -v, --version  显示版本

环境变量：
  JIXIAO_LANG                  输出语言 zh 或 en（--lang 优先）
  JIXIAO_MAX_UNCOMPRESSED_MB   工作簿解压后的大小上限（MiB，默认单个部件 256、合计 1024）

退出码：0 完成；1 数据或报告模板有错误（report 此时不写出文件，除非 --force），或“报告”工作表被手工修改而未覆盖；2 用法或文件错误。`,
  en: `jixiao — performance self-evaluation assistant (部门整体支出绩效自评)

Usage: jixiao <command> [options]

Commands:
  init <file.xlsx> [--example]          create an empty workbook following the contract (--example: the 2022 example)
  score <file.xlsx> [-o out.xlsx]       validate, score and write the scored workbook (default <name>.scored.xlsx)
        [--json] [--in-place] [--detail] --json prints JSON; --in-place writes back; --detail explains each indicator
        [--rule name=value]             province rules (执行率分母, 执行率计分, 执行率封顶, 偏离扣分)
  score <folder> [-o out-folder]        a department's set of forms (one per file): each scored, then a summary
  report <file.xlsx> [-o report.docx]   fill the report from 报告模板 and export it to Word
        [--fonts windows|gb2312] [--force] [--as-is]  --as-is exports the 报告 sheet as it stands
  batch <folder> [-o summary.xlsx]      score every workbook in a folder in parallel and write a summary
  forms <file.xlsx> [-o forms.xlsx]     write the official forms (部门整体 table + one 项目支出绩效自评表 per project)
        [--layout national|guangdong|chongqing] [--rule name=value]
  rules <forms.xlsx> --rule name=value  add or update the 规则 sheet (province rules) of a workbook of forms

Options everywhere:
  --lang zh|en   output language (default Chinese; or set JIXIAO_LANG=en)
  -h, --help     show help (also per command: jixiao score --help)
  -v, --version  show the version

Environment:
  JIXIAO_LANG                  output language zh or en (--lang wins)
  JIXIAO_MAX_UNCOMPRESSED_MB   size limit of a workbook once uncompressed (MiB; default 256 per part, 1024 in total)

Exit codes: 0 done; 1 data or template errors (report then writes no file unless --force), or a 报告 sheet edited by hand left as it is; 2 usage or file errors.`,
};

const HELP = {
  init: {
    zh: `用法：jixiao init <文件.xlsx> [--example] [--force]

新建一个符合工作簿约定的工作簿：基本信息、预算执行、绩效指标、报告模板、报告，带表头、列宽、
数字格式、下拉列表和冻结表头。
  --example   写入示例数据（广州市人民政府办公厅 2022 年度）
  --force     目标文件已存在时覆盖（默认不覆盖）`,
    en: `Usage: jixiao init <file.xlsx> [--example] [--force]

Create a workbook following the contract: 基本信息, 预算执行, 绩效指标, 报告模板, 报告, with headers,
widths, number formats, drop-down lists and frozen header rows.
  --example   fill it with the example (广州市人民政府办公厅 2022)
  --force     overwrite an existing file (default: refuse)`,
  },
  score: {
    zh: `用法：jixiao score <文件.xlsx> [-o 输出.xlsx] [--json] [--in-place] [--detail] [--force] [--rule 名称=值 …]

校验并评分，只写输出列（支付率、完成率、得分、扣分、由数据来源计算的实际值）和“报告”工作表；
其他内容（图表、数据透视表、图片、批注、名称、数据验证、条件格式、样式、其他工作表）原样保留。
  -o, --output <文件>   结果写到该文件（默认与输入同目录的 <文件名>.scored.xlsx）
  --in-place            直接写回输入文件
  --json                输出一个 JSON 对象（department、year、score、grade、rates、totals、indicators、deductions、issues）
  --detail              逐项列出每个指标的分值、得分和得分说明
  --force               “报告”工作表在上次填充后被手工修改时，仍按报告模板重新填充并覆盖
                        （默认保留手工修改、给出提示，退出码为 1）
  --rule 名称=值        省级规则，可重复，替换基本信息中的同名项：执行率分母=年初预算数、
                        执行率计分=100%:10;80%:7;60%:5;0:0、执行率封顶=80%:89;70%:79;60%:69;50%:59、
                        偏离扣分=130%:2（见 docs/rules.md）
官方自评表（项目支出绩效自评表、各省部门整体自评表）在原表中填写执行率、得分和总分。
score <文件夹>：文件夹中每个文件一张表（或一个工作簿），逐个评分（-o 为输出文件夹），最后列出各项目汇总。`,
    en: `Usage: jixiao score <file.xlsx> [-o out.xlsx] [--json] [--in-place] [--detail] [--force] [--rule name=value …]

Validate and score; writes only the output columns (支付率, 完成率, 得分, 扣分, computed 实际值) and the
报告 sheet; everything else (charts, pivot tables, images, comments, names, validation, conditional
formats, styles, other sheets) is kept as it is.
  -o, --output <file>   write the result there (default <name>.scored.xlsx next to the input)
  --in-place            write back into the input file
  --json                print one JSON object (department, year, score, grade, rates, totals, indicators, deductions, issues)
  --detail              list every indicator with its points, score and the explanation of the score
  --force               fill the 报告 sheet again even when it was edited by hand since the last fill
                        (default: keep the edits, say so, exit code 1)
  --rule name=value     a province rule, repeatable, replacing the 基本信息 item of that name:
                        执行率分母=年初预算数, 执行率计分=100%:10;80%:7;60%:5;0:0,
                        执行率封顶=80%:89;70%:79;60%:69;50%:59, 偏离扣分=130%:2 (docs/rules.md)
Official forms (项目支出绩效自评表, provincial 部门整体 tables) are scored in place.
score <folder>: one form (or workbook) per file, each scored (-o names an output folder), then a
per-project summary.`,
  },
  report: {
    zh: `用法：jixiao report <文件.xlsx> [-o 报告.docx] [--fonts windows|gb2312] [--brief] [--force] [--as-is]

评分后按“报告模板”工作表填写自评报告，导出为 Word 文档（GB/T 9704 版式）。输入文件不会被修改。
先列出与 score 相同的问题和报告模板的问题（未知占位符、未闭合的 {{、未知样式为错误；未填写的“（请…）”
提示和空列表为警告）。有错误时不写出文件、退出码为 1，除非使用 --force。
工作簿没有“报告模板”工作表时使用默认模板（并给出警告）。
“报告”工作表在上次填充后被手工修改时，不导出按模板填写的报告（退出码 1）并指出修改过的单元格：
用 --as-is 按现有报告导出，或用 --force 按模板导出。
  -o, --output <文件>   Word 文件（默认与输入同目录的 <文件名>.docx）
  --fonts <字体>        gb2312（默认）：仿宋_GB2312、楷体_GB2312 等标准字体名；
                        windows：仿宋、楷体、黑体（Windows 自带，电脑上没有 _GB2312 字体时使用）
  --brief               指标得分表不含年度指标值、实际完成值和偏差原因三列
  --force               有错误时，或“报告”被手工修改时，仍按模板写出报告
  --as-is               按“报告”工作表现有内容（含手工修改）导出，不按模板重新填写`,
    en: `Usage: jixiao report <file.xlsx> [-o report.docx] [--fonts windows|gb2312] [--brief] [--force] [--as-is]

Score, fill the report from the 报告模板 sheet and export it to Word (GB/T 9704 layout). The input is not modified.
Prints the same issues as score plus the template's (unknown placeholders, unclosed {{ and unknown styles are
errors; leftover "（请…）" prompts and empty lists are warnings). With any error no file is written and the
exit code is 1, unless --force. Without a 报告模板 sheet the default template is used (with a warning).
When the 报告 sheet was edited by hand since the last fill, the filled report is not exported (exit code 1)
and the edited cells are named: --as-is exports the sheet as it stands, --force the filled report.
  -o, --output <file>   the Word file (default <name>.docx next to the input)
  --fonts <profile>     gb2312 (default): the standard names 仿宋_GB2312, 楷体_GB2312 …;
                        windows: 仿宋, 楷体, 黑体 as Windows ships them (when a PC lacks the _GB2312 fonts)
  --brief               leave 年度指标值, 实际完成值 and 偏差原因 out of the 指标得分表
  --force               write the filled report even with errors or a 报告 sheet edited by hand
  --as-is               export the 报告 sheet as it stands (with your edits) instead of filling it again`,
  },
  batch: {
    zh: `用法：jixiao batch <文件夹> [-o 汇总.xlsx] [--out-dir 目录] [--jobs N]

并行评分文件夹中的每个 .xlsx 工作簿（不含 *.scored.xlsx），写出每个评分后的工作簿和一份汇总表
（每个部门一行：得分、等级、支付率、问题数）。某个文件损坏时报告该文件，其余照常处理。
  -o, --output <文件>   汇总表（默认 <文件夹>/汇总.xlsx）
  --out-dir <目录>      评分后的工作簿写到该目录（不存在时自动创建；默认与各输入文件同目录）
  --jobs <N>            并行数（默认 CPU 核数）`,
    en: `Usage: jixiao batch <folder> [-o summary.xlsx] [--out-dir dir] [--jobs N]

Score every .xlsx workbook in a folder (except *.scored.xlsx) in parallel; write each scored workbook
and a summary (one row per department: score, grade, rates, issue counts). A broken file is reported
and the rest are still processed.
  -o, --output <file>   the summary workbook (default <folder>/汇总.xlsx)
  --out-dir <dir>       where scored workbooks go (created when missing; default next to each input)
  --jobs <N>            parallel workers (default: the number of CPU cores)`,
  },
  forms: {
    zh: `用法：jixiao forms <文件.xlsx> [-o 自评表.xlsx] [--layout national|guangdong|chongqing] [--rule 名称=值 …]

评分后把工作簿写成官方自评表，写入一个新工作簿（原工作簿不变）：部门整体表（按 --layout 选择的版式），
以及“所属项目”列中每个项目一张项目支出绩效自评表（财预〔2020〕10号 附1）。表格为正式表样：合并标题、
边框、仿宋字体、A4 横向、每页重复表头、金额 0.00、执行率 0.00%、得分 0.00。有省级规则时另加“规则”工作表。
写出后用表格评分器读回核对：执行率、各项得分和总分与工作簿不一致时逐项列出，退出码为 1。
  -o, --output <文件>   输出工作簿（默认与输入同目录的 <文件名>.自评表.xlsx）
  --layout <版式>       部门整体表的版式：national（默认，全国通用）、guangdong（广东）、chongqing（重庆）
  --rule 名称=值        省级规则，可重复（见 score --help）`,
    en: `Usage: jixiao forms <file.xlsx> [-o forms.xlsx] [--layout national|guangdong|chongqing] [--rule name=value …]

Score, then write the official forms into a new workbook (the input is not changed): the 部门整体 table in the
layout chosen, and one 项目支出绩效自评表 (财预〔2020〕10号 附1) per project of 所属项目, in official table style
(merged title, borders, 仿宋, A4 landscape, header rows repeated on every page, 0.00 / 0.00% formats), plus a
规则 sheet when province rules are in effect. The written forms are read back by the form scorer; any 执行率,
得分 or 总分 that differs is listed and the exit code is 1.
  -o, --output <file>   the workbook to write (default <name>.自评表.xlsx next to the input)
  --layout <layout>     the 部门整体 table: national (default), guangdong, chongqing
  --rule name=value     a province rule, repeatable (see score --help)`,
  },
  rules: {
    zh: `用法：jixiao rules <自评表.xlsx> --rule 名称=值 … [-o 输出.xlsx | --in-place]

给官方自评表工作簿（没有“基本信息”）添加或更新“规则”工作表，写明省级规则（执行率分母、执行率计分、
执行率封顶、偏离扣分）；jixiao score 读取该表并用于每一张自评表。只添加“规则”工作表，其余内容原样保留。
  --rule 名称=值        规则，可重复，如 执行率封顶=80%:89;70%:79;60%:69;50%:59
  -o, --output <文件>   写到该文件（默认 <文件名>.rules.xlsx）
  --in-place            直接写回输入文件`,
    en: `Usage: jixiao rules <forms.xlsx> --rule name=value … [-o out.xlsx | --in-place]

Add or update the 规则 sheet of a workbook of official forms (which has no 基本信息), stating province rules
(执行率分母, 执行率计分, 执行率封顶, 偏离扣分); jixiao score reads it and applies it to every form. Only the
规则 sheet is added; everything else is kept as it is.
  --rule name=value     a rule, repeatable, e.g. 执行率封顶=80%:89;70%:79;60%:69;50%:59
  -o, --output <file>   write there (default <name>.rules.xlsx)
  --in-place            write back into the input file`,
  },
} as const;

export type CommandName = keyof typeof HELP;

/** Help text of the program or of one command. */
export function helpText(lang: Lang, command?: CommandName): string {
  return command === undefined ? HELP_MAIN[key(lang)] : HELP[command][key(lang)];
}

const M = {
  unknownCommand: {
    zh: '未知命令：{0}。可用命令：init、score、report、batch、forms、rules（jixiao --help 查看帮助）',
    en: 'Unknown command: {0}. Commands: init, score, report, batch, forms, rules (see jixiao --help)',
  },
  badLang: { zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' },
  badArgs: {
    zh: '参数错误：{0}（jixiao {1} --help 查看用法）',
    en: 'Invalid arguments: {0} (see jixiao {1} --help)',
  },
  needFile: { zh: '请指定一个 .xlsx 文件', en: 'Give one .xlsx file' },
  needFolder: { zh: '请指定一个文件夹', en: 'Give one folder' },
  needOutput: { zh: '请用 -o 指定输出文件', en: 'Give the output file with -o' },
  notFound: { zh: '找不到文件：{0}', en: 'File not found: {0}' },
  notAFile: { zh: '不是文件：{0}', en: 'Not a file: {0}' },
  notAFolder: { zh: '不是文件夹：{0}', en: 'Not a folder: {0}' },
  cannotRead: { zh: '无法读取 {0}：{1}', en: 'Cannot read {0}: {1}' },
  cannotWrite: { zh: '无法写入 {0}：{1}', en: 'Cannot write {0}: {1}' },
  fileError: { zh: '{0}：{1}', en: '{0}: {1}' },
  exists: {
    zh: '文件已存在：{0}（用 --force 覆盖）',
    en: 'File exists: {0} (use --force to overwrite)',
  },
  inPlaceAndOutput: {
    zh: '--in-place 与 -o 不能同时使用',
    en: '--in-place and -o cannot be used together',
  },
  ruleUnknown: {
    zh: '--rule：未知规则“{0}”，可用：{1}（写作 名称=值）',
    en: '--rule: unknown rule "{0}"; rules: {1} (write name=value)',
  },
  ruleInvalid: {
    zh: '--rule：{0}“{1}”无法识别，应写作{2}',
    en: '--rule: {0} "{1}" cannot be read; write {2}',
  },
  sameAsInput: {
    zh: '输出文件与输入文件相同：{0}。如确需写回原文件，请使用 --in-place',
    en: 'The output is the input file: {0}. Use --in-place to write back into it',
  },
  created: { zh: '已创建：{0}', en: 'Created: {0}' },
  wrote: { zh: '已写入：{0}', en: 'Wrote: {0}' },
  wroteCells: {
    zh: '已写入：{0}（更新 {1} 个单元格{2}）',
    en: 'Wrote: {0} ({1} cells updated{2})',
  },
  withReport: { zh: '，填写“报告”工作表', en: ', filled the 报告 sheet' },
  notScored: {
    zh: '无法评分：数据有错误，请按下列提示修改后重试。',
    en: 'Could not score: the data has errors; fix the issues below and retry.',
  },
  badExtension: {
    zh: '输出文件应以 {1} 结尾：{0}（{2}）',
    en: 'The output file should end in {1}: {0} ({2})',
  },
  scoreWritesXlsx: {
    zh: 'score 写出的是 Excel 工作簿；要生成 Word 报告请用 jixiao report',
    en: 'score writes an Excel workbook; use jixiao report for the Word report',
  },
  reportWritesDocx: {
    zh: 'report 写出的是 Word 文档；要写出评分后的工作簿请用 jixiao score',
    en: 'report writes a Word document; use jixiao score for the scored workbook',
  },
  summaryIsXlsx: { zh: '汇总表是 Excel 工作簿', en: 'the summary is an Excel workbook' },
  isAFolder: {
    zh: '输出路径是一个文件夹：{0}；请在后面加上文件名',
    en: 'The output path is a folder: {0}; add a file name',
  },
  outDirIsFile: {
    zh: '--out-dir 指向的是文件而不是文件夹：{0}',
    en: '--out-dir names a file, not a folder: {0}',
  },
  cannotCreateDir: {
    zh: '无法创建文件夹 {0}：{1}',
    en: 'Cannot create the folder {0}: {1}',
  },
  unknownOption: {
    zh: '未知选项 {0}',
    en: 'unknown option {0}',
  },
  missingValue: {
    zh: '选项 {0} 需要一个值',
    en: 'option {0} needs a value',
  },
  extraArgument: {
    zh: '多余的参数“{0}”',
    en: 'unexpected argument "{0}"',
  },
  badFonts: {
    zh: '--fonts 只能是 windows 或 gb2312',
    en: '--fonts must be windows or gb2312',
  },
  reportBlocked: {
    zh: '报告未生成：有 {0} 个错误（见上）。请修改后重试；如确需输出，请加 --force。',
    en: 'No report written: {0} errors (see above). Fix them and retry, or add --force.',
  },
  reportEditedKept: {
    zh: '注意：“{0}”工作表在上次填充后被手工修改（{1}），已保留未覆盖（退出码 1）。如要按报告模板重新填充，请加 --force；如要按现有报告导出 Word，请用 jixiao report --as-is。',
    en: 'Note: the "{0}" sheet was edited by hand after the last fill ({1}) and was kept, not overwritten (exit code 1). Add --force to fill it again from the template, or run jixiao report --as-is to export it as it stands.',
  },
  reportEditedBlocked: {
    zh: '报告未生成：“{0}”工作表在上次填充后被手工修改（{1}），按模板导出会丢失这些修改。请用 --as-is 按现有报告导出，或加 --force 按模板导出。',
    en: 'No report written: the "{0}" sheet was edited by hand after the last fill ({1}); a report filled from the template would lose those edits. Use --as-is to export it as it stands, or --force to export the filled report.',
  },
  asIsEmpty: {
    zh: '“报告”工作表不存在或没有内容，无法按现有报告导出；请先填充报告（jixiao score），或去掉 --as-is 按模板导出。',
    en: 'There is no 报告 sheet, or it is empty, so there is nothing to export as it stands; fill it first (jixiao score) or drop --as-is.',
  },
  reportForced: {
    zh: '注意：有 {0} 个错误，已按 --force 仍然写出报告，发布前请核对。',
    en: 'Note: {0} errors; the report was written anyway (--force). Check it before publishing.',
  },
  detail: { zh: '逐项得分', en: 'Indicators' },
  noWorkbooks: {
    zh: '文件夹中没有 .xlsx 或 .xlsm 工作簿：{0}',
    en: 'No .xlsx or .xlsm workbooks in {0}',
  },
  batchSkipped: { zh: '跳过 {0}：{1}', en: 'Skipped {0}: {1}' },
  skip_lockFile: {
    zh: 'Excel/WPS 打开文件时生成的临时文件',
    en: 'a lock file Excel or WPS keeps while the file is open',
  },
  skip_hidden: { zh: '隐藏文件', en: 'a hidden file' },
  skip_output: { zh: '本工具写出的评分结果', en: 'a scored output of this tool' },
  skip_summary: { zh: '本次写出的汇总表', en: 'the summary this run writes' },
  skip_oldFormat: {
    zh: '不支持的表格格式，请在 Excel 或 WPS 中另存为 .xlsx',
    en: 'an unsupported spreadsheet format; save it as .xlsx in Excel or WPS',
  },
  skip_notWorkbook: { zh: '不是 .xlsx 或 .xlsm 工作簿', en: 'not an .xlsx or .xlsm workbook' },
  batchStart: {
    zh: '评分 {0} 个工作簿（{1} 个并行）…',
    en: 'Scoring {0} workbooks ({1} in parallel)…',
  },
  batchOk: { zh: '[{0}/{1}] {2}：{3} 分（{4}）', en: '[{0}/{1}] {2}: {3} ({4})' },
  batchUnscored: {
    zh: '[{0}/{1}] {2}：无法评分（{3} 个错误）',
    en: '[{0}/{1}] {2}: not scored ({3} errors)',
  },
  batchFailed: { zh: '[{0}/{1}] {2}：{3}', en: '[{0}/{1}] {2}: {3}' },
  batchForms: {
    zh: '[{0}/{1}] {2}：{3} 张自评表，{4}',
    en: '[{0}/{1}] {2}: {3} forms, {4}',
  },
  dupUnit: {
    zh: '警告：单位“{0}”出现在多个表中：{1}',
    en: 'Warning: the unit "{0}" appears in several tables: {1}',
  },
  dupProject: {
    zh: '警告：项目“{0}”出现在多个表中：{1}',
    en: 'Warning: the project "{0}" appears in several tables: {1}',
  },
  batchDone: {
    zh: '完成：{0} 个已评分，{1} 个暂定或无法评分，{2} 个文件错误；用时 {3} 秒。汇总：{4}',
    en: 'Done: {0} scored, {1} provisional or not scored, {2} file errors in {3} s. Summary: {4}',
  },
  batchReportEdited: {
    zh: '注意：{0} 的“报告”工作表在上次填充后被手工修改（{1}），已保留未覆盖。如要重新填充，请对该文件运行 jixiao score --force。',
    en: 'Note: the 报告 sheet of {0} was edited by hand after the last fill ({1}) and was kept, not overwritten. Run jixiao score --force on that file to fill it again.',
  },
  batchReportEditedCount: {
    zh: '其中 {0} 个工作簿的“报告”被手工修改，已保留未覆盖（退出码 1）。',
    en: '{0} workbooks have a 报告 edited by hand, kept, not overwritten (exit code 1).',
  },
  scoreLine: { zh: '自评得分', en: 'Score' },
  scoreRateLine: { zh: '得分率', en: 'Score rate' },
  scoreRateOf: { zh: '{0}（总分值 {1} 分）', en: '{0} (of {1} points)' },
  provisionalScoreLine: { zh: '暂定得分', en: 'Provisional score' },
  provisionalUnscored: {
    zh: '（{0} 项未能计分，等级暂不评定）',
    en: ' ({0} not scored; no grade until the errors are fixed)',
  },
  provisionalErrors: {
    zh: '（{0} 个错误未解决，等级暂不评定）',
    en: ' ({0} errors; no grade until they are fixed)',
  },
  provisional: { zh: '暂定，等级暂不评定', en: 'provisional, no grade' },
  gradeLine: { zh: '等级', en: 'Grade' },
  budgetLine: { zh: '全年预算数', en: 'Budget' },
  spentLine: { zh: '全年执行数', en: 'Spent' },
  rateOverall: { zh: '整体支付率', en: 'Overall rate' },
  rateBasic: { zh: '基本支出支付率', en: 'Basic rate' },
  rateProject: { zh: '项目支出支付率', en: 'Project rate' },
  indicatorsLine: { zh: '指标', en: 'Indicators' },
  indicatorsCount: { zh: '{0} 项（关键指标 {1} 项）', en: '{0} ({1} key)' },
  points: { zh: '分', en: 'pts' },
  deductions: { zh: '扣分明细', en: 'Deductions' },
  noDeductions: { zh: '无扣分', en: 'No deductions' },
  issues: {
    zh: '问题（{0} 个错误，{1} 个警告，{2} 个提示）',
    en: 'Issues (errors: {0}, warnings: {1}, notes: {2})',
  },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'note' },
  moreIssues: {
    zh: '…… 另有 {0} 个问题（用 --json 查看全部）',
    en: '… {0} more issues (see --json)',
  },
  title: {
    zh: '{0} {1} 年度部门整体支出绩效自评',
    en: '{0}: {1} departmental performance self-evaluation',
  },
  reason: { zh: '原因', en: 'reason' },
  formTitle: { zh: '{0} · 工作表“{1}”', en: '{0}, sheet "{1}"' },
  formProject: { zh: '项目名称', en: 'Project' },
  formDepartment: { zh: '单位', en: 'Unit' },
  formYear: { zh: '评价年度', en: 'Year' },
  formRate: { zh: '执行率', en: 'Execution rate' },
  formTotal: { zh: '总分', en: 'Total' },
  formProvisional: {
    zh: '暂定得分 {0} 分（满分 {1}；{2} 项未能计分，等级暂不评定）',
    en: 'Provisional score {0} of {1} ({2} items could not be scored; no grade)',
  },
  formMistakes: {
    zh: '表中已填结果与计算不符（{0} 处，原值未覆盖）',
    en: "Printed results the form's own data does not support ({0}; kept as printed)",
  },
  formNoMistakes: {
    zh: '表中已填的结果与计算一致',
    en: 'Printed results agree with the computation',
  },
  formsSummary: { zh: '各表汇总（{0} 张）', en: 'Forms ({0})' },
  formsHeader: {
    zh: '工作表|项目或单位|执行率|得分|等级',
    en: 'Sheet|Project or unit|Rate|Score|Grade',
  },
  provisionalShort: { zh: '暂定', en: 'provisional' },
  badLayout: {
    zh: '--layout “{0}”无法识别，可用：national、guangdong、chongqing',
    en: '--layout "{0}" is not known; use national, guangdong or chongqing',
  },
  formsSameAsInput: {
    zh: '输出文件与输入文件相同：{0}。自评表写入新工作簿，请用 -o 指定另一个文件',
    en: 'The output is the input file: {0}. Forms go into a new workbook; give another file with -o',
  },
  formsWritesXlsx: { zh: 'forms 写出的是 Excel 工作簿', en: 'forms writes an Excel workbook' },
  formsFromForms: {
    zh: '该文件已是官方自评表；forms 需要按工作簿约定填写的工作簿（jixiao init 新建）。评分请用 jixiao score。',
    en: 'The file is already a set of official forms; forms needs a workbook following the contract (jixiao init). Use jixiao score to score it.',
  },
  formsWritten: { zh: '写出自评表（{0} 张）', en: 'Forms written ({0})' },
  formsWrittenHeader: {
    zh: '工作表|执行数 / 预算数|执行率|总分|等级',
    en: 'Sheet|Spent / budget|Rate|Total|Grade',
  },
  formsRules: {
    zh: '另有“规则”工作表（{0} 条省级规则），表格读回时同样适用',
    en: 'With a 规则 sheet ({0} province rules), applied when the forms are read back',
  },
  formsProvisional: {
    zh: '{0}：数据有错误，得分暂定，总分单元格留空',
    en: '{0}: the data has errors; provisional, the total cell is left empty',
  },
  formsLost: {
    zh: '表格无法写明的评分规则（{0} 处），表格读回时按表内数据计分',
    en: 'Rules the forms cannot state ({0}); read back, those rows score by the form',
  },
  formsDiffer: {
    zh: '表格读回后与工作簿不一致（{0} 处）',
    en: 'Figures that read back differently from the workbook ({0})',
  },
  rulesNeedRule: {
    zh: '请用 --rule 名称=值 给出至少一条规则',
    en: 'Give at least one rule with --rule name=value',
  },
  rulesNotForms: {
    zh: '{0} 是按工作簿约定填写的工作簿：规则写在“基本信息”中（如 执行率封顶 一项），无需“规则”工作表',
    en: '{0} follows the workbook contract: state rules in 基本信息 (e.g. an 执行率封顶 item), not in a 规则 sheet',
  },
  rulesWritten: {
    zh: '已写入“规则”工作表（{0} 条）：{1}',
    en: 'Wrote the 规则 sheet ({0} rules): {1}',
  },
  setFile: { zh: '== {0} ==', en: '== {0} ==' },
  setSummary: {
    zh: '部门项目汇总（{0} 个文件，{1} 张表）',
    en: "The department's set ({0} files, {1} forms or workbooks)",
  },
  setHeader: {
    zh: '文件|工作表|项目或单位|执行率|得分|等级',
    en: 'File|Sheet|Project or unit|Rate|Score|Grade',
  },
  setProvisional: {
    zh: '{0} 个项目的得分为暂定（有无法计分的指标或错误），请查看上方各文件的问题。',
    en: '{0} provisional (rows that cannot be scored, or errors): see the issues of each file above.',
  },
  projectsTitle: {
    zh: '所属项目（{0} 个，各自评分）',
    en: 'Projects ({0}, each scored on its own)',
  },
  projectsHeader: {
    zh: '项目|全年预算数|全年执行数|执行率|得分|等级',
    en: 'Project|Budget|Spent|Rate|Score|Grade',
  },
  formNoReport: {
    zh: '无法生成报告：该文件是官方自评表（{0}），报告需要按工作簿约定填写的工作簿（jixiao init 新建）。',
    en: 'Cannot write a report: the file is an official form ({0}); reports need a workbook following the contract (jixiao init creates one).',
  },
  unexpected: { zh: '内部错误：{0}', en: 'Internal error: {0}' },
} as const;

export type MessageKey = keyof typeof M;

/** A message with `{0}`, `{1}` … filled in. */
export function t(lang: Lang, name: MessageKey, ...args: readonly (string | number)[]): string {
  return M[name][key(lang)].replace(/\{(\d)\}/g, (_m, i: string) => String(args[Number(i)] ?? ''));
}
