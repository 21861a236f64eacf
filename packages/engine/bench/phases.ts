import { computeBudget, DEFAULT_CHECKPOINTS } from '../src/metrics/budgetMetrics.js';
import { readBudgetLine } from '../src/schema/readRecords.js';
import { evaluate } from '../src/index.js';
import { workload } from './workload.js';
const { input } = workload(10_000, 2_000);
const { input: inds } = workload(0, 2_000);
const cpu = (f: () => unknown): string => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return ((d.user + d.system) / 1000).toFixed(1).padStart(6); };
for (let i = 0; i < 8; i++) {
  let recs: ReturnType<typeof readBudgetLine>[] = [];
  const a = cpu(() => { recs = input.budgetLines.map(readBudgetLine); });
  const b = cpu(() => computeBudget(recs, DEFAULT_CHECKPOINTS));
  const c = cpu(() => evaluate(inds));
  const d = cpu(() => evaluate(input));
  console.log('read', a, 'budget', b, 'indicators', c, 'all', d);
}
