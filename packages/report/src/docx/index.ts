/**
 * `@jixiao/report/docx`: the Word (.docx) export of report blocks, laid out by GB/T 9704-2012. Its
 * own entry because it pulls in the `docx` and `fflate` libraries: the main entry (template filling)
 * stays free of them, so the pipeline and the pane's first load never carry them.
 */
export { exportDocx, type ExportDocxOptions } from './export-docx.js';
export { STYLE_IDS } from './style-ids.js';
export { bodyXml, fullTitle } from './body-xml.js';
export {
  breakCell,
  layoutTable,
  unbreakablePieces,
  TABLE_SIZES,
  type TableLayout,
} from './table-layout.js';
export { TABLE_TERMS } from './table-terms.js';
export { titleLines, TITLE_ENDINGS } from './title-lines.js';
export { fontSet, isFontProfile, FONT_PROFILES, type FontProfile, type FontSet } from './fonts.js';
export { PAGE, LINE, SIZE, TYPE_AREA_WIDTH } from './layout.js';
