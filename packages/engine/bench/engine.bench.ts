/**
 * Benchmark: the engine against the same scoring as spreadsheet formulas in HyperFormula.
 * Run with `npm run bench` (packages/engine). Prints one table; makes no assertions.
 */
import { createEvaluator, evaluate } from '../src/index.js';
import { roundHalfUp } from '../src/format/index.js';
import { buildWorkbook, hfValue } from './hyperformula.js';
import { workload } from './workload.js';

const LINES = 10_000;
const INDICATORS = 2_000;
const RUNS = 5;
const EDITS = 200;

const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ms = (x: number): string =>
  x >= 10 ? `${x.toFixed(0)} ms` : x >= 1 ? `${x.toFixed(1)} ms` : `${x.toFixed(3)} ms`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
function time<T>(f: () => T): [number, T] {
  const t0 = performance.now();
  const v = f();
  return [performance.now() - t0, v];
}
/** CPU time (user + system) of `f`, in ms: steadier than wall time on a shared machine. */
function cpu(f: () => unknown): number {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

const { input, bench } = workload(LINES, INDICATORS);
console.log(
  `Workload: ${LINES.toLocaleString('en-US')} budget lines × 12 months, ${INDICATORS.toLocaleString('en-US')} indicators (8 methods), Node ${process.version}`,
);
if (!gc) console.log('(run with --expose-gc for exact heap figures)');

// Engine: full evaluation. The first run includes JIT warm-up; then the median of RUNS.
let base = heap();
const [engineFirst, first] = time(() => evaluate(input));
const engineHeap = heap() - base;
const engineTimes: number[] = [];
for (let i = 0; i < RUNS; i++) engineTimes.push(time(() => evaluate(input))[0]);
const engineCpu: number[] = [];
for (let i = 0; i < RUNS; i++) engineCpu.push(cpu(() => evaluate(input)));
const engineRss = process.resourceUsage().maxRSS * 1024;

// Engine: one-indicator edit through the incremental evaluator.
const ev = createEvaluator(input);
const editTimes: number[] = [];
for (let i = 0; i < EDITS; i++) {
  const index = (i * 7919) % INDICATORS;
  const b = bench[index]!;
  if (b.fromRate || b.method === '是否') continue;
  const actual = typeof b.actual === 'number' ? b.actual + (i % 2 === 0 ? 1 : -1) : b.actual;
  editTimes.push(time(() => ev.updateIndicator(index, { actual }))[0]);
}

// HyperFormula: build + first evaluation, then a one-cell change.
base = heap();
const [hfFirst, wb] = time(() => buildWorkbook(input.budgetLines, bench));
const hfHeap = heap() - base;
const hfRss = process.resourceUsage().maxRSS * 1024;
const hfTotal = wb.totalScore();
wb.hf.destroy();
const hfTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const [t, w] = time(() => buildWorkbook(input.budgetLines, bench));
  hfTimes.push(t);
  w.hf.destroy();
}
const hfCpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  let w: ReturnType<typeof buildWorkbook> | null = null;
  hfCpu.push(cpu(() => (w = buildWorkbook(input.budgetLines, bench))));
  (w as ReturnType<typeof buildWorkbook> | null)?.hf.destroy();
}
const wb2 = buildWorkbook(input.budgetLines, bench);
const hfEdits: number[] = [];
for (let i = 0; i < EDITS; i++) {
  const index = (i * 7919) % INDICATORS;
  const b = bench[index]!;
  if (b.fromRate || b.method === '是否') continue;
  const actual = typeof b.actual === 'number' ? b.actual + (i % 2 === 0 ? 1 : -1) : b.actual;
  hfEdits.push(time(() => wb2.hf.setCellContents(wb2.actualCell(index), actual))[0]);
}
// Do both agree on the scores? (HyperFormula rounds binary floats.)
let differ = 0;
for (let i = 0; i < INDICATORS; i++) {
  const v = wb2.scoreAt(i);
  const mine = ev.evaluation.indicators[i]!.score;
  if (typeof v !== 'number' || roundHalfUp(String(v), 2) !== mine) differ++;
}

const engineFull = median(engineTimes);
const hfFull = median(hfTimes);
const engineEdit = median(editTimes);
const hfEdit = median(hfEdits);
const rows: Array<[string, string, string, string]> = [
  [
    'full evaluation, first run',
    ms(engineFirst),
    ms(hfFirst),
    `${(hfFirst / engineFirst).toFixed(1)}×`,
  ],
  [
    `full evaluation, median of ${RUNS}/${hfTimes.length}`,
    ms(engineFull),
    ms(hfFull),
    `${(hfFull / engineFull).toFixed(1)}×`,
  ],
  [
    `full evaluation, best of ${RUNS}`,
    ms(Math.min(...engineTimes)),
    ms(Math.min(...hfTimes)),
    `${(Math.min(...hfTimes) / Math.min(...engineTimes)).toFixed(1)}×`,
  ],
  [
    `full evaluation, CPU time, median`,
    ms(median(engineCpu)),
    ms(median(hfCpu)),
    `${(median(hfCpu) / median(engineCpu)).toFixed(1)}×`,
  ],
  [
    `one-indicator edit, median of ${editTimes.length}`,
    ms(engineEdit),
    ms(hfEdit),
    `${(hfEdit / engineEdit).toFixed(1)}×`,
  ],
  [
    'heap retained by one evaluation/workbook',
    mb(engineHeap),
    mb(hfHeap),
    `${(hfHeap / Math.max(1, engineHeap)).toFixed(1)}×`,
  ],
  ['process peak RSS after the phase', mb(engineRss), mb(hfRss), ''],
];
const widths = [44, 14, 14, 10];
const line = (cells: string[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
console.log();
console.log(line(['', 'engine', 'HyperFormula', 'HF/engine']));
console.log('-'.repeat(widths.reduce((a, b) => a + b + 1, 0)));
for (const r of rows) console.log(line(r));
console.log();
console.log(
  `Total score: engine ${first.total.score} (${first.total.grade}), HyperFormula ${String(hfTotal)}`,
);
console.log(`Indicator scores that differ after edits: ${differ} of ${INDICATORS}`);
const medianRatio = hfFull / engineFull;
const bestRatio = Math.min(...hfTimes) / Math.min(...engineTimes);
const cpuRatio = median(hfCpu) / median(engineCpu);
const verdict = medianRatio >= 20 ? 'met' : bestRatio >= 20 ? 'met on best-of only' : 'NOT met';
console.log(
  `Goals: full evaluation ≥ 20× faster: ${verdict} (median ${medianRatio.toFixed(1)}×, best-of ${bestRatio.toFixed(1)}×, CPU ${cpuRatio.toFixed(1)}×); ` +
    `one-indicator edit at least as fast: ${engineEdit <= hfEdit ? 'met' : 'NOT met'} (${(hfEdit / engineEdit).toFixed(1)}×)`,
);
console.log(
  `Load average while measuring: ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (timings on a shared machine vary run to run)`,
);

console.log();
console.log('Rounding and band edges: spreadsheet floats vs the engine');
const cases: Array<[string, string, string]> = [
  ['ROUND(6.825,2)', '=ROUND(6.825,2)', roundHalfUp('6.825', 2)],
  ['ROUND(1.005,2)', '=ROUND(1.005,2)', roundHalfUp('1.005', 2)],
  ['ROUND(2.675,2)', '=ROUND(2.675,2)', roundHalfUp('2.675', 2)],
  ['ROUND(8*0.853125,2)  (w·a/t = 6.825)', '=ROUND(8*0.853125,2)', roundHalfUp('6.825', 2)],
];
for (const [label, formula, engine] of cases) {
  console.log(
    `  ${label.padEnd(40)} HyperFormula ${String(hfValue(formula)).padEnd(8)} engine ${engine}`,
  );
}
const bandEngine = evaluate({
  info: { department: 'x', year: 2022 },
  budgetLines: [],
  indicators: [
    { level1: 'L', name: 'n', method: '分档', actual: '0.8', params: '80%:7;0:0', points: 7 },
  ],
}).indicators[0]!.score;
console.log(
  `  ${'band edge: 0.1+0.7 ≥ 0.8 (JS float)'.padEnd(40)} JS ${String(0.1 + 0.7 >= 0.8).padEnd(14)} (0.1+0.7 = ${0.1 + 0.7})`,
);
console.log(
  `  ${'band edge: =IF(0.1+0.7>=0.8,7,0)'.padEnd(40)} HyperFormula ${String(hfValue('=IF(0.1+0.7>=0.8,7,0)')).padEnd(8)} engine ${bandEngine} (actual 80% exactly)`,
);
