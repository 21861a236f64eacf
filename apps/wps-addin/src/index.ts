/**
 * @jixiao/wps-addin — the WPS 表格 add-in (WPS加载项). Exported for tests and tools: the WPS
 * adapter, the fake ET application and the pane's controller.
 */
export {
  WpsPort,
  WpsWriteError,
  a1,
  type WpsPortOptions,
  type WpsCallStats,
} from './wps/wps-port.js';
export { comError, comErrorLiteral, comErrorNumber, XL_CV_ERRORS } from './wps/com-errors.js';
export { toMatrix, ShapeError } from './wps/value2.js';
export { listenForSheetChanges } from './wps/change-listener.js';
export { insertTemplateSheets } from './wps/insert-template.js';
export type * from './wps/et-api.js';
export * from './wps/fake/index.js';
export {
  WpsPaneController,
  COMMAND_KEY,
  type WpsEnv,
  type RibbonCommand,
} from './pane/wps-controller.js';
