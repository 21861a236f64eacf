/**
 * Loaded on demand (dynamic import) when 导出 Word is pressed, so the docx library is not part of
 * the pane's first load.
 */
export { exportDocx } from '@jixiao/report/docx';
