/**
 * Whose cell is it: the record of the output cells the tool wrote and what it wrote, kept inside
 * the workbook as a custom XML part in the namespace {@link WRITTEN_NAMESPACE} (Office Open XML
 * `customXml/itemN.xml`; in Excel `workbook.customXmlParts`, ExcelApi 1.5). One format, read and
 * written by this module for every adapter (the .xlsx package, the Office.js add-in, the page), so
 * that a value a person typed into an output cell is told apart from the tool's, reported and kept.
 *
 * ```xml
 * <written xmlns="urn:jixiao:written:1"><c s="预算执行" r="S2" v="0.9999"/></written>
 * ```
 */
import type { CellValue, WrittenCell } from './port.js';

/** The namespace of the record's root element (how adapters find the part). */
export const WRITTEN_NAMESPACE = 'urn:jixiao:written:1';

/** The text a written value is recorded as: numbers in shortest round-trip form, text as is. */
export function writtenText(value: CellValue | string | number): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return value;
}

const escapeAttr = (s: string): string =>
  s.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );

const unescapeAttr = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });

/** The record as the XML of its custom part (cells in sheet, row, column order; deterministic). */
export function writtenRecordXml(cells: readonly WrittenCell[]): string {
  const body = cells
    .map(
      (c) =>
        `<c s="${escapeAttr(c.sheet)}" r="${escapeAttr(c.address)}" v="${escapeAttr(c.value)}"/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<written xmlns="${WRITTEN_NAMESPACE}">${body}</written>`;
}

/**
 * Reads a record from its part's XML; null when the XML is not a record (another add-in's part).
 * Unreadable entries are skipped. Linear in the text's length.
 */
export function parseWrittenRecord(xml: string): WrittenCell[] | null {
  const root = xml.indexOf('<written');
  if (root < 0 || !xml.includes(WRITTEN_NAMESPACE)) return null;
  const cells: WrittenCell[] = [];
  let pos = root;
  for (;;) {
    const start = xml.indexOf('<c ', pos);
    if (start < 0) break;
    const end = xml.indexOf('>', start);
    if (end < 0) break;
    const attrs = xml.slice(start + 3, end);
    pos = end + 1;
    const get = (name: string): string | undefined => {
      const at = attrs.indexOf(`${name}="`);
      if (at < 0 || (at > 0 && !/\s/.test(attrs[at - 1]!))) return undefined;
      const close = attrs.indexOf('"', at + name.length + 2);
      return close < 0 ? undefined : unescapeAttr(attrs.slice(at + name.length + 2, close));
    };
    const sheet = get('s');
    const address = get('r');
    const value = get('v');
    if (sheet !== undefined && address !== undefined && value !== undefined)
      cells.push({ sheet, address, value });
  }
  return cells;
}

/** `sheet!address` → the value written, for lookups. */
export function writtenIndex(cells: readonly WrittenCell[]): Map<string, string> {
  return new Map(cells.map((c) => [`${c.sheet}!${c.address}`, c.value]));
}

/** The record in its stored order: by sheet, then row, then column. */
export function sortRecord(cells: readonly WrittenCell[]): WrittenCell[] {
  // sheet, then the address with its row number padded to 8 digits (`G7` → `G00000007`), without
  // a regex per cell
  const key = (c: WrittenCell): string => {
    const a = c.address;
    let i = 0;
    while (i < a.length && !isDigit(a.charCodeAt(i))) i++;
    let j = i;
    while (j < a.length && isDigit(a.charCodeAt(j))) j++;
    return `${c.sheet}\u0000${a.slice(0, i)}${j > i ? a.slice(i, j).padStart(8, '0') : ''}${a.slice(j)}`;
  };
  return cells
    .map((c) => ({ c, k: key(c) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.c);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether a new record says what the stored one says (no stored record: only an empty one does). */
export function sameRecord(
  next: readonly WrittenCell[],
  stored: readonly WrittenCell[] | null,
): boolean {
  if (stored === null) return next.length === 0;
  if (next.length !== stored.length) return false;
  const index = writtenIndex(stored);
  return next.every((c) => index.get(`${c.sheet}!${c.address}`) === c.value);
}
