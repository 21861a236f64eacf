/**
 * The add-in's build: the task pane (taskpane.html, also the shared runtime's page) with office.js
 * served from this origin (copied from @microsoft/office-js, no CDN), the icons and help page from
 * public/, and — for development and the end-to-end test only — dev.html, which runs the same pane
 * against the in-memory fake Excel holding the example workbook.
 *
 * Environment: JIXIAO_ADDIN_OUT_DIR (default dist), JIXIAO_WITH_DEV=1 (include dev.html),
 * JIXIAO_ORIGIN (the https origin the manifest points at; written as dist/manifest.xml).
 */
import { defineConfig, defaultClientConditions, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { renderManifest, DEFAULT_DEV_ORIGIN } from './src/manifest/render-manifest.js';

const here = import.meta.dirname;
const require = createRequire(import.meta.url);
const officeDist = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** The office.js files Excel needs: the loader, Excel's host scripts, and zh/en strings. */
export function officeJsFiles(): string[] {
  const top = readdirSync(officeDist).filter(
    (f) =>
      !f.includes('.debug.') &&
      (f === 'office.js' ||
        f.startsWith('excel') ||
        f === 'o15apptofilemappingtable.js' ||
        f === 'es6-promise.js'),
  );
  const locales = ['zh-cn', 'zh-tw', 'en-us'].flatMap((loc) =>
    existsSync(join(officeDist, loc))
      ? readdirSync(join(officeDist, loc))
          .filter((f) => !f.includes('.debug.'))
          .map((f) => `${loc}/${f}`)
      : [],
  );
  return [...top, ...locales];
}

function officeJs(): Plugin {
  let outDir = 'dist';
  return {
    name: 'jixiao-office-js',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/office-js', (req, res, next) => {
        const file = join(officeDist, decodeURIComponent((req.url ?? '/').split('?')[0]!));
        if (!file.startsWith(officeDist) || !existsSync(file) || !statSync(file).isFile())
          return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      for (const f of officeJsFiles()) {
        const target = join(outDir, 'office-js', f);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(join(officeDist, f), target);
      }
      const origin = process.env.JIXIAO_ORIGIN ?? DEFAULT_DEV_ORIGIN;
      writeFileSync(join(outDir, 'manifest.xml'), renderManifest(origin));
    },
  };
}

function devCerts(): { key: Buffer; cert: Buffer; ca?: Buffer } | undefined {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const key = join(dir, 'localhost.key');
  const cert = join(dir, 'localhost.crt');
  if (!existsSync(key) || !existsSync(cert)) return undefined;
  const ca = join(dir, 'ca.crt');
  return {
    key: readFileSync(key),
    cert: readFileSync(cert),
    ...(existsSync(ca) ? { ca: readFileSync(ca) } : {}),
  };
}

/**
 * The language level of every emitted script, chosen from the hosts the manifest admits (ExcelApi
 * 1.7): the WebView2 (Chromium) of Office 2021 / Microsoft 365 and Excel on the web's browsers, and
 * the WKWebView of Excel for Mac from Safari 14 (macOS 11) — no class static blocks (Safari 16.4),
 * no ES2021+ syntax. Trident (IE11) and EdgeHTML cannot run the pane at any level we could ship with
 * React 19: taskpane.html shows them an ES5 message instead. test/e2e/build-target.e2e.test.ts
 * parses every emitted script at {@link SCRIPT_ECMA_VERSION}.
 */
export const BUNDLE_TARGET = ['es2020', 'chrome87', 'edge88', 'firefox78', 'safari14'];
export const SCRIPT_ECMA_VERSION = 2020;

export default defineConfig(({ command }) => {
  const withDev = command === 'serve' || process.env.JIXIAO_WITH_DEV === '1';
  const certs = command === 'serve' ? devCerts() : undefined;
  return {
    root: here,
    base: './',
    plugins: [react(), officeJs()],
    resolve: { conditions: ['@jixiao/source', ...defaultClientConditions] },
    worker: { format: 'es' },
    server: { port: 3000, strictPort: true, ...(certs ? { https: certs } : {}) },
    build: {
      outDir: process.env.JIXIAO_ADDIN_OUT_DIR ?? 'dist',
      emptyOutDir: true,
      target: BUNDLE_TARGET,
      sourcemap: false,
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: {
          taskpane: join(here, 'taskpane.html'),
          ...(withDev ? { dev: join(here, 'dev.html') } : {}),
        },
      },
    },
  };
});
