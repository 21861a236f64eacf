/**
 * `npm run bench` (apps/cli), part 2: hostile sheet shapes of issue 10, each scored end to end in
 * a fresh process (time and peak RSS): the example with one stray value at XFD1048576, with a
 * template formula (`=SUM(G16:R16)`, shared) filled down to row 100,000 and down the whole column
 * (row 1,048,576). Goal: each in seconds, under 300 MB, scoring 96.99. Then `cli-peak-rss-100k`
 * (issue 16): the peak RSS of the whole `jixiao score` process on 100,000 budget lines and 20,000
 * indicators (goal ≤ 300 MB). Then the XML scanner on a malformed start tag of growing size: time
 * must grow linearly (the ratio per doubling near 2).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exampleSized, largeInput, workbookOf } from './generate.js';
import { readXlsx } from '@jixiao/xlsx';

const here = fileURLToPath(new URL('.', import.meta.url));
const source = process.env.JIXIAO_BENCH_SOURCE === '1';
const nodeArgs = source ? ['--conditions=@jixiao/source', '--import', 'tsx'] : ['--import', 'tsx'];
const cliArgs = source
  ? [...nodeArgs, fileURLToPath(new URL('../test/cli-entry.ts', import.meta.url))]
  : [fileURLToPath(new URL('../bin/jixiao.js', import.meta.url))];
const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-sheets-'));

/**
 * Run a command to its end; its peak RSS (MiB) from the kernel's high-water mark (VmHWM in
 * /proc/<pid>/status, read until the process ends), and its wall time.
 */
async function peakOf(args: readonly string[]): Promise<{ peakMiB: number; seconds: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  let peakKiB = 0;
  const status = `/proc/${String(child.pid)}/status`;
  const poll = (): void => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
      if (m) peakKiB = Math.max(peakKiB, Number(m[1]));
    } catch {
      // the process has ended
    }
  };
  const timer = setInterval(poll, 20);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0 && code !== 1) throw new Error(`jixiao score exited with ${String(code)}`);
  return { peakMiB: peakKiB / 1024, seconds: (performance.now() - t0) / 1000 };
}

/** CPU time (user + system) of this process's finished children so far, in s (Linux; null elsewhere). */
function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime (fields 16 and 17 of proc(5)), in clock ticks of 1/100 s
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** The example workbook with extra rows appended to 预算执行's sheetData. */
function withBudgetRows(rows: (append: (xml: string) => void) => void): Uint8Array {
  const files = unzipSync(exampleSized(1));
  const path = 'xl/worksheets/sheet2.xml';
  const xml = strFromU8(files[path]!);
  const end = xml.indexOf('</sheetData>');
  const pieces: string[] = [xml.slice(0, end)];
  rows((s) => pieces.push(s));
  pieces.push(xml.slice(end));
  files[path] = strToU8(pieces.join(''));
  return zipSync(files, { level: 6 });
}

/** `=SUM(Gn:Rn)` in 全年执行数 (F) from row 16 down to `last`, as Excel saves a filled-down formula. */
function filledDown(last: number): Uint8Array {
  return withBudgetRows((append) => {
    append(
      `<row r="16"><c r="F16"><f t="shared" ref="F16:F${String(last)}" si="0">SUM(G16:R16)</f><v>0</v></c></row>`,
    );
    let chunk = '';
    for (let r = 17; r <= last; r++) {
      chunk += `<row r="${String(r)}"><c r="F${String(r)}"><f t="shared" si="0"/><v>0</v></c></row>`;
      if (chunk.length > 1 << 20) {
        append(chunk);
        chunk = '';
      }
    }
    append(chunk);
  });
}

const cases: [string, () => Uint8Array][] = [
  [
    'stray value at XFD1048576',
    () =>
      withBudgetRows((a) =>
        a('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>end</t></is></c></row>'),
      ),
  ],
  ['formula filled to row 100,000', () => filledDown(100_000)],
  ['formula filled down the whole column', () => filledDown(1_048_576)],
];

try {
  console.log('Hostile sheet shapes, scored end to end (goal: seconds, < 300 MB, 96.99)');
  for (const [label, make] of cases) {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, make());
    const cpu0 = childrenCpu();
    const out = execFileSync(
      process.execPath,
      [...nodeArgs, join(here, 'run-one.ts'), 'jixiao', input, join(dir, 'out.xlsx'), '1'],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const m = JSON.parse(out.trim().split('\n').pop()!) as {
      times: number[];
      peakMiB: number;
      score: number;
    };
    const cpu1 = childrenCpu();
    const cpu = cpu0 === null || cpu1 === null ? '' : `  cpu ${(cpu1 - cpu0).toFixed(2)} s`;
    const ok = m.peakMiB < 300 && m.score === 96.99;
    console.log(
      `  ${label.padEnd(38)} ${(m.times[0]! / 1000).toFixed(2).padStart(6)} s  peak ${m.peakMiB.toFixed(0).padStart(4)} MiB  score ${String(m.score)}${cpu}  ${ok ? 'met' : 'NOT met'}`,
    );
  }

  if (existsSync('/proc/self/status')) {
    const large = join(dir, 'large-100k.xlsx');
    writeFileSync(large, workbookOf(largeInput(100_000, 20_000)));
    const { peakMiB, seconds } = await peakOf([
      ...cliArgs,
      'score',
      large,
      '-o',
      join(dir, 'large-100k.scored.xlsx'),
    ]);
    console.log(
      `\ncli-peak-rss-100k: ${peakMiB.toFixed(0)} MB (jixiao score, whole process, 100,000 budget lines + 20,000 indicators, ${seconds.toFixed(1)} s; goal ≤ 300 MB: ${peakMiB <= 300 ? 'met' : 'NOT met'})`,
    );
  }

  console.log('\nXML scanner, one malformed start tag (no `>` for N bytes) in a sheet');
  let previous = 0;
  for (const kb of [100, 200, 400, 800]) {
    const junk = '<c r="A2" '.repeat(Math.floor((kb * 1024) / 10));
    const bytes = withBudgetRows((a) => a(`<row r="200">${junk}`));
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) readXlsx(bytes, ['预算执行']);
    const ms = (performance.now() - t0) / 5;
    console.log(
      `  ${String(kb).padStart(4)} KB  ${ms.toFixed(2).padStart(8)} ms${previous > 0 ? `  ×${(ms / previous).toFixed(2)} per doubling` : ''}`,
    );
    previous = ms;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
