/**
 * `npm run wps:build` — the WPS加载项 in the layout the `wpsjs` tool documents (`wpsjs build` /
 * `wpsjs publish`: a `wps-addon-build/` folder served as is for online mode, a versioned
 * `<name>_<version>/` folder for offline mode, and the publish entry), made by the project's own
 * build so that `npm ci` never needs `wpsjs` (it pulls a Windows-only native module):
 *
 *   dist/wps-addon-build/          online mode: copy to the intranet server (…/jixiao/)
 *     ribbon.xml  index.html  ribbon.js  taskpane.html  assets/  images/
 *   dist/wps-addon-publish/publish.xml
 *                                  online mode: the entry for each user's jsaddons folder
 *   dist/jsaddons/                 offline mode: copy into the jsaddons folder as is
 *     jsplugins.xml  jixiao_<version>/ (the same files)
 *
 * `--origin https://oa.example.gov.cn/jixiao/` is where wps-addon-build/ will be served.
 */
import { build as esbuild } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WPS_BROWSER_TARGET } from '../src/engine-level.js';

export const ADDIN_NAME = 'jixiao';
export const APP_ROOT = join(import.meta.dirname, '..');

export interface WpsBuildOptions {
  outDir?: string;
  /** Where wps-addon-build/ is served (online mode), ending in '/'. */
  origin?: string;
  /** Also build dev.html (the pane on the fake WPS 表格; tests only). */
  withDev?: boolean;
}

export interface WpsBuildResult {
  outDir: string;
  online: string;
  offline: string;
  version: string;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function normaliseOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`--origin must be an http(s) URL: ${origin}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export async function buildWps(options: WpsBuildOptions = {}): Promise<WpsBuildResult> {
  const outDir = options.outDir ?? join(APP_ROOT, 'dist');
  const origin = normaliseOrigin(options.origin ?? 'http://127.0.0.1:3100/');
  const { version } = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const online = join(outDir, 'wps-addon-build');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(online, { recursive: true });
  // Classic scripts, not ES modules: offline add-ins load from the jsaddons folder, where Chromium
  // refuses module scripts (origin null), and the ribbon's callbacks must be globals at once.
  const entries: [string, string][] = [
    ['ribbon.ts', 'ribbon.js'],
    ['taskpane-main.tsx', 'taskpane.js'],
    ...(options.withDev ? ([['dev/dev-main.tsx', 'dev.js']] as [string, string][]) : []),
  ];
  for (const [entry, out] of entries) {
    await esbuild({
      entryPoints: [join(APP_ROOT, 'src', entry)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: WPS_BROWSER_TARGET,
      conditions: ['@jixiao/source'],
      jsx: 'automatic',
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: join(online, out),
      logLevel: 'warning',
    });
  }
  for (const page of [
    'ribbon.xml',
    'index.html',
    'taskpane.html',
    ...(options.withDev ? ['dev.html'] : []),
  ])
    cpSync(join(APP_ROOT, page), join(online, page));
  cpSync(join(APP_ROOT, 'public', 'images'), join(online, 'images'), { recursive: true });

  mkdirSync(join(outDir, 'wps-addon-publish'), { recursive: true });
  writeFileSync(
    join(outDir, 'wps-addon-publish', 'publish.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN_NAME}" type="et" url="${xmlEscape(origin)}" enable="true"/>\n</jsplugins>\n`,
  );
  const offline = join(outDir, 'jsaddons', `${ADDIN_NAME}_${version}`);
  cpSync(online, offline, {
    recursive: true,
    filter: (src) => !/[\\/]dev\.(html|js)$/.test(src),
  });
  writeFileSync(
    join(outDir, 'jsaddons', 'jsplugins.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="et" url="${xmlEscape(origin)}${ADDIN_NAME}.7z" version="${xmlEscape(version)}" enable="true"/>\n</jsplugins>\n`,
  );
  return { outDir, online, offline, version };
}
