/** Scanning one worksheet part into a {@link SheetGrid}. */
import {
  renderFormula,
  type CellRange,
  type CellValue,
  type FormulaPart,
  type FormulaRun,
  type SheetGrid,
} from '@jixiao/workbook';
import { fromA1 } from './a1.js';
import { formulaParts } from './formula-shift.js';
import {
  findTag,
  firstElement,
  isLocal,
  newTagSpan,
  nextTag,
  quotedAttr,
  scanAttrs,
  stripMarkup,
  usualAttrs,
} from './scan.js';
import { collectText, decodeExcelEscapes, decodeXml } from './xml.js';

interface RawCell {
  value: CellValue;
  formula: string | null;
  /** the master of a shared-formula child (its formula is the master's, translated) */
  shared?: SharedFormula;
}

interface SharedFormula {
  row: number;
  col: number;
  parts: FormulaPart[];
  /** the open run of this formula in each column */
  runs: Map<number, FormulaRun>;
}

/** The start and end (exclusive) of the `<sheetData>` content, or undefined when it is empty. */
export function sheetDataRange(xml: string):
  | {
      start: number;
      end: number;
      prefix: string;
      selfClosing: boolean;
      openStart: number;
      openEnd: number;
    }
  | undefined {
  const open = /<([\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (open === null) return undefined;
  const prefix = open[1] ?? '';
  const openEnd = open.index + open[0].length;
  if (open[2] === '/')
    return {
      start: openEnd,
      end: openEnd,
      prefix,
      selfClosing: true,
      openStart: open.index,
      openEnd,
    };
  const close = xml.indexOf(`</${prefix}sheetData>`, openEnd);
  return {
    start: openEnd,
    end: close < 0 ? xml.length : close,
    prefix,
    selfClosing: false,
    openStart: open.index,
    openEnd,
  };
}

/**
 * Read the cells of a worksheet part, given as text (its UTF-8 bytes decoded). Values follow the cell type (shared and inline strings, booleans, errors,
 * numbers; dates stay serial numbers); formulas keep their text without `=` (shared formulas
 * translated to each cell, kept as runs); number formats come from the cell's style; merged areas
 * are listed. Comments, CDATA sections and processing instructions are skipped, never read as
 * cells. One linear pass ({@link nextTag}); the grid holds only the rows and cells present
 * (sparse), so a stray value at XFD1048576 costs one cell, not a dense sheet.
 */
export function readSheet(
  name: string,
  part: string,
  sharedStrings: readonly string[],
  styleFormats: readonly (string | null)[],
): SheetGrid {
  const xml = stripMarkup(part);
  const range = sheetDataRange(xml);
  const scan = new SheetScan(sharedStrings);
  if (range !== undefined && !range.selfClosing) scan.scan(xml, range.start, range.end);
  const grid = scan.cells.toGrid(name, styleFormats);
  const merges = readMerges(xml, range === undefined ? 0 : range.end);
  if (merges.length > 0) grid.merges = merges;
  return grid;
}

/**
 * {@link readSheet} on the part's bytes. A part larger than two pieces (a template filled down the
 * whole column is 60 MB of XML) is read in pieces of about `segment` bytes that end after a
 * `</row>`, so the whole part never becomes one string; the result is the same as reading it whole. A part with comments,
 * CDATA or processing instructions, or any piece that does not end cleanly (a malformed tag across
 * a cut), is read whole instead. `decode` gives the text of UTF-8 bytes (pieces end between
 * characters).
 */
export function readSheetBytes(
  name: string,
  bytes: Uint8Array,
  decode: (b: Uint8Array) => string,
  sharedStrings: readonly string[],
  styleFormats: readonly (string | null)[],
  segment = READ_PIECE_BYTES,
): SheetGrid {
  const whole = (): SheetGrid => readSheet(name, decode(bytes), sharedStrings, styleFormats);
  if (bytes.length <= 2 * segment || bytesHaveMarkup(bytes)) return whole();
  return readSheetPieces(
    name,
    rowPieces([bytes], segment),
    decode,
    sharedStrings,
    styleFormats,
    whole,
  );
}

/**
 * Parts larger than this are inflated a piece at a time as they are read and patched (streaming,
 * in pure JavaScript), never held whole; smaller ones are inflated at once (native in Node).
 */
export const STREAM_BYTES = 8 * 1024 * 1024;

/**
 * The pieces a part larger than two of them is patched in: under V8's largest ordinary object
 * (128 KiB), so that each piece's text dies young in the nursery instead of filling the old
 * generation (a 70 MB part in 512 KiB pieces left about 100 MB of garbage there before the
 * collector ran), and is made fast: decoding a 2 MB part in 512 KiB pieces took 10 times longer
 * than in 64 KiB ones (Node 20). Patched pieces are binary strings (one byte a character).
 */
export const PATCH_PIECE_BYTES = 64 * 1024;

/**
 * The pieces a part larger than two of them is read in: half of {@link PATCH_PIECE_BYTES}, since
 * their text is decoded UTF-8, which takes two bytes a character once any character is outside
 * Latin-1.
 */
export const READ_PIECE_BYTES = PATCH_PIECE_BYTES / 2;

/**
 * {@link readSheet} on a part given as pieces of bytes that end after a `</row>` ({@link rowPieces});
 * the result is the same as reading it whole. A part with comments, CDATA or processing
 * instructions, or a piece that does not end cleanly (a malformed tag across a cut), is read by
 * `whole` instead. `decode` gives the text of UTF-8 bytes.
 */
export function readSheetPieces(
  name: string,
  pieces: Iterable<Uint8Array>,
  decode: (b: Uint8Array) => string,
  sharedStrings: readonly string[],
  styleFormats: readonly (string | null)[],
  whole: () => SheetGrid,
): SheetGrid {
  const scan = new SheetScan(sharedStrings);
  let first = true;
  let prefix = '';
  let merges: CellRange[] = [];
  for (const [bytes, isLast] of withLast(pieces)) {
    if (bytesHaveMarkup(bytes)) return whole();
    const xml = decode(bytes);
    let start = 0;
    if (first) {
      const range = sheetDataRange(xml);
      // the sheetData start tag and a first row must be in the first piece
      if (range === undefined || range.selfClosing || range.end < xml.length) return whole();
      start = range.start;
      prefix = range.prefix;
      first = false;
    }
    const close = xml.indexOf(`</${prefix}sheetData>`, start);
    const last = close >= 0 || isLast;
    const end = close >= 0 ? close : xml.length;
    const done = scan.scan(xml, start, end);
    if (last) {
      merges = readMerges(xml, end);
      break;
    }
    // a piece must end between tags: anything but end tags left over means a tag across the cut
    if (done.broken || !onlyEndTags(xml, done.pos)) return whole();
  }
  if (first) return whole();
  const grid = scan.cells.toGrid(name, styleFormats);
  if (merges.length > 0) grid.merges = merges;
  return grid;
}

/** Each item with whether it is the last one. */
export function* withLast<T>(items: Iterable<T>): Generator<[T, boolean]> {
  const it = items[Symbol.iterator]();
  let current = it.next();
  while (current.done !== true) {
    const next = it.next();
    yield [current.value, next.done === true];
    current = next;
  }
}

/**
 * A part's bytes, given in chunks of any size, cut into pieces of about `segment` bytes that end
 * just after a `</row>` (the last piece holds whatever is left), so that each piece can be
 * decoded, read or patched on its own.
 */
export function* rowPieces(chunks: Iterable<Uint8Array>, segment: number): Generator<Uint8Array> {
  /** the bytes of the piece so far, and their length */
  let pending: Uint8Array[] = [];
  let length = 0;
  /** the piece's last bytes before the chunk searched: a `</x:row>` may begin there */
  let tail: Uint8Array = new Uint8Array(0);
  const TAIL = 256;
  for (const chunk of chunks) {
    let c = chunk;
    while (c.length > 0) {
      let cut = -1;
      if (length + c.length > segment) {
        // the `>` of the `</row>` must lie at `from` or later in `c`; each byte is searched once
        const from = Math.max(0, segment - length);
        if (tail.length > 0 && from < TAIL) {
          // a `</x:row>` across the chunk's start: search the piece's last bytes with c's first
          const head = c.subarray(0, TAIL);
          const window = joinBytes([tail, head], tail.length + head.length);
          const k = rowEndAfter(window, tail.length + from);
          if (k >= 0) cut = k - tail.length;
        }
        if (cut < 0) cut = rowEndAfter(c, tail.length > 0 ? Math.max(from, TAIL) : from);
      }
      if (cut < 0) {
        pending.push(c);
        length += c.length;
        tail =
          c.length >= TAIL
            ? c.subarray(c.length - TAIL)
            : joinBytes([tail, c], tail.length + c.length).slice(-TAIL);
        break;
      }
      pending.push(c.subarray(0, cut));
      yield joinBytes(pending, length + cut);
      pending = [];
      length = 0;
      tail = new Uint8Array(0);
      c = c.subarray(cut);
    }
  }
  if (length > 0) yield joinBytes(pending, length);
}

function joinBytes(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Whether `xml` from `pos` on holds no start tag, only end tags (`</c></row>`) and text. */
function onlyEndTags(xml: string, pos: number): boolean {
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) return true;
    if (xml.charCodeAt(lt + 1) !== 47) return false;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return false;
    pos = gt + 1;
  }
}

/** Whether the bytes hold `<!` or `<?` after an XML declaration (comments, CDATA, PIs, DTDs). */
function bytesHaveMarkup(b: Uint8Array): boolean {
  let body = 0;
  if (b[0] === 0x3c && b[1] === 0x3f) {
    // `<?xml … ?>` at the very start, as hasMarkup allows
    if (String.fromCharCode(...b.subarray(0, 5)) !== '<?xml') return true;
    body = 2;
    while (body < b.length && !(b[body - 1] === 0x3f && b[body] === 0x3e)) body++;
  }
  // `!` and `?` are rare in a worksheet: look for them, then at the byte before
  for (const mark of [0x21, 0x3f]) {
    let i = body;
    for (;;) {
      i = b.indexOf(mark, i);
      if (i < 0) break;
      if (b[i - 1] === 0x3c) return true;
      i++;
    }
  }
  return false;
}

/** The offset just after the first `</row>` (or `</x:row>`) ending at or after `from`, or -1. */
function rowEndAfter(b: Uint8Array, from: number): number {
  let i = from;
  for (;;) {
    i = b.indexOf(0x3e, i); // '>'
    if (i < 0) return -1;
    if (b[i - 1] === 0x77 && b[i - 2] === 0x6f && b[i - 3] === 0x72) {
      let j = i - 4;
      if (b[j] === 0x3a) {
        j--;
        while (j > 0 && isNameByte(b[j]!)) j--;
      }
      if (b[j] === 0x2f && b[j - 1] === 0x3c) return i + 1;
    }
    i++;
  }
}

function isNameByte(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x2d ||
    c === 0x2e
  );
}

/** The state of one pass over a sheet's cells, which may come in several pieces of text. */
class SheetScan {
  readonly cells = new CellList();
  private readonly shared = new Map<string, SharedFormula>();
  private row = -1;
  private col = -1;
  /** the tag being read, filled in place */
  private readonly tag = newTagSpan();

  constructor(private readonly sharedStrings: readonly string[]) {}

  /**
   * Read the cells in `xml` from `start` to `end`. Returns where the scan stopped and whether it
   * stopped at a cell without its end tag before `end` (the rest is not read).
   */
  scan(xml: string, start: number, end: number): { pos: number; broken: boolean } {
    const sharedStrings = this.sharedStrings;
    const cells = this.cells;
    let row = this.row;
    let col = this.col;
    let pos = start;
    let broken = false;
    const tag = this.tag;
    for (;;) {
      if (!findTag(xml, pos, end, tag)) break;
      pos = tag.end;
      const isCell = isLocal(xml, tag, 'c');
      if (!isCell && !isLocal(xml, tag, 'row')) continue;
      const attrs = xml.slice(tag.nameEnd, tag.attrsEnd);
      let r: string | undefined;
      let t: string | undefined;
      let s: string | undefined;
      if (!usualAttrs(attrs)) {
        const all = scanAttrs(attrs);
        r = all.get('r');
        t = all.get('t');
        s = all.get('s');
      } else {
        r = quotedAttr(attrs, ' r="');
        if (isCell) {
          t = quotedAttr(attrs, ' t="');
          s = quotedAttr(attrs, ' s="');
        }
      }
      if (!isCell) {
        const n = r === undefined ? Number.NaN : Number(r);
        row = Number.isInteger(n) && n >= 1 && n <= MAX_ROWS ? n - 1 : row + 1;
        col = -1;
        continue;
      }
      const pos1 = r === undefined ? undefined : fromA1(r);
      if (pos1 !== undefined) {
        row = pos1.row;
        col = pos1.col;
      } else col++;
      if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) continue;
      const style = s === undefined ? 0 : Number(s) || 0;
      let inner = '';
      if (!tag.selfClosing) {
        const start = tag.end;
        const closeTag =
          tag.localStart === tag.nameStart
            ? '</c>'
            : `</${xml.slice(tag.nameStart, tag.localStart)}c>`;
        // fast paths for the two commonest shapes: <v>…</v> and <is><t>…</t></is>
        if (xml.startsWith('<v>', start)) {
          const ve = xml.indexOf('</v>', start + 3);
          if (ve >= 0 && xml.startsWith(closeTag, ve + 4)) {
            pos = ve + 4 + closeTag.length;
            const value = plainValue(t, xml.slice(start + 3, ve), sharedStrings);
            if (value !== null) cells.add(row, col, value, null, style);
            continue;
          }
        } else if (t === 'inlineStr' && xml.startsWith('<is><t>', start)) {
          const te = xml.indexOf('</t></is>', start + 7);
          if (te >= 0 && xml.startsWith(closeTag, te + 9)) {
            const text = xml.slice(start + 7, te);
            if (!text.includes('<')) {
              pos = te + 9 + closeTag.length;
              cells.add(row, col, decodeExcelEscapes(decodeXml(text)), null, style);
              continue;
            }
          }
        }
        const close = xml.indexOf(closeTag, start);
        if (close < 0 || close > end) {
          broken = true;
          break;
        }
        inner = xml.slice(start, close);
        pos = close + closeTag.length;
      }
      const cell = readCell(row, col, t, inner, sharedStrings, this.shared);
      if (cell === undefined) continue;
      cells.add(row, col, cell.value, cell.formula, style);
      if (cell.shared !== undefined) cells.addShared(row, col, cell.shared);
    }
    this.row = row;
    this.col = col;
    return { pos, broken };
  }
}

/** Up to this many cells (rows × columns of the used area) a grid is dense; beyond, sparse. */
const DENSE_CELLS = 1_000_000;

/** Excel's sheet size: rows and columns beyond it are not cells. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** The `<mergeCell ref="B5:B15"/>` areas after `<sheetData>`. */
export function readMerges(xml: string, from: number): CellRange[] {
  const out: CellRange[] = [];
  const at = xml.indexOf('mergeCells', from);
  if (at < 0) return out;
  let pos = xml.lastIndexOf('<', at);
  for (;;) {
    const tag = nextTag(xml, pos);
    if (tag === undefined) break;
    pos = tag.end;
    if (tag.local === 'mergeCells' && tag.selfClosing) break;
    if (tag.local !== 'mergeCell') {
      if (tag.local !== 'mergeCells') break;
      continue;
    }
    const ref = scanAttrs(tag.attrs).get('ref');
    const [a, b] = (ref ?? '').split(':');
    const from1 = fromA1(a ?? '');
    const to1 = fromA1(b ?? a ?? '');
    if (from1 === undefined || to1 === undefined) continue;
    out.push({
      top: Math.min(from1.row, to1.row),
      left: Math.min(from1.col, to1.col),
      bottom: Math.max(from1.row, to1.row),
      right: Math.max(from1.col, to1.col),
    });
  }
  return out;
}

function readCell(
  row: number,
  col: number,
  t: string | undefined,
  inner: string,
  sst: readonly string[],
  shared: Map<string, SharedFormula>,
): RawCell | undefined {
  let formula: string | null = null;
  let master: SharedFormula | undefined;
  if (inner.includes('<f') || inner.includes(':f')) {
    const f = firstElement(inner, 'f');
    if (f !== undefined) {
      const fa = scanAttrs(f.attrs);
      const text = f.content === undefined ? '' : decodeXml(f.content);
      if (fa.get('t') === 'shared') {
        const si = fa.get('si') ?? '';
        if (text !== '') {
          shared.set(si, { row, col, parts: formulaParts(text), runs: new Map() });
          formula = text;
        } else master = shared.get(si);
      } else if (text !== '') formula = text;
    }
  }
  let value: CellValue = null;
  if (t === 'inlineStr') {
    const is = firstElement(inner, 'is');
    value = is?.content === undefined ? '' : collectText(is.content);
  } else {
    let raw: string | undefined;
    if (inner.startsWith('<v>')) {
      const end = inner.indexOf('</v>', 3);
      raw = end < 0 ? undefined : inner.slice(3, end);
    } else {
      const v = firstElement(inner, 'v');
      raw = v === undefined ? undefined : (v.content ?? '');
    }
    if (raw !== undefined) value = plainValue(t, raw, sst);
    // a formula cached as the empty string (`=IF(…,"",…)`) is a blank cell, not a missing value
    if (
      value === null &&
      t === 'str' &&
      (formula !== null || master !== undefined) &&
      raw !== undefined
    )
      value = '';
  }
  if (master !== undefined) return { value, formula, shared: master };
  if (value === null && formula === null) return undefined;
  return { value, formula };
}

/** The value of a `<v>` element's text for a cell of type `t`. */
function plainValue(t: string | undefined, raw: string, sst: readonly string[]): CellValue {
  switch (t ?? 'n') {
    case 's':
      return sst[Number(raw)] ?? '';
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'e':
      return { error: decodeXml(raw) };
    case 'str':
    case 'd':
    case 'inlineStr':
      return decodeExcelEscapes(decodeXml(raw));
    default: {
      const n = raw.trim() === '' ? Number.NaN : Number(raw);
      return Number.isFinite(n) ? n : raw.trim() === '' ? null : decodeXml(raw);
    }
  }
}

/**
 * A copy of a string cut from the worksheet text that does not keep that text alive: V8 keeps a
 * slice of 13 or more characters as a view of its parent (tens of megabytes for a large sheet).
 * Prefixing builds a new string, slicing flattens it into a copy of its own.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * A collected row as `w` cells from column `c0`, absent cells null: from column A the row itself,
 * its holes filled (rows shared by lone cells are filled alike), else a copy.
 */
function denseRow<T>(
  row: (T | null)[] | undefined,
  c0: number,
  w: number,
  shared?: WeakSet<(T | null)[]>,
): (T | null)[] {
  // a row of its own size filled up to `w` in place would grow to room for 16 cells more
  if (row === undefined || c0 !== 0 || (row.length < w && shared?.has(row) !== true)) {
    const out = new Array<T | null>(w);
    for (let k = 0; k < w; k++) out[k] = row?.[c0 + k] ?? null;
    return out;
  }
  for (let k = 0; k < w; k++) if (row[k] === undefined) row[k] = null;
  return row;
}

/** Texts up to this length are shared by {@link CellList} (names and amounts are longer or unique). */
const SHORT_TEXT = 12;
/** The most texts a column {@link CellList} keeps for sharing. */
const TEXTS_KEPT = 256;

/** Whether two rows hold the same cells (holes alike). */
function sameCells(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Cells written straight into per-row arrays (no object per cell: large sheets have hundreds of thousands). */
class CellList {
  private readonly values: (CellValue[] | undefined)[] = [];
  private readonly formulas: ((string | null)[] | undefined)[] = [];
  private readonly styles: (number[] | undefined)[] = [];
  private readonly runs: FormulaRun[] = [];
  /** rows of one cell with the same column and value share one array (a template's `0` filled down) */
  private readonly lone = new Map<string, CellValue[]>();
  private readonly shared = new WeakSet<CellValue[]>();
  /** per column, short texts met before: a value repeated down a column is one string */
  private readonly texts: (Map<string, string> | undefined)[] = [];
  /** the styles of the last row that had some (rows styled alike share them) */
  private lastStyles: number[] | undefined;
  /** the lengths of the last row's values and styles: a new row's arrays start at them */
  private width = 0;
  private styleWidth = 0;
  /** the current row's last column with a value and with a style, plus one */
  private end = 0;
  private styleEnd = 0;
  /** whether a cell of the current row lay beyond its arrays' lengths (they grew, with room to spare) */
  private grew = false;
  private current = -1;
  private cellsInCurrent = 0;
  // -1 until the first cell: small integers throughout (an `Infinity` start made V8 hold these as
  // doubles, and every grid's `origin` with them, which deoptimised the readers' cell access)
  minRow = -1;
  minCol = -1;
  maxRow = -1;
  maxCol = -1;

  add(row: number, col: number, value: CellValue, formula: string | null, style: number): void {
    if (row !== this.current) {
      this.finishRow();
      this.current = row;
      this.cellsInCurrent = 0;
      this.end = 0;
      this.styleEnd = 0;
      this.grew = false;
    }
    // A row's arrays start at the length of the last row's (a table's rows are alike): one grown
    // cell by cell has room for 17 or more cells (a 6-cell line of 预算执行 took 200 bytes, with
    // its styles another 200; of its own length, 96 each). A row of another length is copied to
    // its length when done.
    let r = this.values[row];
    if (r === undefined)
      this.values[row] = r = new Array<CellValue>(col < this.width ? this.width : col + 1);
    else if (this.cellsInCurrent === 0) {
      // a row met again (rows out of order): never shared
      this.cellsInCurrent = 2;
      if (this.shared.has(r)) this.values[row] = r = r.slice();
      this.end = r.length;
      const st = this.styles[row];
      if (st !== undefined) {
        this.styles[row] = st.slice();
        this.styleEnd = st.length;
      }
    }
    if (col >= r.length) this.grew = true;
    if (col >= this.end) this.end = col + 1;
    if (r[col] === undefined) this.cellsInCurrent++;
    r[col] = typeof value === 'string' ? this.text(value, col) : value;
    if (formula !== null)
      (this.formulas[row] ??= new Array<string | null>(col + 1))[col] = detach(formula);
    if (style !== 0) {
      let st = this.styles[row];
      if (st === undefined)
        this.styles[row] = st = new Array<number>(
          col < this.styleWidth ? this.styleWidth : col + 1,
        );
      if (col >= st.length) this.grew = true;
      if (col >= this.styleEnd) this.styleEnd = col + 1;
      st[col] = style;
    }
    if (row < this.minRow || this.minRow < 0) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol || this.minCol < 0) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
  }

  /** The cell (row, col), just added, holds `master`'s formula translated: extend its run. */
  addShared(row: number, col: number, master: SharedFormula): void {
    const open = master.runs.get(col);
    if (open !== undefined && open.bottom + 1 === row) open.bottom = row;
    else if (open === undefined || open.bottom !== row) {
      const run: FormulaRun = {
        col,
        top: row,
        bottom: row,
        master: { row: master.row, col: master.col, parts: master.parts },
      };
      master.runs.set(col, run);
      this.runs.push(run);
    }
  }

  /**
   * A short text as the string met before in its column with the same characters (at most
   * {@link TEXTS_KEPT} a column are kept: a column of names stops there), a long one
   * {@link detach}ed. A column's repeated values (支出类型, 一级指标, 是否) were a string per
   * cell: 24 to 32 bytes each.
   */
  private text(s: string, col: number): string {
    if (s.length > SHORT_TEXT) return detach(s);
    let met = this.texts[col];
    if (met === undefined) this.texts[col] = met = new Map<string, string>();
    const same = met.get(s);
    if (same !== undefined) return same;
    if (met.size < TEXTS_KEPT) met.set(s, s);
    return s;
  }

  /**
   * The row just read, in arrays of its own length (see {@link add}); rows styled alike in turn
   * share their styles. When it holds one plain cell, it shares the array of rows like it.
   */
  private finishRow(): void {
    const row = this.current;
    if (row < 0) return;
    let r = this.values[row]!;
    if (this.grew || r.length !== this.end) this.values[row] = r = r.slice(0, this.end);
    this.width = this.end;
    const styles = this.styles[row];
    if (styles !== undefined) {
      const exact =
        this.grew || styles.length !== this.styleEnd ? styles.slice(0, this.styleEnd) : styles;
      this.styleWidth = this.styleEnd;
      const last = this.lastStyles;
      if (last !== undefined && sameCells(last, exact)) this.styles[row] = last;
      else this.styles[row] = this.lastStyles = exact;
    }
    const formulas = this.formulas[row];
    // a copy has no room to spare: one grown cell by cell has room for 16 cells more
    if (formulas !== undefined) this.formulas[row] = formulas.slice();
    if (this.cellsInCurrent !== 1) return;
    const col = r.length - 1;
    const value = r[col];
    if (value === undefined || (typeof value === 'object' && value !== null)) return;
    if (typeof value === 'string' && value.length > 64) return;
    const key = `${String(col)}\u0000${typeof value}\u0000${String(value)}`;
    const same = this.lone.get(key);
    if (same !== undefined) this.values[row] = same;
    else if (this.lone.size < 4096) {
      this.lone.set(key, r);
      this.shared.add(r);
    }
  }

  /**
   * The grid from the first to the last used row and column: dense (nulls) when the area is at most
   * {@link DENSE_CELLS}, else sparse — a row without cells is a hole in `values`, a row's array holds
   * only its cells, `formulas` and `numberFormats` only rows that have some — so memory grows with
   * the cells, not the area.
   */
  toGrid(name: string, styleFormats: readonly (string | null)[]): SheetGrid {
    this.finishRow();
    this.current = -1;
    if (this.maxRow < 0)
      return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
    const area = (this.maxRow - this.minRow + 1) * (this.maxCol - this.minCol + 1);
    return area <= DENSE_CELLS ? this.dense(name, styleFormats) : this.sparse(name, styleFormats);
  }

  /**
   * The dense grid. From column A (the usual case) the rows collected are handed over, their holes
   * filled with null, instead of copied; a row without formulas gets one all-null row shared by
   * the grid (copied before a filled-down formula is written into it), and rows styled alike share
   * their formats.
   */
  private dense(name: string, styleFormats: readonly (string | null)[]): SheetGrid {
    const c0 = this.minCol;
    const w = this.maxCol - c0 + 1;
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    const noFormulas = new Array<string | null>(w).fill(null);
    const format0 = styleFormats[0] ?? null;
    // with style 0 unformatted, a row's formats follow from its styles alone: rows styled alike
    // (every line of a table) share one array
    const formatsByStyle = new Map<string, (string | null)[]>();
    for (let r = this.minRow; r <= this.maxRow; r++) {
      const src = this.values[r];
      const ssrc = this.styles[r];
      const styleKey = format0 === null ? (ssrc?.join(',') ?? '') : undefined;
      let fmts = styleKey === undefined ? undefined : formatsByStyle.get(styleKey);
      if (fmts === undefined) {
        // formats first: they tell absent cells (no format) from cells without s (style 0's)
        fmts = new Array<string | null>(w);
        for (let k = 0; k < w; k++) {
          const st = ssrc?.[c0 + k];
          // a cell without s uses style 0; a cell that is absent has no format
          fmts[k] =
            st !== undefined
              ? (styleFormats[st] ?? null)
              : src?.[c0 + k] !== undefined
                ? format0
                : null;
        }
        if (styleKey !== undefined && formatsByStyle.size < 4096)
          formatsByStyle.set(styleKey, fmts);
      }
      numberFormats.push(fmts);
      values.push(denseRow(src, c0, w, this.shared));
      const fsrc = this.formulas[r];
      formulas.push(fsrc === undefined ? noFormulas : denseRow(fsrc, c0, w));
    }
    for (const run of this.runs)
      for (let row = run.top; row <= run.bottom; row++) {
        let forms = formulas[row - this.minRow]!;
        if (forms === noFormulas) formulas[row - this.minRow] = forms = noFormulas.slice();
        forms[run.col - c0] ??= renderFormula(
          run.master.parts,
          row - run.master.row,
          run.col - run.master.col,
        );
      }
    return { name, origin: { row: this.minRow, col: c0 }, values, formulas, numberFormats };
  }

  private sparse(name: string, styleFormats: readonly (string | null)[]): SheetGrid {
    const r0 = this.minRow;
    const c0 = this.minCol;
    const height = this.maxRow - r0 + 1;
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    const format0 = styleFormats[0] ?? null;
    // from A1 (the usual case) the rows collected are handed over as they are, without a copy
    const handOver = r0 === 0 && c0 === 0;
    const moved = new Map<CellValue[], CellValue[]>();
    const formatsOf = new Map<CellValue[], (string | null)[] | null>();
    const formatsByStyle = new Map<string, (string | null)[]>();
    for (let r = r0; r <= this.maxRow; r++) {
      const src = this.values[r];
      if (src === undefined) continue;
      const again = moved.get(src);
      const vals: CellValue[] = handOver ? src : (again ?? []);
      if (!handOver && again === undefined && this.shared.has(src)) moved.set(src, vals);
      const ssrc = this.styles[r];
      // shared rows without styles share their formats too
      const sharedFormats = ssrc === undefined ? formatsOf.get(src) : undefined;
      if (sharedFormats !== undefined) {
        values[r - r0] = vals;
        if (sharedFormats !== null) numberFormats[r - r0] = sharedFormats;
        this.moveFormulas(r, handOver, c0, formulas);
        continue;
      }
      // rows styled alike (every line of a table) share one array of formats
      const styleKey = ssrc !== undefined && format0 === null ? ssrc.join(',') : undefined;
      const alike = styleKey === undefined ? undefined : formatsByStyle.get(styleKey);
      if (alike !== undefined) {
        if (!handOver && again === undefined) src.forEach((value, c) => (vals[c - c0] = value));
        values[r - r0] = vals;
        numberFormats[r - r0] = alike;
        this.moveFormulas(r, handOver, c0, formulas);
        continue;
      }
      const fmts: (string | null)[] = [];
      let anyFormat = false;
      // forEach visits only the cells present (it skips holes)
      src.forEach((value, c) => {
        const k = c - c0;
        if (!handOver && again === undefined) vals[k] = value;
        // a cell without s uses style 0; a cell that is absent has no format
        const st = ssrc?.[c];
        const f = st !== undefined ? (styleFormats[st] ?? null) : format0;
        if (f !== null) {
          fmts[k] = f;
          anyFormat = true;
        }
      });
      values[r - r0] = vals;
      if (anyFormat) numberFormats[r - r0] = fmts;
      if (ssrc === undefined && this.shared.has(src)) formatsOf.set(src, anyFormat ? fmts : null);
      if (styleKey !== undefined && anyFormat && formatsByStyle.size < 4096)
        formatsByStyle.set(styleKey, fmts);
      this.moveFormulas(r, handOver, c0, formulas);
    }
    values.length = height;
    const grid: SheetGrid = { name, origin: { row: r0, col: c0 }, values, formulas, numberFormats };
    if (this.runs.length > 0)
      grid.formulaRuns = this.runs.sort((a, b) => a.col - b.col || a.top - b.top);
    return grid;
  }

  private moveFormulas(
    r: number,
    handOver: boolean,
    c0: number,
    formulas: (string | null)[][],
  ): void {
    const fsrc = this.formulas[r];
    if (fsrc === undefined) return;
    if (handOver) formulas[r] = fsrc;
    else {
      const forms: (string | null)[] = [];
      fsrc.forEach((f, c) => (forms[c - c0] = f));
      formulas[r - this.minRow] = forms;
    }
  }
}
