/** A piece of template content: literal text or a placeholder. */
export type Segment =
  | { kind: 'text'; text: string }
  | {
      kind: 'placeholder';
      /** The placeholder as written, e.g. `{{项目支出支付率:1}}` */
      raw: string;
      /** The variable name, trimmed, e.g. `项目支出支付率` */
      name: string;
      /** The `:N` part as written (full-width digits and colon accepted); undefined when absent */
      decimals: string | undefined;
    }
  | { kind: 'unclosed'; text: string };

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Converts full-width digits to ASCII: `１` → `1`. */
export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Splits template content into text and `{{变量}}` / `{{变量:小数位}}` placeholders. Full-width braces
 * `｛｛…｝｝` and the full-width colon are accepted too. An opening `{{` with no closing `}}` yields an
 * `unclosed` segment holding the rest of the text, unchanged.
 */
export function parsePlaceholders(content: string): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  const flush = (): void => {
    if (text) segments.push({ kind: 'text', text });
    text = '';
  };
  let at = 0;
  while (at < content.length) {
    const start = find(content, OPEN, at);
    if (start < 0) break;
    const end = find(content, CLOSE, start + 2);
    const nextOpen = find(content, OPEN, start + 2);
    text += content.slice(at, start);
    if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
      // Not closed before the end or before the next `{{`: keep it as written and say so.
      const stop = nextOpen < 0 ? content.length : nextOpen;
      flush();
      segments.push({ kind: 'unclosed', text: content.slice(start, stop) });
      at = stop;
      continue;
    }
    flush();
    const inner = content.slice(start + 2, end);
    const colon = inner.search(/[:：]/);
    const name = (colon < 0 ? inner : inner.slice(0, colon)).replace(/[\s\u3000]/g, '');
    const decimals = colon < 0 ? undefined : inner.slice(colon + 1).replace(/[\s\u3000]/g, '');
    segments.push({ kind: 'placeholder', raw: content.slice(start, end + 2), name, decimals });
    at = end + 2;
  }
  text += content.slice(at);
  flush();
  return segments;
}

const OPEN = /\{\{|｛｛/g;
const CLOSE = /\}\}|｝｝/g;

function find(content: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(content)?.index ?? -1;
}
