/**
 * The page and paragraph measures of GB/T 9704-2012 as Word units (twips = 1/20 pt, sizes in
 * half-points). See `docs` / word-export spec: 22 lines of 28 characters on A4.
 */
export const PAGE = {
  /** A4 in twips (the docx library's mm conversion would give 11905). */
  width: 11906,
  height: 16838,
  /** top 37 mm, left 28 mm, bottom 35 mm, right 26 mm: a 156 × 225 mm type area */
  margin: { top: 2098, left: 1587, bottom: 1984, right: 1474 },
  /** Distance of the footer from the page's bottom edge: the page number sits about 7 mm under the type area. */
  footer: 1247,
  header: 851,
} as const;

/** Width of the type area in twips: 11906 − 1587 − 1474. */
export const TYPE_AREA_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Exact line pitch: 28.95 pt, 22 lines in the 225 mm type area. */
export const LINE = 579;

/**
 * 三号 16 pt (body, headings), 二号 22 pt (title), 小四 12 pt (tables; a table whose content needs it
 * is set in 五号 or 小五, see `layoutTable`), 四号 14 pt (page numbers).
 */
export const SIZE = { body: 32, title: 44, table: 24, pageNumber: 28 } as const;

/**
 * Character spacing of body runs, in twentieths of a point: condensed by 0.3 pt, so a 156 mm line
 * holds 28 三号 characters (16 pt gives only 27; anything from −0.21 to −0.74 pt gives 28). The spec's
 * −0.25 pt (−5) also gives 28 in Word, but LibreOffice 7.4 then drops a punctuation mark that falls
 * at the end of a full line (“推进、监督” renders as “推进监督”); −0.3 pt renders intact in both.
 */
export const CONDENSE = -6;

/** Two 三号 characters: the first-line indent of body text and headings. */
export const FIRST_LINE_INDENT = 640;

/** One 四号 character: how far the page number sits in from the margin. */
export const PAGE_NUMBER_INDENT = 280;
