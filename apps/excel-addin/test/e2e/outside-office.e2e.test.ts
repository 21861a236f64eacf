/**
 * The add-in outside Office, in Debian's Chromium: taskpane.html opened in a plain browser
 * (Office.onReady reports no host) becomes the standalone page of @jixiao/web and scores a
 * workbook without leaving localhost. (Moved from the page's end-to-end test.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { createWorkbook } from '@jixiao/xlsx';
import { newWorkbookLayout } from '@jixiao/pipeline';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { launchChromium, serveStatic } from '@jixiao/ui/test-support';

const APP_DIR = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(APP_DIR, 'test-artifacts');
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let browser: Browser;
let example: Uint8Array;

/** Builds the add-in (taskpane.html) with the add-in's own vite config into `outDir`. */
async function buildAddin(outDir: string): Promise<void> {
  process.env.JIXIAO_ADDIN_OUT_DIR = outDir;
  await build({ configFile: join(APP_DIR, 'vite.config.ts'), root: APP_DIR, logLevel: 'warn' });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  example = createWorkbook(
    newWorkbookLayout({ input: guangzhou2022, template: guangzhou2022Template }),
  );
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('the add-in outside Office', () => {
  it('becomes the page: taskpane.html in a plain browser scores a workbook without leaving localhost', async () => {
    await buildAddin(`${ARTIFACTS}/page-addin-dist`);
    const addin = await serveStatic(`${ARTIFACTS}/page-addin-dist`, { csp: false });
    try {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      const away: string[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (
          !url.startsWith(`${addin.origin}/`) &&
          !url.startsWith('blob:') &&
          !url.startsWith('data:')
        )
          away.push(url);
      });
      await page.goto(`${addin.origin}/taskpane.html`);
      await page.getByTestId('file-input').setInputFiles({
        name: '广州市人民政府办公厅-2022.xlsx',
        mimeType: XLSX_MIME,
        buffer: Buffer.from(example),
      });
      await expect
        .poll(() => page.getByTestId('score').textContent(), { timeout: 60_000 })
        .toBe('96.99');
      expect(await page.getByTestId('grade').textContent()).toBe('优');
      // office.js schedules its telemetry frame 3 s after load: stay past that point so the
      // check below covers it however fast the workbook was scored.
      await page.waitForTimeout(4_000);
      await context.close();
      expect(away).toEqual([]);
    } finally {
      await addin.close();
    }
  }, 180_000);
});
