/**
 * The same `exportDocx` runs in a browser: the package is bundled for the browser platform (no Node
 * built-ins available) and run in headless Chromium, which makes a Blob of the bytes; the bytes must
 * be the same document Node makes.
 */
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../src/docx/index.js';
import { unzipDocx } from '../src/__tests__/docx-xml.js';
import type { ReportBlock } from '../src/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const blocks: ReportBlock[] = [
  { kind: 'paragraph', style: '标题', text: '浏览器中导出的报告' },
  { kind: 'paragraph', style: '正文', text: '共支出32,601.53万元，a < b & c。' },
  { kind: 'table', name: '表', header: ['甲', '乙'], rows: [['1', '2']] },
];

describe('exportDocx in a browser', () => {
  it('bundles without Node built-ins and produces the same document in Chromium as in Node', async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium is missing at ${CHROMIUM} (set CHROMIUM_PATH)`);
    const bundle = await build({
      stdin: {
        contents: `import { exportDocx } from './src/docx/index.ts';
          globalThis.run = async (blocks) => {
            const bytes = await exportDocx(blocks);
            const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
            return [...new Uint8Array(await blob.arrayBuffer())];
          };`,
        resolveDir: new URL('..', import.meta.url).pathname,
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      conditions: ['@jixiao/source'],
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
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
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: code });
      const bytes = await page.evaluate(
        async (b) =>
          await (globalThis as unknown as { run: (x: unknown) => Promise<number[]> }).run(b),
        blocks,
      );
      const fromBrowser = unzipDocx(Uint8Array.from(bytes));
      const fromNode = unzipDocx(await exportDocx(blocks));
      expect(fromBrowser.document).toBe(fromNode.document);
      expect(fromBrowser.styles).toBe(fromNode.styles);
      expect(fromBrowser.footers).toEqual(fromNode.footers);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
