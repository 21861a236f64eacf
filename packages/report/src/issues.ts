import type { TemplateIssue } from './types.js';

const STYLE_LIST = '附件标识、标题、一级标题、二级标题、三级标题、正文 或 表格';
const TABLE_LIST = '指标得分表、预算执行表 或 一级指标汇总表';

/** The template issues the report raises, each with its zh-CN and en-US message. */
export const templateIssue = {
  unknownPlaceholder(cell: string, raw: string, suggestion: string | undefined): TemplateIssue {
    const hintZh = suggestion
      ? `是否应为 {{${suggestion}}}？`
      : '可用的变量见 README 的“报告变量”表，如 {{总支出}}、{{整体支付率}}。';
    const hintEn = suggestion
      ? `Did you mean {{${suggestion}}}?`
      : 'See the report variables in the README, e.g. {{总支出}}, {{整体支付率}}.';
    return {
      severity: 'error',
      code: 'report.unknown-placeholder',
      cell,
      message: `${cell} 中的占位符 ${raw} 不是已知的报告变量，已原样保留；${hintZh}`,
      messageEn: `${cell}: ${raw} is not a known report variable and was left as written. ${hintEn}`,
    };
  },
  unclosedPlaceholder(cell: string, text: string): TemplateIssue {
    const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
    return {
      severity: 'error',
      code: 'report.unclosed-placeholder',
      cell,
      message: `${cell} 中的“${shown}”缺少配对的“}}”，已原样保留；占位符应写成 {{变量名}}，如 {{总支出}}。`,
      messageEn: `${cell}: "${shown}" has no closing "}}" and was left as written; write placeholders as {{name}}, e.g. {{总支出}}.`,
    };
  },
  badDecimals(cell: string, raw: string): TemplateIssue {
    return {
      severity: 'error',
      code: 'report.bad-decimals',
      cell,
      message: `${cell} 中的 ${raw} 小数位应为 0 到 6 的整数（如 {{项目支出支付率:1}}），已按默认小数位输出。`,
      messageEn: `${cell}: the decimals in ${raw} must be a whole number from 0 to 6 (e.g. {{项目支出支付率:1}}); the default was used.`,
    };
  },
  decimalsIgnored(cell: string, raw: string): TemplateIssue {
    return {
      severity: 'warning',
      code: 'report.decimals-ignored',
      cell,
      message: `${cell} 中的 ${raw} 不是金额、比率或分数，小数位不适用，已忽略。`,
      messageEn: `${cell}: ${raw} is not an amount, rate or score; its decimals were ignored.`,
    };
  },
  valueUnavailable(cell: string, raw: string): TemplateIssue {
    return {
      severity: 'warning',
      code: 'report.value-unavailable',
      cell,
      message: `${cell} 中的 ${raw} 无法计算（如预算数为零或缺失），报告中显示为“—”；请检查预算执行表。`,
      messageEn: `${cell}: ${raw} cannot be computed (a zero or missing budget, say) and prints as "—"; check the budget sheet.`,
    };
  },
  emptyList(cell: string, raw: string, printed: string): TemplateIssue {
    return {
      severity: 'warning',
      code: 'report.empty-list',
      cell,
      message: `${cell} 中的 ${raw} 没有任何条目，已写为“${printed}”；请检查这句话是否需要改写。`,
      messageEn: `${cell}: ${raw} has no items and prints as "${printed}"; check whether the sentence needs rewording.`,
    };
  },
  unknownStyle(cell: string, style: string): TemplateIssue {
    return {
      severity: 'error',
      code: 'report.unknown-style',
      cell,
      message: `${cell} 的样式“${style}”无法识别，已按正文输出；样式应为 ${STYLE_LIST}。`,
      messageEn: `${cell}: style "${style}" is not recognised and was output as 正文 (body); use one of ${STYLE_LIST}.`,
    };
  },
  unknownTable(cell: string, name: string): TemplateIssue {
    return {
      severity: 'error',
      code: 'report.unknown-table',
      cell,
      message: `${cell} 的表格“${name}”无法识别，未输出；表格行的内容应为 ${TABLE_LIST}。`,
      messageEn: `${cell}: table "${name}" is not recognised and was left out; a 表格 row names one of ${TABLE_LIST}.`,
    };
  },
  promptLeft(cell: string, prompt: string, count: number): TemplateIssue {
    const more = count > 1 ? `等 ${count} 处` : '';
    const moreEn = count > 1 ? ` (and ${count - 1} more)` : '';
    return {
      severity: 'warning',
      code: 'report.prompt-left',
      cell,
      message: `${cell} 还有未填写的提示“${prompt}”${more}；请改写为实际内容或删去后再发布。`,
      messageEn: `${cell}: the prompt "${prompt}"${moreEn} is still there; replace it with the real text or delete it before publishing.`,
    };
  },
  emptyTemplate(cell: string): TemplateIssue {
    return {
      severity: 'warning',
      code: 'report.empty-template',
      cell,
      message: `${cell} 没有任何内容，报告为空；请在报告模板中每行填写一个段落（样式 | 内容）。`,
      messageEn: `${cell} is empty, so the report is empty; put one paragraph per row (样式 | 内容) in the template.`,
    };
  },
};
