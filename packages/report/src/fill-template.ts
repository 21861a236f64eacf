import type { Evaluation } from '@jixiao/engine';
import { templateIssue } from './issues.js';
import { asciiDigits, parsePlaceholders } from './placeholders.js';
import { reportRows } from './report-rows.js';
import { isParagraphStyle, normalizeStyle } from './styles.js';
import { suggestName } from './suggest.js';
import { buildTable, isTableName } from './tables.js';
import type {
  FillOptions,
  FillResult,
  ParagraphStyle,
  ReportBlock,
  TemplateIssue,
  TemplateRow,
} from './types.js';
import { findVariable, takesDecimals, variableNames } from './variables.js';
import type { VariableValue } from './variables.js';

const MAX_DECIMALS = 6;

/** A prompt left for the writer, as the default template words them: `（请填写）`, `（请概述…。）`. */
const PROMPT = /[（(]请[^）)]*[）)]/g;

/** Values already printed in this fill, by variable name and decimals. */
type ValueCache = Map<string, VariableValue>;

/** Fills one paragraph's content; issues name `cell`. */
function fillText(
  content: string,
  ev: Evaluation,
  cell: string,
  issues: TemplateIssue[],
  cache: ValueCache,
): string {
  let out = '';
  for (const seg of parsePlaceholders(content)) {
    switch (seg.kind) {
      case 'text':
        out += seg.text;
        break;
      case 'unclosed':
        issues.push(templateIssue.unclosedPlaceholder(cell, seg.text));
        out += seg.text;
        break;
      case 'placeholder': {
        const variable = findVariable(seg.name);
        if (!variable) {
          issues.push(
            templateIssue.unknownPlaceholder(cell, seg.raw, suggestName(seg.name, variableNames())),
          );
          out += seg.raw;
          break;
        }
        let decimals: number | undefined;
        if (seg.decimals !== undefined) {
          const digits = asciiDigits(seg.decimals);
          if (!takesDecimals(variable.kind))
            issues.push(templateIssue.decimalsIgnored(cell, seg.raw));
          else if (/^\d$/.test(digits) && Number(digits) <= MAX_DECIMALS) decimals = Number(digits);
          else issues.push(templateIssue.badDecimals(cell, seg.raw));
        }
        const key = `${variable.name}:${decimals ?? ''}`;
        const value = cache.get(key) ?? variable.value(ev, decimals);
        cache.set(key, value);
        if (value.text === null) {
          issues.push(templateIssue.valueUnavailable(cell, seg.raw));
          out += '—';
        } else {
          if (value.empty) issues.push(templateIssue.emptyList(cell, seg.raw, value.text));
          out += value.text;
        }
        break;
      }
    }
  }
  return out;
}

/**
 * Fills the report template (报告模板) from an evaluation: placeholders become figures, 表格 rows
 * become tables. Nothing is thrown for a bad template: unknown placeholders, unclosed braces,
 * unknown 样式 and unknown tables come back as issues naming their cell, and the text is kept as
 * written (an unknown 样式 is output as 正文); a prompt left for the writer (`（请填写）`) is a warning. A cell with several lines gives several paragraphs;
 * blank rows and paragraphs that fill to nothing (an unset {{附件编号}}) are left out.
 *
 * @param template - the 报告模板 rows in order (样式, 内容, and the cells to name in issues)
 * @param evaluation - the engine's result
 * @returns the report blocks (for Word), the 报告 sheet rows, and the issues
 */
export function fillTemplate(
  template: readonly TemplateRow[],
  evaluation: Evaluation,
  options: FillOptions = {},
): FillResult {
  const locale = options.locale ?? 'zh-CN';
  const issues: TemplateIssue[] = [];
  const blocks: ReportBlock[] = [];
  const cache: ValueCache = new Map();
  template.forEach((row, index) => {
    const cell = row.cell ?? `报告模板!B${index + 2}`;
    const styleCell = row.styleCell ?? cell;
    const style = normalizeStyle(row.style ?? '');
    const content = row.content ?? '';
    if (style === '' && content.trim() === '') return;
    if (style === '表格') {
      const name = normalizeStyle(content);
      if (isTableName(name))
        blocks.push(
          buildTable(name, evaluation, locale, {
            input: options.input,
            scoreTable: options.scoreTable,
          }),
        );
      else issues.push(templateIssue.unknownTable(cell, content));
      return;
    }
    let paragraphStyle: ParagraphStyle = '正文';
    if (isParagraphStyle(style)) paragraphStyle = style;
    else if (style !== '') issues.push(templateIssue.unknownStyle(styleCell, style));
    const text = fillText(content, evaluation, cell, issues, cache);
    const prompts = text.match(PROMPT) ?? [];
    if (prompts.length > 0)
      issues.push(templateIssue.promptLeft(cell, prompts[0]!, prompts.length));
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() !== '') blocks.push({ kind: 'paragraph', style: paragraphStyle, text: line });
    }
  });
  if (
    template.every((r) => normalizeStyle(r.style ?? '') === '' && (r.content ?? '').trim() === '')
  ) {
    issues.push(templateIssue.emptyTemplate('报告模板'));
  }
  return { blocks, rows: reportRows(blocks), issues };
}
