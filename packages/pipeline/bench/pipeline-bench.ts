/**
 * CPU time of each pure stage of the pipeline (read grids → evaluate → plan the writes) on a
 * generated workbook of 10,000 budget lines and 2,000 indicators, first scoring (every output cell
 * written) and a rescoring after a one-cell edit. Run: `npm run bench -w @jixiao/pipeline`.
 * CPU time (process.cpuUsage) rather than wall time: the numbers stay meaningful on a busy machine.
 */
import { guangzhou2022 } from '@jixiao/example';
import { evaluate } from '@jixiao/engine';
import {
  applyPlanToGrids,
  layoutGrids,
  newWorkbookSheets,
  planWrites,
  readWorkbook,
} from '@jixiao/workbook';
import { scoreWorkbook } from '../src/index.js';

const input = {
  ...guangzhou2022,
  budgetLines: Array.from({ length: 10_000 }, (_, i) => ({
    ...guangzhou2022.budgetLines[i % guangzhou2022.budgetLines.length]!,
    name: `预算项目${i + 1}`,
  })),
  indicators: Array.from({ length: 2_000 }, (_, i) => ({
    ...guangzhou2022.indicators[i % guangzhou2022.indicators.length]!,
    name: `指标${i + 1}`,
    points: 0.05,
  })),
};
const grids = layoutGrids(newWorkbookSheets({ input }));

function cpu<T>(run: () => T): { ms: number; value: T } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

const rounds = 5;
const totals = { read: 0, evaluate: 0, plan: 0, pipeline: 0, rescore: 0 };
let cells = 0;
let rescoreCells = 0;
for (let i = 0; i < rounds; i++) {
  const read = cpu(() => readWorkbook(grids));
  const ev = cpu(() => evaluate(read.value.input!));
  const plan = cpu(() => planWrites(grids, read.value.map, ev.value));
  const whole = cpu(() => scoreWorkbook(grids, { report: false }));
  const scored = applyPlanToGrids(grids, whole.value.plan);
  const sheet = scored['绩效指标']!;
  const values = sheet.values.map((r) => [...r]);
  values[8]![6] = 57; // one actual value edited
  const rescore = cpu(() =>
    scoreWorkbook({ ...scored, 绩效指标: { ...sheet, values } }, { report: false }),
  );
  totals.read += read.ms;
  totals.evaluate += ev.ms;
  totals.plan += plan.ms;
  totals.pipeline += whole.ms;
  totals.rescore += rescore.ms;
  cells = plan.value.plan.cells.length;
  rescoreCells = rescore.value.plan.cells.length;
}
const avg = (ms: number) => `${(ms / rounds).toFixed(0)} ms`;
console.log(`pipeline on 10,000 budget lines + 2,000 indicators (CPU time, mean of ${rounds})`);
console.log(`  read grids       ${avg(totals.read)}`);
console.log(`  evaluate         ${avg(totals.evaluate)}`);
console.log(`  plan writes      ${avg(totals.plan)}  (${cells} cells)`);
console.log(`  scoreWorkbook    ${avg(totals.pipeline)}`);
console.log(`  rescore one edit ${avg(totals.rescore)}  (${rescoreCells} cells)`);
