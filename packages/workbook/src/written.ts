/**
 * Whose cell is it: the record of the output cells the tool wrote and what it wrote, kept inside
 * the workbook as a custom XML part in the namespace {@link WRITTEN_NAMESPACE} (Office Open XML
 * `customXml/itemN.xml`; in Excel `workbook.customXmlParts`, ExcelApi 1.5). One format, read and
 * written by this module for every adapter (the .xlsx package, the Office.js add-in, the page), so
 * that a value a person typed into an output cell is told apart from the tool's, reported and kept.
 *
 * ```xml
 * <written xmlns="urn:jixiao:written:1"><c s="预算执行" r="S2" v="0.9999"/><c s="报告" r="B2" v="一、部门概况"/></written>
 * ```
 *
 * The entries on the 报告 sheet (by the one sheet-name rule) are the tool's last fill of 报告: every
 * non-blank cell it wrote there, header included (added in the same format, so an older reader
 * simply sees more cells). {@link reportEdits} compares the sheet with them to tell a report edited
 * by hand from the tool's own, which is then never overwritten silently. Line breaks and tabs in a
 * value are stored as character references (`&#10;`), which every XML reader turns back.
 */
import { cellAddress, parseCell } from './address.js';
import { cellValue, displayValue } from './grid.js';
import type { CellValue, SheetGrid, WrittenCell } from './port.js';
import { contractSheetOf } from './sheet-names.js';

/** The namespace of the record's root element (how adapters find the part). */
export const WRITTEN_NAMESPACE = 'urn:jixiao:written:1';

/**
 * The text a written value is recorded as: the value as shown ({@link displayValue}: numbers in
 * shortest round-trip form, text as is, TRUE/FALSE, an error's code).
 */
export const writtenText: (value: CellValue) => string = displayValue;

const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // an XML reader turns a raw line break or tab in an attribute into a space; references survive
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

const ATTR_SPECIAL = /[&<>"\n\r\t]/;
const ATTR_SPECIALS = /[&<>"\n\r\t]/g;
const escapeAttr = (s: string): string =>
  ATTR_SPECIAL.test(s) ? s.replace(ATTR_SPECIALS, (c) => ATTR_ESCAPES[c]!) : s;

const unescapeAttr = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });

/** The record as the XML of its custom part (cells in sheet, row, column order; deterministic). */
export function writtenRecordXml(cells: readonly WrittenCell[]): string {
  let xml = '';
  for (const piece of writtenRecordPieces(cells)) xml += piece;
  return xml;
}

/**
 * {@link writtenRecordXml} in pieces of about `size` characters, whose concatenation is that XML:
 * an adapter that compresses as it goes never holds the whole text (a record of 100,000 lines is
 * 160,000 entries, 16 MB of text).
 */
export function* writtenRecordPieces(
  cells: readonly WrittenCell[],
  size = 16 * 1024,
): Generator<string> {
  // a piece's texts are joined once, not added one by one: a string grown by `+=` is a tree of
  // 6 nodes an entry (32 bytes each) until it is flattened into a copy (9 MB over 160,000 entries)
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<written xmlns="${WRITTEN_NAMESPACE}">`;
  let parts: string[] = [head];
  /** the piece's length so far (the same pieces as when it was one string) */
  let length = head.length;
  // the sheet's name is the same for long runs of entries: escaped once per run
  let sheet: string | undefined;
  let sheetAttr = '';
  for (const c of cells) {
    if (c.sheet !== sheet) {
      sheet = c.sheet;
      sheetAttr = escapeAttr(sheet);
    }
    const address = escapeAttr(c.address);
    const value = escapeAttr(c.value);
    parts.push('<c s="', sheetAttr, '" r="', address, '" v="', value, '"/>');
    // 19: the entry's own characters, `<c s="` `" r="` `" v="` `"/>`
    length += 19 + sheetAttr.length + address.length + value.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  parts.push('</written>');
  yield parts.join('');
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

/** Whether a record entry belongs to the last 报告 fill (not to an output cell). */
export function isReportEntry(cell: WrittenCell): boolean {
  return contractSheetOf(cell.sheet)?.key === 'report';
}

/**
 * The record entries of a 报告 fill: every non-blank cell of `rows` (from A1) as `sheet`'s cells,
 * in row and column order.
 */
export function reportRecordCells(
  sheet: string,
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): WrittenCell[] {
  const cells: WrittenCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const text = writtenText(value);
      if (text !== '') cells.push({ sheet, address: cellAddress(r, c), value: text });
    }),
  );
  return cells;
}

/** One cell of 报告 that differs from the tool's last fill. */
export interface ReportEdit {
  sheet: string;
  /** 0-based row and column, and the A1 address without the sheet */
  row: number;
  col: number;
  address: string;
  /** what the last fill wrote there ('' for nothing) */
  filled: string;
  /** what the cell holds now ('' when blank) */
  current: string;
}

/**
 * Where a 报告 sheet differs from the last fill recorded in `record` (cells whose text changed,
 * cells cleared, cells added), in row and column order; empty when it holds exactly the fill.
 * Null when there is nothing to compare: no record, no recorded fill (a workbook filled before the
 * record held 报告, or never filled), or no 报告 sheet (deleted: nothing to lose).
 * Linear in the sheet's cells and the record's size.
 */
export function reportEdits(
  grid: SheetGrid | undefined,
  record: readonly WrittenCell[] | null,
): ReportEdit[] | null {
  if (grid === undefined || record === null) return null;
  const filled = new Map<string, string>();
  for (const c of record) if (isReportEntry(c)) filled.set(c.address, c.value);
  if (filled.size === 0) return null;
  const edits: ReportEdit[] = [];
  const seen = new Set<string>();
  grid.values.forEach((cells, r) =>
    cells.forEach((_v, c) => {
      const row = grid.origin.row + r;
      const col = grid.origin.col + c;
      const current = writtenText(cellValue(grid, row, col));
      const address = cellAddress(row, col);
      const was = filled.get(address);
      if (was !== undefined) seen.add(address);
      if (current !== (was ?? ''))
        edits.push({ sheet: grid.name, row, col, address, filled: was ?? '', current });
    }),
  );
  for (const [address, was] of filled) {
    if (seen.has(address)) continue;
    const at = parseCell(address);
    if (at) edits.push({ sheet: grid.name, ...at, address, filled: was, current: '' });
  }
  return edits.sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * The record in its stored order: by sheet, then by the address as the key `G00000007` (its
 * letters, then its row number padded to 8 digits, then anything after) orders it. The keys are
 * compared where they stand, never made: a record of 100,000 lines is 160,000 entries, and a key
 * string and a pair per entry were 13 MB of garbage at the peak of a run.
 */
export function sortRecord(cells: readonly WrittenCell[]): WrittenCell[] {
  return sortedRuns(cells) ?? sortEntries(cells);
}

/**
 * The record in stored order when each sheet's entries come together (the planner writes a sheet
 * at a time, column by column, rows ascending): the runs put in sheet order, a run sorted only when
 * it is not in order already, so that no permutation of a 160,000-entry record is made and sorted.
 * Null when a sheet's entries are apart.
 */
function sortedRuns(cells: readonly WrittenCell[]): WrittenCell[] | null {
  const runs: { sheet: string; entries: WrittenCell[] }[] = [];
  let start = 0;
  let inOrder = true;
  for (let k = 1; k <= cells.length; k++) {
    if (k < cells.length && cells[k]!.sheet === cells[start]!.sheet) {
      if (inOrder && compareAddresses(cells[k - 1]!.address, cells[k]!.address) > 0)
        inOrder = false;
      continue;
    }
    const sheet = cells[start]!.sheet;
    if (runs.some((r) => r.sheet === sheet)) return null;
    const run = cells.slice(start, k);
    runs.push({ sheet, entries: inOrder ? run : sortEntries(run) });
    start = k;
    inOrder = true;
  }
  if (runs.length === 1) return runs[0]!.entries;
  runs.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0));
  return ([] as WrittenCell[]).concat(...runs.map((r) => r.entries));
}

/** Two addresses by their sort keys (see {@link sortRecord}). */
function compareAddresses(a: string, b: string): number {
  const ai = rowStart(a);
  const bi = rowStart(b);
  return compareKeys(a, ai, rowEnd(a, ai), b, bi, rowEnd(b, bi));
}

/** Where an address's row number starts (`G7` → 1). */
function rowStart(a: string): number {
  let i = 0;
  while (i < a.length && !isDigit(a.charCodeAt(i))) i++;
  return i;
}

/** Where the row number starting at `i` ends (`G7`, 1 → 2). */
function rowEnd(a: string, i: number): number {
  let j = i;
  while (j < a.length && isDigit(a.charCodeAt(j))) j++;
  return j;
}

/** {@link sortRecord} of any record: its entries sorted through a permutation. */
function sortEntries(cells: readonly WrittenCell[]): WrittenCell[] {
  const n = cells.length;
  // per entry, where its address's row number starts and ends (`G7` → 1, 2)
  const digits = new Int32Array(2 * n);
  for (let k = 0; k < n; k++) {
    const a = cells[k]!.address;
    const i = rowStart(a);
    digits[2 * k] = i;
    digits[2 * k + 1] = rowEnd(a, i);
  }
  const order: number[] = [];
  for (let k = 0; k < n; k++) order.push(k);
  order.sort((x, y) => {
    const cx = cells[x]!;
    const cy = cells[y]!;
    if (cx.sheet !== cy.sheet) return cx.sheet < cy.sheet ? -1 : 1;
    return compareKeys(
      cx.address,
      digits[2 * x]!,
      digits[2 * x + 1]!,
      cy.address,
      digits[2 * y]!,
      digits[2 * y + 1]!,
    );
  });
  return order.map((k) => cells[k]!);
}

/** The length of an address's sort key (row number from `i` to `j`, padded to 8 digits). */
const keyLength = (a: string, i: number, j: number): number =>
  i + (j > i ? Math.max(8, j - i) : 0) + a.length - j;

/** The code unit at `p` of an address's sort key (see {@link sortRecord}). */
function keyCode(a: string, i: number, j: number, p: number): number {
  if (p < i) return a.charCodeAt(p);
  let q = p - i;
  if (j > i) {
    const pad = Math.max(0, 8 - (j - i));
    if (q < pad) return 48; // '0'
    if (q < pad + j - i) return a.charCodeAt(i + q - pad);
    q -= pad + j - i;
  }
  return a.charCodeAt(j + q);
}

/** The two addresses' sort keys compared as strings (by code unit), without making them. */
function compareKeys(a: string, ai: number, aj: number, b: string, bi: number, bj: number): number {
  const la = keyLength(a, ai, aj);
  const lb = keyLength(b, bi, bj);
  const l = Math.min(la, lb);
  for (let p = 0; p < l; p++) {
    const d = keyCode(a, ai, aj, p) - keyCode(b, bi, bj, p);
    if (d !== 0) return d;
  }
  return la - lb;
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
