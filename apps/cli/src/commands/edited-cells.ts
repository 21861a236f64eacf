import type { ReportEdited } from '@jixiao/pipeline';
import type { Lang } from '../i18n.js';

/**
 * The first differing cells of a 报告 edited by hand, the first with what the fill wrote and what
 * it holds now: `报告!B4：“原文…”→“新文…”、报告!B6、报告!B8 等 5 处`.
 */
export function editedCells(edited: ReportEdited, lang: Lang, shown = 3): string {
  const quote = (text: string): string => {
    const line = text.replace(/\s+/g, ' ');
    return [...line].length > 20 ? `${[...line].slice(0, 20).join('')}…` : line;
  };
  const zh = lang === 'zh-CN';
  const cells = edited.edits.slice(0, shown).map((e, i) => {
    const at = `${edited.sheet}!${e.address}`;
    if (i > 0) return at;
    return zh
      ? `${at}：“${quote(e.filled)}”→“${quote(e.current)}”`
      : `${at}: “${quote(e.filled)}” → “${quote(e.current)}”`;
  });
  const n = edited.edits.length;
  const more = n > shown ? (zh ? ` 等 ${String(n)} 处` : `, ${String(n)} cells in all`) : '';
  return `${cells.join(zh ? '、' : ', ')}${more}`;
}
