/** Scanning one worksheet part into a {@link SheetGrid}. */
import type { CellValue, SheetGrid } from '@jixiao/workbook';
import { fromA1 } from './a1.js';
import { fromBinary } from './binary.js';
import { shiftFormula } from './formula-shift.js';
import { collectText, decodeExcelEscapes, decodeXml } from './xml.js';

const TAG = /<(?:[\w.-]+:)?(row|c)\b([^>]*?)(\/?)>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const V_RE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const F_RE = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const IS_RE = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

interface RawCell {
  value: CellValue;
  formula: string | null;
}

interface SharedFormula {
  row: number;
  col: number;
  text: string;
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
 * translated to each cell); number formats come from the cell's style.
 */
export function readSheet(
  name: string,
  xml: string,
  sharedStrings: readonly string[],
  styleFormats: readonly (string | null)[],
): SheetGrid {
  const range = sheetDataRange(xml);
  const cells = new CellList();
  if (range !== undefined && !range.selfClosing) {
    const shared = new Map<string, SharedFormula>();
    let row = -1;
    let col = -1;
    TAG.lastIndex = range.start;
    let m: RegExpExecArray | null;
    while ((m = TAG.exec(xml)) !== null && m.index < range.end) {
      const attrs = m[2]!;
      let r: string | undefined;
      let t: string | undefined;
      let s: string | undefined;
      if (UNUSUAL_ATTRS.test(attrs)) {
        ATTR.lastIndex = 0;
        let a: RegExpExecArray | null;
        while ((a = ATTR.exec(attrs)) !== null) {
          const k = a[1]!;
          if (k === 'r') r = a[2] ?? a[3];
          else if (k === 't') t = a[2] ?? a[3];
          else if (k === 's') s = a[2] ?? a[3];
        }
      } else {
        r = quoted(attrs, ' r="');
        if (m[1] === 'c') {
          t = quoted(attrs, ' t="');
          s = quoted(attrs, ' s="');
        }
      }
      if (m[1] === 'row') {
        row = r === undefined ? row + 1 : Number(r) - 1;
        col = -1;
        continue;
      }
      if (r !== undefined) {
        const pos = fromA1(r);
        if (pos !== undefined) {
          row = pos.row;
          col = pos.col;
        } else col++;
      } else col++;
      const style = s === undefined ? 0 : Number(s);
      let inner = '';
      if (m[3] !== '/') {
        const start = TAG.lastIndex;
        const closeTag = m[0].startsWith('<c')
          ? '</c>'
          : `</${m[0].slice(1, m[0].indexOf(':') + 1)}c>`;
        // fast paths for the two commonest shapes: <v>…</v> and <is><t>…</t></is>
        if (xml.startsWith('<v>', start)) {
          const ve = xml.indexOf('</v>', start + 3);
          if (ve >= 0 && xml.startsWith(closeTag, ve + 4)) {
            TAG.lastIndex = ve + 4 + closeTag.length;
            const value = plainValue(t, xml.slice(start + 3, ve), sharedStrings);
            if (value !== null) cells.add(row, col, value, null, style);
            continue;
          }
        } else if (t === 'inlineStr' && xml.startsWith('<is><t>', start)) {
          const te = xml.indexOf('</t></is>', start + 7);
          if (te >= 0 && xml.startsWith(closeTag, te + 9)) {
            const text = xml.slice(start + 7, te);
            if (!text.includes('<')) {
              TAG.lastIndex = te + 9 + closeTag.length;
              cells.add(row, col, decodeExcelEscapes(decodeXml(fromBinary(text))), null, style);
              continue;
            }
          }
        }
        const end = xml.indexOf(closeTag, start);
        if (end < 0) break;
        inner = xml.slice(start, end);
        TAG.lastIndex = end + closeTag.length;
      }
      const cell = readCell(row, col, t, inner, sharedStrings, shared);
      if (cell === undefined) continue;
      cells.add(row, col, cell.value, cell.formula, style);
    }
  }
  return cells.toGrid(name, styleFormats);
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
    const f = F_RE.exec(inner);
    if (f !== null) {
      const fa = f[1] ?? '';
      const text = f[2] === undefined ? '' : decodeXml(fromBinary(f[2]));
      if (/\bt\s*=\s*["']shared["']/.test(fa)) {
        const si = /\bsi\s*=\s*["'](\d+)["']/.exec(fa)?.[1] ?? '';
        if (text !== '') {
          shared.set(si, { row, col, text });
          formula = text;
        } else {
          const master = shared.get(si);
          formula =
            master === undefined
              ? null
              : shiftFormula(master.text, row - master.row, col - master.col);
        }
      } else if (text !== '') formula = text;
    }
  }
  let value: CellValue = null;
  if (t === 'inlineStr') {
    const is = IS_RE.exec(inner);
    value = is === null ? '' : collectText(fromBinary(is[1]!));
  } else {
    let raw: string | undefined;
    if (inner.startsWith('<v>')) {
      const end = inner.indexOf('</v>', 3);
      raw = end < 0 ? undefined : inner.slice(3, end);
    } else {
      const v = V_RE.exec(inner);
      raw = v === null ? undefined : v[1]!;
    }
    if (raw !== undefined) value = plainValue(t, raw, sst);
    else if (t === 'str' && formula !== null) value = '';
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
    let r = this.values[row];
    if (r === undefined) this.values[row] = r = [];
    r[col] = value;
    if (formula !== null) (this.formulas[row] ??= [])[col] = formula;
    if (style !== 0) (this.styles[row] ??= [])[col] = style;
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
  }

  /** The rectangular grid from the first to the last used row and column. */
  toGrid(name: string, styleFormats: readonly (string | null)[]): SheetGrid {
    if (this.maxRow < 0)
      return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
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
}
