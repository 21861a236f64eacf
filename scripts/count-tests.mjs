// Sums vitest's per-package "Tests  N passed | M failed (T)" lines from a turbo log.
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2] ?? 0, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
for (const line of text.split('\n')) {
  const m = /\bTests\s+(.*)\((\d+)\)\s*$/.exec(line);
  if (!m) continue;
  const p = /(\d+) passed/.exec(m[1]);
  const f = /(\d+) failed/.exec(m[1]);
  if (p) passed += Number(p[1]);
  if (f) failed += Number(f[1]);
}
process.stdout.write(`${passed} ${failed}\n`);
