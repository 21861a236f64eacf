/**
 * `@jixiao/report/docx`: the Word (.docx) export of report blocks, laid out by GB/T 9704-2012. Its
 * own entry because it pulls in the `docx` and `fflate` libraries: the main entry (template filling)
 * stays free of them, so the pipeline and the pane's first load never carry them.
 */
export { exportDocx, type ExportDocxOptions } from './export-docx.js';
export { STYLE_IDS } from './style-ids.js';
export { bodyXml, columnWidths } from './body-xml.js';
export { fontSet, type FontProfile, type FontSet } from './fonts.js';
export { PAGE, LINE, SIZE, TYPE_AREA_WIDTH } from './layout.js';
