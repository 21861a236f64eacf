/**
 * The standalone page end to end, in Debian's Chromium: build it, serve it on localhost, open
 * workbooks, check what it shows and what it downloads, and that nothing leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { Decimal } from '@jixiao/engine';
import { applyPlan, readXlsx } from '@jixiao/xlsx';
import type { SheetGrid, CellValue } from '@jixiao/workbook';
import { serveStatic, type StaticServer } from '@jixiao/ui/test-support';
import { ARTIFACTS, buildPage, exampleWorkbook, launchChromium } from './pageHarness.js';

const require = createRequire(import.meta.url);
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let browser: Browser;
let server: StaticServer;
let example: Uint8Array;
const offsite: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await buildPage(`${ARTIFACTS}/page-dist`);
  server = await serveStatic(`${ARTIFACTS}/page-dist`);
  browser = await launchChromium();
  example = await exampleWorkbook();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<{ context: BrowserContext; page: Page }> {
  offsite.length = 0;
  pageErrors.length = 0;
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (
      !url.startsWith(`${server.origin}/`) &&
      !url.startsWith('blob:') &&
      !url.startsWith('data:')
    )
      offsite.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${server.origin}/`);
  await page.getByTestId('open').waitFor();
  return { context, page };
}

/** The cells below a header cell, found by its text, in a grid. */
function columnBelow(grid: SheetGrid, header: string): { address: string; value: CellValue }[] {
  for (let r = 0; r < grid.values.length; r += 1) {
    const row = grid.values[r] ?? [];
    const c = row.findIndex((v) => typeof v === 'string' && v.trim() === header);
    if (c < 0) continue;
    return grid.values.slice(r + 1).map((cells, i) => ({
      address: `${String.fromCharCode(65 + grid.origin.col + c)}${grid.origin.row + r + i + 2}`,
      value: cells[c] ?? null,
    }));
  }
  throw new Error(`no header ${header} in ${grid.name}`);
}

function documentText(docx: Uint8Array): string {
  const files = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' });
  const xml = strFromU8(files['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** A second department: the example with another name and less spent on its first budget line. */
function variantWorkbook(bytes: Uint8Array, department: string): Uint8Array {
  const grids = readXlsx(bytes, ['基本信息', '预算执行']);
  const info = grids['基本信息']!;
  const nameRow = info.values.findIndex((row) => row[0] === '部门名称');
  const budget = grids['预算执行']!;
  const spent = columnBelow(budget, '全年执行数');
  const budgets = columnBelow(budget, '全年预算数');
  const first = spent.findIndex((c) => typeof c.value === 'number');
  const firstBudget = budgets[first]!.value as number;
  const lower = new Decimal(firstBudget).times('0.6').toDecimalPlaces(2).toNumber();
  return applyPlan(bytes, {
    cells: [
      {
        sheet: '基本信息',
        row: info.origin.row + nameRow,
        col: info.origin.col + 1,
        address: `B${info.origin.row + nameRow + 1}`,
        value: department,
      },
      {
        sheet: '预算执行',
        row: Number(/\d+/.exec(spent[first]!.address)![0]) - 1,
        col: spent[first]!.address.charCodeAt(0) - 65,
        address: spent[first]!.address,
        value: lower,
      },
    ],
    replaceSheets: [],
  });
}

/** The example with its 评价年度 typed in Chinese numerals (a data error the reader reports). */
function badYearWorkbook(bytes: Uint8Array): Uint8Array {
  const info = readXlsx(bytes, ['基本信息'])['基本信息']!;
  const row = info.values.findIndex((r) => r[0] === '评价年度');
  const at = { row: info.origin.row + row, col: info.origin.col + 1 };
  return applyPlan(bytes, {
    cells: [{ sheet: '基本信息', ...at, address: `B${at.row + 1}`, value: '二〇二二' }],
    replaceSheets: [],
  });
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).first().click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

describe('the standalone page in Chromium', () => {
  it('forbids connections: the Content-Security-Policy blocks even a same-origin fetch', async () => {
    const { context, page } = await openPage();
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('/index.html');
        return 'fetched';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
    expect(pageErrors.join('\n')).toContain('connect-src');
    await context.close();
    expect(offsite).toEqual([]);
  }, 60_000);

  it('loads only its shell before a file is opened; the 规则 panel when its section is opened', async () => {
    const { context, page } = await openPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path.slice(path.lastIndexOf('/') + 1));
    });
    await page.waitForLoadState('networkidle');
    const rules = page.getByTestId('page-rules');
    expect(await rules.locator('summary').textContent()).toBe('省级规则');
    expect(await page.getByTestId('rules-panel').count()).toBe(0);
    await rules.locator('summary').click();
    await page.getByTestId('rules-panel').waitFor();
    // the panel came in a chunk of its own, asked for only now; the results' chunk is not loaded
    expect(scripts.size).toBeGreaterThan(0);
    expect([...scripts].some((name) => name.startsWith('PageResults-'))).toBe(false);
    // closed and opened again, the panel keeps what was typed and not yet applied
    await page.getByTestId('rule-rateCap').fill('100%:90');
    await rules.locator('summary').click();
    await rules.locator('summary').click();
    expect(await page.getByTestId('rule-rateCap').inputValue()).toBe('100%:90');
    await page.getByTestId('file-input').setInputFiles({
      name: '广州市人民政府办公厅-2022.xlsx',
      mimeType: XLSX_MIME,
      buffer: Buffer.from(example),
    });
    await page.getByTestId('file-detail').waitFor();
    expect([...scripts].some((name) => name.startsWith('PageResults-'))).toBe(true);
    await context.close();
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('passes an axe check; a text file and a workbook with a bad cell get clear Chinese messages', async () => {
    const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    const context = await browser.newContext({
      bypassCSP: true,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.getByTestId('file-input').setInputFiles([
      { name: '广州市人民政府办公厅-2022.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(example) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('部门名称,年度') },
      {
        name: '有错误的工作簿.xlsx',
        mimeType: XLSX_MIME,
        buffer: Buffer.from(badYearWorkbook(example)),
      },
    ]);
    await expect
      .poll(() => page.locator('[data-testid=file-tab][data-status=working]').count(), {
        timeout: 30_000,
      })
      .toBe(0);
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      type Axe = {
        run: (
          context: unknown,
          options: unknown,
        ) => Promise<{ violations: { id: string; impact: string }[] }>;
      };
      // Fluent UI's focus manager (tabster) adds aria-hidden focus sentinels on purpose: not content.
      const result = await (window as unknown as { axe: Axe }).axe.run(
        { exclude: [['[data-tabster-dummy]']] },
        {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
          },
        },
      );
      return result.violations.map(
        (v) =>
          `${v.impact}: ${v.id} ${JSON.stringify((v as unknown as { nodes: { html: string }[] }).nodes.map((n) => n.html))}`,
      );
    });
    expect(violations.filter((v) => v.startsWith('serious') || v.startsWith('critical'))).toEqual(
      [],
    );
    // The file that is not a workbook keeps its tab, and its message names what to do.
    await page.locator('[data-testid=file-tab][data-status=failed]').click();
    expect(await page.getByTestId('failure').textContent()).toContain('不是 Excel 工作簿');
    // A workbook with a bad cell: the problem is listed with its cell and what is expected.
    await page.getByTestId('file-tab').nth(2).click();
    const issues = page.getByTestId('file-detail').getByTestId('issues');
    expect(await issues.textContent()).toContain('基本信息!B');
    expect(await issues.textContent()).toContain('评价年度应为四位年份');
    await context.close();
  }, 60_000);

  it('scores the example workbook: 96.99 / 优, and downloads the scored workbook and the report', async () => {
    const { context, page } = await openPage();
    await page.getByTestId('file-input').setInputFiles({
      name: '广州市人民政府办公厅-2022.xlsx',
      mimeType: XLSX_MIME,
      buffer: Buffer.from(example),
    });
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 30_000 })
      .toBe('96.99');
    expect(await page.getByTestId('grade').textContent()).toBe('优');
    expect(await page.getByTestId('rate-overall').textContent()).toBe('99.99%');
    expect(await page.getByTestId('rate-project').textContent()).toBe('100.00%');
    expect(await page.getByTestId('file-detail').textContent()).toContain('32,601.53');
    expect(await page.locator('[data-testid=indicators] tr[data-lost=true]').count()).toBe(2);
    const deductions = await page.getByTestId('deductions').textContent();
    expect(deductions).toContain('采购合同签订时效性');
    expect(deductions).toContain('合同备案时效性');

    const scored = await download(page, 'download-scored');
    expect(scored.name).toBe('广州市人民政府办公厅-2022.scored.xlsx');
    const grids = readXlsx(scored.bytes, ['绩效指标', '预算执行']);
    const scores = columnBelow(grids['绩效指标']!, '得分').filter((c) => c.value !== null);
    expect(scores.length).toBeGreaterThan(10);
    for (const c of scores) expect(typeof c.value, c.address).toBe('number');
    const total = scores.reduce((sum, c) => sum.plus(c.value as number), new Decimal(0));
    expect(total.toFixed(2)).toBe('96.99');
    const rates = columnBelow(grids['预算执行']!, '支付率').filter(
      (c) => typeof c.value === 'number',
    );
    expect(rates.length).toBeGreaterThan(0);

    const report = await download(page, 'download-report');
    expect(report.name).toBe('广州市人民政府办公厅2022年度部门整体支出绩效自评报告.docx');
    const text = documentText(report.bytes);
    expect(text).toContain(
      '2022年共支出32,601.53万元，整体支付率为99.99%，其中项目支出支付率为100.0%。',
    );
    expect(text).toContain('96.99');
    expect(text).toContain('采购合同签订时效性');
    await context.close();
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('handles a corrupt file beside good ones, compares departments and downloads the comparison', async () => {
    const { context, page } = await openPage();
    const second = variantWorkbook(example, '广州市示例局');
    await page.getByTestId('file-input').setInputFiles([
      { name: '广州市人民政府办公厅-2022.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(example) },
      { name: '广州市示例局-2022.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(second) },
    ]);
    // The broken file arrives by drag and drop: the first 3,000 bytes of a workbook.
    const broken = Array.from(example.subarray(0, 3000));
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(
        new File([new Uint8Array(bytes)], '损坏的文件.xlsx', {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
      return dt;
    }, broken);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });

    await expect
      .poll(() => page.locator('[data-testid=file-tab][data-status=working]').count(), {
        timeout: 30_000,
      })
      .toBe(0);
    expect(await page.locator('[data-testid=file-tab][data-status=scored]').count()).toBe(2);
    const failed = page.locator('[data-testid=file-tab][data-status=failed]');
    expect(await failed.count()).toBe(1);
    await failed.click();
    const message =
      (await page.getByTestId('file-detail').getByTestId('failure').textContent()) ?? '';
    expect(message).toContain('损坏');
    expect(message).not.toMatch(/Error|at \w+ \(/);
    // The good files still show their results.
    await page.locator('[data-testid=file-tab][data-status=scored]').nth(1).click();
    await expect.poll(() => page.getByTestId('score').textContent()).toBe('93.64');

    const comparison = page.getByTestId('comparison');
    const rows = comparison.getByTestId('comparison-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('96.99');
    expect(await rows.nth(1).textContent()).toContain('广州市示例局');
    expect(await comparison.textContent()).toContain('无法读取');
    await page
      .locator('.fui-Card')
      .first()
      .screenshot({ path: `${ARTIFACTS}/page-compare.png` });
    await page.screenshot({ path: `${ARTIFACTS}/page-files.png`, fullPage: true });
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: `${ARTIFACTS}/page-narrow.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    const table = await download(page, 'download-comparison');
    expect(table.name).toBe('部门绩效自评对比.xlsx');
    const sheet = readXlsx(table.bytes)['部门对比']!;
    expect(sheet.values[0]?.slice(0, 4)).toEqual(['部门', '年度', '自评得分', '评价等级']);
    expect(sheet.values[1]?.slice(0, 4)).toEqual(['广州市人民政府办公厅', 2022, 96.99, '优']);
    expect(sheet.values[2]?.[0]).toBe('广州市示例局');
    expect(sheet.values[3]?.[10]).toBe('损坏的文件.xlsx');
    expect(sheet.values[3]?.[11]).toContain('损坏');
    expect(sheet.values).toHaveLength(4);
    await context.close();
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('新建模板 downloads the empty contract workbook and the example, which scores 96.99 again', async () => {
    const { context, page } = await openPage();
    await page.getByTestId('new-template').click();
    const [empty] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-empty').click(),
    ]);
    const emptyBytes = new Uint8Array(await readFile(await empty.path()));
    const sheets = Object.keys(readXlsx(emptyBytes));
    for (const name of ['基本信息', '预算执行', '绩效指标', '报告模板'])
      expect(sheets).toContain(name);

    await page.getByTestId('new-template').click();
    const [ex] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-example').click(),
    ]);
    expect(ex.suggestedFilename()).toBe('广州市人民政府办公厅-2022.xlsx');
    const exBytes = await readFile(await ex.path());
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: ex.suggestedFilename(), mimeType: XLSX_MIME, buffer: exBytes });
    await expect
      .poll(() => page.getByTestId('score').textContent(), { timeout: 30_000 })
      .toBe('96.99');

    // en-US second: the same results in English.
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByTestId('download-scored').textContent()).toBe(
      'Download scored workbook',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    expect(await page.getByTestId('indicators').textContent()).toContain('Completion');
    await page.screenshot({ path: `${ARTIFACTS}/page-en.png` });
    await context.close();
    expect(offsite).toEqual([]);
  }, 120_000);
});
