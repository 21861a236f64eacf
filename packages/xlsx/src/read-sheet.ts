/** Scanning one worksheet part into a {@link SheetGrid}. */
import type { CellRange, CellValue, SheetGrid } from '@jixiao/workbook';
import { fromA1 } from './a1.js';
import { fromBinary } from './binary.js';
import { compileShift } from './formula-shift.js';
import { firstElement, nextTag, scanAttrs, stripMarkup } from './scan.js';
import { collectText, decodeExcelEscapes, decodeXml } from './xml.js';

interface RawCell {
  value: CellValue;
  formula: string | null;
}

interface SharedFormula {
  row: number;
  col: number;
  text: string;
  shift: (dRow: number, dCol: number) => string;
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
 * Read the cells of a worksheet part, given as a binary string (one character per byte; a plain
 * string works too). Values follow the cell type (shared and inline strings, booleans, errors,
 * numbers; dates stay serial numbers); formulas keep their text without `=` (shared formulas
 * translated to each cell); number formats come from the cell's style; merged areas are listed.
 * Comments, CDATA sections and processing instructions are skipped, never read as cells. One linear
 * pass ({@link nextTag}); the grid holds only the rows and cells present (sparse), so a stray value
 * at XFD1048576 costs one cell, not a dense sheet.
 */
export function readSheet(
  name: string,
  part: string,
  sharedStrings: readonly string[],
  styleFormats: readonly (string | null)[],
): SheetGrid {
  const xml = stripMarkup(part);
  const range = sheetDataRange(xml);
  const cells = new CellList();
  if (range !== undefined && !range.selfClosing) {
    const shared = new Map<string, SharedFormula>();
    let row = -1;
    let col = -1;
    let pos = range.start;
    for (;;) {
      const tag = nextTag(xml, pos, range.end);
      if (tag === undefined) break;
      pos = tag.end;
      if (tag.local !== 'row' && tag.local !== 'c') continue;
      const attrs = tag.attrs;
      let r: string | undefined;
      let t: string | undefined;
      let s: string | undefined;
      if (UNUSUAL_ATTRS.test(attrs) || !attrs.startsWith(' ')) {
        const all = scanAttrs(attrs);
        r = all.get('r');
        t = all.get('t');
        s = all.get('s');
      } else {
        r = quoted(attrs, ' r="');
        if (tag.local === 'c') {
          t = quoted(attrs, ' t="');
          s = quoted(attrs, ' s="');
        }
      }
      if (tag.local === 'row') {
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
        const closeTag = `</${tag.prefix}c>`;
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
              cells.add(row, col, decodeExcelEscapes(decodeXml(fromBinary(text))), null, style);
              continue;
            }
          }
        }
        const end = xml.indexOf(closeTag, start);
        if (end < 0 || end > range.end) break;
        inner = xml.slice(start, end);
        pos = end + closeTag.length;
      }
      const cell = readCell(row, col, t, inner, sharedStrings, shared);
      if (cell === undefined) continue;
      cells.add(row, col, cell.value, cell.formula, style);
    }
  }
  const grid = cells.toGrid(name, styleFormats);
  const merges = readMerges(xml, range === undefined ? 0 : range.end);
  if (merges.length > 0) grid.merges = merges;
  return grid;
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

/** The value of an attribute written exactly as `needle` (` r="`), or undefined. */
function quoted(attrs: string, needle: string): string | undefined {
  const i = attrs.indexOf(needle);
  if (i < 0) return undefined;
  const start = i + needle.length;
  const end = attrs.indexOf('"', start);
  return end < 0 ? undefined : attrs.slice(start, end);
}

/** Attributes in an unusual layout (single quotes, tabs, spaces around `=`) go through the full parser. */
const UNUSUAL_ATTRS = /['\t\n\r]|\s=|=\s/;

function readCell(
  row: number,
  col: number,
  t: string | undefined,
  inner: string,
  sst: readonly string[],
  shared: Map<string, SharedFormula>,
): RawCell | undefined {
  let formula: string | null = null;
  if (inner.includes('<f') || inner.includes(':f')) {
    const f = firstElement(inner, 'f');
    if (f !== undefined) {
      const fa = scanAttrs(f.attrs);
      const text = f.content === undefined ? '' : decodeXml(fromBinary(f.content));
      if (fa.get('t') === 'shared') {
        const si = fa.get('si') ?? '';
        if (text !== '') {
          shared.set(si, { row, col, text, shift: compileShift(text) });
          formula = text;
        } else {
          const master = shared.get(si);
          formula = master === undefined ? null : master.shift(row - master.row, col - master.col);
        }
      } else if (text !== '') formula = text;
    }
  }
  let value: CellValue = null;
  if (t === 'inlineStr') {
    const is = firstElement(inner, 'is');
    value = is?.content === undefined ? '' : collectText(fromBinary(is.content));
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
    if (value === null && t === 'str' && formula !== null && raw !== undefined) value = '';
  }
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
      return { error: decodeXml(fromBinary(raw)) };
    case 'str':
    case 'd':
    case 'inlineStr':
      return decodeExcelEscapes(decodeXml(fromBinary(raw)));
    default: {
      const n = raw.trim() === '' ? Number.NaN : Number(raw);
      return Number.isFinite(n) ? n : raw.trim() === '' ? null : decodeXml(fromBinary(raw));
    }
  }
}

/** Cells written straight into per-row arrays (no object per cell: large sheets have hundreds of thousands). */
class CellList {
  private readonly values: (CellValue[] | undefined)[] = [];
  private readonly formulas: ((string | null)[] | undefined)[] = [];
  private readonly styles: (number[] | undefined)[] = [];
  minRow = Infinity;
  minCol = Infinity;
  maxRow = -1;
  maxCol = -1;

  add(row: number, col: number, value: CellValue, formula: string | null, style: number): void {
    // a row's arrays start at the size of their first cell (a lone cell at F costs 6 slots, not 25)
    let r = this.values[row];
    if (r === undefined) this.values[row] = r = new Array<CellValue>(col + 1);
    r[col] = value;
    if (formula !== null) (this.formulas[row] ??= new Array<string | null>(col + 1))[col] = formula;
    if (style !== 0) (this.styles[row] ??= new Array<number>(col + 1))[col] = style;
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
  }

  /**
   * The grid from the first to the last used row and column: dense (nulls) when the area is at most
   * {@link DENSE_CELLS}, else sparse — a row without cells is a hole in `values`, a row's array holds
   * only its cells, `formulas` and `numberFormats` only rows that have some — so memory grows with
   * the cells, not the area.
   */
  toGrid(name: string, styleFormats: readonly (string | null)[]): SheetGrid {
    if (this.maxRow < 0)
      return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
    const area = (this.maxRow - this.minRow + 1) * (this.maxCol - this.minCol + 1);
    return area <= DENSE_CELLS ? this.dense(name, styleFormats) : this.sparse(name, styleFormats);
  }

  private dense(name: string, styleFormats: readonly (string | null)[]): SheetGrid {
    const c0 = this.minCol;
    const w = this.maxCol - c0 + 1;
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = this.minRow; r <= this.maxRow; r++) {
      const src = this.values[r];
      const vals = new Array<CellValue>(w);
      for (let k = 0; k < w; k++) vals[k] = src?.[c0 + k] ?? null;
      values.push(vals);
      const fsrc = this.formulas[r];
      const forms = new Array<string | null>(w);
      for (let k = 0; k < w; k++) forms[k] = fsrc?.[c0 + k] ?? null;
      formulas.push(forms);
      const ssrc = this.styles[r];
      const fmts = new Array<string | null>(w);
      for (let k = 0; k < w; k++) {
        const st = ssrc?.[c0 + k];
        // a cell without s uses style 0; a cell that is absent has no format
        fmts[k] =
          st !== undefined
            ? (styleFormats[st] ?? null)
            : src?.[c0 + k] !== undefined
              ? (styleFormats[0] ?? null)
              : null;
      }
      numberFormats.push(fmts);
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
    for (let r = r0; r <= this.maxRow; r++) {
      const src = this.values[r];
      if (src === undefined) continue;
      const vals: CellValue[] = handOver ? src : [];
      const fmts: (string | null)[] = [];
      const ssrc = this.styles[r];
      let anyFormat = false;
      // forEach visits only the cells present (it skips holes)
      src.forEach((value, c) => {
        const k = c - c0;
        if (!handOver) vals[k] = value;
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
      const fsrc = this.formulas[r];
      if (fsrc !== undefined) {
        if (handOver) formulas[r] = fsrc;
        else {
          const forms: (string | null)[] = [];
          fsrc.forEach((f, c) => (forms[c - c0] = f));
          formulas[r - r0] = forms;
        }
      }
    }
    values.length = height;
    return { name, origin: { row: r0, col: c0 }, values, formulas, numberFormats };
  }
}
