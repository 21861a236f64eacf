/** Small, fast helpers for the fragments of SpreadsheetML this package reads and writes. */

import { eachElement } from './scan.js';

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode XML character and entity references. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(
    ENTITY,
    (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec !== undefined) return String.fromCodePoint(Number(dec));
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return NAMED[name ?? ''] ?? '';
    },
  );
}

/** Decode the `_xHHHH_` escapes Excel uses for control characters in strings. */
export function decodeExcelEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text for element content or a double-quoted attribute; drops characters XML forbids. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML_CHARS, '')
    .replace(/[&<>"]/g, (c) =>
      c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
    );
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parse the attributes of a start tag's inner text (`r="A1" s="3"`) into a map (values decoded). */
export function parseAttrs(s: string): Map<string, string> {
  const m = new Map<string, string>();
  ATTR.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = ATTR.exec(s)) !== null) m.set(a[1]!, decodeXml(a[2] ?? a[3] ?? ''));
  return m;
}

/** One attribute's decoded value from a start tag's inner text, or undefined. */
export function attr(s: string, name: string): string | undefined {
  const re = new RegExp(
    `(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`,
  );
  const m = re.exec(s);
  return m === null ? undefined : decodeXml(m[1] ?? m[2] ?? '');
}

/** An attribute whose local name is `local` in any namespace prefix (e.g. `r:id`). */
export function attrAnyPrefix(s: string, local: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)[\\w.-]+:${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(s);
  return m === null ? undefined : decodeXml(m[1] ?? m[2] ?? '');
}

/** The namespace prefix (`x:` or ``) of the first element with this local name. */
export function prefixOf(xml: string, local: string): string | undefined {
  const m = new RegExp(`<([\\w.-]+:)?${local}[\\s/>]`).exec(xml);
  return m === null ? undefined : (m[1] ?? '');
}

/** Text content of every `<t>` element in a fragment (rich text runs), skipping phonetic runs. Linear. */
export function collectText(fragment: string): string {
  let out = '';
  eachElement(
    fragment,
    't',
    (content) => {
      if (content !== undefined) out += content;
    },
    'rPh',
  );
  return decodeExcelEscapes(decodeXml(out));
}
