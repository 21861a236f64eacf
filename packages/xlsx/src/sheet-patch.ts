/**
 * Patching cells inside a worksheet part: only the planned `<c>` elements are replaced or inserted;
 * every other byte of the part (other cells, rows, merged cells, validation, conditional formats,
 * drawings, panes, print settings) is copied through unchanged.
 */
import { columnLetters, fromA1, toA1 } from './a1.js';
import { sheetDataRange, withLast } from './read-sheet.js';
import type { StyleEditor } from './styles.js';
import { toBinary } from './binary.js';
import { escapeXml } from './xml.js';
import {
  findTag,
  firstElement,
  hasMarkup,
  isLocal,
  maskMarkup,
  newTagSpan,
  nextTag,
  quotedAttr,
  scanAttrs,
  usualAttrs,
} from './scan.js';

/** One cell to write, already resolved to a style index. */
export interface PatchCell {
  row: number;
  col: number;
  value: string | number | null;
  /** number format code to show the value in; the cell's own style is kept otherwise */
  numberFormat?: string | undefined;
}

/** What patching a sheet did. */
export interface PatchResult {
  /** The new part as pieces to concatenate (joining 10 MB of XML costs more than encoding the pieces). */
  parts: string[];
  /** A1 addresses of cells whose formula was removed (their calcChain entries must go). */
  removedFormulas: string[];
}

const SPANS = /spans\s*=\s*("[^"]*"|'[^']*')/;
const R_ATTR = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
function attrsOf(s: string): Map<string, string> {
  return scanAttrs(s);
}

/** Write a number the way a spreadsheet stores it (shortest round-trip text). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot write ${String(n)} to a cell`);
  return String(n);
}

function cellXml(
  p: string,
  ref: string,
  attrs: Map<string, string>,
  value: string | number | null,
  style: number | undefined,
): string {
  let head = `<${p}c r="${ref}"`;
  if (style !== undefined && style !== 0) head += ` s="${String(style)}"`;
  for (const [k, v] of attrs) {
    // keep attributes other than position, style, type and value metadata
    if (k === 'r' || k === 's' || k === 't' || k === 'cm' || k === 'vm') continue;
    head += ` ${k}="${v}"`;
  }
  if (value === null) return `${head}/>`;
  if (typeof value === 'number') return `${head}><${p}v>${numberText(value)}</${p}v></${p}c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `${head} t="inlineStr"><${p}is><${p}t${space}>${toBinary(escapeXml(value))}</${p}t></${p}is></${p}c>`;
}

function resolveStyle(
  styles: StyleEditor | undefined,
  current: number,
  format: string | undefined,
): number {
  if (format === undefined || styles === undefined) return current;
  return styles.withNumberFormat(current, format);
}

/**
 * Patch the given cells of a worksheet part given as a binary string (one character per byte, see
 * binary.ts); the pieces returned are binary strings too. Cells may come in any order; the last
 * write to a cell wins.
 */
export function patchSheet(
  xml: string,
  writes: readonly PatchCell[],
  styles: StyleEditor | undefined,
): PatchResult {
  if (writes.length === 0) return { parts: [xml], removedFormulas: [] };
  const parts: string[] = [];
  const patcher = new SheetPatcher(writes, styles, (s) => parts.push(s));
  // offsets are found in `scan` (comments, CDATA and PIs blanked) and text is copied from `xml`
  patcher.piece(xml, maskMarkup(xml), true);
  return { parts, removedFormulas: patcher.removedFormulas };
}

/**
 * {@link patchSheet} on a part given as binary-string pieces that each end just after a `</row>`
 * (the last one holds the rest; see `rowPieces`), handing the new part to `out` piece by piece, so
 * that neither the part nor its patched text is ever held whole. The text written is the text
 * {@link patchSheet} gives. Returns undefined as soon as the part cannot be patched this way
 * (comments, CDATA or processing instructions; no `<sheetData>` start tag in the first piece; a
 * row or tag across a cut): the caller then discards what `out` got and patches the part whole.
 */
export function patchSheetPieces(
  pieces: Iterable<string>,
  writes: readonly PatchCell[],
  styles: StyleEditor | undefined,
  out: (piece: string) => void,
): { removedFormulas: string[] } | undefined {
  const patcher = new SheetPatcher(writes, styles, out);
  let first = true;
  for (const [xml, last] of withLast(pieces)) {
    if (first ? hasMarkup(xml) : xml.includes('<!') || xml.includes('<?')) return undefined;
    first = false;
    if (!patcher.piece(xml, xml, last)) return undefined;
  }
  return first ? undefined : { removedFormulas: patcher.removedFormulas };
}

/** Whether the writes are in row order, by column within a row. */
function isSortedByCell(writes: readonly PatchCell[]): boolean {
  for (let i = 1; i < writes.length; i++) {
    const a = writes[i - 1]!;
    const b = writes[i]!;
    if (a.row > b.row || (a.row === b.row && a.col > b.col)) return false;
  }
  return true;
}

/** One pass of patching over a part's pieces (or the whole part as one piece). */
class SheetPatcher {
  readonly removedFormulas: string[] = [];
  /** the writes by row and column (a write to the same cell later in the plan after, so it wins) */
  private readonly sorted: readonly PatchCell[];
  /**
   * the rows written, ascending, and where each one's writes start in `sorted` (the first
   * `rowCount` entries; typed arrays of the writes' size, not arrays grown by push: a 100,000-row
   * plan left 2 MB of outgrown copies behind)
   */
  private readonly rowsWanted: Int32Array;
  private readonly rowStarts: Int32Array;
  private readonly rowCount: number;
  /** the next row of `rowsWanted` to write */
  private wi = 0;
  private phase: 'head' | 'rows' | 'copy' = 'head';
  private p = '';
  private columnStyle: Look = () => 0;
  private rowIndex = -1;
  /** the row tag being read, filled in place */
  private readonly tag = newTagSpan();
  private readonly bounds: { minRow: number; maxRow: number; minCol: number; maxCol: number };

  constructor(
    writes: readonly PatchCell[],
    private readonly styles: StyleEditor | undefined,
    private readonly out: (piece: string) => void,
  ) {
    let minRow = Infinity;
    let maxRow = -1;
    let minCol = Infinity;
    let maxCol = -1;
    // sorted, not a map of maps: a plan of 100,000 rows would hold 100,000 maps; a plan's own
    // writes come sorted (planWrites sorts them) and are not copied
    const sorted = isSortedByCell(writes)
      ? writes
      : [...writes].sort((a, b) => a.row - b.row || a.col - b.col);
    this.sorted = sorted;
    this.rowsWanted = new Int32Array(sorted.length);
    this.rowStarts = new Int32Array(sorted.length);
    let rows = 0;
    for (let i = 0; i < sorted.length; i++) {
      const w = sorted[i]!;
      if (i === 0 || sorted[i - 1]!.row !== w.row) {
        this.rowsWanted[rows] = w.row;
        this.rowStarts[rows] = i;
        rows++;
      }
    }
    this.rowCount = rows;
    for (const w of writes) {
      // every write lands (replaced, inserted or skipped as an empty new cell): <dimension> covers it
      if (w.row < minRow) minRow = w.row;
      if (w.row > maxRow) maxRow = w.row;
      if (w.col < minCol) minCol = w.col;
      if (w.col > maxCol) maxCol = w.col;
    }
    this.bounds = { minRow, maxRow, minCol, maxCol };
  }

  /** The writes of the `i`th row written, by column (the last write to a cell wins). */
  private rowWrites(i: number): Map<number, PatchCell> {
    const out = new Map<number, PatchCell>();
    const end = i + 1 < this.rowCount ? this.rowStarts[i + 1]! : this.sorted.length;
    for (let k = this.rowStarts[i]!; k < end; k++) out.set(this.sorted[k]!.col, this.sorted[k]!);
    return out;
  }

  private newRow(i: number): string {
    const p = this.p;
    const row = this.rowsWanted[i]!;
    const cells = [...this.rowWrites(i).values()];
    let s = '';
    for (const c of cells) {
      const st = resolveStyle(this.styles, this.columnStyle(c.col), c.numberFormat);
      if (c.value === null && st === 0) continue;
      s += cellXml(p, toA1(row, c.col), new Map(), c.value, st);
    }
    return s === '' ? '' : `<${p}row r="${String(row + 1)}">${s}</${p}row>`;
  }

  /** The rows still to write, as new rows. */
  private newRowsLeft(): void {
    for (; this.wi < this.rowCount; this.wi++) this.out(this.newRow(this.wi));
  }

  /**
   * Patch one piece: `xml` to copy from, `scan` the same text with comments, CDATA and PIs blanked.
   * False when the piece cannot be patched on its own (only when not `last`).
   */
  piece(xml: string, scan: string, last: boolean): boolean {
    const out = this.out;
    if (this.phase === 'copy') {
      out(xml);
      return true;
    }
    let from = 0;
    if (this.phase === 'head') {
      const range = sheetDataRange(scan);
      if (range === undefined) {
        if (!last) return false;
        throw new RangeError('worksheet has no sheetData');
      }
      this.p = range.prefix;
      // a new cell takes the look of its row (a row style) or else of its column (`<col style>`)
      this.columnStyle = columnStyles(scan.slice(0, range.openStart));
      // <dimension> comes before <sheetData>
      const b = this.bounds;
      out(expandDimension(xml.slice(0, range.openStart), b.minRow, b.minCol, b.maxRow, b.maxCol));
      if (range.selfClosing) {
        out(`<${this.p}sheetData>`);
        this.newRowsLeft();
        out(`</${this.p}sheetData>`);
        out(xml.slice(range.openEnd));
        this.phase = 'copy';
        return true;
      }
      out(xml.slice(range.openStart, range.start));
      from = range.start;
      this.phase = 'rows';
    }
    const p = this.p;
    const rowsWanted = this.rowsWanted;
    const rowCount = this.rowCount;
    const close = scan.indexOf(`</${p}sheetData>`, from);
    const closed = close >= 0;
    const end = closed ? close : scan.length;
    const whole = closed || last;
    let cursor = from;
    let pos = from;
    const tag = this.tag;
    const closeTag = `</${p}row>`;
    while (this.wi < rowCount) {
      if (!findTag(scan, pos, end, tag)) {
        // a piece ends between rows: only end tags (and text) may be left in it
        if (!whole && !onlyEndTags(scan, pos, end)) return false;
        break;
      }
      pos = tag.end;
      if (!isLocal(scan, tag, 'row')) continue;
      const rowAttrs = scan.slice(tag.nameEnd, tag.attrsEnd);
      const rAttr = usualAttrs(rowAttrs)
        ? quotedAttr(rowAttrs, ' r="')
        : scanAttrs(rowAttrs).get('r');
      const rowIndex = (this.rowIndex =
        rAttr === undefined ? this.rowIndex + 1 : Number(rAttr) - 1);
      const selfClosing = tag.selfClosing;
      const bodyStart = tag.end;
      let bodyEnd = selfClosing ? bodyStart : scan.indexOf(closeTag, bodyStart);
      if (bodyEnd < 0 || bodyEnd > end) {
        if (!whole) return false;
        bodyEnd = end;
      }
      if (!selfClosing) pos = bodyEnd + closeTag.length;
      // rows to create before this one
      while (this.wi < rowCount && rowsWanted[this.wi]! < rowIndex) {
        out(xml.slice(cursor, tag.start));
        out(this.newRow(this.wi));
        cursor = tag.start;
        this.wi++;
      }
      if (this.wi < rowCount && rowsWanted[this.wi] === rowIndex) {
        const rowWrites = this.rowWrites(this.wi);
        const body = selfClosing ? '' : xml.slice(bodyStart, bodyEnd);
        const bodyScan = selfClosing ? '' : scan.slice(bodyStart, bodyEnd);
        const patched = patchRow(
          p,
          rowIndex,
          { text: body, scan: bodyScan },
          rowWrites,
          this.styles,
          this.removedFormulas,
          (col) => rowStyle(rowAttrs) ?? this.columnStyle(col),
        );
        let open = xml.slice(tag.start, tag.end);
        if (selfClosing) open = open.replace(/\s*\/>$/, '>');
        const spans = rowAttrs.includes('spans')
          ? SPANS.exec(rowAttrs)?.[1]?.slice(1, -1)
          : undefined;
        if (spans !== undefined) {
          const [lo, hi] = spans.split(':').map(Number);
          let nlo = lo ?? 1;
          let nhi = hi ?? 1;
          for (const c of rowWrites.keys()) {
            nlo = Math.min(nlo, c + 1);
            nhi = Math.max(nhi, c + 1);
          }
          open = open.replace(
            /spans\s*=\s*("[^"]*"|'[^']*')/,
            `spans="${String(nlo)}:${String(nhi)}"`,
          );
        }
        out(xml.slice(cursor, tag.start));
        out(open);
        out(patched);
        out(`</${p}row>`);
        cursor = selfClosing ? bodyStart : Math.min(bodyEnd + closeTag.length, end);
        this.wi++;
      }
    }
    if (this.wi < rowCount) {
      if (!whole) {
        // the rows wanted come later
        out(xml.slice(cursor));
        return true;
      }
      out(xml.slice(cursor, end));
      this.newRowsLeft();
      cursor = end;
    }
    out(xml.slice(cursor));
    this.phase = 'copy';
    return true;
  }
}

/** Whether `xml` from `pos` to `end` holds no start tag, only end tags (`</c></row>`) and text. */
function onlyEndTags(xml: string, pos: number, end: number): boolean {
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0 || lt >= end) return true;
    if (xml.charCodeAt(lt + 1) !== 47) return false;
    const gt = xml.indexOf('>', lt);
    if (gt < 0 || gt >= end) return false;
    pos = gt + 1;
  }
}

/** The style a new cell in a column starts from. */
type Look = (col: number) => number;

/** The `<col min max style>` ranges before `<sheetData>`: column → style (a later range wins). */
export function columnStyles(head: string): Look {
  const ranges: { min: number; max: number; style: number }[] = [];
  const at = head.indexOf('cols');
  if (at >= 0) {
    let pos = head.lastIndexOf('<', at);
    for (;;) {
      const tag = nextTag(head, pos);
      if (tag === undefined) break;
      pos = tag.end;
      if (tag.local === 'cols') {
        if (tag.selfClosing) break;
        continue;
      }
      if (tag.local !== 'col') break;
      const a = scanAttrs(tag.attrs);
      const style = Number(a.get('style') ?? '0');
      const min = Number(a.get('min') ?? '0');
      const max = Number(a.get('max') ?? String(min));
      if (Number.isInteger(style) && style > 0 && min >= 1) ranges.push({ min, max, style });
    }
  }
  return (col) => {
    for (let i = ranges.length - 1; i >= 0; i--) {
      const r = ranges[i]!;
      if (col + 1 >= r.min && col + 1 <= r.max) return r.style;
    }
    return 0;
  };
}

/** A row's own style (`s` with `customFormat="1"`), or undefined. */
function rowStyle(attrs: string): number | undefined {
  if (!attrs.includes('customFormat')) return undefined;
  const a = scanAttrs(attrs);
  const custom = a.get('customFormat');
  const st = Number(a.get('s') ?? '0');
  return (custom === '1' || custom === 'true') && Number.isInteger(st) && st > 0 ? st : undefined;
}

/** A row's body: the text to copy and the same text with comments, CDATA and PIs blanked. */
interface RowBody {
  text: string;
  scan: string;
}

function slowPatchRow(
  p: string,
  row: number,
  body: RowBody,
  writes: Map<number, PatchCell>,
  styles: StyleEditor | undefined,
  removedFormulas: string[],
  look: Look,
): string {
  const pending = [...writes.values()].sort((a, b) => a.col - b.col);
  let pi = 0;
  const parts: string[] = [];
  let cursor = 0;
  let col = -1;
  let pos = 0;
  while (pi < pending.length) {
    const tag = nextTag(body.scan, pos);
    if (tag === undefined) break;
    pos = tag.end;
    if (tag.local !== 'c') continue;
    const r = scanAttrs(tag.attrs).get('r');
    const at = r === undefined ? undefined : fromA1(r);
    col = at === undefined ? col + 1 : at.col;
    let end = tag.end;
    if (!tag.selfClosing) {
      const close = `</${p}c>`;
      const e = body.scan.indexOf(close, end);
      end = e < 0 ? body.scan.length : e + close.length;
    }
    pos = end;
    while (pi < pending.length && pending[pi]!.col < col) {
      const w = pending[pi]!;
      parts.push(body.text.slice(cursor, tag.start), newCell(p, row, w, styles, look));
      cursor = tag.start;
      pi++;
    }
    if (pi < pending.length && pending[pi]!.col === col) {
      const w = pending[pi]!;
      const attrs = attrsOf(tag.attrs);
      if (hasFormula(body.scan.slice(tag.start, end))) removedFormulas.push(toA1(row, col));
      const current = Number(attrs.get('s') ?? '0');
      const st = resolveStyle(styles, current, w.numberFormat);
      parts.push(
        body.text.slice(cursor, tag.start),
        cellXml(p, toA1(row, col), attrs, w.value, st),
      );
      cursor = end;
      pi++;
    }
  }
  parts.push(body.text.slice(cursor));
  let tail = '';
  for (; pi < pending.length; pi++) tail += newCell(p, row, pending[pi]!, styles, look);
  return parts.join('') + tail;
}

/** Whether a cell element has a formula child. */
function hasFormula(element: string): boolean {
  const f = firstElement(element.slice(element.indexOf('>') + 1), 'f');
  return f !== undefined;
}

/** A `<c>` element found by its address. */
interface FoundCell {
  start: number;
  end: number;
  attrs: string;
}

/** Find the cell with this A1 address in a row's body by its `r` attribute (fast path). */
function findCell(body: string, p: string, ref: string): FoundCell | undefined {
  const needle = `r="${ref}"`;
  const open = `<${p}c`;
  let i = body.indexOf(needle);
  while (i >= 0) {
    const lt = body.lastIndexOf('<', i);
    const after = body.charCodeAt(lt + open.length);
    if (
      lt >= 0 &&
      body.startsWith(open, lt) &&
      (after === 32 || after === 9 || after === 10 || after === 13)
    ) {
      const gt = body.indexOf('>', i);
      const selfClosing = body.charCodeAt(gt - 1) === 47;
      const attrs = body.slice(lt + open.length, selfClosing ? gt - 1 : gt);
      let end = gt + 1;
      if (!selfClosing) {
        const close = body.indexOf(`</${p}c>`, end);
        end = close < 0 ? body.length : close + p.length + 4;
      }
      return { start: lt, end, attrs };
    }
    i = body.indexOf(needle, i + needle.length);
  }
  return undefined;
}

/** Column of the last cell of a row body: -1 for no cells, undefined when it has no `r`. */
function lastCellCol(body: string, p: string): number | undefined {
  const open = `<${p}c`;
  let i = body.lastIndexOf(open);
  while (i >= 0) {
    const after = body.charCodeAt(i + open.length);
    if (
      after === 32 ||
      after === 9 ||
      after === 10 ||
      after === 13 ||
      after === 47 ||
      after === 62
    ) {
      const gt = body.indexOf('>', i);
      const r = R_ATTR.exec(body.slice(i + open.length, gt))?.[1];
      return r === undefined ? undefined : fromA1(r)?.col;
    }
    i = i === 0 ? -1 : body.lastIndexOf(open, i - 1);
  }
  return -1;
}

function patchRow(
  p: string,
  row: number,
  body: RowBody,
  writes: Map<number, PatchCell>,
  styles: StyleEditor | undefined,
  removedFormulas: string[],
  look: Look,
): string {
  const pending = [...writes.values()].sort((a, b) => a.col - b.col);
  const edits: { start: number; end: number; text: string }[] = [];
  const removed: string[] = [];
  let lastCol: number | undefined | null = null;
  for (const w of pending) {
    const ref = toA1(row, w.col);
    const found = findCell(body.scan, p, ref);
    if (found !== undefined) {
      if (hasFormula(body.scan.slice(found.start, found.end))) removed.push(ref);
      const attrs = attrsOf(found.attrs);
      const st = resolveStyle(styles, Number(attrs.get('s') ?? '0'), w.numberFormat);
      edits.push({ start: found.start, end: found.end, text: cellXml(p, ref, attrs, w.value, st) });
      continue;
    }
    if (lastCol === null) lastCol = lastCellCol(body.scan, p);
    if (lastCol !== undefined && lastCol < w.col) {
      edits.push({
        start: body.text.length,
        end: body.text.length,
        text: newCell(p, row, w, styles, look),
      });
      continue;
    }
    // cells without addresses, or a new cell between existing ones: walk the row
    return slowPatchRow(p, row, body, writes, styles, removedFormulas, look);
  }
  removedFormulas.push(...removed);
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const e of edits) {
    out += body.text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + body.text.slice(cursor);
}

function newCell(
  p: string,
  row: number,
  w: PatchCell,
  styles: StyleEditor | undefined,
  look: Look,
): string {
  const st = resolveStyle(styles, look(w.col), w.numberFormat);
  if (w.value === null && st === 0) return '';
  return cellXml(p, toA1(row, w.col), new Map(), w.value, st);
}

function expandDimension(
  xml: string,
  minRow: number,
  minCol: number,
  maxRow: number,
  maxCol: number,
): string {
  const m = /(<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*)("([^"]*)"|'([^']*)')/.exec(xml);
  if (m === null) return xml;
  const ref = m[3] ?? m[4] ?? '';
  const [a, b] = ref.split(':');
  const from = fromA1(a ?? '');
  const to = fromA1(b ?? a ?? '');
  if (from === undefined || to === undefined) return xml;
  const r0 = Math.min(from.row, minRow);
  const c0 = Math.min(from.col, minCol);
  const r1 = Math.max(to.row, maxRow);
  const c1 = Math.max(to.col, maxCol);
  if (r0 === from.row && c0 === from.col && r1 === to.row && c1 === to.col) return xml;
  const next = `${columnLetters(c0)}${String(r0 + 1)}:${columnLetters(c1)}${String(r1 + 1)}`;
  return xml.slice(0, m.index) + `${m[1]!}"${next}"` + xml.slice(m.index + m[0].length);
}
