export {
  FakeEtApplication,
  FakeWorkbook,
  FakeWorksheet,
  FakeRange,
  FakeTaskPane,
  FakeComError,
  FakeEtFreeze,
  parseAddress,
  rectAddress,
  type FakeCell,
  type FakeEtOptions,
  type Rect,
} from './fake-et.js';
