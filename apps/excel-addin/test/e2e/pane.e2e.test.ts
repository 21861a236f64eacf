/**
 * End to end in Debian's Chromium: the built pane (dev.html) runs against the fake Excel holding
 * the example workbook. Screenshots at 320 and 800 px go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, buildWithDev, launchChromium, serveDir, type Served } from './serve-dist.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let served: Served;
let browser: Browser;
let page: Page;

async function axeSeriousViolations(
  p: Page,
): Promise<{ id: string; impact: string; nodes: number; help: string; targets: string[] }[]> {
  await p.addScriptTag({ content: axeSource });
  return p.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: unknown[]; help: string }[];
          }>;
        };
      }
    ).axe;
    // Fluent UI's focus manager (tabster) adds aria-hidden focus sentinels on purpose: not content.
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
        help: v.help,
        targets: (v.nodes as { target: string[]; html: string }[])
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`),
      }));
  });
}

/** The 实际值 cell of an indicator in the fake workbook. */
async function actualCell(p: Page, name: string): Promise<string> {
  return p.evaluate((n) => {
    const host = window.jixiaoFake!;
    const rows = host.valuesFromA1('绩效指标');
    const col = rows[0]!.indexOf('实际值');
    const row = rows.findIndex((r) => r.includes(n));
    return `绩效指标!${String.fromCharCode(65 + col)}${row + 1}`;
  }, name);
}

describe('task pane in Chromium with the fake Excel host', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const dir = await buildWithDev();
    served = await serveDir(dir);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 320, height: 900 },
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror', e.message));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('shows 96.99 and 优 for the example workbook, fits 320 px and passes axe', async () => {
    await page.goto(`${served.origin}/dev.html`);
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 30_000 })
      .toBe('96.99');
    expect(await page.getByTestId('grade').textContent()).toBe('优');
    expect(await page.getByTestId('rate-overall').textContent()).toBe('99.99%');
    expect(await page.getByTestId('progress-chart').count()).toBe(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-320.png'), fullPage: true });
    expect(await axeSeriousViolations(page)).toEqual([]);
    // Nothing was fetched from anywhere but this server (office.js, fonts … all local).
    expect(served.requests.every((r) => r.startsWith('/'))).toBe(true);
  });

  it('recalculates when a cell is edited in the sheet', async () => {
    const cell = await actualCell(page, '完成高质量调研报告数量');
    await page.evaluate((c) => window.jixiaoFake!.typeAsUser(c, '40'), cell);
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 10_000 })
      .toBe('96.19');
    await page.evaluate((c) => window.jixiaoFake!.typeAsUser(c, '56'), cell);
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 10_000 })
      .toBe('96.99');
  });

  it('selects an indicator row and an issue cell from the keyboard', async () => {
    await page.getByRole('tab', { name: '指标' }).click();
    const first = page.getByTestId('indicators').locator('button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => window.jixiaoFake!.selection))
      .toMatch(/^绩效指标!A\d+:/);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-320-indicators.png'), fullPage: true });
    expect(await axeSeriousViolations(page)).toEqual([]);
    // A value that is not a number: an issue naming its cell; clicking it selects the cell.
    const bad = await actualCell(page, '公文交换份数');
    const before = await page.evaluate((c) => window.jixiaoFake!.cell(c).value, bad);
    await page.evaluate((c) => window.jixiaoFake!.typeAsUser(c, '很多'), bad);
    await page.getByRole('tab', { name: /问题/ }).click();
    const issue = page
      .getByTestId('issues')
      .locator('button', { hasText: bad.split('!')[1]! })
      .first();
    await issue.waitFor({ timeout: 10_000 });
    expect(((await issue.getByTestId('issue-cell').textContent()) ?? '').trim()).toBe(bad);
    await issue.click();
    await expect.poll(() => page.evaluate(() => window.jixiaoFake!.selection)).toBe(bad);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-320-issues.png'), fullPage: true });
    expect(await axeSeriousViolations(page)).toEqual([]);
    await page.evaluate(([c, v]) => window.jixiaoFake!.typeAsUser(c, v), [bad, before] as const);
    await page.getByRole('tab', { name: '概览' }).click();
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 10_000 })
      .toBe('96.99');
  });

  it('exports a valid .docx with the sample figures as a download', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('export-word').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      '广州市人民政府办公厅2022年度部门整体支出绩效自评报告.docx',
    );
    const path = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(path);
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    expect(Object.keys(files)).toContain('[Content_Types].xml');
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const figure of ['32,601.53', '99.99%', '100.0%', '96.99']) expect(text).toContain(figure);
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('已下载');
  });

  it('诊断 below the tabs runs the checks on the fake host, exports them, leaves no sheet', async () => {
    const before = await page.evaluate(() => window.jixiaoFake!.sheetNames());
    await page.getByTestId('diagnostics-open').click();
    const items = page.locator('[data-testid="diagnostics-results"] > li');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(8);
    const statuses = await items.evaluateAll((lis) =>
      lis.map((li) => [li.getAttribute('data-testid'), li.getAttribute('data-status')]),
    );
    expect(statuses.filter(([, s]) => s === 'fail')).toEqual([]);
    expect(Object.fromEntries(statuses)).toMatchObject({
      'diag-round-trip': 'ok',
      'diag-events': 'ok',
      'diag-payload': 'ok',
      'diag-worker': 'ok',
    });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByTestId('diagnostics-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^绩效自评助手-诊断-\d{8}-\d{6}\.txt$/);
    const path = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n').filter((l) => l.startsWith('['))).toHaveLength(statuses.length);
    expect(text).toContain('[通过] 变更事件与移除');
    expect(await page.evaluate(() => window.jixiaoFake!.sheetNames())).toEqual(before);
  });

  it('speaks English when Office does (en-US), with the same figures', async () => {
    const p = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await p.goto(`${served.origin}/dev.html?lang=en-US`);
    await expect
      .poll(() => p.getByTestId('score').textContent(), { timeout: 30_000 })
      .toBe('96.99');
    expect(await p.getByRole('button', { name: 'Recalculate' }).count()).toBe(1);
    expect(await p.getByText('Payment rates').count()).toBe(1);
    await p.screenshot({ path: join(ARTIFACTS, 'pane-320-en.png'), fullPage: true });
    expect(await axeSeriousViolations(p)).toEqual([]);
    await p.close();
  });

  it('outside Office, taskpane.html (with the local office.js) becomes the standalone page', async () => {
    const p = await browser.newPage({ viewport: { width: 800, height: 700 } });
    const external: string[] = [];
    p.on('request', (r) => {
      if (
        !r.url().startsWith(served.origin) &&
        !r.url().startsWith('blob:') &&
        !r.url().startsWith('data:')
      )
        external.push(r.url());
    });
    await p.goto(`${served.origin}/taskpane.html`);
    await p.getByTestId('file-input').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await p.getByTestId('score').count()).toBe(0);
    expect(external).toEqual([]);
    await p.close();
  });

  it('looks right at 800 px', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(ARTIFACTS, 'pane-800.png'), fullPage: true });
    writeFileSync(join(ARTIFACTS, 'pane-e2e.txt'), `served ${served.requests.length} requests\n`);
    expect(await axeSeriousViolations(page)).toEqual([]);
  });

  it('keeps the pane thread running while a worker scores a 10,000-line workbook', async () => {
    const p = await browser.newPage({ viewport: { width: 320, height: 900 } });
    try {
      await p.goto(`${served.origin}/dev.html?lines=10000&latency=0`);
      await p.getByTestId('score').waitFor({ timeout: 120_000 });
      expect(await p.evaluate(() => window.jixiaoPane!.scoringThread)).toBe('worker');
      await p.evaluate(() => (window.jixiaoWorkerLog!.length = 0));
      await p.evaluate(() => window.jixiaoPane!.recalculate());
      const log = await p.evaluate(() => window.jixiaoWorkerLog!);
      // the sheets went to the worker; it scored them and asked to write the plan
      const read = log.findIndex((m) => m.dir === 'out' && m.method === 'readSheets');
      const apply = log.findIndex((m) => m.dir === 'in' && m.method === 'apply');
      expect(read).toBeGreaterThanOrEqual(0);
      expect(apply).toBeGreaterThan(read);
      // while the worker scored 10,000 lines, the pane's own timer kept firing
      expect(log[apply]!.ticks).toBeGreaterThan(log[read]!.ticks);
    } finally {
      await p.close();
    }
  }, 240_000);
});
