/**
 * @jixiao/xlsx — the .xlsx adapter. Reads named sheets into 2-D grids and applies write plans
 * inside the existing package (everything else survives byte-for-byte); creates new workbooks.
 * Bytes in, bytes out: no file system, so it runs in Node and in the browser.
 */
export { applyPlan, readXlsx, xlsxSheetNames, XlsxWorkbook, type XlsxOptions } from './workbook.js';
export { createWorkbook, type NewSheet, type NewWorkbook } from './create.js';
export {
  createStyledWorkbook,
  type CellStyle,
  type MergeArea,
  type PrintSetup,
  type StyledSheet,
} from './styled.js';
export type { ListValidation } from './sheet-writer.js';
export { XlsxError, isXlsxError, type XlsxErrorCode } from './errors.js';
export { DEFAULT_LIMITS, fflateCodec, type DeflateCodec, type ZipLimits } from './zip.js';
export { columnLetters, fromA1, toA1 } from './a1.js';
