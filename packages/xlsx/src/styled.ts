/**
 * Writing a new workbook of printed tables (official forms): every cell with its own style (font,
 * alignment, wrap, thin borders, number format), merged areas, column widths and row heights, and a
 * print setup (paper, orientation, fit to the page width, rows repeated on every page — the print
 * titles). Like {@link createWorkbook}, the XML is written directly and deterministically.
 */
import type { CellStyle } from '@jixiao/workbook';
import { columnLetters, toA1 } from './a1.js';
import { NS_REL } from './sheet-writer.js';
import { numberText } from './sheet-patch.js';
import { escapeXml } from './xml.js';
import { type DeflateCodec, type ZipOutput, writeZip } from './zip.js';

/** How one cell looks: the workbook's {@link CellStyle} (absent fields take the defaults it shows). */
export type { CellStyle };

/** A merged area, 0-based and inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The print setup of a sheet. */
export interface PrintSetup {
  /** Default portrait. */
  orientation?: 'portrait' | 'landscape';
  /** Paper size; only A4 for now. */
  paper?: 'A4';
  /** Rows repeated at the top of every printed page, 0-based inclusive (`[3, 4]` → `$4:$5`). */
  titleRows?: readonly [number, number];
  /** Shrink the table to the page width (any number of pages tall). Default true. */
  fitToWidth?: boolean;
  /** Centre the table across the page. Default true. */
  centered?: boolean;
  /** Margins in inches: left, right, top, bottom. Default 0.5, 0.5, 0.6, 0.6. */
  margins?: readonly [number, number, number, number];
}

/** One sheet of a styled workbook. */
export interface StyledSheet {
  name: string;
  /** Values from A1. */
  rows: readonly (readonly (string | number | null)[])[];
  /** The style of each cell (same shape as `rows`; null or absent: unstyled). */
  styles: readonly (readonly (CellStyle | null | undefined)[])[];
  merges?: readonly MergeArea[];
  /** Column widths in characters, from column A. */
  columnWidths?: readonly (number | null | undefined)[];
  /** Row heights in points, from row 1 (null: automatic). */
  rowHeights?: readonly (number | null | undefined)[];
  print?: PrintSetup;
}

const DEFAULT_FONT = '宋体';
const DEFAULT_SIZE = 11;
const encoder = new TextEncoder();

/** The styles.xml being built: fonts, borders, number formats and cell formats, deduplicated. */
class Styles {
  private readonly fonts: string[] = [];
  private readonly numFmts = new Map<string, number>();
  private readonly xfs: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly byKey = new Map<string, number>();

  constructor() {
    this.font({});
  }

  private font(style: CellStyle): number {
    const xml = `<font>${style.bold === true ? '<b/>' : ''}<sz val="${numberText(style.size ?? DEFAULT_SIZE)}"/><name val="${escapeXml(style.font ?? DEFAULT_FONT)}"/><family val="3"/><charset val="134"/></font>`;
    const i = this.fonts.indexOf(xml);
    if (i >= 0) return i;
    this.fonts.push(xml);
    return this.fonts.length - 1;
  }

  private numFmt(code: string | undefined): number {
    if (code === undefined || code === 'General') return 0;
    const builtin: Record<string, number> = {
      '0': 1,
      '0.00': 2,
      '#,##0.00': 4,
      '0%': 9,
      '0.00%': 10,
    };
    if (builtin[code] !== undefined) return builtin[code];
    const hit = this.numFmts.get(code);
    if (hit !== undefined) return hit;
    const id = 164 + this.numFmts.size;
    this.numFmts.set(code, id);
    return id;
  }

  /** The cell-format index of a style. */
  index(style: CellStyle | null | undefined): number {
    if (style === null || style === undefined) return 0;
    const key = JSON.stringify([
      style.font,
      style.size,
      style.bold,
      style.horizontal,
      style.vertical,
      style.wrap,
      style.border,
      style.numberFormat,
    ]);
    const hit = this.byKey.get(key);
    if (hit !== undefined) return hit;
    const fontId = this.font(style);
    const numFmtId = this.numFmt(style.numberFormat);
    const borderId = style.border === true ? 1 : 0;
    const align = `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ''} vertical="${style.vertical ?? 'center'}"${style.wrap === true ? ' wrapText="1"' : ''}/>`;
    const xf = `<xf numFmtId="${String(numFmtId)}" fontId="${String(fontId)}" fillId="0" borderId="${String(borderId)}" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"${numFmtId !== 0 ? ' applyNumberFormat="1"' : ''}>${align}</xf>`;
    this.xfs.push(xf);
    const i = this.xfs.length - 1;
    this.byKey.set(key, i);
    return i;
  }

  toXml(): string {
    const numFmts =
      this.numFmts.size === 0
        ? ''
        : `<numFmts count="${String(this.numFmts.size)}">${[...this.numFmts]
            .map(
              ([code, id]) => `<numFmt numFmtId="${String(id)}" formatCode="${escapeXml(code)}"/>`,
            )
            .join('')}</numFmts>`;
    const thin =
      '<left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/>';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      `<fonts count="${String(this.fonts.length)}">${this.fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${String(this.xfs.length)}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

function sheetXml(sheet: StyledSheet, styles: Styles): string {
  // a merged area's cells carry the style of its top-left cell, so its borders are drawn whole
  const styleAt = (r: number, c: number): CellStyle | null | undefined => sheet.styles[r]?.[c];
  const cover = new Map<string, CellStyle | null | undefined>();
  for (const m of sheet.merges ?? [])
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left)
          cover.set(`${String(r)},${String(c)}`, styleAt(m.top, m.left));
  let height = sheet.rows.length;
  let width = 0;
  for (const row of sheet.rows) width = Math.max(width, row.length);
  for (const row of sheet.styles) width = Math.max(width, row.length);
  height = Math.max(height, sheet.styles.length);
  for (const m of sheet.merges ?? []) {
    height = Math.max(height, m.bottom + 1);
    width = Math.max(width, m.right + 1);
  }
  const print = sheet.print;
  const fit = print !== undefined && print.fitToWidth !== false;
  let xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}">` +
    (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${height === 0 || width === 0 ? 'A1' : `A1:${toA1(height - 1, width - 1)}`}"/>` +
    '<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>';
  const widths = sheet.columnWidths ?? [];
  if (widths.some((w) => w !== null && w !== undefined)) {
    xml += '<cols>';
    widths.forEach((w, c) => {
      if (w !== null && w !== undefined)
        xml += `<col min="${String(c + 1)}" max="${String(c + 1)}" width="${numberText(w)}" customWidth="1"/>`;
    });
    xml += '</cols>';
  }
  xml += '<sheetData>';
  for (let r = 0; r < height; r++) {
    let cells = '';
    for (let c = 0; c < width; c++) {
      const v = sheet.rows[r]?.[c] ?? null;
      const covered = cover.get(`${String(r)},${String(c)}`);
      const s = styles.index(covered ?? styleAt(r, c));
      const ref = `${columnLetters(c)}${String(r + 1)}`;
      const sAttr = s === 0 ? '' : ` s="${String(s)}"`;
      if (v === null || v === '') {
        if (s !== 0) cells += `<c r="${ref}"${sAttr}/>`;
      } else if (typeof v === 'number')
        cells += `<c r="${ref}"${sAttr}><v>${numberText(v)}</v></c>`;
      else {
        const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
        cells += `<c r="${ref}"${sAttr} t="inlineStr"><is><t${space}>${escapeXml(v)}</t></is></c>`;
      }
    }
    const h = sheet.rowHeights?.[r];
    const hAttr = h === null || h === undefined ? '' : ` ht="${numberText(h)}" customHeight="1"`;
    if (cells !== '' || hAttr !== '') xml += `<row r="${String(r + 1)}"${hAttr}>${cells}</row>`;
  }
  xml += '</sheetData>';
  const merges = sheet.merges ?? [];
  if (merges.length > 0)
    xml += `<mergeCells count="${String(merges.length)}">${merges
      .map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`)
      .join('')}</mergeCells>`;
  if (print !== undefined && print.centered !== false)
    xml += '<printOptions horizontalCentered="1"/>';
  const [l, rgt, t, b] = print?.margins ?? [0.5, 0.5, 0.6, 0.6];
  xml += `<pageMargins left="${numberText(l)}" right="${numberText(rgt)}" top="${numberText(t)}" bottom="${numberText(b)}" header="0.3" footer="0.3"/>`;
  if (print !== undefined)
    xml += `<pageSetup paperSize="9" orientation="${print.orientation ?? 'portrait'}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
  return `${xml}</worksheet>`;
}

/**
 * Write a new workbook of styled sheets (official forms). Deterministic.
 * @throws RangeError for an empty sheet list, duplicate or invalid sheet names
 */
export function createStyledWorkbook(
  sheets: readonly StyledSheet[],
  options: { codec?: DeflateCodec } = {},
): Uint8Array {
  if (sheets.length === 0) throw new RangeError('A workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const s of sheets) {
    if (s.name === '' || s.name.length > 31 || /[\\/?*[\]:]/.test(s.name))
      throw new RangeError(`Invalid sheet name: ${s.name}`);
    if (seen.has(s.name.toLowerCase())) throw new RangeError(`Duplicate sheet name: ${s.name}`);
    seen.add(s.name.toLowerCase());
  }
  const styles = new Styles();
  const parts = sheets.map((s) => sheetXml(s, styles));
  const names = sheets
    .map((s, i) => {
      const rows = s.print?.titleRows;
      if (rows === undefined) return '';
      const quoted = `'${s.name.replace(/'/g, "''")}'`;
      return `<definedName name="_xlnm.Print_Titles" localSheetId="${String(i)}">${escapeXml(`${quoted}!$${String(rows[0] + 1)}:$${String(rows[1] + 1)}`)}</definedName>`;
    })
    .join('');
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}">` +
    `<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${escapeXml(s.name)}" sheetId="${String(i + 1)}" r:id="rId${String(i + 1)}"/>`,
      )
      .join(
        '',
      )}</sheets>${names === '' ? '' : `<definedNames>${names}</definedNames>`}<calcPr calcId="191029"/></workbook>`;
  const n = sheets.length;
  const rel = (id: number, type: string, target: string) =>
    `<Relationship Id="rId${String(id)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const wbRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets
      .map((_s, i) => rel(i + 1, 'worksheet', `worksheets/sheet${String(i + 1)}.xml`))
      .join('') +
    rel(n + 1, 'styles', 'styles.xml') +
    '</Relationships>';
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rel(1, 'officeDocument', 'xl/workbook.xml') +
    rel(2, 'extended-properties', 'docProps/app.xml') +
    '</Relationships>';
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>jixiao</Application></Properties>';
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets
      .map(
        (_s, i) =>
          `<Override PartName="/xl/worksheets/sheet${String(i + 1)}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>';
  const outputs: ZipOutput[] = [
    { name: '[Content_Types].xml', data: encoder.encode(contentTypes) },
    { name: '_rels/.rels', data: encoder.encode(rootRels) },
    { name: 'docProps/app.xml', data: encoder.encode(app) },
    { name: 'xl/workbook.xml', data: encoder.encode(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: encoder.encode(wbRels) },
    ...parts.map((x, i) => ({
      name: `xl/worksheets/sheet${String(i + 1)}.xml`,
      data: encoder.encode(x),
    })),
    { name: 'xl/styles.xml', data: encoder.encode(styles.toXml()) },
  ];
  return writeZip(outputs, options.codec);
}
