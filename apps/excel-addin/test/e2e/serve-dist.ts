/**
 * Builds the add-in (with dev.html, the fake-Excel entry) and serves it on 127.0.0.1 for the
 * end-to-end test and the benchmark. Localhost only; no directory listing.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { serveStatic, type StaticServer } from '@jixiao/ui/test-support';

export { launchChromium } from '@jixiao/ui/test-support';

export const APP_ROOT = join(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(APP_ROOT, 'test-artifacts');

/** Production build plus dev.html into `outDir` (default test-artifacts/e2e-dist). */
export async function buildWithDev(outDir = join(ARTIFACTS, 'e2e-dist')): Promise<string> {
  process.env.JIXIAO_WITH_DEV = '1';
  process.env.JIXIAO_ADDIN_OUT_DIR = outDir;
  try {
    await build({
      root: APP_ROOT,
      configFile: join(APP_ROOT, 'vite.config.ts'),
      logLevel: 'error',
    });
  } finally {
    delete process.env.JIXIAO_WITH_DEV;
    delete process.env.JIXIAO_ADDIN_OUT_DIR;
  }
  return outDir;
}

export type Served = StaticServer;

/** Serves a built add-in: `/` is taskpane.html; no page CSP (taskpane.html loads office.js). */
export function serveDir(root: string): Promise<Served> {
  return serveStatic(root, { csp: false, index: 'taskpane.html' });
}
