/**
 * @jixiao/excel-addin — the Excel add-in (task pane + shared runtime) and, outside Office, the
 * standalone page. Exported for tests, the benchmark and tools: the Office.js adapter, the fake
 * Excel host, the scheduler and the manifest renderer.
 */
export {
  OfficePort,
  type OfficePortOptions,
  type PortCallStats,
  type ScoreHighlight,
} from './office/office-port.js';
export { NaivePort } from './office/naive-port.js';
export { RecalcScheduler, type RecalcSchedulerOptions, type SchedulerState } from '@jixiao/ui';
export {
  listenForChanges,
  type ChangeListenerOptions,
  type ChangeSubscription,
  type UserChange,
} from './office/change-listener.js';
export type { XlRun, XlRequestContext, XlRange, XlWorksheet } from './office/excel-api.js';
export {
  FakeExcelHost,
  FakeOfficeError,
  type FakeHostOptions,
  type FakeStats,
} from './office/fake/index.js';
export { renderManifest, ADDIN_ID, normaliseOrigin } from './manifest/render-manifest.js';
