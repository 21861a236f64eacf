import type { Locale } from '@jixiao/engine';
import type { TemplateIssue } from './types.js';

type Params = Readonly<Record<string, string | number>>;
type Template = (p: Params) => string;

const STYLE_LIST = '附件标识、标题、一级标题、二级标题、三级标题、正文 或 表格';
const TABLE_LIST = '指标得分表、预算执行表 或 一级指标汇总表';
const s = (p: Params, key: string): string => String(p[key] ?? '');

/** The report's template issue codes. */
export type TemplateIssueCode =
  | 'report.unknown-placeholder'
  | 'report.unclosed-placeholder'
  | 'report.bad-decimals'
  | 'report.decimals-ignored'
  | 'report.value-unavailable'
  | 'report.empty-list'
  | 'report.unknown-style'
  | 'report.unknown-table'
  | 'report.prompt-left'
  | 'report.empty-template';

/**
 * zh-CN texts of the template issues. Each names its cell itself (`报告模板!B5 中的…`, or
 * `默认模板第5段`): the `cell` param.
 */
const zhCN: Record<TemplateIssueCode, Template> = {
  'report.unknown-placeholder': (p) =>
    `${s(p, 'cell')} 中的占位符 ${s(p, 'raw')} 不是已知的报告变量，已原样保留；${
      p.suggestion !== undefined
        ? `是否应为 {{${s(p, 'suggestion')}}}？`
        : '可用的变量见 README 的“报告变量”表，如 {{总支出}}、{{整体支付率}}。'
    }`,
  'report.unclosed-placeholder': (p) =>
    `${s(p, 'cell')} 中的“${s(p, 'shown')}”缺少配对的“}}”，已原样保留；占位符应写成 {{变量名}}，如 {{总支出}}。`,
  'report.bad-decimals': (p) =>
    `${s(p, 'cell')} 中的 ${s(p, 'raw')} 小数位应为 0 到 6 的整数（如 {{项目支出支付率:1}}），已按默认小数位输出。`,
  'report.decimals-ignored': (p) =>
    `${s(p, 'cell')} 中的 ${s(p, 'raw')} 不是金额、比率或分数，小数位不适用，已忽略。`,
  'report.value-unavailable': (p) =>
    `${s(p, 'cell')} 中的 ${s(p, 'raw')} 无法计算（如预算数为零或缺失），报告中显示为“—”；请检查预算执行表。`,
  'report.empty-list': (p) =>
    `${s(p, 'cell')} 中的 ${s(p, 'raw')} 没有任何条目，已写为“${s(p, 'printed')}”；请检查这句话是否需要改写。`,
  'report.unknown-style': (p) =>
    `${s(p, 'cell')} 的样式“${s(p, 'style')}”无法识别，已按正文输出；样式应为 ${STYLE_LIST}。`,
  'report.unknown-table': (p) =>
    `${s(p, 'cell')} 的表格“${s(p, 'name')}”无法识别，未输出；表格行的内容应为 ${TABLE_LIST}。`,
  'report.prompt-left': (p) =>
    `${s(p, 'cell')} 还有未填写的提示“${s(p, 'prompt')}”${Number(p.count) > 1 ? `等 ${s(p, 'count')} 处` : ''}；请改写为实际内容或删去后再发布。`,
  'report.empty-template': (p) =>
    `${s(p, 'cell')} 没有任何内容，报告为空；请在报告模板中每行填写一个段落（样式 | 内容）。`,
};

/** en-US texts of the template issues (see {@link zhCN}). */
const enUS: Record<TemplateIssueCode, Template> = {
  'report.unknown-placeholder': (p) =>
    `${s(p, 'cell')}: ${s(p, 'raw')} is not a known report variable and was left as written. ${
      p.suggestion !== undefined
        ? `Did you mean {{${s(p, 'suggestion')}}}?`
        : 'See the report variables in the README, e.g. {{总支出}}, {{整体支付率}}.'
    }`,
  'report.unclosed-placeholder': (p) =>
    `${s(p, 'cell')}: "${s(p, 'shown')}" has no closing "}}" and was left as written; write placeholders as {{name}}, e.g. {{总支出}}.`,
  'report.bad-decimals': (p) =>
    `${s(p, 'cell')}: the decimals in ${s(p, 'raw')} must be a whole number from 0 to 6 (e.g. {{项目支出支付率:1}}); the default was used.`,
  'report.decimals-ignored': (p) =>
    `${s(p, 'cell')}: ${s(p, 'raw')} is not an amount, rate or score; its decimals were ignored.`,
  'report.value-unavailable': (p) =>
    `${s(p, 'cell')}: ${s(p, 'raw')} cannot be computed (a zero or missing budget, say) and prints as "—"; check the budget sheet.`,
  'report.empty-list': (p) =>
    `${s(p, 'cell')}: ${s(p, 'raw')} has no items and prints as "${s(p, 'printed')}"; check whether the sentence needs rewording.`,
  'report.unknown-style': (p) =>
    `${s(p, 'cell')}: style "${s(p, 'style')}" is not recognised and was output as 正文 (body); use one of ${STYLE_LIST}.`,
  'report.unknown-table': (p) =>
    `${s(p, 'cell')}: table "${s(p, 'name')}" is not recognised and was left out; a 表格 row names one of ${TABLE_LIST}.`,
  'report.prompt-left': (p) =>
    `${s(p, 'cell')}: the prompt "${s(p, 'prompt')}"${Number(p.count) > 1 ? ` (and ${Number(p.count) - 1} more)` : ''} is still there; replace it with the real text or delete it before publishing.`,
  'report.empty-template': (p) =>
    `${s(p, 'cell')} is empty, so the report is empty; put one paragraph per row (样式 | 内容) in the template.`,
};

/** The report's message maps, per locale, keyed by template issue code. */
export const REPORT_MESSAGES: Readonly<
  Record<Locale, Readonly<Record<TemplateIssueCode, Template>>>
> = { 'zh-CN': zhCN, 'en-US': enUS };

/** True for a code of the report's template issues. */
export function isTemplateIssueCode(code: string): code is TemplateIssueCode {
  return Object.hasOwn(zhCN, code);
}

function make(
  severity: TemplateIssue['severity'],
  code: TemplateIssueCode,
  cell: string,
  params: Readonly<Record<string, string | number>>,
): TemplateIssue {
  return { severity, code, cell, params: { cell, ...params } };
}

/** The template issues the report raises; the texts come from {@link REPORT_MESSAGES}. */
export const templateIssue = {
  unknownPlaceholder(cell: string, raw: string, suggestion: string | undefined): TemplateIssue {
    return make(
      'error',
      'report.unknown-placeholder',
      cell,
      suggestion ? { raw, suggestion } : { raw },
    );
  },
  unclosedPlaceholder(cell: string, text: string): TemplateIssue {
    const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
    return make('error', 'report.unclosed-placeholder', cell, { shown });
  },
  badDecimals(cell: string, raw: string): TemplateIssue {
    return make('error', 'report.bad-decimals', cell, { raw });
  },
  decimalsIgnored(cell: string, raw: string): TemplateIssue {
    return make('warning', 'report.decimals-ignored', cell, { raw });
  },
  valueUnavailable(cell: string, raw: string): TemplateIssue {
    return make('warning', 'report.value-unavailable', cell, { raw });
  },
  emptyList(cell: string, raw: string, printed: string): TemplateIssue {
    return make('warning', 'report.empty-list', cell, { raw, printed });
  },
  unknownStyle(cell: string, style: string): TemplateIssue {
    return make('error', 'report.unknown-style', cell, { style });
  },
  unknownTable(cell: string, name: string): TemplateIssue {
    return make('error', 'report.unknown-table', cell, { name });
  },
  promptLeft(cell: string, prompt: string, count: number): TemplateIssue {
    return make('warning', 'report.prompt-left', cell, { prompt, count });
  },
  emptyTemplate(cell: string): TemplateIssue {
    return make('warning', 'report.empty-template', cell, {});
  },
};
