export {
  FakeExcelHost,
  type FakeChange,
  type FakeHostOptions,
  type FakeStats,
} from './fake-host.js';
export { FakeOfficeError } from './fake-errors.js';
export type { FakeCell, FakeConditionalFormat } from './fake-sheet.js';
