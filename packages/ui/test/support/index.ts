/** The end-to-end tests' and benchmarks' helpers, shared by every front end (`@jixiao/ui/test-support`). */
export { launchChromium } from './chromium.js';
export { PAGE_CSP, serveStatic, type StaticServer } from './static-server.js';
