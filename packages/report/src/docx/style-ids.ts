/** Style ids written to styles.xml. Heading1..3 and Title are Word's built-in ids (navigation pane, TOC). */
export const STYLE_IDS = {
  正文: 'Normal',
  附件标识: 'Attachment',
  标题: 'Title',
  一级标题: 'Heading1',
  二级标题: 'Heading2',
  三级标题: 'Heading3',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  tableCaption: 'TableCaption',
  pageNumber: 'Footer',
} as const;
