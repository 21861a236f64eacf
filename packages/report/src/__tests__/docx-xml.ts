import { strFromU8, unzipSync } from 'fflate';

/** The parts of an exported .docx that the tests read. */
export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  footers: Record<string, string>;
  rels: string;
}

/** Unzips a .docx and returns its XML parts as text. */
export function unzipDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const text = (name: string): string => {
    const f = files[name];
    if (!f) throw new Error(`${name} is missing from the .docx`);
    return strFromU8(f);
  };
  const footers: Record<string, string> = {};
  for (const name of Object.keys(files))
    if (/^word\/footer\d+\.xml$/.test(name)) footers[name.slice(5)] = text(name);
  return {
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    settings: text('word/settings.xml'),
    footers,
    rels: text('word/_rels/document.xml.rels'),
  };
}

/** All elements `<tag …>…</tag>` or `<tag …/>` (non-nested tags only). */
export function elements(xml: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');
  return xml.match(re) ?? [];
}

/** The first element `tag` in `xml`, or throws. */
export function element(xml: string, tag: string): string {
  const found = elements(xml, tag)[0];
  if (found === undefined) throw new Error(`<${tag}> not found in ${xml.slice(0, 200)}…`);
  return found;
}

/** Attribute `name` of the first `<tag>` in `xml` (undefined when absent). */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const open = new RegExp(`<${tag}(?=[\\s/>])[^>]*>`).exec(xml)?.[0];
  if (!open) return undefined;
  return new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
}

/** The `<w:style>` element with this styleId. */
export function style(styles: string, id: string): string {
  const found = elements(styles, 'w:style').find((s) => s.includes(`w:styleId="${id}"`));
  if (!found) throw new Error(`style ${id} not found`);
  return found;
}

/** Decodes the XML entities the docx library writes. */
export function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The paragraphs of the body: style id and plain text. */
export function paragraphs(
  document: string,
): { style: string | undefined; text: string; xml: string }[] {
  return elements(document, 'w:p').map((p) => ({
    style: attr(p, 'w:pStyle', 'w:val'),
    text: decode(
      (p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? [])
        .map((t) => t.replace(/<[^>]+>/g, ''))
        .join(''),
    ),
    xml: p,
  }));
}
