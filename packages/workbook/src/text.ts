/**
 * Text normalisation for what people type: full-width characters (`１２３`, `（`, `％`, `＞＝`),
 * ideographic spaces, stray whitespace.
 */

/** Text NFKC leaves as it is and that has no whitespace to trim (the common case, kept fast). */
const PLAIN = /^[\u4e00-\u9fffA-Za-z0-9.%_-]*$/;

/** NFKC (full-width → half-width), ideographic and non-breaking spaces → space, trimmed. */
export function normalizeText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ')
    .trim();
}

/**
 * The form used to compare header and sheet names: normalised, without any whitespace, without
 * required-markers (`*`) or trailing colons, lower-case (for English aliases).
 */
export function nameKey(text: string): string {
  return normalizeText(text)
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

/** `全年预算数(万元)` → `全年预算数`; `项目名称 (Item)` → `项目名称`. Returns the key form. */
export function nameKeyWithoutParentheses(text: string): string {
  return nameKey(normalizeText(text).replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, ''));
}

/** The bracketed part of a header (`项目名称 (Item)` → `item`), if any, in key form. */
export function nameKeyInParentheses(text: string): string | null {
  const match = /\(([^)]*)\)/.exec(normalizeText(text));
  return match?.[1] === undefined ? null : nameKey(match[1]);
}
