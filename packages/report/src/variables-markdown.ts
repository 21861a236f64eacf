import type { Evaluation } from '@jixiao/engine';
import type { VariableKind } from './variables.js';
import { REPORT_VARIABLES, takesDecimals } from './variables.js';

const KIND_ZH: Record<VariableKind, string> = {
  text: '文字',
  count: '个数',
  money: '金额',
  percent: '比率',
  score: '分数',
  list: '列表',
  enumeration: '分条',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * The report variables as a Markdown table (变量 | 别名 | 类型 | 小数位 | 含义 | meaning), with an
 * example column when an `example` evaluation is given — the README's table is generated from this.
 */
export function variablesMarkdown(example?: Evaluation): string {
  const head = ['变量', '别名', '类型', '`:小数位`', '含义', 'Meaning'];
  if (example) head.push('示例');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const v of REPORT_VARIABLES) {
    const cells = [
      `\`{{${v.name}}}\``,
      v.aliases.join('、'),
      KIND_ZH[v.kind],
      takesDecimals(v.kind) ? '✓' : '',
      v.description,
      v.descriptionEn,
    ];
    if (example) {
      const value = v.value(example, undefined).text ?? '—';
      cells.push(value.length > 40 ? `${value.slice(0, 38)}…` : value);
    }
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}
