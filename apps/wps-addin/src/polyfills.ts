/**
 * What the pane's code and its libraries use beyond WPS's embedded browser (src/engine-level.ts),
 * from core-js, loaded before anything else: zod reads `globalThis` when its module loads (Chrome
 * 71), Fluent UI and the pipeline use `Object.fromEntries` (73), and the rest are cheap insurance
 * for the newer calls the e2e test removes.
 */
import 'core-js/actual/global-this';
import 'core-js/actual/object/from-entries';
import 'core-js/actual/object/has-own';
import 'core-js/actual/array/at';
import 'core-js/actual/array/find-last';
import 'core-js/actual/array/find-last-index';
import 'core-js/actual/string/at';
import 'core-js/actual/string/replace-all';
import 'core-js/actual/string/match-all';
import 'core-js/actual/promise/all-settled';
import 'core-js/actual/promise/any';
import 'core-js/actual/structured-clone';
