/**
 * Benchmark of the standalone page (issues 6 and 16), in headless Chromium:
 * - page-first-load: the JavaScript loaded before a file is opened (everything the browser fetched
 *   for the page, a worker started at load included), gzipped; goal ≤ 250 KB;
 * - what opening a file loads (the worker), and what only a Word report loads (docx);
 * - time from choosing a workbook of 10,000 budget lines to its results shown (median of runs);
 * - page-workers2-vs-1-20: 20 example workbooks chosen at once, the page limited to 1 and to 2
 *   workers (navigator.hardwareConcurrency), alternately in the same run; goal ≥ 1.6×;
 * - page-ceiling-2pages-20: the same 20 in two pages of one worker each (two renderer processes,
 *   10 each, at once), against one page of 1 worker: the same work with no pool at all (each page
 *   also renders its own results), to tell the pool's limits from the machine's.
 *
 * Run: `cd apps/web && node --conditions=@jixiao/source --import tsx bench/page.bench.ts`
 * (JIXIAO_BENCH_RUNS=n to change the number of runs, default 3).
 */
import { gzipSync } from 'node:zlib';
import { readdir, readFile } from 'node:fs/promises';
import { readXlsx, createWorkbook, type NewSheet } from '@jixiao/xlsx';
import type { CellValue, SheetGrid } from '@jixiao/workbook';
import { ARTIFACTS, buildPage, exampleWorkbook, launchChromium } from '../test/page/pageHarness.js';
import { serveStatic } from '@jixiao/ui/test-support';
import type { Browser, BrowserContext } from 'playwright-core';

const LINES = 10_000;
const RUNS = Number(process.env.JIXIAO_BENCH_RUNS ?? '3');
const BATCH = 20;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cellText(value: CellValue): string | number | boolean | null {
  return value !== null && typeof value === 'object' ? value.error : value;
}

/** The example workbook with its budget lines repeated to `lines` rows (totals scale, rates keep). */
function largeWorkbook(example: Uint8Array, lines: number): Uint8Array {
  const grids = readXlsx(example);
  const sheets: NewSheet[] = Object.values(grids).map((grid: SheetGrid) => {
    const rows = grid.values.map((row) => row.map(cellText));
    if (grid.name !== '预算执行') return { name: grid.name, rows };
    const header = rows[0] ?? [];
    const typeCol = header.indexOf('支出类型');
    const body = rows
      .slice(1)
      .filter((row) => row[typeCol] === '基本支出' || row[typeCol] === '项目支出');
    const many: typeof rows = [header];
    for (let i = 0; many.length <= lines; i += 1) {
      const row = [...(body[i % body.length] ?? [])];
      row[0] = `${String(row[0])}-${i + 1}`;
      many.push(row);
    }
    return { name: grid.name, rows: many };
  });
  return createWorkbook({ sheets });
}

/** Gzipped size of every script of the built page, by its URL path (`assets/x.js`). */
async function gzipSizes(dir: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const name of (await readdir(`${dir}/assets`)).filter((n) => n.endsWith('.js')))
    sizes.set(`assets/${name}`, gzipSync(await readFile(`${dir}/assets/${name}`)).length);
  return sizes;
}

/** The page's scripts a browser context has fetched so far (paths such as `assets/x.js`). */
function scriptLog(context: BrowserContext): Set<string> {
  const seen = new Set<string>();
  // requests of the page and of its workers alike
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) seen.add(path.slice(path.indexOf('assets/')));
  });
  return seen;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Opens `pages` pages (each its own browser context, so its own renderer process), each limited
 * to `workers` cores, then chooses `count` example workbooks at once in every one of them; ms from
 * the first choice until all are shown in all pages.
 */
async function batch(
  browser: Browser,
  origin: string,
  example: Uint8Array,
  count: number,
  workers: number,
  pages = 1,
): Promise<number> {
  const opened = await Promise.all(
    Array.from({ length: pages }, async () => {
      const context = await browser.newContext({ locale: 'zh-CN' });
      // the pool sizes itself by the cores the browser reports
      await context.addInitScript((n) => {
        Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n });
      }, workers);
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.getByTestId('open').waitFor();
      return { context, page };
    }),
  );
  const files = Array.from({ length: count }, (_, i) => ({
    name: `部门${i + 1}.xlsx`,
    mimeType: XLSX_MIME,
    buffer: Buffer.from(example),
  }));
  const started = performance.now();
  await Promise.all(
    opened.map(async ({ page }) => {
      await page.getByTestId('file-input').setInputFiles(files);
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=file-tab][data-status=scored]').length === n,
        count,
        { timeout: 300_000, polling: 50 },
      );
    }),
  );
  const ms = performance.now() - started;
  await Promise.all(opened.map(({ context }) => context.close()));
  return ms;
}

async function main(): Promise<void> {
  const dir = `${ARTIFACTS}/page-bench-dist`;
  await buildPage(dir);
  const sizes = await gzipSizes(dir);
  const sum = (paths: Iterable<string>): number =>
    [...paths].reduce((n, p) => n + (sizes.get(p) ?? 0), 0);
  const big = largeWorkbook(await exampleWorkbook(), LINES);
  const example = await exampleWorkbook();
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  const times: number[] = [];
  const workerTimes: string[] = [];
  const inPage: number[] = [];
  const arrived: number[] = [];
  let firstLoad = new Set<string>();
  let toScore = new Set<string>();
  const one: number[] = [];
  const two: number[] = [];
  const apart: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const scripts = scriptLog(context);
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.getByTestId('open').waitFor();
      await page.waitForLoadState('networkidle');
      if (run === 0) firstLoad = new Set(scripts);
      await page.evaluate(() => {
        document.querySelector('input[type=file]')?.addEventListener('change', () => {
          (window as unknown as { chosenAt: number }).chosenAt = performance.now();
        });
      });
      const started = performance.now();
      await page
        .getByTestId('file-input')
        .setInputFiles({ name: 'large.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(big) });
      await page.getByTestId('score').waitFor({ timeout: 120_000 });
      times.push(performance.now() - started);
      if (run === 0) toScore = new Set([...scripts].filter((p) => !firstLoad.has(p)));
      arrived.push(
        await page.evaluate(
          () =>
            (performance.getEntriesByName('jixiao:scored')[0]?.startTime ?? Number.NaN) -
            (window as unknown as { chosenAt: number }).chosenAt,
        ),
      );
      inPage.push(
        await page.evaluate(
          () => performance.now() - (window as unknown as { chosenAt: number }).chosenAt,
        ),
      );
      const status = page.getByTestId('file-detail').getByRole('status');
      const readMs = Number(await status.getAttribute('data-read-ms'));
      const scoreMs = Number(await status.getAttribute('data-score-ms'));
      workerTimes.push(`${readMs} + ${scoreMs}`);
      await context.close();
    }
    // A bureau's batch: example-sized workbooks chosen at once, 1 and 2 workers alternately.
    await batch(browser, server.origin, example, BATCH, 2);
    for (let run = 0; run < RUNS; run += 1) {
      one.push(await batch(browser, server.origin, example, BATCH, 1));
      two.push(await batch(browser, server.origin, example, BATCH, 2));
      // the ceiling: two pages of one worker each, half the workbooks each, no pool
      apart.push(await batch(browser, server.origin, example, BATCH / 2, 1, 2));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const notLoaded = [...sizes.keys()].filter((p) => !firstLoad.has(p) && !toScore.has(p));
  const first = sum(firstLoad);
  const rate = (ms: number): number => (BATCH * 1000) / ms;
  const r1 = rate(median(one));
  const r2 = rate(median(two));
  console.log(
    `page-first-load: ${kb(first)} gzipped (${String(firstLoad.size)} scripts before a file is opened; goal ≤ 250 KB: ${first <= 250 * 1024 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `page-workers2-vs-1-${String(BATCH)}: ${(r2 / r1).toFixed(2)}× (1 worker ${r1.toFixed(1)} workbooks/s, 2 workers ${r2.toFixed(1)} workbooks/s, median of ${String(RUNS)}; goal ≥ 1.6×)`,
  );
  console.log(
    `page-ceiling-2pages-${String(BATCH)}: ${(rate(median(apart)) / r1).toFixed(2)}× (two pages of 1 worker, ${String(BATCH / 2)} workbooks each at once, ${rate(median(apart)).toFixed(1)} workbooks/s, median of ${String(RUNS)}); the same work with no pool, against 1 worker`,
  );
  const rows: [string, string][] = [
    [`workbook of ${LINES.toLocaleString('en')} budget lines`, `${kb(big.length)} on disk`],
    [
      `choose file → results shown (median of ${RUNS})`,
      `${median(times).toFixed(0)} ms  [${times.map((t) => t.toFixed(0)).join(', ')}]`,
    ],
    [
      '  measured in the page (change event → shown)',
      `${inPage.map((t) => t.toFixed(0)).join(', ')} ms`,
    ],
    [
      '  results reach the page (change event → message)',
      `${arrived.map((t) => t.toFixed(0)).join(', ')} ms`,
    ],
    ['  of which read + score in the worker', `${workerTimes.join(', ')} ms`],
    [
      `${BATCH} example workbooks at once, 1 worker`,
      `${one.map((t) => t.toFixed(0)).join(', ')} ms`,
    ],
    [
      `${BATCH} example workbooks at once, 2 workers`,
      `${two.map((t) => t.toFixed(0)).join(', ')} ms`,
    ],
    ['JavaScript before a file is opened (gzip)', kb(first)],
    ['JavaScript loaded to score the first file (gzip)', kb(sum(toScore))],
    ['JavaScript not loaded to score (the Word report, gzip)', kb(sum(notLoaded))],
    ['page JavaScript total (gzip)', kb(sum(sizes.keys()))],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('page (standalone, headless Chromium)');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

await main();
