/**
 * End to end in Debian's Chromium, made to look like WPS's embedded browser (src/engine-level.ts):
 * before the built pane loads, the APIs newer than the target are removed, `globalThis` too,
 * `crypto.randomUUID` is gone and locale date APIs throw (as on WPS's Linux builds). The built
 * `wps:build` pane (dev.html: the same bundle as taskpane.html on the fake WPS 表格 holding the
 * example workbook) then runs the example at the pane width the ribbon sets: 96.99 优 written into
 * the sheets, 报告 filled, the .docx written where chosen. Screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, type StaticServer } from '@jixiao/ui/test-support';
import { buildWps, APP_ROOT } from '../scripts/wps-build.js';
import { NEWER_APIS } from '../src/engine-level.js';
import { PANE_WIDTH } from '../src/pane/pane-width.js';

const ARTIFACTS = join(APP_ROOT, 'test-artifacts');
let served: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

/** Runs in the page before any script: the old embedded browser. */
function oldBrowser(apis: readonly (readonly [string, string])[]): void {
  const w = window as unknown as Record<string, unknown>;
  for (const [owner, name] of apis) {
    const target = owner
      .split('.')
      .reduce<Record<string, unknown> | undefined>(
        (o, k) => (k === 'window' ? w : (o?.[k] as Record<string, unknown> | undefined)),
        w,
      );
    if (target) delete target[name];
  }
  const fail = () => {
    throw new RangeError('Incorrect locale information provided');
  };
  Date.prototype.toLocaleDateString = fail;
  Date.prototype.toLocaleTimeString = fail;
  Date.prototype.toLocaleString = fail;
  (Intl as unknown as Record<string, unknown>).DateTimeFormat = fail;
  delete w.globalThis;
  const check = () => {
    let locale = 'works';
    try {
      new Date(0).toLocaleDateString();
    } catch {
      locale = 'throws';
    }
    return JSON.stringify({
      globalThis: typeof w.globalThis,
      at: typeof ([] as unknown as { at?: unknown }).at,
      uuid: typeof (crypto as unknown as { randomUUID?: unknown }).randomUUID,
      fromEntries: typeof (Object as unknown as { fromEntries?: unknown }).fromEntries,
      locale,
    });
  };
  document.addEventListener('DOMContentLoaded', () => {
    document.documentElement.setAttribute('data-old-browser', check());
  });
}

describe('WPS pane in Chromium at the WPS task pane width, as an old embedded browser', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const built = await buildWps({ outDir: join(ARTIFACTS, 'e2e-dist'), withDev: true });
    served = await serveStatic(built.online, { csp: false, index: 'dev.html' });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: PANE_WIDTH, height: 900 },
      locale: 'zh-CN',
    });
    await context.addInitScript(oldBrowser, NEWER_APIS);
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('the old-browser stand-in really lacks those APIs', async () => {
    await page.goto(`${served.origin}/index.html`);
    // Read from the page's own record (page.evaluate itself needs globalThis in the page).
    const missing: unknown = JSON.parse(
      (await page.locator('html').getAttribute('data-old-browser')) ?? '{}',
    );
    expect(missing).toEqual({
      globalThis: 'undefined',
      at: 'undefined',
      uuid: 'undefined',
      fromEntries: 'undefined',
      locale: 'throws',
    });
  });

  it('scores the example: 96.99 优 on the pane and in the sheets, fitting the pane width', async () => {
    await page.goto(`${served.origin}/dev.html`);
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 60_000 })
      .toBe('96.99');
    expect(await page.getByTestId('grade').textContent()).toBe('优');
    expect(await page.getByTestId('rate-overall').textContent()).toBe('99.99%');
    const written = await page.evaluate(() => {
      const rows = window.jixiaoFake!.valuesFromA1('绩效指标');
      const col = rows[0]!.indexOf('得分');
      return rows
        .slice(1)
        .map((r) => r[col])
        .filter((v): v is number => typeof v === 'number')
        .reduce((a, b) => a + Math.round(b * 100), 0);
    });
    expect(written).toBe(9699);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, `wps-pane-${PANE_WIDTH}.png`), fullPage: true });
  });

  it('recalculates when the user edits a cell in WPS', async () => {
    const cell = await page.evaluate(() => {
      const rows = window.jixiaoFake!.valuesFromA1('绩效指标');
      const col = rows[0]!.indexOf('实际值');
      const row = rows.findIndex((r) => r.includes('完成高质量调研报告数量'));
      return `${String.fromCharCode(65 + col)}${row + 1}`;
    });
    await page.evaluate((c) => window.jixiaoFake!.userEdit('绩效指标', c, 40), cell);
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 10_000 })
      .toBe('96.19');
    await page.evaluate((c) => window.jixiaoFake!.userEdit('绩效指标', c, 56), cell);
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 10_000 })
      .toBe('96.99');
  });

  it('填充报告 fills 报告, and 导出 Word writes the .docx where chosen and opens it', async () => {
    await page.getByRole('button', { name: '填充报告' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('已将报告写入');
    const report = await page.evaluate(() => window.jixiaoFake!.valuesFromA1('报告'));
    expect(report[0]).toEqual(['样式', '内容']);
    expect(report.some((r) => String(r[1]).includes('96.99'))).toBe(true);

    await page.getByTestId('export-word').click();
    await expect
      .poll(() => page.evaluate(() => window.jixiaoFake!.files.size), { timeout: 60_000 })
      .toBe(1);
    const { path, data, opened } = await page.evaluate(() => {
      const [p, d] = [...window.jixiaoFake!.files][0]!;
      return { path: p, data: d, opened: window.jixiaoFake!.opened };
    });
    expect(path).toBe('/home/user/桌面/report.docx');
    expect(opened).toEqual([path]);
    const bytes = Uint8Array.from(data, (ch) => ch.charCodeAt(0));
    const text = strFromU8(unzipSync(bytes)['word/document.xml']!).replace(/<[^>]+>/g, '');
    for (const figure of ['32,601.53', '99.99%', '96.99']) expect(text).toContain(figure);
    await page.screenshot({
      path: join(ARTIFACTS, `wps-pane-${PANE_WIDTH}-exported.png`),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });
});
