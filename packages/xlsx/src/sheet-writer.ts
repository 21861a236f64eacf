/** Writing a whole worksheet part from rows of values (the 报告 sheet and new workbooks). */
import { columnLetters, toA1 } from './a1.js';
import { numberText } from './sheet-patch.js';
import { escapeXml } from './xml.js';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The same namespaces in Strict OOXML (ISO/IEC 29500 Strict, `conformance="strict"`). */
export const STRICT_NS_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const STRICT_NS_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** A data validation list on a range. */
export interface ListValidation {
  /** A1 range, e.g. `B2:B1000` */
  range: string;
  /** the allowed values */
  list: readonly string[];
  /** false: the list only suggests, any value may be typed (no error box). Default true. */
  strict?: boolean;
}

/** What goes into one worksheet part. */
export interface WorksheetContent {
  rows: readonly (readonly (string | number | boolean | null)[])[];
  /** column widths in characters, from column A */
  columnWidths?: readonly (number | null | undefined)[];
  /** style index per column (from A) for data cells below the header rows */
  columnStyles?: readonly (number | undefined)[];
  /** Strict OOXML namespaces (for a sheet added to a Strict package). */
  strictNamespaces?: boolean;
  /** style index for the header rows */
  headerStyle?: number;
  /** rows frozen at the top (the header), 0 for none */
  frozenRows?: number;
  /** columns frozen at the left, 0 for none */
  frozenColumns?: number;
  validations?: readonly ListValidation[];
}

/** The XML of a worksheet part. */
export function worksheetXml(content: WorksheetContent): string {
  const frozen = content.frozenRows ?? 0;
  let maxCol = 0;
  for (const r of content.rows) maxCol = Math.max(maxCol, r.length);
  const dim =
    content.rows.length === 0 || maxCol === 0
      ? 'A1'
      : `A1:${toA1(content.rows.length - 1, maxCol - 1)}`;
  const main = content.strictNamespaces === true ? STRICT_NS_MAIN : NS_MAIN;
  const rel = content.strictNamespaces === true ? STRICT_NS_REL : NS_REL;
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}" xmlns:r="${rel}"><dimension ref="${dim}"/>`;
  xml += sheetViewXml(frozen, content.frozenColumns ?? 0);
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  const widths = content.columnWidths ?? [];
  const styles = content.columnStyles ?? [];
  const ncols = Math.max(widths.length, styles.length);
  if (ncols > 0) {
    let cols = '';
    for (let c = 0; c < ncols; c++) {
      const w = widths[c];
      const s = styles[c];
      if ((w === null || w === undefined) && (s === undefined || s === 0)) continue;
      cols += `<col min="${String(c + 1)}" max="${String(c + 1)}" width="${numberText(w ?? 9)}"${w !== null && w !== undefined ? ' customWidth="1"' : ''}${s !== undefined && s !== 0 ? ` style="${String(s)}"` : ''}/>`;
    }
    if (cols !== '') xml += `<cols>${cols}</cols>`;
  }
  xml += '<sheetData>';
  const head = content.headerStyle ?? 0;
  content.rows.forEach((row, r) => {
    let cells = '';
    row.forEach((v, c) => {
      const s = r < Math.max(frozen, 0) ? head : (styles[c] ?? 0);
      const sAttr = s !== 0 ? ` s="${String(s)}"` : '';
      const ref = `${columnLetters(c)}${String(r + 1)}`;
      if (v === null || v === '') {
        if (s !== 0 && r < frozen) cells += `<c r="${ref}"${sAttr}/>`;
      } else if (typeof v === 'number')
        cells += `<c r="${ref}"${sAttr}><v>${numberText(v)}</v></c>`;
      else if (typeof v === 'boolean')
        cells += `<c r="${ref}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
      else {
        const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
        cells += `<c r="${ref}"${sAttr} t="inlineStr"><is><t${space}>${escapeXml(v)}</t></is></c>`;
      }
    });
    xml += cells === '' ? '' : `<row r="${String(r + 1)}">${cells}</row>`;
  });
  xml += '</sheetData>';
  const validations = content.validations ?? [];
  if (validations.length > 0) {
    xml += `<dataValidations count="${String(validations.length)}">`;
    for (const v of validations) {
      const formula = `"${v.list.map((x) => x.replace(/"/g, '""')).join(',')}"`;
      xml += `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="${v.strict === false ? '0' : '1'}" sqref="${escapeXml(v.range)}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
    }
    xml += '</dataValidations>';
  }
  xml +=
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  return xml;
}

function sheetViewXml(rows: number, cols: number): string {
  if (rows <= 0 && cols <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = toA1(Math.max(rows, 0), Math.max(cols, 0));
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${cols > 0 ? ` xSplit="${String(cols)}"` : ''}${rows > 0 ? ` ySplit="${String(rows)}"` : ''}`;
  const extra =
    pane === 'bottomRight' ? '<selection pane="topRight"/><selection pane="bottomLeft"/>' : '';
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>${extra}<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}
