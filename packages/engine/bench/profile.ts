import { evaluate } from '../src/index.js';
import { workload } from './workload.js';
const { input } = workload(10_000, 2_000);
for (let i = 0; i < 8; i++) {
  const c = process.cpuUsage();
  evaluate(input);
  const d = process.cpuUsage(c);
  console.log(((d.user + d.system) / 1000).toFixed(1));
}
