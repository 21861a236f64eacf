/**
 * Benchmark of the standalone page (issue 6), in headless Chromium:
 * - time from choosing a workbook of 10,000 budget lines to its results shown (median of runs);
 * - the page's JavaScript, gzipped: what index.html loads first, and the worker loaded on first file.
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

async function jsSizes(dir: string): Promise<{ first: number; worker: number; files: number }> {
  const html = await readFile(`${dir}/index.html`, 'utf8');
  const assets = await readdir(`${dir}/assets`);
  let first = 0;
  let worker = 0;
  for (const name of assets.filter((n) => n.endsWith('.js'))) {
    const gz = gzipSync(await readFile(`${dir}/assets/${name}`)).length;
    if (html.includes(`assets/${name}`)) first += gz;
    else worker += gz;
  }
  return { first, worker, files: assets.length };
}

async function main(): Promise<void> {
  const dir = `${ARTIFACTS}/page-bench-dist`;
  await buildPage(dir);
  const sizes = await jsSizes(dir);
  const big = largeWorkbook(await exampleWorkbook(), LINES);
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  const times: number[] = [];
  let batchMs = Number.NaN;
  let workers = 0;
  const workerTimes: string[] = [];
  const inPage: number[] = [];
  const arrived: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.getByTestId('open').waitFor();
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
    // A bureau's batch: many example-sized workbooks chosen at once, until every one is shown.
    const example = await exampleWorkbook();
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.getByTestId('open').waitFor();
    const files = Array.from({ length: BATCH }, (_, i) => ({
      name: `部门${i + 1}.xlsx`,
      mimeType: XLSX_MIME,
      buffer: Buffer.from(example),
    }));
    const batchStart = performance.now();
    await page.getByTestId('file-input').setInputFiles(files);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=file-tab][data-status=scored]').length === n,
      BATCH,
      { timeout: 300_000, polling: 50 },
    );
    batchMs = performance.now() - batchStart;
    workers = await page.evaluate(() => navigator.hardwareConcurrency);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: [string, string][] = [
    [`workbook of ${LINES.toLocaleString('en')} budget lines`, `${kb(big.length)} on disk`],
    [
      `choose file → results shown (median of ${RUNS})`,
      `${median.toFixed(0)} ms  [${times.map((t) => t.toFixed(0)).join(', ')}]`,
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
      `${BATCH} example workbooks at once → all shown (${Math.min(4, workers)} workers)`,
      `${batchMs.toFixed(0)} ms  (${((BATCH * 1000) / batchMs).toFixed(1)} workbooks/s)`,
    ],
    ['page JavaScript, first load (gzip)', kb(sizes.first)],
    ['worker JavaScript, loaded in the background (gzip)', kb(sizes.worker)],
    ['page JavaScript total (gzip)', kb(sizes.first + sizes.worker)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('page (standalone, headless Chromium)');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

await main();
