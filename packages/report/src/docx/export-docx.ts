import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type {
  IParagraphStyleOptions,
  IParagraphStylePropertiesOptions,
  IRunStylePropertiesOptions,
} from 'docx';
import type { ReportBlock } from '../types.js';
import { bodyXml, fullTitle } from './body-xml.js';
import { fontSet } from './fonts.js';
import type { FontProfile, FontSet } from './fonts.js';
import { STYLE_IDS } from './style-ids.js';
import { CONDENSE, FIRST_LINE_INDENT, LINE, PAGE, PAGE_NUMBER_INDENT, SIZE } from './layout.js';

/** Options of {@link exportDocx}. */
export interface ExportDocxOptions {
  /** Font names to write: GB/T 9704's (`standard` = `gb2312`, default) or Windows' own (`windows`). */
  fonts?: FontProfile;
  /** Document title (`dc:title`); default the whole title, all 标题 lines at the head joined. */
  title?: string;
  /**
   * Author and last-modified-by in the file's properties: the department (`基本信息` 部门名称).
   * Default empty — never the tool's name or the docx library's "Un-named".
   */
  creator?: string;
}

const BLACK = '000000';

function font(name: string): IRunStylePropertiesOptions['font'] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** Run properties of 三号 text in one font, condensed so 28 characters fit a line. */
function bodyRun(name: string): IRunStylePropertiesOptions {
  return {
    font: font(name),
    size: SIZE.body,
    characterSpacing: CONDENSE,
    color: BLACK,
    bold: false,
    italics: false,
  };
}

/**
 * Widow/orphan control off (GB/T 9704 fills every line). The docx library writes `w:widowControl`
 * from style options but its type for style paragraphs omits the field.
 */
const WIDOW_CONTROL_OFF = { widowControl: false } as Partial<IParagraphStylePropertiesOptions>;

const exactLine = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

function heading(
  id: string,
  name: string,
  level: number,
  fontName: string,
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: bodyRun(fontName),
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
      alignment: AlignmentType.BOTH,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: exactLine,
    },
  };
}

function paragraphStyles(f: FontSet): IParagraphStyleOptions[] {
  return [
    {
      id: STYLE_IDS.正文,
      name: 'Normal',
      quickFormat: true,
      run: bodyRun(f.fangsong),
      paragraph: {
        alignment: AlignmentType.BOTH,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: exactLine,
        ...WIDOW_CONTROL_OFF,
      },
    },
    {
      id: STYLE_IDS.附件标识,
      name: 'Attachment Label',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: bodyRun(f.heiti),
      paragraph: {
        alignment: AlignmentType.LEFT,
        indent: { firstLine: 0, left: 0 },
        spacing: exactLine,
      },
    },
    {
      id: STYLE_IDS.标题,
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(f.title), size: SIZE.title, color: BLACK, bold: false, italics: false },
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0, left: 0 },
        spacing: exactLine,
        keepNext: true,
      },
    },
    heading(STYLE_IDS.一级标题, 'heading 1', 0, f.heiti),
    heading(STYLE_IDS.二级标题, 'heading 2', 1, f.kaiti),
    heading(STYLE_IDS.三级标题, 'heading 3', 2, f.fangsong),
    {
      id: STYLE_IDS.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: font(f.fangsong), size: SIZE.table, color: BLACK, bold: false },
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0, left: 0 },
        spacing: exactLine,
      },
    },
    {
      id: STYLE_IDS.tableHeader,
      name: 'Table Header',
      basedOn: 'TableText',
      quickFormat: true,
      run: { font: font(f.heiti), size: SIZE.table, color: BLACK, bold: false },
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0, left: 0 },
        spacing: exactLine,
      },
    },
    {
      id: STYLE_IDS.tableCaption,
      name: 'Table Caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: bodyRun(f.heiti),
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0, left: 0 },
        spacing: exactLine,
        keepNext: true,
        keepLines: true,
      },
    },
    {
      id: STYLE_IDS.pageNumber,
      name: 'footer',
      run: { font: font(f.songti), size: SIZE.pageNumber, color: BLACK, characterSpacing: 0 },
      paragraph: {
        indent: { firstLine: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      },
    },
  ];
}

/**
 * styles.xml's document defaults, written directly because the docx library cannot turn hanging
 * punctuation off: exact 28.95 pt lines with no space around paragraphs, widow control off, no
 * punctuation hanging into the margin (it would make a 29th character; Chinese line breaking
 * squeezes instead), Chinese as the East Asian language, black 仿宋 三号.
 */
function documentDefaults(f: FontSet): string {
  const name = escapeXml(f.fangsong);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:cs="${name}"/>` +
    `<w:color w:val="${BLACK}"/><w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>' +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>' +
    '<w:widowControl w:val="0"/><w:overflowPunct w:val="0"/>' +
    `<w:spacing w:before="0" w:after="0" w:line="${LINE}" w:lineRule="exact"/>` +
    '</w:pPr></w:pPrDefault></w:docDefaults></w:styles>'
  );
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `— N —` with a PAGE field, one character in from the right (odd pages) or the left (even pages). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_IDS.pageNumber,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent:
          side === 'odd'
            ? { right: PAGE_NUMBER_INDENT, firstLine: 0 }
            : { left: PAGE_NUMBER_INDENT, firstLine: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** Stands in for the body in the skeleton the docx library packs; replaced by {@link bodyXml}. */
const BODY_MARKER = 'JIXIAO-REPORT-BODY-7f3a';

/**
 * Builds the Word document of a report (GB/T 9704-2012 layout: A4, 22 lines of 28 characters,
 * 仿宋_GB2312 三号 body, heading levels as Word's Heading1..3 styles, page numbers `— N —`).
 * Works unchanged in Node and in the browser.
 *
 * The docx library writes the package — styles, settings (even/odd footers), the two page-number
 * footers, section properties, document properties — around a one-paragraph body; the body itself
 * (paragraphs by style id and tables, a few elements each) is written by {@link bodyXml} and put
 * in its place. That keeps a 100-page report well under half a second, where building thousands of
 * docx objects took several times longer (see `npm run bench`).
 *
 * @param blocks - the filled report (from `fillTemplate` or `blocksFromRows`)
 * @returns the .docx file's bytes
 */
export async function exportDocx(
  blocks: readonly ReportBlock[],
  options: ExportDocxOptions = {},
): Promise<Uint8Array> {
  const f = fontSet(options.fonts ?? 'standard');
  const creator = options.creator ?? '';
  const doc = new Document({
    creator,
    lastModifiedBy: creator,
    title: options.title ?? fullTitle(blocks) ?? '',
    evenAndOddHeaderAndFooters: true,
    externalStyles: documentDefaults(f),
    styles: { paragraphStyles: paragraphStyles(f) },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [new Paragraph({ children: [new TextRun(BODY_MARKER)] })],
      },
    ],
  });
  const files = unzipSync(await Packer.pack(doc, 'uint8array'));
  const skeleton = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const at = skeleton.indexOf(BODY_MARKER);
  const start = skeleton.lastIndexOf('<w:p>', at);
  const end = skeleton.indexOf('</w:p>', at);
  if (at < 0 || start < 0 || end < 0)
    throw new Error('exportDocx: the docx library wrote an unexpected document.xml');
  files['word/document.xml'] = strToU8(
    skeleton.slice(0, start) + bodyXml(blocks) + skeleton.slice(end + '</w:p>'.length),
  );
  return zipSync(files, { level: 6 });
}
