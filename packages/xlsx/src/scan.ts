/**
 * A linear XML scanner for the parts of SpreadsheetML this package reads and patches. Every
 * function does one left-to-right pass with `indexOf` (no backtracking regular expressions), so a
 * malformed or hostile part (a start tag without `>`, 200,000 characters of attribute junk, a
 * million comments) costs time proportional to its length. Comments, CDATA sections and processing
 * instructions are never read as elements: {@link stripMarkup} removes them for reading and
 * {@link maskMarkup} blanks them (keeping every offset) for patching.
 */

/** Whether a part has comments, CDATA sections or processing instructions after its prolog. */
export function hasMarkup(xml: string): boolean {
  const body = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  return (
    xml.indexOf('<!--', body) >= 0 ||
    xml.indexOf('<![CDATA[', body) >= 0 ||
    xml.indexOf('<?', body) >= 0
  );
}

/** Where a comment, CDATA section or PI starting at `lt` ends (exclusive); undefined when `lt` starts none. */
function markupEnd(xml: string, lt: number): { end: number; cdata: boolean } | undefined {
  if (xml.startsWith('<!--', lt)) {
    const e = xml.indexOf('-->', lt + 4);
    return { end: e < 0 ? xml.length : e + 3, cdata: false };
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const e = xml.indexOf(']]>', lt + 9);
    return { end: e < 0 ? xml.length : e + 3, cdata: true };
  }
  if (xml.startsWith('<?', lt)) {
    const e = xml.indexOf('?>', lt + 2);
    return { end: e < 0 ? xml.length : e + 2, cdata: false };
  }
  return undefined;
}

/** `&`, `<` and `>` as references (CDATA text made element content). */
function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Positions of `<!`/`<?` openings, found in one pass. */
function* markupSpans(xml: string): Generator<{ start: number; end: number; cdata: boolean }> {
  let pos = 0;
  for (;;) {
    const a = xml.indexOf('<!', pos);
    const b = xml.indexOf('<?', pos);
    const lt = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (lt < 0) return;
    const span = markupEnd(xml, lt);
    if (span === undefined) {
      pos = lt + 2;
      continue;
    }
    yield { start: lt, end: span.end, cdata: span.cdata };
    pos = span.end;
  }
}

/**
 * For reading: the part without comments and processing instructions, CDATA sections replaced by
 * their text escaped as XML (`<![CDATA[a<b]]>` → `a&lt;b`). Returns the input when it has none.
 */
export function stripMarkup(xml: string): string {
  if (!hasMarkup(xml)) return xml;
  const out: string[] = [];
  let cursor = 0;
  for (const span of markupSpans(xml)) {
    out.push(xml.slice(cursor, span.start));
    if (span.cdata) {
      const closed = xml.startsWith(']]>', span.end - 3) && span.end - 3 >= span.start + 9;
      out.push(escapeText(xml.slice(span.start + 9, closed ? span.end - 3 : span.end)));
    }
    cursor = span.end;
  }
  out.push(xml.slice(cursor));
  return out.join('');
}

/**
 * For patching: the part with every comment, CDATA section and processing instruction replaced by
 * spaces of the same length, so offsets found in the mask are offsets in the original.
 */
export function maskMarkup(xml: string): string {
  if (!hasMarkup(xml)) return xml;
  const out: string[] = [];
  let cursor = 0;
  for (const span of markupSpans(xml)) {
    out.push(xml.slice(cursor, span.start), ' '.repeat(span.end - span.start));
    cursor = span.end;
  }
  out.push(xml.slice(cursor));
  return out.join('');
}

function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z
    (c >= 65 && c <= 90) || // A-Z
    (c >= 48 && c <= 57) || // 0-9
    c === 95 || // _
    c === 45 || // -
    c === 46 || // .
    c === 58 || // :
    c > 127
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** A start or empty-element tag found by {@link nextTag}. */
export interface Tag {
  /** offset of `<` */
  start: number;
  /** offset just after `>` */
  end: number;
  /** qualified name (`x:c`) */
  name: string;
  /** local name (`c`) */
  local: string;
  /** prefix with its colon (`x:`), or '' */
  prefix: string;
  /** the text between the name and `>` (or `/>`) */
  attrs: string;
  selfClosing: boolean;
}

/**
 * Offsets of a start tag found by {@link findTag}: no strings are made, so a reader of hundreds of
 * thousands of cells can look at names and attributes in place. A name `x:c` is
 * `[nameStart, nameEnd)` with its local part `c` at `[localStart, nameEnd)`; the attributes' text
 * is `[nameEnd, attrsEnd)`.
 */
export interface TagSpan {
  /** offset of `<` */
  start: number;
  /** offset just after `>` */
  end: number;
  nameStart: number;
  localStart: number;
  nameEnd: number;
  /** offset of the `/>` or `>` that ends the attributes */
  attrsEnd: number;
  selfClosing: boolean;
}

/** A {@link TagSpan} to fill (and reuse). */
export function newTagSpan(): TagSpan {
  return {
    start: 0,
    end: 0,
    nameStart: 0,
    localStart: 0,
    nameEnd: 0,
    attrsEnd: 0,
    selfClosing: false,
  };
}

/**
 * {@link nextTag} into `span`: whether a start tag was found at or after `pos` and before `limit`
 * (then `span` holds it). Linear in the same way.
 */
export function findTag(xml: string, pos: number, limit: number, span: TagSpan): boolean {
  while (pos < limit) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0 || lt >= limit) return false;
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      const markup = markupEnd(xml, lt);
      pos = markup === undefined ? lt + 2 : markup.end;
      continue;
    }
    if (c === 47) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) return false;
      pos = gt + 1;
      continue;
    }
    let k = lt + 1;
    let localStart = k;
    for (; k < xml.length; k++) {
      const ch = xml.charCodeAt(k);
      if (!isNameChar(ch)) break;
      if (ch === 58) localStart = k + 1;
    }
    if (k === lt + 1) {
      pos = lt + 1;
      continue;
    }
    const gt = xml.indexOf('>', k);
    if (gt < 0) return false;
    const after = xml.charCodeAt(k);
    if (!(isSpace(after) || after === 47 || after === 62)) {
      // `<cx…` is not `<c`: an unknown name, passed over
      pos = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47 && gt - 1 >= k;
    span.start = lt;
    span.end = gt + 1;
    span.nameStart = lt + 1;
    span.localStart = localStart;
    span.nameEnd = k;
    span.attrsEnd = selfClosing ? gt - 1 : gt;
    span.selfClosing = selfClosing;
    return true;
  }
  return false;
}

/** Whether the span's local name is `local`. */
export function isLocal(xml: string, span: TagSpan, local: string): boolean {
  return span.nameEnd - span.localStart === local.length && xml.startsWith(local, span.localStart);
}

const scratch = newTagSpan();

/**
 * The next start tag at or after `pos` and before `limit`, skipping end tags and `<!…>`/`<?…?>`.
 * A tag without a closing `>` ends the scan (undefined). Linear: the caller continues from
 * `tag.end`, and each skipped tag is passed over once.
 */
export function nextTag(xml: string, pos: number, limit = xml.length): Tag | undefined {
  if (!findTag(xml, pos, limit, scratch)) return undefined;
  const s = scratch;
  const name = xml.slice(s.nameStart, s.nameEnd);
  return {
    start: s.start,
    end: s.end,
    name,
    local: s.localStart === s.nameStart ? name : xml.slice(s.localStart, s.nameEnd),
    prefix: xml.slice(s.nameStart, s.localStart),
    attrs: xml.slice(s.nameEnd, s.attrsEnd),
    selfClosing: s.selfClosing,
  };
}

/**
 * Attributes of a start tag's inner text as raw (undecoded) values, in one pass: names followed by
 * `=` and a quoted value; anything else (junk, a name without a value, an unclosed quote) is
 * passed over.
 */
export function scanAttrs(s: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && !isNameChar(s.charCodeAt(i))) i++;
    const ns = i;
    while (i < n && isNameChar(s.charCodeAt(i))) i++;
    if (i === ns) break;
    const name = s.slice(ns, i);
    let j = i;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) !== 61) continue; // no '=': a bare word
    j++;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    const q = s.charCodeAt(j);
    if (q !== 34 && q !== 39) {
      i = j;
      continue;
    }
    const close = s.indexOf(q === 34 ? '"' : "'", j + 1);
    if (close < 0) break;
    if (!out.has(name)) out.set(name, s.slice(j + 1, close));
    i = close + 1;
  }
  return out;
}

/** Attributes in an unusual layout (single quotes, tabs, newlines, spaces around `=`). */
const UNUSUAL_ATTRS = /['\t\n\r]|\s=|=\s/;

/**
 * Whether a start tag's attributes are in the usual layout (` name="value"` each, as spreadsheet
 * applications write them), where {@link quotedAttr} finds what {@link scanAttrs} would.
 */
export function usualAttrs(attrs: string): boolean {
  return attrs.startsWith(' ') && !UNUSUAL_ATTRS.test(attrs);
}

/**
 * The raw value of an attribute written exactly as `needle` (` r="`) in attributes in the usual
 * layout ({@link usualAttrs}), or undefined; no map is made.
 */
export function quotedAttr(attrs: string, needle: string): string | undefined {
  const i = attrs.indexOf(needle);
  if (i < 0) return undefined;
  const start = i + needle.length;
  const end = attrs.indexOf('"', start);
  return end < 0 ? undefined : attrs.slice(start, end);
}

/**
 * The first element with this local name (any prefix) in a fragment: its attributes and content
 * (undefined content for an empty element), or undefined. Linear in the fragment's length.
 */
export function firstElement(
  fragment: string,
  local: string,
): { attrs: string; content: string | undefined } | undefined {
  let pos = 0;
  for (;;) {
    const tag = nextTag(fragment, pos);
    if (tag === undefined) return undefined;
    if (tag.local !== local) {
      pos = tag.end;
      continue;
    }
    if (tag.selfClosing) return { attrs: tag.attrs, content: undefined };
    const close = fragment.indexOf(`</${tag.name}>`, tag.end);
    return {
      attrs: tag.attrs,
      content: fragment.slice(tag.end, close < 0 ? fragment.length : close),
    };
  }
}

/**
 * Every element with this local name at any depth, in order, with its content (text runs `<t>`,
 * shared strings `<si>`); elements nested in a skipped one (`skip`, e.g. phonetic `rPh`) are left
 * out. Linear in the fragment's length.
 */
export function eachElement(
  fragment: string,
  local: string,
  visit: (content: string | undefined) => void,
  skip?: string,
): void {
  let pos = 0;
  for (;;) {
    const tag = nextTag(fragment, pos);
    if (tag === undefined) return;
    if (tag.local === skip && !tag.selfClosing) {
      const close = fragment.indexOf(`</${tag.name}>`, tag.end);
      if (close < 0) return;
      pos = close;
      continue;
    }
    if (tag.local !== local) {
      pos = tag.end;
      continue;
    }
    if (tag.selfClosing) {
      visit(undefined);
      pos = tag.end;
      continue;
    }
    const close = fragment.indexOf(`</${tag.name}>`, tag.end);
    if (close < 0) {
      visit(fragment.slice(tag.end));
      return;
    }
    visit(fragment.slice(tag.end, close));
    pos = close;
  }
}
