import type { TableBlock } from '../types.js';
import { TYPE_AREA_WIDTH } from './layout.js';
import { textWidth, widestLine } from './measure.js';
import { TABLE_TERMS } from './table-terms.js';

/**
 * Table font sizes in half-points, largest first: 小四 (12 pt), 五号 (10.5 pt), 小五 (9 pt). Official
 * tables inside a 三号 document commonly use 小四 or 五号; the export takes the largest size at which
 * every column holds its longest unbreakable piece.
 */
export const TABLE_SIZES = [24, 21, 18] as const;

/** Left + right cell margin in twips (57 each, as the table properties set). */
const CELL_MARGINS = 114;

/** Extra room in a column, in ems, so that rounding and kerning never push the last character down. */
const SLACK_EM = 0.2;

/** A column whose text wraps is never narrower than this many characters. */
const WRAP_FLOOR_EM = 4;

/** The pieces of the terms list: `年度|指标值` gives `年度` and `指标值`, longest first. */
const TERM_PIECES: readonly string[] = [
  ...new Set(TABLE_TERMS.flatMap((term) => term.split('|')).filter((p) => p !== '')),
].sort((a, b) => b.length - a.length);

/**
 * A number with its sign or comparator, grouping, percent sign or unit: `≥95%`, `32,601.53`,
 * `-5.00`, `≥100000份`, `2,418.32万元` — a value is never parted from its unit.
 */
const NUMBER =
  /^[≥≤=<>＞＜≧≦＝±+\-−]?\d[\d,]*(?:\.\d+)?(?:[%‰]|万人次|个工作日|人次|批次|万元|亿元|千元|小时|元|个|篇|次|期|份|项|天|人|户|家|件|套|台|辆|日|月|年|分)?/;
const LATIN = /^[A-Za-z]+/;

/**
 * The pieces of a cell's text that must stay on one line: numbers (with their comparator and `%`),
 * Latin words, and the standard terms of {@link TABLE_TERMS}; every other character stands alone.
 */
export function unbreakablePieces(text: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const match =
      NUMBER.exec(rest)?.[0] ??
      LATIN.exec(rest)?.[0] ??
      TERM_PIECES.find((term) => rest.startsWith(term));
    const piece = match ?? String.fromCodePoint(rest.codePointAt(0) ?? 32);
    at += piece.length;
    if (piece.trim() === '') continue;
    const last = pieces.length - 1;
    // closing punctuation never starts a line and opening punctuation never ends one
    if (last >= 0 && (CLOSING.test(piece) || OPENING.test(pieces[last]!))) pieces[last] += piece;
    else pieces.push(piece);
  }
  return pieces;
}

const CLOSING = /^[，、。；：？！）》」』”’,.;:?!)\]%]$/;
const OPENING = /[（《「『“‘([]$/;

/**
 * The text of a cell with a line break (`\n`) wherever a line of `ems` is full: lines are filled
 * greedily with whole {@link unbreakablePieces}, so a number or a standard term never breaks;
 * the cell's own line breaks are kept. Word and LibreOffice then have nothing left to break.
 */
export function breakCell(text: string, ems: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      let width = 0;
      let at = 0;
      for (const piece of unbreakablePieces(line)) {
        // keep the spaces between pieces as written
        const start = line.indexOf(piece, at);
        const gap = start > at ? line.slice(at, start) : '';
        at = start + piece.length;
        const w = textWidth(gap + piece);
        if (current !== '' && width + w > ems) {
          lines.push(current);
          current = piece;
          width = textWidth(piece);
        } else {
          current += gap + piece;
          width += w;
        }
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

/** How the export lays a table out. */
export interface TableLayout {
  /** Font size of the table's text in half-points (24 = 小四, 21 = 五号, 18 = 小五). */
  size: number;
  /** Column widths in twips; they add up to the type area's width. */
  widths: number[];
  /** Per column: `center` when every cell fits on one line, else `left` (wrapped text reads from the left). */
  align: ('center' | 'left')[];
  /** ems of text each column holds on a line (what {@link breakCell} fills to). */
  lineEms: number[];
}

interface ColumnMeasure {
  /** ems the column needs so that no unbreakable piece breaks */
  min: number;
  /** ems the column needs to hold every cell on one line */
  pref: number;
}

function measureColumns(block: TableBlock, count: number): ColumnMeasure[] {
  const columns: ColumnMeasure[] = Array.from({ length: count }, () => ({ min: 0, pref: 0 }));
  for (const row of [block.header, ...block.rows]) {
    for (let c = 0; c < count; c++) {
      const text = row[c] ?? '';
      const col = columns[c]!;
      col.pref = Math.max(col.pref, widestLine(text));
      for (const piece of unbreakablePieces(text)) col.min = Math.max(col.min, textWidth(piece));
    }
  }
  for (const col of columns) col.min = Math.max(col.min, Math.min(col.pref, WRAP_FLOOR_EM));
  return columns;
}

/** twips of `ems` at `size` half-points, with the cell margins and slack. */
function twips(ems: number, size: number): number {
  return Math.ceil((ems + SLACK_EM) * size * 10) + CELL_MARGINS;
}

/** Spreads `total` over `weights` in whole twips, adding up exactly. */
function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => (sum > 0 ? Math.floor((total * w) / sum) : 0));
  let rest = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % out.length, rest--) out[i]! += 1;
  return out;
}

/**
 * Widths from `min` towards `pref` within `total`: a column that needs less than an even share of
 * the room left gets all it needs (so short headers and numbers stay on one line); the rest is
 * spread over the columns that wrap, in proportion to what they lack.
 */
function fill(min: readonly number[], pref: readonly number[], total: number): number[] {
  const widths = [...min];
  let room = total - min.reduce((a, b) => a + b, 0);
  const open = new Set(min.map((_, i) => i));
  for (let changed = true; changed && open.size > 0;) {
    changed = false;
    const share = room / open.size;
    for (const i of [...open]) {
      const lack = pref[i]! - widths[i]!;
      if (lack <= share) {
        widths[i] = pref[i]!;
        room -= lack;
        open.delete(i);
        changed = true;
      }
    }
  }
  const rest = [...open];
  const extra = spread(
    room,
    rest.map((i) => pref[i]! - widths[i]!),
  );
  rest.forEach((i, k) => (widths[i]! += extra[k]!));
  return widths;
}

/**
 * Sizes a table's columns to their content across the type area (8845 twips): each column gets
 * at least its longest unbreakable piece (a number, a standard term, a header word); of the room
 * left, a column that needs little to hold its text on one line gets it, the rest goes to the
 * columns whose text wraps, in proportion to what they lack. When every column fits on one line, the spare room is spread over all columns.
 * Relative `widths` given on the block are used as they are.
 */
export function layoutTable(block: TableBlock): TableLayout {
  const count = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
  const columns = measureColumns(block, count);
  const total = TYPE_AREA_WIDTH;
  const size =
    TABLE_SIZES.find((s) => columns.reduce((a, c) => a + twips(c.min, s), 0) <= total) ??
    TABLE_SIZES[TABLE_SIZES.length - 1]!;
  const min = columns.map((c) => twips(c.min, size));
  const pref = columns.map((c) => twips(c.pref, size));
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumPref = pref.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (block.widths && block.widths.length === count && block.widths.every((w) => w > 0)) {
    widths = spread(total, block.widths);
  } else if (sumPref <= total) {
    const extra = spread(total - sumPref, pref);
    widths = pref.map((p, i) => p + extra[i]!);
  } else if (sumMin <= total) {
    widths = fill(min, pref, total);
  } else {
    // Even 小五 cannot hold every piece: shrink in proportion (Word breaks what it must).
    widths = spread(total, min);
  }
  const align = widths.map((w, i): 'center' | 'left' => (w >= pref[i]! ? 'center' : 'left'));
  const lineEms = widths.map((w) => (w - CELL_MARGINS) / (size * 10) - SLACK_EM);
  return { size, widths, align, lineEms };
}
