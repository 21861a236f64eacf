import type { ReportBlock, TableBlock } from '../types.js';
import { TYPE_AREA_WIDTH } from './layout.js';
import { STYLE_IDS } from './style-ids.js';
import { breakCell, layoutTable, type TableLayout } from './table-layout.js';
import { titleLines } from './title-lines.js';

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
function run(text: string, size?: number): string {
  if (text === '') return '';
  const parts = text.split(/(\t|\r?\n)/);
  let inner = '';
  for (const part of parts) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n' || part === '\r\n') inner += '<w:br/>';
    else if (part !== '') inner += `<w:t xml:space="preserve">${escapeText(part)}</w:t>`;
  }
  const rPr =
    size === undefined ? '' : `<w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return `<w:r>${rPr}${inner}</w:r>`;
}

function paragraphXml(styleId: string, text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>${run(text)}</w:p>`;
}

/** Exact line pitch of table text: 1.35 × the font size (小四 324, 五号 284, 小五 243 twips). */
export function tableLine(size: number): number {
  return Math.round(size * 13.5);
}

/** A paragraph of table text at `size` half-points, aligned `jc`. */
function cellParagraphXml(
  styleId: string,
  text: string,
  size: number,
  jc: string,
  keepNext = false,
): string {
  return (
    `<w:p><w:pPr><w:pStyle w:val="${styleId}"/>${keepNext ? '<w:keepNext/>' : ''}` +
    `<w:spacing w:before="0" w:after="0" w:line="${tableLine(size)}" w:lineRule="exact"/>` +
    `<w:jc w:val="${jc}"/></w:pPr>${run(text, size)}</w:p>`
  );
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const TABLE_PROPERTIES =
  `<w:tblPr><w:tblW w:w="${TYPE_AREA_WIDTH}" w:type="dxa"/><w:jc w:val="center"/>` +
  `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
  `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders><w:tblLayout w:type="fixed"/>` +
  '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>' +
  '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>';

function rowXml(cells: readonly string[], layout: TableLayout, header: boolean): string {
  const { widths, size, align, lineEms } = layout;
  const style = header ? STYLE_IDS.tableHeader : STYLE_IDS.tableText;
  let xml = `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
  widths.forEach((w, i) => {
    const jc = header || align[i] === 'center' ? 'center' : 'left';
    const text = breakCell(cells[i] ?? '', lineEms[i]!);
    xml += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${cellParagraphXml(style, text, size, jc)}</w:tc>`;
  });
  return `${xml}</w:tr>`;
}

/**
 * A table across the type area: columns sized to their content at 小四, 五号 or 小五 (see
 * `layoutTable`), each cell broken into lines between whole numbers and terms (`breakCell`), fixed
 * layout, black single borders, the header row repeated on each page.
 */
export function tableXml(block: TableBlock): string {
  const layout = layoutTable(block);
  let xml = `<w:tbl>${TABLE_PROPERTIES}<w:tblGrid>${layout.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  if (block.header.length > 0) xml += rowXml(block.header, layout, true);
  for (const row of block.rows) xml += rowXml(row, layout, false);
  return `${xml}</w:tbl>`;
}

/** `表Ncaption` (centred, kept with the table) and, for amounts, `单位：万元` right-aligned. */
function captionXml(block: TableBlock, number: number): string {
  const caption = `表${number}\u3000${block.caption ?? block.name}`;
  let xml = `<w:p><w:pPr><w:pStyle w:val="${STYLE_IDS.tableCaption}"/></w:pPr>${run(caption)}</w:p>`;
  if (block.unit !== undefined && block.unit !== '') {
    const { size } = layoutTable(block);
    xml += cellParagraphXml(STYLE_IDS.tableText, `单位：${block.unit}`, size, 'right', true);
  }
  return xml;
}

/**
 * The body of the document (everything before `w:sectPr`): paragraphs by style id, the title in
 * balanced lines (`titleLines`), tables numbered 表1, 表2 … with their captions and unit lines, and
 * the blank line GB/T 9704 puts after the 附件 label and after the title.
 */
export function bodyXml(blocks: readonly ReportBlock[]): string {
  const out: string[] = [];
  let tables = 0;
  blocks.forEach((block, i) => {
    if (block.kind === 'table') {
      out.push(captionXml(block, ++tables));
      out.push(tableXml(block));
      // Word needs a paragraph between a table and what follows it (and at the end of the body).
      const next = blocks[i + 1];
      if (!next || next.kind === 'table') out.push(paragraphXml(STYLE_IDS.正文, ''));
      return;
    }
    if (block.style === '标题')
      for (const line of titleLines(block.text)) out.push(paragraphXml(STYLE_IDS.标题, line));
    else out.push(paragraphXml(STYLE_IDS[block.style], block.text));
    const next = blocks[i + 1];
    const nextIsTitle = next?.kind === 'paragraph' && next.style === '标题';
    if (block.style === '附件标识' || (block.style === '标题' && !nextIsTitle))
      out.push(paragraphXml(STYLE_IDS.正文, ''));
  });
  return out.join('');
}

/**
 * The whole title, for the file's properties: the 标题 paragraphs at the head of the document
 * joined (a template that breaks its title over two rows still gives one title).
 */
export function fullTitle(blocks: readonly ReportBlock[]): string | undefined {
  const first = blocks.findIndex((b) => b.kind === 'paragraph' && b.style === '标题');
  if (first < 0) return undefined;
  const parts: string[] = [];
  for (const b of blocks.slice(first)) {
    if (b.kind !== 'paragraph' || b.style !== '标题') break;
    parts.push(b.text.trim());
  }
  return parts.join('');
}
