/**
 * The language level of WPS's embedded browser, which the WPS build targets and is tested at.
 *
 * WPS加载项 pages run in WPS's own Chromium (CEF) build, on Windows and on the 信创 Linux builds
 * (统信 UOS, 银河麒麟). Kingsoft documents that it is Chromium-based but not which version; public
 * WPS add-in projects build for Chrome 60–86 (their Vite legacy targets). The build therefore
 * targets Chrome 69 — syntax lowered by esbuild, and the end-to-end test runs the built pane in
 * Chromium with the newer APIs removed (`Array.prototype.at`, `String.prototype.replaceAll`,
 * `Object.hasOwn`, `structuredClone`, `crypto.randomUUID` …) and locale date APIs that throw, as
 * on the Linux builds. Exact scoring needs BigInt (Chrome 67+): on an engine without it the pane
 * refuses to score and says so, rather than compute with binary floats.
 */
export const WPS_BROWSER_TARGET = 'chrome69';

/** APIs newer than {@link WPS_BROWSER_TARGET} that the e2e test removes before the pane loads. */
export const NEWER_APIS: readonly (readonly [owner: string, name: string])[] = [
  ['Array.prototype', 'at'],
  ['Array.prototype', 'findLast'],
  ['Array.prototype', 'findLastIndex'],
  ['String.prototype', 'replaceAll'],
  ['String.prototype', 'at'],
  ['Object', 'hasOwn'],
  ['Object', 'fromEntries'],
  ['String.prototype', 'matchAll'],
  ['Promise', 'allSettled'],
  ['Promise', 'any'],
  ['window', 'structuredClone'],
  ['Crypto.prototype', 'randomUUID'],
];
