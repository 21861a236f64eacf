/**
 * Creating a new .xlsx workbook from a plain layout description (sheets, rows, widths, formats,
 * validation lists, frozen header rows). The XML is written directly rather than through exceljs:
 * the output is byte-for-byte reproducible (no timestamps), the same code runs in the browser
 * without a 1 MB dependency, and the sheet writer is the one `applyPlan` uses for the 报告 sheet.
 */
import { NS_REL, type ListValidation, worksheetXml } from './sheet-writer.js';
import { StyleEditor } from './styles.js';
import { escapeXml } from './xml.js';
import { type DeflateCodec, type ZipOutput, writeZip } from './zip.js';

/** One sheet of a new workbook. */
export interface NewSheet {
  name: string;
  /** All rows from A1, header rows included. */
  rows: readonly (readonly (string | number | boolean | null)[])[];
  /** Header rows at the top: bold, shaded and frozen. Default 1 when there are rows. */
  headerRows?: number;
  /** Leading columns to freeze (names on wide sheets). Default 0. */
  frozenColumns?: number;
  /** Column widths in characters, from column A. */
  columnWidths?: readonly (number | null | undefined)[];
  /** Number format of each column's data cells (null or absent: General). */
  columnFormats?: readonly (string | null | undefined)[];
  /** Columns (0-based) whose data cells wrap text. */
  wrapColumns?: readonly number[];
  /** Drop-down lists. */
  validations?: readonly ListValidation[];
  /** Hide the sheet tab. */
  hidden?: boolean;
}

/** A new workbook: its sheets in tab order. */
export interface NewWorkbook {
  sheets: readonly NewSheet[];
}

const BASE_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';
const HEADER_STYLE = 1;
const WRAP_STYLE = 2;

const encoder = new TextEncoder();

/**
 * Write a new .xlsx workbook. Deterministic: the same layout always gives the same bytes.
 * @throws RangeError for an empty sheet list, duplicate or invalid sheet names
 */
export function createWorkbook(
  book: NewWorkbook,
  options: { codec?: DeflateCodec } = {},
): Uint8Array {
  if (book.sheets.length === 0) throw new RangeError('A workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const s of book.sheets) {
    if (s.name === '' || s.name.length > 31 || /[\\/?*[\]:]/.test(s.name))
      throw new RangeError(`Invalid sheet name: ${s.name}`);
    if (seen.has(s.name.toLowerCase())) throw new RangeError(`Duplicate sheet name: ${s.name}`);
    seen.add(s.name.toLowerCase());
  }
  const styles = new StyleEditor(BASE_STYLES);
  const sheetXmls = book.sheets.map((s) => {
    const ncols = Math.max(s.columnWidths?.length ?? 0, s.columnFormats?.length ?? 0);
    const columnStyles: (number | undefined)[] = [];
    for (let c = 0; c < ncols; c++) {
      const f = s.columnFormats?.[c];
      const base = s.wrapColumns?.includes(c) === true ? WRAP_STYLE : 0;
      columnStyles.push(f === null || f === undefined ? base : styles.withNumberFormat(base, f));
    }
    for (const c of s.wrapColumns ?? [])
      if (columnStyles[c] === undefined) columnStyles[c] = WRAP_STYLE;
    return worksheetXml({
      rows: s.rows,
      columnWidths: s.columnWidths ?? [],
      columnStyles,
      headerStyle: HEADER_STYLE,
      frozenRows: s.headerRows ?? (s.rows.length > 0 ? 1 : 0),
      frozenColumns: s.frozenColumns ?? 0,
      validations: s.validations ?? [],
    });
  });

  const firstVisible = Math.max(
    0,
    book.sheets.findIndex((s) => s.hidden !== true),
  );
  const sheetsXml = book.sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${String(i + 1)}"${s.hidden === true ? ' state="hidden"' : ''} r:id="rId${String(i + 1)}"/>`,
    )
    .join('');
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}">` +
    `<workbookPr/><bookViews><workbookView activeTab="${String(firstVisible)}" firstSheet="${String(firstVisible)}"/></bookViews><sheets>${sheetsXml}</sheets><calcPr calcId="191029"/></workbook>`;
  const n = book.sheets.length;
  const wbRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    book.sheets
      .map(
        (_s, i) =>
          `<Relationship Id="rId${String(i + 1)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${String(i + 1)}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${String(n + 1)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    '</Relationships>';
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '</Relationships>';
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>jixiao</Application></Properties>';
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    book.sheets
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
    { name: 'xl/styles.xml', data: encoder.encode(styles.toXml()) },
    ...sheetXmls.map((x, i) => ({
      name: `xl/worksheets/sheet${String(i + 1)}.xml`,
      data: encoder.encode(x),
    })),
  ];
  return writeZip(outputs, options.codec);
}
