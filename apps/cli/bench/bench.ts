/**
 * `npm run bench` (apps/cli): end-to-end scoring of a large workbook against a plain exceljs
 * read-and-save of the same file, then batch throughput on 100 example-sized workbooks.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleSized, largeInput, workbookOf } from './generate.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const cli = fileURLToPath(new URL('../bin/jixiao.js', import.meta.url));
// JIXIAO_BENCH_SOURCE=1 runs the TypeScript sources (no build needed); by default the built dist/
const source = process.env.JIXIAO_BENCH_SOURCE === '1';
const nodeArgs = source ? ['--conditions=@jixiao/source', '--import', 'tsx'] : ['--import', 'tsx'];
const cliArgs = source
  ? [...nodeArgs, fileURLToPath(new URL('../test/cli-entry.ts', import.meta.url))]
  : [cli];
const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
const ITER = 4;

interface Measure {
  mode: string;
  times: number[];
  peakMiB: number;
  score?: number;
  written?: number;
}

function measure(mode: 'jixiao' | 'exceljs', input: string): Measure {
  const out = execFileSync(
    process.execPath,
    [
      ...nodeArgs,
      join(here, 'run-one.ts'),
      mode,
      input,
      join(dir, `${mode}.out.xlsx`),
      String(ITER),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

try {
  const t0 = performance.now();
  const large = join(dir, 'large.xlsx');
  writeFileSync(large, workbookOf(largeInput(10_000, 2_000)));
  console.log(
    `生成大型工作簿 / generated large workbook: 10,000 budget lines, 2,000 indicators, ${(statSync(large).size / 1024 / 1024).toFixed(2)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const base = measure('exceljs', large);
  const ours = measure('jixiao', large);
  // warm figure: median of the iterations after the first
  const warm = (m: Measure): number => median(m.times.slice(1));
  const rows = [
    ['', 'exceljs read+save (baseline)', 'jixiao read+score+write', 'ratio'],
    [
      'wall, cold (ms)',
      base.times[0]!.toFixed(0),
      ours.times[0]!.toFixed(0),
      (ours.times[0]! / base.times[0]!).toFixed(2),
    ],
    [
      'wall, warm median (ms)',
      warm(base).toFixed(0),
      warm(ours).toFixed(0),
      (warm(ours) / warm(base)).toFixed(2),
    ],
    [
      'peak RSS (MiB)',
      base.peakMiB.toFixed(0),
      ours.peakMiB.toFixed(0),
      (ours.peakMiB / base.peakMiB).toFixed(2),
    ],
  ];
  const widths = rows[0]!.map((_c, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log('\nEnd to end, 10,000 budget lines + 2,000 indicators (goal: ratio ≤ 0.33)');
  for (const r of rows)
    console.log(
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
    );
  console.log(`(jixiao: score ${String(ours.score)}, ${String(ours.written)} cells written)`);
  const ok = warm(ours) / warm(base) <= 1 / 3;
  console.log(`goal wall ≤ 1/3 of baseline: ${ok ? 'met' : 'NOT met'}`);

  const batchDir = join(dir, 'batch');
  mkdirSync(batchDir);
  for (let i = 0; i < 100; i++)
    writeFileSync(
      join(batchDir, `部门${String(i + 1).padStart(3, '0')}.xlsx`),
      exampleSized(i + 1),
    );
  const jobs = Math.min(2, availableParallelism());
  const b0 = performance.now();
  execFileSync(
    process.execPath,
    [...cliArgs, 'batch', batchDir, '-o', join(dir, 'summary.xlsx'), '--jobs', String(jobs)],
    { stdio: 'ignore' },
  );
  const seconds = (performance.now() - b0) / 1000;
  const rate = 100 / seconds;
  console.log(
    `\nBatch: 100 example-sized workbooks, ${String(jobs)} workers, whole command incl. start-up: ${seconds.toFixed(2)} s = ${rate.toFixed(1)} workbooks/s (goal ≥ 20/s): ${rate >= 20 ? 'met' : 'NOT met'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
