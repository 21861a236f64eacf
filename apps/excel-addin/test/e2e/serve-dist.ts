/**
 * Builds the add-in (with dev.html, the fake-Excel entry) and serves it on 127.0.0.1 for the
 * end-to-end test and the benchmark. Localhost only; no directory listing.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';

export const APP_ROOT = join(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(APP_ROOT, 'test-artifacts');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

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

export interface Served {
  origin: string;
  /** Paths requested, to prove nothing is fetched from elsewhere. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveDir(root: string): Promise<Served> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const file = normalize(join(root, path === '/' ? 'taskpane.html' : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** Debian's Chromium through playwright-core (CHROMIUM_PATH overrides the path). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
