/**
 * The pane's scoring worker (built by Vite as a module worker): the one run and the incremental
 * scorer, off the pane's thread. Office.js stays on the pane's thread; every workbook call is a
 * message there and back (`scoring-session.ts`).
 */
import { serveScoring, type FromWorker, type ToWorker } from './scoring-session.js';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
};
serveScoring(
  (message) => scope.postMessage(message),
  (handler) => scope.addEventListener('message', (event) => handler(event.data)),
);
