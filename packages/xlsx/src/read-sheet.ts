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
export function sheetDataRange(xml: string): { start: number; end: number; prefix: string; selfClosing: boolean; openStart: number; openEnd: number } | undefined {
  const open = /<([\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (open === null) return undefined;
  const prefix = open[1] ?? '';
  const openEnd = open.index + open[0].length;
  if (open[2] === '/') return { start: openEnd, end: openEnd, prefix, selfClosing: true, openStart: open.index, openEnd };
  const close = xml.indexOf(`</${prefix}sheetData>`, openEnd);
  return { start: openEnd, end: close < 0 ? xml.length : close, prefix, selfClosing: false, openStart: open.index, openEnd };
}

/**
 * Read the cells of a worksheet part, given as a binary string (one character per byte; a plain
 * string works too). Values follow the cell type (shared and inline strings, booleans, errors,
 * numbers; dates stay serial numbers); formulas keep their text without `=` (shared formulas
 * translated to each cell); number formats come from the cell's style.
 */
export function readSheet(name: string, xml: string, sharedStrings: readonly string[], styleFormats: readonly (string | null)[]): SheetGrid {
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
        const closeTag = m[0].startsWith('<c') ? '</c>' : `</${m[0].slice(1, m[0].indexOf(':') + 1)}c>`;
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
  return toGrid(name, cells, styleFormats);
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

function readCell(row: number, col: number, t: string | undefined, inner: string, sst: readonly string[], shared: Map<string, SharedFormula>): RawCell | undefined {
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
          formula = master === undefined ? null : shiftFormula(master.text, row - master.row, col - master.col);
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

/** Cells in parallel arrays (no object per cell: a large sheet has hundreds of thousands). */
class CellList {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly values: CellValue[] = [];
  readonly formulas: (string | null)[] = [];
  readonly styles: number[] = [];

  add(row: number, col: number, value: CellValue, formula: string | null, style: number): void {
    this.rows.push(row);
    this.cols.push(col);
    this.values.push(value);
    this.formulas.push(formula);
    this.styles.push(style);
  }
}

function toGrid(name: string, cells: CellList, styleFormats: readonly (string | null)[]): SheetGrid {
  const n = cells.rows.length;
  if (n === 0) return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  for (let i = 0; i < n; i++) {
    const r = cells.rows[i]!;
    const c = cells.cols[i]!;
    if (r < minRow) minRow = r;
    if (c < minCol) minCol = c;
    if (r > maxRow) maxRow = r;
    if (c > maxCol) maxCol = c;
  }
  const h = maxRow - minRow + 1;
  const w = maxCol - minCol + 1;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < h; r++) {
    values.push(new Array<CellValue>(w).fill(null));
    formulas.push(new Array<string | null>(w).fill(null));
    numberFormats.push(new Array<string | null>(w).fill(null));
  }
  for (let i = 0; i < n; i++) {
    const r = cells.rows[i]! - minRow;
    const k = cells.cols[i]! - minCol;
    values[r]![k] = cells.values[i]!;
    formulas[r]![k] = cells.formulas[i]!;
    numberFormats[r]![k] = styleFormats[cells.styles[i]!] ?? null;
  }
  return { name, origin: { row: minRow, col: minCol }, values, formulas, numberFormats };
}
