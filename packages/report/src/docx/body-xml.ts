import type { ParagraphBlock, ReportBlock, TableBlock } from '../types.js';
import { TYPE_AREA_WIDTH } from './layout.js';
import { STYLE_IDS } from './style-ids.js';

/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab/newline, lone surrogates, U+FFFE/FFFF).
 * They cannot come out in a .docx at all; everything else, emoji included, is written as is.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML text node. */
export function escapeText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted XML attribute. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** One run holding `text`; a tab becomes `<w:tab/>`, a line break inside a cell `<w:br/>`. */
function run(text: string): string {
  if (text === '') return '';
  const parts = text.split(/(\t|\r?\n)/);
  let inner = '';
  for (const part of parts) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n' || part === '\r\n') inner += '<w:br/>';
    else if (part !== '') inner += `<w:t xml:space="preserve">${escapeText(part)}</w:t>`;
  }
  return `<w:r>${inner}</w:r>`;
}

function paragraphXml(styleId: string, text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>${run(text)}</w:p>`;
}

/** Column widths in twips that add up to exactly the type area's width. */
export function columnWidths(count: number, relative?: readonly number[]): number[] {
  const weights =
    relative && relative.length === count && relative.every((w) => w > 0)
      ? relative
      : Array<number>(count).fill(1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TYPE_AREA_WIDTH * w) / sum));
  const rest = TYPE_AREA_WIDTH - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const TABLE_PROPERTIES =
  `<w:tblPr><w:tblW w:w="${TYPE_AREA_WIDTH}" w:type="dxa"/><w:jc w:val="center"/>` +
  `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
  `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders><w:tblLayout w:type="fixed"/>` +
  '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>' +
  '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>';

function rowXml(cells: readonly string[], widths: readonly number[], header: boolean): string {
  const style = header ? STYLE_IDS.tableHeader : STYLE_IDS.tableText;
  let xml = `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
  widths.forEach((w, i) => {
    xml += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${paragraphXml(style, cells[i] ?? '')}</w:tc>`;
  });
  return `${xml}</w:tr>`;
}

/** A table across the type area: fixed layout, black single borders, the header row repeated on each page. */
export function tableXml(block: TableBlock): string {
  const count = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
  const widths = columnWidths(count, block.widths);
  let xml = `<w:tbl>${TABLE_PROPERTIES}<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  if (block.header.length > 0) xml += rowXml(block.header, widths, true);
  for (const row of block.rows) xml += rowXml(row, widths, false);
  return `${xml}</w:tbl>`;
}

/**
 * The body of the document (everything before `w:sectPr`): paragraphs by style id, tables, and the
 * blank line GB/T 9704 puts after the 附件 label and after the title.
 */
export function bodyXml(blocks: readonly ReportBlock[]): string {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'table') {
      out.push(tableXml(block));
      // Word needs a paragraph between a table and what follows it (and at the end of the body).
      const next = blocks[i + 1];
      if (!next || next.kind === 'table') out.push(paragraphXml(STYLE_IDS.正文, ''));
      return;
    }
    out.push(paragraphXml(STYLE_IDS[block.style], block.text));
    const next = blocks[i + 1];
    const nextIsTitle = next?.kind === 'paragraph' && next.style === '标题';
    if (block.style === '附件标识' || (block.style === '标题' && !nextIsTitle))
      out.push(paragraphXml(STYLE_IDS.正文, ''));
  });
  return out.join('');
}

/** The first 标题 paragraph's text, for the file's properties. */
export function firstTitle(blocks: readonly ReportBlock[]): string | undefined {
  return blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.style === '标题')
    ?.text;
}
