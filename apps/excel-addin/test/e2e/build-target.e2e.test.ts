/**
 * The add-in's build at the language level the manifest's hosts can parse, and taskpane.html's
 * ES5 message where the bundle cannot run (IE11/Trident, EdgeHTML, old WKWebView).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { build } from 'vite';
import { launchChromium, serveStatic } from '@jixiao/ui/test-support';
import { SCRIPT_ECMA_VERSION } from '../../vite.config.js';

const APP_DIR = join(import.meta.dirname, '..', '..');
const OUT = join(APP_DIR, 'test-artifacts', 'target-dist');

/** Throws (with the file and position) when `code` is not valid at the chosen level. */
function checkLevel(code: string, file: string, sourceType: 'module' | 'script' = 'module'): void {
  try {
    parse(code, { ecmaVersion: SCRIPT_ECMA_VERSION, sourceType });
  } catch (error) {
    throw new Error(`${file}: not ES${SCRIPT_ECMA_VERSION}: ${(error as Error).message}`);
  }
}

let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  process.env.JIXIAO_ADDIN_OUT_DIR = OUT;
  try {
    await build({ configFile: join(APP_DIR, 'vite.config.ts'), root: APP_DIR, logLevel: 'error' });
  } finally {
    delete process.env.JIXIAO_ADDIN_OUT_DIR;
  }
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('the build target', () => {
  it(`every emitted script parses at ES${SCRIPT_ECMA_VERSION}`, () => {
    const scripts = readdirSync(join(OUT, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const f of scripts) checkLevel(readFileSync(join(OUT, 'assets', f), 'utf8'), f);
    // The inline fallback in taskpane.html is a classic script at ES5.
    const html = readFileSync(join(OUT, 'taskpane.html'), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    parse(inline[0]!, { ecmaVersion: 5, sourceType: 'script' });
  });

  it('the check rejects scripts above the level (class static blocks, ES2021 operators)', () => {
    expect(() => checkLevel('class A { static { this.x = 1; } }', 'a.js')).toThrow(/not ES2020/);
    expect(() => checkLevel('let a; a ??= 1;', 'b.js')).toThrow(/not ES2020/);
    expect(() => checkLevel('class A { x = 1 }', 'c.js')).toThrow(/not ES2020/);
    expect(() => checkLevel('const a = b?.c ?? 1;', 'd.js')).not.toThrow();
  });
});

describe('taskpane.html where the bundle cannot run', () => {
  it('shows the Chinese message when module scripts are blocked', async () => {
    const server = await serveStatic(OUT, { csp: false });
    try {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      // As in a webview that runs no module script (IE11) or cannot load or parse the bundle.
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await page.goto(`${server.origin}/taskpane.html`, { waitUntil: 'load' });
      const box = page.locator('#jixiao-unsupported');
      await expect.poll(() => box.isVisible()).toBe(true);
      const text = (await box.textContent()) ?? '';
      expect(text).toContain('Office 2021 或 Microsoft 365');
      expect(text).toContain('WebView2');
      expect(text).toContain('macOS 11');
      expect(text).toContain(`${server.origin}/taskpane.html`);
      expect(text).toContain('jixiao score');
      await context.close();
    } finally {
      await server.close();
    }
  }, 120_000);

  it('stays hidden where the bundle runs', async () => {
    const server = await serveStatic(OUT, { csp: false });
    try {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/taskpane.html`, { waitUntil: 'load' });
      await expect
        .poll(() => page.evaluate(() => document.getElementById('root')!.childElementCount))
        .toBeGreaterThan(0);
      expect(await page.locator('#jixiao-unsupported').isVisible()).toBe(false);
      await context.close();
    } finally {
      await server.close();
    }
  }, 120_000);
});
